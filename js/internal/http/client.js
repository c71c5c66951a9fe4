// http.ClientRequest and http.Agent: requests over pooled keep-alive
// sockets, response parsing, Node's errors ("socket hang up", ECONNREFUSED).
import { EventEmitter } from "ext:host/events.js";
import { connect as netConnect } from "ext:host/net.js";
import { Buffer } from "ext:host/buffer.js";
import { AbortError, codes } from "ext:host/internal/errors.js";
import { validateBoolean, validateInteger, validateNumber } from "ext:host/internal/validators.js";
import { HTTPParser } from "ext:host/internal/http/parser.js";
import { IncomingMessage } from "ext:host/internal/http/incoming.js";
import { kOutHeaders, OutgoingMessage } from "ext:host/internal/http/outgoing.js";
import { checkIsHttpToken } from "ext:host/internal/http/common.js";

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN } = codes;

function connResetException(msg) {
  const err = new Error(msg);
  err.code = "ECONNRESET";
  return err;
}

export class Agent extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = { __proto__: null, ...options };
    this.options.noDelay ??= true;
    this.options.path = null;
    this.defaultPort = options.defaultPort ?? 80;
    this.protocol = options.protocol ?? "http:";
    this.keepAliveMsecs = options.keepAliveMsecs ?? 1000;
    this.keepAlive = options.keepAlive ?? false;
    this.maxSockets = options.maxSockets ?? Infinity;
    this.maxFreeSockets = options.maxFreeSockets ?? 256;
    this.maxTotalSockets = options.maxTotalSockets ?? Infinity;
    this.totalSocketCount = 0;
    this.scheduling = options.scheduling ?? "lifo";
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.on("free", (socket, opts) => this._onFree(socket, opts));
  }

  getName(options = {}) {
    let name = options.host || "localhost";
    name += ":";
    if (options.port) name += options.port;
    name += ":";
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    if (options.socketPath) name += `:${options.socketPath}`;
    return name;
  }

  createConnection(options, cb) {
    const socket = options.socketPath
      ? netConnect({ path: options.socketPath })
      : netConnect({ port: options.port, host: options.host, localAddress: options.localAddress, lookup: options.lookup, timeout: options.timeout });
    if (cb) socket.once("connect", () => cb(null, socket));
    return socket;
  }

  addRequest(req, options) {
    const name = this.getName(options);
    const free = this.freeSockets[name];
    if (free && free.length) {
      const socket = this.scheduling === "fifo" ? free.shift() : free.pop();
      if (free.length === 0) delete this.freeSockets[name];
      socket.ref();
      // The idle timeout set when it was pooled stays, as in Node.
      socket._httpFree = false;
      (this.sockets[name] ??= []).push(socket);
      req.reusedSocket = true;
      req.onSocket(socket);
      return;
    }
    const active = this.sockets[name]?.length ?? 0;
    if (active < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      const socket = this.createSocket(req, options, name);
      req.onSocket(socket);
      return;
    }
    (this.requests[name] ??= []).push(req);
  }

  createSocket(req, options, name) {
    const opts = { ...this.options, ...options };
    let socket = (req._createConnection ?? this.createConnection).call(this, opts);
    this.totalSocketCount++;
    (this.sockets[name] ??= []).push(socket);
    const onClose = () => this.removeSocket(socket, opts, name);
    socket.once("close", onClose);
    socket.once("free-remove", onClose);
    socket._httpAgentName = name;
    if (this.keepAlive) socket.setKeepAlive?.(true, this.keepAliveMsecs);
    return socket;
  }

  removeSocket(socket, options, name = this.getName(options)) {
    for (const table of [this.sockets, this.freeSockets]) {
      const list = table[name];
      if (!list) continue;
      const i = list.indexOf(socket);
      if (i !== -1) {
        list.splice(i, 1);
        if (table === this.sockets) this.totalSocketCount--;
        if (list.length === 0) delete table[name];
      }
    }
    const queued = this.requests[name];
    if (queued && queued.length) {
      const req = queued.shift();
      if (queued.length === 0) delete this.requests[name];
      const s = this.createSocket(req, options, name);
      req.onSocket(s);
    }
  }

  _onFree(socket, options) {
    const name = this.getName(options);
    const queued = this.requests[name];
    if (queued && queued.length) {
      const req = queued.shift();
      if (queued.length === 0) delete this.requests[name];
      // A queued request handed a just-freed socket is not marked reused
      // (only addRequest taking an idle pooled socket is), as in Node.
      req.onSocket(socket);
      return;
    }
    const active = this.sockets[name];
    if (active) {
      const i = active.indexOf(socket);
      if (i !== -1) {
        active.splice(i, 1);
        this.totalSocketCount--;
        if (active.length === 0) delete this.sockets[name];
      }
    }
    const free = (this.freeSockets[name] ??= []);
    // keepSocketAlive (overridable) also unrefs the socket and sets its
    // idle timeout; false (e.g. the server announced timeout=0) drops it.
    if (!this.keepAlive || free.length >= this.maxFreeSockets || socket.destroyed || !this.keepSocketAlive(socket)) {
      if (free.length === 0) delete this.freeSockets[name];
      socket.destroy();
      return;
    }
    this.totalSocketCount++;
    free.push(socket);
    socket._httpFree = true;
    if (!socket._agentIdleWatch) {
      // Once per socket: forget it when it closes or idles out while free.
      socket._agentIdleWatch = true;
      socket.on("close", () => {
        const list = this.freeSockets[name];
        const i = list ? list.indexOf(socket) : -1;
        if (i !== -1) {
          list.splice(i, 1);
          this.totalSocketCount--;
          if (list.length === 0) delete this.freeSockets[name];
        }
      });
      socket.on("timeout", () => {
        if (socket._httpFree) socket.destroy();
      });
    }
  }

  keepSocketAlive(socket) {
    socket.setKeepAlive?.(true, this.keepAliveMsecs);
    // An idle pooled socket does not keep the process alive.
    socket.unref();
    let timeout = this.options.timeout || 0;
    let keep = true;
    // The server's Keep-Alive: timeout=N hint, less a second of margin.
    const hint = socket._httpMessage?.res?.headers["keep-alive"];
    const m = hint ? /^timeout=(\d+)/.exec(hint) : null;
    if (m) {
      const serverTimeout = Math.max(Number.parseInt(m[1], 10) * 1000 - 1000, 0);
      if (serverTimeout === 0) keep = false;
      else if (serverTimeout < timeout) timeout = serverTimeout;
    }
    if (socket.timeout !== timeout) socket.setTimeout(timeout);
    return keep;
  }

  reuseSocket(socket, req) {
    req.reusedSocket = true;
    socket.ref();
  }

  destroy() {
    for (const table of [this.freeSockets, this.sockets]) {
      for (const name of Object.keys(table)) for (const s of table[name]) s.destroy();
    }
  }
}

