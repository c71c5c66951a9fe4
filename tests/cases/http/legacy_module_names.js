for (const m of ["_http_agent","_http_client","_http_common","_http_incoming","_http_outgoing","_http_server"]) { const x=require(m); console.log(m, Object.keys(x).map(k=>k+":"+typeof x[k]).join(" ")); }
const c=require("_http_common"); console.log(c.chunkExpression, c.continueExpression, JSON.stringify(c.CRLF), c.methods.length, c.parsers.name, c.parsers.max, typeof c.kIncomingMessage, c.isLenient());
const http = require("http");
console.log(require("_http_agent").globalAgent===http.globalAgent, require("_http_server").STATUS_CODES===http.STATUS_CODES, require("_http_common").methods===http.METHODS);
console.log(require("_http_outgoing").kHighWaterMark, require("_http_outgoing").kUniqueHeaders, require("_http_server").kServerResponse, require("_http_server").kConnectionsCheckingInterval);
console.log(require("_http_agent").Agent === http.Agent, require("_http_client").ClientRequest === http.ClientRequest, require("_http_incoming").IncomingMessage === http.IncomingMessage, require("_http_outgoing").OutgoingMessage === http.OutgoingMessage, require("_http_server").Server === http.Server, require("_http_server").ServerResponse === http.ServerResponse, require("_http_server")._connectionListener === http._connectionListener);
console.log(c._checkInvalidHeaderChar("a\nb"), c._checkInvalidHeaderChar("ab"), c._checkIsHttpToken("a b"), c._checkIsHttpToken("ab"), c.HTTPParser.REQUEST, c.HTTPParser.RESPONSE, c.HTTPParser.kOnHeadersComplete, c.HTTPParser.kLenientAll);
const p = c.parsers.alloc(); console.log(typeof p, p.constructor.name, c.parsers.list.length); c.parsers.free(p); console.log(c.parsers.list.length, c.parsers.alloc() === p);
console.log([...require("_http_outgoing").parseUniqueHeadersOption(["X-A","b"])], require("_http_outgoing").parseUniqueHeadersOption());
const o = {}; require("_http_server").storeHTTPOptions.call(o, { requestTimeout: 10, headersTimeout: 5 }); console.log(o.requestTimeout, o.headersTimeout, o.keepAliveTimeout, o.requireHostHeader, o[c.kIncomingMessage] === http.IncomingMessage, o[require("_http_server").kServerResponse] === http.ServerResponse);
const old = http.globalAgent; const a2 = new http.Agent(); http.globalAgent = a2; console.log(require("_http_agent").globalAgent === a2); require("_http_agent").globalAgent = old; console.log(http.globalAgent === old);
import("node:_http_common").then((m) => console.log(m.CRLF === "\r\n", typeof m.default.HTTPParser, require("node:_http_server").Server === http.Server, require("module").builtinModules.filter(n => n.startsWith("_http")).join()));
// The parser built the way Node's binding builds it.
const parser = new c.HTTPParser();
parser.initialize(c.HTTPParser.REQUEST, {});
parser[c.HTTPParser.kOnHeadersComplete] = (maj, min, headers, method, url, code, msg, upgrade, ka) => console.log("head", maj, min, headers, url, upgrade, ka);
parser[c.HTTPParser.kOnBody] = (b) => console.log("body", String(b));
parser[c.HTTPParser.kOnMessageComplete] = () => console.log("complete");
console.log(parser.execute(Buffer.from("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi")));
