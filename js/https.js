// node:https. host has no TLS: the module has Node's shape (an Agent that
// subclasses http.Agent, a keep-alive globalAgent, request/get, Server,
// createServer) so that code which builds agents when it loads keeps
// working, but a request fails with ERR_NO_CRYPTO (as a Node built without
// OpenSSL does) and a server cannot be created.
import { Socket } from "ext:host/net.js";
import { Agent as HttpAgent, ClientRequest } from "ext:host/internal/http/client.js";
import { Server as HttpServer } from "ext:host/internal/http/server.js";
import { codes, E } from "ext:host/internal/errors.js";

if (!codes.ERR_NO_CRYPTO) E("ERR_NO_CRYPTO", "Node.js is not compiled with OpenSSL crypto support", Error);

// The TLS options that make connections distinct, in Node's order.
const TLS_NAME_FIELDS = [
  "ca", "cert", "clientCertEngine", "ciphers", "key", "pfx", "rejectUnauthorized", "servername",
  "minVersion", "maxVersion", "secureProtocol", "crl", "honorCipherOrder", "ecdhCurve", "dhparam",
  "secureOptions", "sessionIdContext", "sigalgs", "privateKeyIdentifier", "privateKeyEngine",
];

class Agent extends HttpAgent {
  constructor(options = undefined) {
    super({ defaultPort: 443, protocol: "https:", ...options });
    this.defaultPort = options?.defaultPort ?? 443;
    this.protocol = "https:";
    this.maxCachedSessions = options?.maxCachedSessions ?? 100;
    this._sessionCache = { map: {}, list: [] };
  }

  // No TLS here: the connection fails like a Node built without crypto.
  createConnection(options, cb) {
    void options;
    void cb;
    const socket = new Socket();
    socket.connecting = true;
    process.nextTick(() => socket.destroy(new codes.ERR_NO_CRYPTO()));
    return socket;
  }

  getName(options = {}) {
    let name = super.getName(options);
    for (const field of TLS_NAME_FIELDS) {
      name += ":";
      const value = options[field];
      if (value !== undefined && value !== null) name += typeof value === "object" ? "[object]" : String(value);
    }
    return name;
  }
}

let globalAgent = new Agent({ keepAlive: true, scheduling: "lifo", timeout: 5000 });

function request(...args) {
  // The request's default agent (and expected protocol) is https's.
  const isOptions = (a) => a !== null && typeof a === "object" && !(a instanceof URL);
  const i = args.findIndex(isOptions);
  if (i !== -1) {
    args[i] = { ...args[i], _defaultAgent: globalAgent };
  } else {
    const at = typeof args[0] === "string" || args[0] instanceof URL ? 1 : 0;
    args.splice(at, 0, { _defaultAgent: globalAgent });
  }
  return new ClientRequest(...args);
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

class Server extends HttpServer {
  constructor(options = undefined, requestListener = undefined) {
    void options;
    void requestListener;
    throw new codes.ERR_NO_CRYPTO();
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

const https = {
  Agent,
  get globalAgent() {
    return globalAgent;
  },
  set globalAgent(value) {
    globalAgent = value;
  },
  Server,
  createServer,
  get,
  request,
};
export default https;