export let globalAgent = new Agent({ keepAlive: true, scheduling: "lifo", timeout: 5000 });
export function setGlobalAgent(agent) {
  globalAgent = agent;
}

const NO_BODY_METHODS = new Set(["GET", "HEAD", "DELETE", "OPTIONS", "TRACE", "CONNECT"]);

export class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb) {
    super();
    if (typeof input === "string") {
      input = urlToOptions(new URL(input));
    } else if (input instanceof URL) {
      input = urlToOptions(input);
    } else {
      cb = options;
      options = input;
      input = null;
    }
    if (typeof options === "function") {
      cb = options;
      options = input || {};
    } else {
      options = { ...input, ...options };
    }
    let agent = options.agent;
    const defaultAgent = options._defaultAgent || globalAgent;
    if (agent === false) {
      agent = new Agent();
    } else if (agent === null || agent === undefined) {
      if (typeof options.createConnection !== "function") agent = defaultAgent;
    } else if (typeof agent.addRequest !== "function") {
      throw new ERR_INVALID_ARG_TYPE("options.agent", ["Agent-like Object", "undefined", "false"], agent);
    }
    this.agent = agent;
    const protocol = options.protocol || defaultAgent.protocol;
    const expectedProtocol = defaultAgent.protocol || "http:";
    if (protocol !== expectedProtocol) {
      const err = new TypeError(`Protocol "${protocol}" not supported. Expected "${expectedProtocol}"`);
      err.code = "ERR_INVALID_PROTOCOL";
      throw err;
    }
    const defaultPort = options.defaultPort || agent?.defaultPort || 80;
    this.port = options.port || defaultPort;
    this.host = options.host = (validateHost(options.hostname, "hostname") || validateHost(options.host, "host") || "localhost").replace(/^\[|\]$/g, "");
    if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, "maxHeaderSize", 0);
    if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, "options.insecureHTTPParser");
    const method = options.method == null ? "GET" : String(options.method).toUpperCase();
    if (options.method != null && !checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN("Method", method);
    this.method = method;
    this.path = options.path || "/";
    if (/[^\u0021-\u00ff]/.test(this.path)) {
      const err = new TypeError("Request path contains unescaped characters");
      err.code = "ERR_UNESCAPED_CHARACTERS";
      throw err;
    }
    this.protocol = protocol;
    this.timeout = options.timeout === undefined ? undefined : timerDuration(options.timeout, "timeout");
    this.socketPath = options.socketPath;
    this.maxHeadersCount = null;
    this.joinDuplicateHeaders = Boolean(options.joinDuplicateHeaders);
    this.reusedSocket = false;
    this.aborted = false;
    this.res = null;
    this._ended = false;
    this._createConnection = options.createConnection;
    this.useChunkedEncodingByDefault = !NO_BODY_METHODS.has(method);
    this.shouldKeepAlive = agent ? Boolean(agent.keepAlive) : false;
    this._options = { ...options, port: this.port, host: this.host };
    if (cb) this.once("response", cb);

    const headers = options.headers;
    if (!Array.isArray(headers)) {
      if (headers) for (const key of Object.keys(headers)) this.setHeader(key, headers[key]);
      if (this.host && !this.getHeader("host") && options.setHost !== false) {
        let hostHeader = this.host;
        if (hostHeader.includes(":") && !hostHeader.startsWith("[")) hostHeader = `[${hostHeader}]`;
        if (+this.port !== +defaultPort) hostHeader += `:${this.port}`;
        this.setHeader("Host", hostHeader);
      }
      if (options.auth && !this.getHeader("Authorization")) {
        this.setHeader("Authorization", "Basic " + Buffer.from(options.auth).toString("base64"));
      }
      this._headerArray = null;
    } else {
      this._headerArray = headers;
    }
    // With Expect, the head goes out at once (the body then follows
    // chunked), as Node does.
    if (!this._headerArray && this.getHeader("expect") !== undefined) this._implicitHeader();
    if (this.timeout !== undefined) this.setTimeout(this.timeout);
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => this.destroy(new AbortError(undefined, { cause: signal.reason }));
      if (options.signal.aborted) process.nextTick(onAbort);
      else options.signal.addEventListener("abort", onAbort, { once: true });
    }

    if (this.agent) {
      this.agent.addRequest(this, this._options);
    } else {
      const socket = this._createConnection
        ? this._createConnection(this._options, (err, s) => {
            if (err) this.destroy(err);
            void s;
          })
        : netConnect({ port: this.port, host: this.host });
      if (socket) this.onSocket(socket);
    }
  }

  _implicitHeader() {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT("render");
    this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this._headerArray ?? this[kOutHeaders]);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit("abort"));
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.res) this.res._dump();
    this._destroyError = err;
    if (this.socket) this.socket.destroy(err);
    else process.nextTick(() => this._emitErrorAndClose(err ?? (this.aborted ? undefined : connResetException("socket hang up"))));
    return this;
  }

  _emitErrorAndClose(err) {
    if (this._closed) return;
    this._closed = true;
    if (err && !this._errorEmitted) {
      this._errorEmitted = true;
      this.emit("error", err);
    }
    this.emit("close");
  }

  setNoDelay(noDelay) {
    if (this.socket) this.socket.setNoDelay(noDelay);
    else this.once("socket", (s) => s.setNoDelay(noDelay));
  }

  setSocketKeepAlive(enable, delay) {
    if (this.socket) this.socket.setKeepAlive(enable, delay);
    else this.once("socket", (s) => s.setKeepAlive(enable, delay));
  }

  setTimeout(msecs, callback) {
    msecs = timerDuration(msecs, "msecs");
    if (callback) this.once("timeout", callback);
    const arm = (socket) => {
      socket.setTimeout(msecs);
      this._listenSocketTimeout(socket);
    };
    if (this.socket) arm(this.socket);
    else this.once("socket", arm);
    return this;
  }

  // The socket's 'timeout' becomes the request's (one listener per socket,
  // removed when the socket goes back to the agent).
  _listenSocketTimeout(socket) {
    this._onSocketTimeout ??= () => this.emit("timeout");
    if (!socket.listeners("timeout").includes(this._onSocketTimeout)) socket.on("timeout", this._onSocketTimeout);
  }

  onSocket(socket) {
    process.nextTick(() => this._attachSocket(socket));
  }

  _attachSocket(socket) {
    if (this.destroyed) {
      // Destroyed before it got a socket: 'socket hang up' unless aborted.
      let err = this._destroyError;
      if (!err && !this.aborted) err = connResetException("socket hang up");
      socket.on("error", () => {});
      socket.destroy(this._destroyError);
      this._emitErrorAndClose(err);
      return;
    }
    this.socket = socket;
    socket._httpMessage = this;
    const parser = new HTTPParser("response", {
      maxHeaderSize: this._options.maxHeaderSize ?? 16384,
      onHeaders: (info) => this._onResponseHeaders(socket, info),
      onBody: (chunk) => {
        const res = this.res;
        if (res && !res._dumped && !res.push(chunk)) {
          socket.pause();
          res._onRead = () => {
            res._onRead = null;
            socket.resume();
          };
        }
      },
      onComplete: (trailers) => this._onResponseComplete(socket, trailers),
      onError: (err) => {
        // The request gets the parse error (also when a response has begun:
        // that response is aborted by the socket closing).
        socket.destroy();
        this._socketError(err);
      },
    });
    parser.requestMethods.push(this.method);
    this._parser = parser;
    const onData = (chunk) => {
      const rest = parser.execute(chunk);
      if (rest !== null && this._upgradeInfo) {
        // The socket now belongs to the 'upgrade'/'connect' listener.
        socket.removeListener("data", onData);
        socket.removeListener("end", onEnd);
        socket.removeListener("error", onError);
        socket.removeListener("close", onClose);
        if (this._onSocketTimeout) socket.removeListener("timeout", this._onSocketTimeout);
        const res = this._upgradeInfo;
        this._upgradeInfo = null;
        socket._httpMessage = null;
        socket.readableFlowing = null;
        const event = this.method === "CONNECT" ? "connect" : "upgrade";
        if (this.listenerCount(event) > 0) {
          this.emit(event, res, socket, rest);
          this.destroyed = true;
          this._emitErrorAndClose(null);
        } else {
          // Nobody takes the socket over: it is closed.
          socket.destroy();
        }
      }
    };
    const onEnd = () => {
      parser.finish(true);
      if (!this.res && !this.destroyed) {
        this._socketError(connResetException("socket hang up"));
      }
    };
    const onError = (err) => this._socketError(err);
    const onClose = () => {
      if (this.res && !this.res.complete) {
        // The response's destroy emits 'aborted' (once).
        if (!this.res.destroyed) this.res.destroy(connResetException("aborted"));
      } else if (!this.res && !this._errorEmitted) {
        this._socketError(this._destroyError ?? connResetException("socket hang up"));
      }
      if (this.res && !this.res.destroyed) this.res.destroy();
      this.destroyed = true;
      this._emitErrorAndClose(null);
    };
    this._socketListeners = { onData, onEnd, onError, onClose };
    // An agent's timeout (the global agent has 5 s) reaches the request.
    if (this.timeout === undefined && this.agent?.options?.timeout) this._listenSocketTimeout(socket);
    socket.on("data", onData);
    socket.on("end", onEnd);
    socket.on("error", onError);
    socket.on("close", onClose);
    this.emit("socket", socket);
    if (socket.connecting) {
      socket.once("connect", () => this._flushPending(socket));
    } else {
      this._flushPending(socket);
    }
  }

  _flushPending(socket) {
    this._flushOutput(socket);
    if (this.finished && !this._finishEmitted) {
      // end() ran before the socket: 'finish' follows the flush.
    }
  }

  _socketError(err) {
    if (this._errorEmitted) return;
    this._errorEmitted = true;
    this.emit("error", err);
  }

  _onResponseHeaders(socket, info) {
    const res = new IncomingMessage(socket);
    if (this.joinDuplicateHeaders) res.joinDuplicateHeaders = true;
    res.httpVersionMajor = info.versionMajor;
    res.httpVersionMinor = info.versionMinor;
    res.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
    res.statusCode = info.statusCode;
    res.statusMessage = info.statusMessage;
    res.rawHeaders = info.rawHeaders;
    res.upgrade = info.upgrade;
    res.req = this;
    if (info.statusCode >= 100 && info.statusCode < 200 && info.statusCode !== 101) {
      if (info.statusCode === 100) this.emit("continue");
      this.emit("information", {
        statusCode: info.statusCode,
        statusMessage: info.statusMessage,
        httpVersion: res.httpVersion,
        httpVersionMajor: info.versionMajor,
        httpVersionMinor: info.versionMinor,
        headers: res.headers,
        rawHeaders: info.rawHeaders,
      });
      this._parser.requestMethods.unshift(this.method);
      return true;
    }
    if (info.upgrade) {
      this._upgradeInfo = res;
      return true;
    }
    this.res = res;
    this._keepAliveResponse = info.shouldKeepAlive && this.shouldKeepAlive;
    // The server must answer keep-alive for the connection to be kept.
    if (this.shouldKeepAlive && !info.shouldKeepAlive) this.shouldKeepAlive = false;
    res.once("end", () => this._onResponseEnd(socket));
    if (this.method === "HEAD") res.complete = false;
    if (!this.emit("response", res)) res._dump();
    return false;
  }

  _onResponseComplete(socket, trailers) {
    const res = this.res;
    if (!res) return;
    res.rawTrailers = trailers;
    res.complete = true;
    res.push(null);
  }

  // Registered before 'response' is emitted, so it runs ahead of the
  // user's 'end' listeners: the socket goes back to the agent (or is
  // ended) once the body has been read to its end.
  _onResponseEnd(socket) {
    const res = this.res;
    const done = () => {
      const { onData, onEnd, onError, onClose } = this._socketListeners;
      if (this._keepAliveResponse && this.agent && !socket.destroyed) {
        socket.removeListener("data", onData);
        socket.removeListener("end", onEnd);
        socket.removeListener("error", onError);
        socket.removeListener("close", onClose);
        if (this._onSocketTimeout) socket.removeListener("timeout", this._onSocketTimeout);
        this.destroyed = true;
        res.socket = null;
        // 'close' on the request, then the socket is free for the next one
        // (the agent still sees this request as the socket's message).
        process.nextTick(() => {
          this._emitErrorAndClose(null);
          this.agent.emit("free", socket, this._options);
          if (socket._httpMessage === this) socket._httpMessage = null;
        });
      } else {
        socket.destroySoon ? socket.destroySoon() : socket.end();
      }
      process.nextTick(() => {
        if (!res.destroyed) res.destroy();
      });
    };
    if (this.finished) done();
    else this.once("finish", done);
  }
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== "string") {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ["string", "undefined", "null"], host);
  }
  return host;
}

function timerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) throw new codes.ERR_OUT_OF_RANGE(name, "a non-negative finite number", msecs);
  return msecs;
}

function urlToOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ""}${url.search || ""}`,
    href: url.href,
  };
  if (url.port !== "") options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

export function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

export function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

