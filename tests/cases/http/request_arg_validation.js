const http = require('http');
const tries = {
  'req.setTimeout(-1)': () => http.request({ port: 1 }).on('error', () => {}).setTimeout(-1),
  'req.setTimeout("x")': () => http.request({ port: 1 }).on('error', () => {}).setTimeout('x'),
  'server.setTimeout(-1)': () => http.createServer().setTimeout(-1),
  'bad method': () => http.request({ method: 'BAD METHOD', port: 1 }),
  'bad path': () => http.request({ path: '/a b', port: 1 }),
  'bad protocol': () => http.request('https://localhost/'),
  'bad url': () => http.request('nope'),
  'bad agent': () => http.request({ agent: 5 }),
  'bad header name': () => http.request({ port: 1, headers: { 'bad name': 'x' } }),
  'bad header value': () => http.request({ port: 1, headers: { 'x': 'a\nb' } }),
  'setHeader undefined': () => new http.OutgoingMessage().setHeader('x', undefined),
  'writeHead 99': () => new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} }).writeHead(99),
  'writeHead 1000': () => new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} }).writeHead(1000),
  'writeHead "abc"': () => new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} }).writeHead('abc'),
  'validateHeaderName': () => http.validateHeaderName('a:b'),
  'validateHeaderValue': () => http.validateHeaderValue('a', undefined),
  'createServer(5)': () => http.createServer(5),
  'maxHeaderSize bad': () => http.createServer({ maxHeaderSize: -1 }),
  'headersTimeout > requestTimeout': () => http.createServer({ headersTimeout: 10, requestTimeout: 5 }),
  'getHeader(1)': () => new http.OutgoingMessage().getHeader(1),
  'request host num': () => http.request({ host: 5, port: 1 }),
  'request port bad': () => http.request({ port: 'abc' }),
  'request port 70000': () => http.request({ port: 70000 }),
  'insecureHTTPParser bad': () => http.request({ port: 1, insecureHTTPParser: 'yes' }),
  'timeout bad': () => http.request({ port: 1, timeout: 'x' }),
  'agent maxSockets 0': () => new http.Agent({ maxSockets: 0 }),
  'agent timeout bad': () => new http.Agent({ timeout: 'x' }),
  'res.write number': () => { const r = http.request({ port: 1 }); r.on('error', () => {}); r.write(5); },
  'res.end number': () => { const r = http.request({ port: 1 }); r.on('error', () => {}); r.end(5); },
};
for (const [k, f] of Object.entries(tries)) {
  try { const r = f(); console.log(k, 'no throw'); if (r && typeof r.destroy === 'function') r.destroy(); } catch (e) { console.log(k, e.code, e.name, e.message); }
}
setTimeout(() => process.exit(0), 50);
