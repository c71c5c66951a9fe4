// http.Server and http.ServerResponse: per-connection parsing, pipelined
// requests answered in order, keep-alive, 100-continue, upgrades, client
// errors.
import { Server as NetServer } from "ext:host/net.js";
import { codes, E } from "ext:host/internal/errors.js";
import { validateBoolean, validateInteger } from "ext:host/internal/validators.js";
import { HTTPParser } from "ext:host/internal/http/parser.js";
import { IncomingMessage } from "ext:host/internal/http/incoming.js";
import { kOutHeaders, OutgoingMessage } from "ext:host/internal/http/outgoing.js";
import { kIncomingMessage, kServerResponse, STATUS_CODES } from "ext:host/internal/http/common.js";

const { ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_INVALID_ARG_TYPE, ERR_INVALID_CHAR } = codes;
const kConnections = Symbol("kConnections");
const kState = Symbol("kHttpConnState");
export const kConnectionsCheckingInterval = Symbol("http.server.connectionsCheckingInterval");
const kCheckTimer = kConnectionsCheckingInterval;
if (!codes.ERR_HTTP_REQUEST_TIMEOUT) E("ERR_HTTP_REQUEST_TIMEOUT", "Request timeout", Error);
const { ERR_HTTP_REQUEST_TIMEOUT } = codes;

export class ServerResponse extends OutgoingMessage {
  constructor(req, options = undefined) {
    super();
    this.req = req;
    this.statusCode = 200;
    this.statusMessage = undefined;
    this.sendDate = true;
    this._sent100 = false;
    this._expect_continue = false;
    if (req.method === "HEAD") this._hasBody = false;
    this.shouldKeepAlive = req._keepAlive !== false;
    if (req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor === 0)) {
      this.useChunkedEncodingByDefault = /(^|\W)te(\W|$)/i.test(req.headers.te ?? "");
      if (!this.shouldKeepAlive) this.useChunkedEncodingByDefault = false;
    }
    void options;
  }

  assignSocket(socket) {
    socket._httpMessage = this;
    this.socket = socket;
    this.emit("socket", socket);
    this._flushOutput(socket);
    if (this.finished && this.outputData.length === 0) this._finish();
  }

  detachSocket(socket) {
    if (socket._httpMessage === this) socket._httpMessage = null;
    this.socket = null;
  }

  writeContinue(cb) {
    this._writeRaw("HTTP/1.1 100 Continue\r\n\r\n", "latin1", cb);
    this._sent100 = true;
  }

  writeProcessing(cb) {
    this._writeRaw("HTTP/1.1 102 Processing\r\n\r\n", "latin1", cb);
  }

  writeEarlyHints(hints, cb) {
    if (hints === null || typeof hints !== "object") throw new ERR_INVALID_ARG_TYPE("hints", "Object", hints);
    let head = "HTTP/1.1 103 Early Hints\r\n";
    for (const [k, v] of Object.entries(hints)) {
      if (k === "link") {
        // One Link line, several values joined as Node does.
        head += `Link: ${Array.isArray(v) ? v.join(", ") : v}\r\n`;
        continue;
      }
      for (const value of Array.isArray(v) ? v : [v]) head += `${k}: ${value}\r\n`;
    }
    this._writeRaw(head + "\r\n", "latin1", cb);
  }

  _implicitHeader() {
    this.writeHead(this.statusCode);
  }

  writeHead(statusCode, reason, obj) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT("write");
    const originalStatusCode = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
    if (typeof reason === "string") {
      this.statusMessage = reason;
    } else {
      this.statusMessage ||= STATUS_CODES[statusCode] || "unknown";
      obj ??= reason;
    }
    this.statusCode = statusCode;
    let headers;
    if (this[kOutHeaders]) {
      if (obj) {
        if (Array.isArray(obj)) {
          if (obj.length && Array.isArray(obj[0])) {
            for (const [k, v] of obj) this.appendHeader(k, v);
          } else {
            if (obj.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE("headers", obj);
            for (let i = 0; i < obj.length; i += 2) this.appendHeader(obj[i], obj[i + 1]);
          }
        } else {
          for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
        }
      }
      headers = this[kOutHeaders];
    } else {
      headers = obj;
    }
    if (/[\r\n]/.test(this.statusMessage)) throw new ERR_INVALID_CHAR("statusMessage");
    const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
    if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
    this._storeHeader(statusLine, headers ?? null);
    return this;
  }

  _finish() {
    super._finish();
  }
}

// Per-connection state.
class ConnState {
  constructor(server, socket) {
    this.server = server;
    this.socket = socket;
    this.outgoing = [];
    this.incoming = [];
    this.current = null;
    this.requestsCount = 0;
    this.idle = true;
    // When the request being received started (null between requests).
    this.reqStart = null;
    this.headersDone = false;
  }
}

// Runs every connectionsCheckingInterval: a request whose head (or whole
// body) takes longer than headersTimeout (requestTimeout) gets a 408.
function checkConnections(server) {
  const now = performance.now();
  const { headersTimeout, requestTimeout } = server;
  for (const socket of server[kConnections]) {
    const state = socket[kState];
    if (!state || state.reqStart === null || state.upgraded || socket.destroyed) continue;
    const age = now - state.reqStart;
    if ((!state.headersDone && headersTimeout > 0 && age > headersTimeout) || (requestTimeout > 0 && age > requestTimeout)) {
      state.reqStart = null;
      state.parser.failed = true;
      onParserError(server, socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

function onParserError(server, socket, err) {
  if (server.listenerCount("clientError") > 0) {
    server.emit("clientError", err, socket);
    return;
  }
  if (socket.writable && (!socket._httpMessage || !socket._httpMessage.headersSent)) {
    let response = "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n";
    if (err.code === "ERR_HTTP_REQUEST_TIMEOUT") response = "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n";
    else if (err.code === "HPE_HEADER_OVERFLOW") response = "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n";
    else if (err.code === "HPE_CHUNK_EXTENSIONS_OVERFLOW") response = "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n";
    socket.write(response);
    socket.end();
  }
  socket.destroy(err);
}

function connResetException(msg) {
  const err = new Error(msg);
  err.code = "ECONNRESET";
  return err;
}

// The peer went away: every request not answered yet is aborted, its
// response closed, then the request destroyed ('error' only if listened to).
function abortIncoming(state, socket) {
  const reqs = state.incoming.splice(0);
  const cur = state.current;
  if (cur && !reqs.includes(cur)) reqs.push(cur);
  state.current = null;
  for (const req of reqs) {
    if (!req.aborted && !(req.complete && req.readableEnded)) {
      req.aborted = true;
      req.emit("aborted");
    }
  }
  for (const res of [socket._httpMessage, ...state.outgoing]) {
    if (res && !res._closeEmitted) {
      res._closeEmitted = true;
      res.destroyed = true;
      res.emit("close");
    }
  }
  for (const req of reqs) {
    if (!req.destroyed) req.destroy(req.listenerCount("error") > 0 ? connResetException("aborted") : undefined);
  }
}

export function connectionListener(socket) {
  const server = this;
  const state = new ConnState(server, socket);
  socket[kState] = state;
  server[kConnections].add(socket);
  socket.once("close", () => server[kConnections].delete(socket));
  if (server.timeout && typeof socket.setTimeout === "function") socket.setTimeout(server.timeout);
  socket.on("timeout", () => {
    const req = state.current;
    const res = socket._httpMessage;
    let handled = false;
    if (req && !req.complete) handled = req.emit("timeout", socket) || handled;
    if (res) handled = res.emit("timeout", socket) || handled;
    handled = server.emit("timeout", socket) || handled;
    if (!handled) socket.destroy();
  });

  const parser = new HTTPParser("request", {
    maxHeaderSize: server.maxHeaderSize ?? 16384,
    onHeaders: (info) => onIncoming(server, socket, state, info),
    onBody: (chunk) => {
      const req = state.current;
      if (req && !req._dumped) {
        if (!req.push(chunk)) {
          socket.pause();
          req._onRead = () => {
            req._onRead = null;
            socket.resume();
          };
        }
      }
    },
    onComplete: (trailers) => {
      const req = state.current;
      state.current = null;
      state.reqStart = null;
      if (!req) return;
      req.rawTrailers = trailers;
      req.complete = true;
      req.push(null);
    },
    onError: (err) => onParserError(server, socket, err),
  });
  state.parser = parser;

  socket.on("data", (chunk) => {
    if (state.upgraded) return;
    parser.maxHeadersCount = server.maxHeadersCount;
    if (state.reqStart === null) {
      state.reqStart = performance.now();
      state.headersDone = false;
    }
    const rest = parser.execute(chunk);
    if (rest !== null && state.pendingUpgrade) {
      const { req, head } = state.pendingUpgrade;
      state.pendingUpgrade = null;
      state.upgraded = true;
      socket.removeAllListeners("data");
      // Neither flowing nor paused: the upgrade handler's first 'data'
      // listener starts the flow.
      socket.readableFlowing = null;
      void head;
      server.emit(req.method === "CONNECT" ? "connect" : "upgrade", req, socket, rest);
    }
  });
  socket.on("end", () => {
    parser.finish();
    if (!server.httpAllowHalfOpen) {
      abortIncoming(state, socket);
      if (socket.writable) socket.end();
      return;
    }
    const last = state.outgoing.length ? state.outgoing[state.outgoing.length - 1] : socket._httpMessage;
    if (last) last._last = true;
    else if (socket.writable) socket.end();
  });
  socket.on("close", () => abortIncoming(state, socket));
  socket.on("drain", () => {
    const res = socket._httpMessage;
    if (res && res[Symbol.for("host.http.needDrain")] !== false) res.emit("drain");
  });
  socket.on("error", (err) => {
    if (server.listenerCount("clientError") > 0) server.emit("clientError", err, socket);
    else socket.destroy();
  });
}

function onIncoming(server, socket, state, info) {
  const IncomingClass = server[kIncomingMessage] ?? IncomingMessage;
  const ResponseClass = server[kServerResponse] ?? ServerResponse;
  const req = new IncomingClass(socket);
  if (server.joinDuplicateHeaders) req.joinDuplicateHeaders = true;
  req.method = info.method;
  req.url = info.url;
  req.httpVersionMajor = info.versionMajor;
  req.httpVersionMinor = info.versionMinor;
  req.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
  req.rawHeaders = info.rawHeaders;
  req.upgrade = info.upgrade;
  req._keepAlive = info.shouldKeepAlive;
  state.requestsCount++;
  state.current = req;
  state.headersDone = true;

  const takeOver = info.upgrade && (info.method === "CONNECT"
    ? server.listenerCount("connect") > 0
    : typeof server.shouldUpgradeCallback === "function" ? server.shouldUpgradeCallback(req) : server.listenerCount("upgrade") > 0);
  if (takeOver) {
    req.upgrade = true;
    state.pendingUpgrade = { req };
    state.current = null;
    return true;
  }
  if (info.upgrade && info.method === "CONNECT") {
    socket.destroy();
    return true;
  }
  const missingHost = server.requireHostHeader && info.versionMajor === 1 && info.versionMinor === 1 && req.headers.host === undefined;

  state.incoming.push(req);
  const res = new ResponseClass(req);
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  const dropped = server.maxRequestsPerSocket > 0 && state.requestsCount > server.maxRequestsPerSocket;
  if (server.maxRequestsPerSocket > 0 && state.requestsCount >= server.maxRequestsPerSocket) {
    res.maxRequestsOnConnectionReached = true;
    res.shouldKeepAlive = false;
  }
  if (dropped) res._dropped = true;
  if (socket._httpMessage) {
    state.outgoing.push(res);
  } else {
    res.assignSocket(socket);
  }
  // The keep-alive idle timeout gives way to the server's own timeout.
  if (socket._keepAliveIdle) {
    socket._keepAliveIdle = false;
    socket.setTimeout?.(server.timeout);
  }
  res.on("finish", () => resOnFinish(server, socket, state, req, res));
  if (dropped) {
    // Over maxRequestsPerSocket: answered 503 in order, then closed.
    server.emit("dropRequest", req, socket);
    res.writeHead(503);
    res.end();
    return false;
  }
  if (missingHost) {
    // Answered in order like any response, then the connection closes.
    res.writeHead(400, ["Connection", "close"]);
    res.end();
    return false;
  }

  const expect = req.headers.expect;
  if (expect !== undefined && info.versionMajor === 1 && info.versionMinor === 1) {
    if (/^100-continue$/i.test(expect)) {
      res._expect_continue = true;
      if (server.listenerCount("checkContinue") > 0) {
        server.emit("checkContinue", req, res);
      } else {
        res.writeContinue();
        server.emit("request", req, res);
      }
    } else if (server.listenerCount("checkExpectation") > 0) {
      server.emit("checkExpectation", req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    server.emit("request", req, res);
  }
  return false;
}

function resOnFinish(server, socket, state, req, res) {
  const idx = state.incoming.indexOf(req);
  if (idx !== -1) state.incoming.splice(idx, 1);
  if (!req.complete && !req._consuming && !req.readableEnded) req._dump();
  else if (!req._consuming && !req._dumped) req._dump();
  res.detachSocket(socket);
  if (!res._closeEmitted) {
    res._closeEmitted = true;
    // The request closes on its own once read to its end (autoDestroy).
    process.nextTick(() => {
      res.destroyed = true;
      res.emit("close");
    });
  }
  if (res._last || !res.shouldKeepAlive) {
    // Pipelined requests refused with a 503 still get their answer.
    if (state.outgoing.length && state.outgoing[0]._dropped) {
      state.outgoing.shift().assignSocket(socket);
      return;
    }
    if (typeof socket.destroySoon === "function") socket.destroySoon();
    else socket.end();
    return;
  }
  const next = state.outgoing.shift();
  if (next) {
    next.assignSocket(socket);
  } else if (state.endAfterResponses) {
    socket.end();
  } else if (server.keepAliveTimeout && typeof socket.setTimeout === "function") {
    socket.setTimeout(server.keepAliveTimeout);
    socket._keepAliveIdle = true;
  }
}

export class Server extends NetServer {
  constructor(options, requestListener) {
    if (typeof options === "function") {
      requestListener = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else if (typeof options !== "object") {
      throw new ERR_INVALID_ARG_TYPE("options", "object", options);
    }
    super({ allowHalfOpen: true, noDelay: options.noDelay ?? true, keepAlive: options.keepAlive, keepAliveInitialDelay: options.keepAliveInitialDelay });
    this.highWaterMark = options.highWaterMark ?? 65536;
    storeHTTPOptions.call(this, options);
    setupConnectionsTracking(this);
    this.timeout = 0;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    if (requestListener) this.on("request", requestListener);
    this.httpAllowHalfOpen = false;
    this.on("connection", connectionListener);
  }

  close(cb) {
    httpServerPreClose(this);
    return super.close(cb);
  }

  closeAllConnections() {
    for (const socket of this[kConnections]) socket.destroy();
  }

  closeIdleConnections() {
    for (const socket of this[kConnections]) {
      const state = socket[kState];
      if (!socket._httpMessage && (!state || (state.incoming.length === 0 && state.current === null))) socket.destroy();
    }
  }

  setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) this.on("timeout", callback);
    return this;
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve) => this.close(() => resolve()));
  }
}

/** Copy the http options onto a server (`this`), with Node's defaults. */
export function storeHTTPOptions(options) {
  for (const name of ["maxHeaderSize", "requestTimeout", "headersTimeout", "keepAliveTimeout", "connectionsCheckingInterval"]) {
    if (options[name] !== undefined) validateInteger(options[name], name, 0);
  }
  for (const name of ["insecureHTTPParser", "requireHostHeader", "joinDuplicateHeaders", "rejectNonStandardBodyWrites"]) {
    if (options[name] !== undefined) validateBoolean(options[name], `options.${name}`);
  }
  this[kIncomingMessage] = options.IncomingMessage ?? IncomingMessage;
  this[kServerResponse] = options.ServerResponse ?? ServerResponse;
  this.maxHeaderSize = options.maxHeaderSize;
  this.insecureHTTPParser = options.insecureHTTPParser;
  this.httpValidation = options.httpValidation;
  this.requestTimeout = options.requestTimeout ?? 300000;
  this.headersTimeout = options.headersTimeout ?? 60000;
  this.keepAliveTimeout = options.keepAliveTimeout ?? 5000;
  this.keepAliveTimeoutBuffer = options.keepAliveTimeoutBuffer ?? 1000;
  this.connectionsCheckingInterval = options.connectionsCheckingInterval ?? 30000;
  this.requireHostHeader = options.requireHostHeader ?? true;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites ?? false;
  this.shouldUpgradeCallback = options.shouldUpgradeCallback ?? function shouldUpgrade() {
    return this.listenerCount("upgrade") > 0;
  };
  if (this.headersTimeout > 0 && this.requestTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new codes.ERR_OUT_OF_RANGE("headersTimeout", "<= requestTimeout", this.headersTimeout);
  }
}

/** Track a server's connections and check request timeouts periodically. */
export function setupConnectionsTracking(server) {
  server[kConnections] ??= new Set();
  server[kCheckTimer] ??= null;
  if (server.headersTimeout > 0 || server.requestTimeout > 0) {
    server.on("listening", () => {
      if (server[kCheckTimer] === null) {
        server[kCheckTimer] = setInterval(checkConnections, server.connectionsCheckingInterval, server).unref();
      }
    });
  }
}

/** What http.Server.close does before closing the listener. */
export function httpServerPreClose(server) {
  if (server[kCheckTimer] != null) {
    clearInterval(server[kCheckTimer]);
    server[kCheckTimer] = null;
  }
  server.closeIdleConnections();
}

export function createServer(options, requestListener) {
  return new Server(options, requestListener);
}
