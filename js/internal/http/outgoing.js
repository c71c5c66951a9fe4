// http.OutgoingMessage: the header store and body writer shared by
// ServerResponse and ClientRequest (Content-Length or chunked framing,
// keep-alive headers, buffering until a socket is assigned).
import { Stream } from "ext:host/stream.js";
import { Buffer } from "ext:host/buffer.js";
import { codes } from "ext:host/internal/errors.js";
import { utcDate, validateHeaderName, validateHeaderValue } from "ext:host/internal/http/common.js";

const { ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_TYPE, ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_DESTROYED } = codes;

export const kOutHeaders = Symbol("kOutHeaders");
const kCorked = Symbol("kCorked");
const crlf = "\r\n";

export class OutgoingMessage extends Stream {
  constructor() {
    super();
    this.outputData = [];
    this.outputSize = 0;
    this.writable = true;
    this.destroyed = false;
    this._last = false;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = true;
    this.maxRequestsOnConnectionReached = false;
    this._defaultKeepAlive = true;
    this.useChunkedEncodingByDefault = true;
    this.sendDate = false;
    this._removedConnection = false;
    this._removedContLen = false;
    this._removedTE = false;
    this.strictContentLength = false;
    this._contentLength = null;
    this._bodyBytes = 0;
    this._hasBody = true;
    this._trailer = "";
    this.finished = false;
    this._headerSent = false;
    this[kCorked] = 0;
    this.socket = null;
    this._header = null;
    this[kOutHeaders] = null;
    this._keepAliveTimeout = 0;
    this._onPendingData = () => {};
  }

  get writableFinished() {
    return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
  }
  get writableObjectMode() {
    return false;
  }
  get writableLength() {
    return this.outputSize + (this.socket ? this.socket.writableLength : 0);
  }
  get writableHighWaterMark() {
    return this.socket ? this.socket.writableHighWaterMark : 16384;
  }
  get writableCorked() {
    return this[kCorked];
  }
  get writableEnded() {
    return this.finished;
  }
  get writableNeedDrain() {
    return !this.destroyed && !this.finished && this.outputSize > 0;
  }
  get connection() {
    return this.socket;
  }
  get headersSent() {
    return !!this._header;
  }

  cork() {
    this[kCorked]++;
    this.socket?.cork();
  }
  uncork() {
    if (this[kCorked]) this[kCorked]--;
    this.socket?.uncork();
  }

  setTimeout(msecs, callback) {
    if (callback) this.on("timeout", callback);
    if (!this.socket) this.once("socket", (s) => s.setTimeout(msecs));
    else this.socket.setTimeout(msecs);
    return this;
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.socket) this.socket.destroy(error);
    else this.once("socket", (s) => s.destroy(error));
    return this;
  }

  setHeader(name, value) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT("set");
    validateHeaderName(name);
    validateHeaderValue(name, value);
    (this[kOutHeaders] ??= { __proto__: null })[name.toLowerCase()] = [name, value];
    return this;
  }

  setHeaders(headers) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT("set");
    const isHeaders = typeof globalThis.Headers === "function" && headers instanceof globalThis.Headers;
    if (!isHeaders && !(headers instanceof Map)) {
      throw new ERR_INVALID_ARG_TYPE("headers", ["Headers", "Map"], headers);
    }
    let cookies = null;
    for (const [k, v] of headers.entries()) {
      if (isHeaders && k.toLowerCase() === "set-cookie") {
        cookies ??= [];
        cookies.push(v);
        continue;
      }
      this.setHeader(k, v);
    }
    if (cookies) this.setHeader("set-cookie", cookies);
    return this;
  }

  appendHeader(name, value) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT("append");
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const key = name.toLowerCase();
    const headers = (this[kOutHeaders] ??= { __proto__: null });
    if (headers[key] === undefined) {
      headers[key] = [name, value];
    } else {
      const existing = headers[key][1];
      const list = Array.isArray(existing) ? existing : [existing];
      headers[key][1] = list.concat(value);
    }
    return this;
  }

  getHeader(name) {
    if (typeof name !== "string") throw new ERR_INVALID_ARG_TYPE("name", "string", name);
    return this[kOutHeaders]?.[name.toLowerCase()]?.[1];
  }

  getHeaderNames() {
    return this[kOutHeaders] ? Object.keys(this[kOutHeaders]) : [];
  }

  getRawHeaderNames() {
    return this[kOutHeaders] ? Object.values(this[kOutHeaders]).map((e) => e[0]) : [];
  }

  getHeaders() {
    const out = { __proto__: null };
    if (this[kOutHeaders]) for (const key of Object.keys(this[kOutHeaders])) out[key] = this[kOutHeaders][key][1];
    return out;
  }

  hasHeader(name) {
    if (typeof name !== "string") throw new ERR_INVALID_ARG_TYPE("name", "string", name);
    return !!this[kOutHeaders]?.[name.toLowerCase()];
  }

  removeHeader(name) {
    if (typeof name !== "string") throw new ERR_INVALID_ARG_TYPE("name", "string", name);
    if (this._header) throw new ERR_HTTP_HEADERS_SENT("remove");
    const key = name.toLowerCase();
    if (key === "connection") this._removedConnection = true;
    else if (key === "content-length") this._removedContLen = true;
    else if (key === "transfer-encoding") this._removedTE = true;
    else if (key === "date") this.sendDate = false;
    if (this[kOutHeaders]) delete this[kOutHeaders][key];
  }

  addTrailers(headers) {
    this._trailer = "";
    const entries = Array.isArray(headers) ? headers : Object.entries(headers);
    for (const [k, v] of entries) {
      validateHeaderName(k, "Trailer name");
      validateHeaderValue(k, v);
      this._trailer += `${k}: ${v}${crlf}`;
    }
  }

  // Build the header block from the first line and the stored headers.
  _storeHeader(firstLine, headers) {
    const state = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: firstLine };
    const add = (key, value) => {
      if (Array.isArray(value)) {
        for (const v of value) this._addHeaderLine(state, key, v);
      } else {
        this._addHeaderLine(state, key, value);
      }
    };
    if (headers) {
      if (Array.isArray(headers)) {
        if (headers.length && Array.isArray(headers[0])) {
          for (const [k, v] of headers) add(k, v);
        } else {
          for (let i = 0; i < headers.length; i += 2) add(headers[i], headers[i + 1]);
        }
      } else {
        for (const key of Object.keys(headers)) {
          const entry = headers[key];
          if (Array.isArray(entry) && entry.length === 2 && headers === this[kOutHeaders]) add(entry[0], entry[1]);
          else add(key, entry);
        }
      }
    }
    if (this.sendDate && !state.date) state.header += `Date: ${utcDate()}${crlf}`;
    if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) this.chunkedEncoding = false;
    if (!state.connection) {
      const shouldSendKeepAlive = this.shouldKeepAlive && (state.contLen || this.useChunkedEncodingByDefault || this.agent);
      if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
        state.header += `Connection: close${crlf}`;
      } else if (shouldSendKeepAlive) {
        state.header += `Connection: keep-alive${crlf}`;
        if (this._keepAliveTimeout && this._defaultKeepAlive) {
          const timeoutSeconds = Math.floor(this._keepAliveTimeout / 1000);
          let max = "";
          if (this._maxRequestsPerSocket) max = `, max=${this._maxRequestsPerSocket}`;
          state.header += `Keep-Alive: timeout=${timeoutSeconds}${max}${crlf}`;
        }
      } else {
        this._last = true;
        state.header += `Connection: close${crlf}`;
      }
    }
    if (!state.contLen && !state.te) {
      if (!this._hasBody) {
        this.chunkedEncoding = false;
      } else if (!this.useChunkedEncodingByDefault) {
        this._last = true;
      } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === "number") {
        state.header += `Content-Length: ${this._contentLength}${crlf}`;
      } else if (!this._removedTE) {
        state.header += `Transfer-Encoding: chunked${crlf}`;
        this.chunkedEncoding = true;
      } else {
        this._last = true;
      }
    }
    this._header = state.header + crlf;
    this._headerSent = false;
    // With Expect: 100-continue the head goes out now, before any body.
    if (state.expect) this._send("", "latin1");
  }

  _addHeaderLine(state, key, value) {
    validateHeaderName(key);
    validateHeaderValue(key, value);
    state.header += `${key}: ${value}${crlf}`;
    const lower = key.length < 20 ? key.toLowerCase() : key;
    switch (lower) {
      case "connection":
        state.connection = true;
        this._removedConnection = false;
        if (/(^|,)\s*close\s*(,|$)/i.test(String(value))) this._last = true;
        else this.shouldKeepAlive = true;
        break;
      case "transfer-encoding":
        state.te = true;
        this._removedTE = false;
        if (/(^|,)\s*chunked\s*$/i.test(String(value))) this.chunkedEncoding = true;
        break;
      case "content-length":
        state.contLen = true;
        this._contentLength = +value;
        this._removedContLen = false;
        break;
      case "date":
        state.date = true;
        break;
      case "expect":
        state.expect = true;
        break;
      case "trailer":
        state.trailer = true;
        break;
    }
  }

  // Hand bytes to the socket, or keep them until one is assigned.
  _send(data, encoding, callback) {
    if (!this._headerSent && this._header !== null) {
      const head = this._header;
      this._headerSent = true;
      if (typeof data === "string" && (encoding === "utf8" || encoding === "latin1" || !encoding)) {
        data = head + data;
      } else {
        this._writeRaw(head, "latin1", null);
      }
    }
    return this._writeRaw(data, encoding, callback);
  }

  _writeRaw(data, encoding, callback) {
    const socket = this.socket;
    if (socket && socket.destroyed) {
      if (typeof callback === "function") process.nextTick(callback, new ERR_STREAM_DESTROYED("write"));
      return false;
    }
    if (socket && socket._httpMessage === this && socket.writable) {
      if (this.outputData.length) this._flushOutput(socket);
      // Writes of one tick leave together (one syscall): the socket stays
      // corked until the next tick, or until end().
      if (!socket.writableCorked) {
        socket.cork();
        process.nextTick(uncorkSocket, socket);
      }
      return socket.write(data, encoding, callback);
    }
    this.outputData.push({ data, encoding, callback });
    this.outputSize += data.length;
    this._onPendingData(data.length);
    return this.outputSize < this.writableHighWaterMark;
  }

  _flushOutput(socket) {
    const queue = this.outputData;
    if (queue.length === 0) return true;
    this.outputData = [];
    this._onPendingData(-this.outputSize);
    this.outputSize = 0;
    socket.cork();
    let ret = true;
    for (const { data, encoding, callback } of queue) ret = socket.write(data, encoding, callback);
    socket.uncork();
    return ret;
  }

  flushHeaders() {
    if (!this._header) this._implicitHeader();
    this._send("", "latin1");
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === "function") {
      callback = encoding;
      encoding = null;
    }
    const ret = this._writeChunk(chunk, encoding, callback, false);
    if (!ret) this[kNeedDrain] = true;
    return ret;
  }

  _writeChunk(chunk, encoding, callback, fromEnd) {
    if (this.finished) {
      const err = new ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        if (typeof callback === "function") callback(err);
        this.emit("error", err);
      });
      return false;
    }
    if (this.destroyed) {
      const err = new ERR_STREAM_DESTROYED("write");
      if (typeof callback === "function") process.nextTick(callback, err);
      return false;
    }
    if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
    if (typeof chunk !== "string" && !(chunk instanceof Uint8Array)) {
      throw new ERR_INVALID_ARG_TYPE("chunk", ["string", "Buffer", "Uint8Array"], chunk);
    }
    const len = typeof chunk === "string" ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    if (this._strictLength() && len + this._bodyBytes > this._contentLength) {
      throw new codes.ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + this._bodyBytes, this._contentLength);
    }
    if (!this._header) {
      if (fromEnd) this._contentLength = len;
      this._implicitHeader();
    }
    if (!this._hasBody) {
      if (typeof callback === "function") process.nextTick(callback);
      return true;
    }
    this._bodyBytes += len;
    if (len === 0) {
      if (typeof callback === "function") process.nextTick(callback);
      return true;
    }
    if (this.chunkedEncoding) {
      this._send(len.toString(16) + crlf, "latin1", null);
      this._send(chunk, encoding, null);
      return this._send(crlf, "latin1", callback);
    }
    return this._send(chunk, encoding, callback);
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === "function") {
      callback = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === "function") {
      callback = encoding;
      encoding = null;
    }
    if (chunk !== null && chunk !== undefined) {
      if (this.finished) {
        this._writeChunk(chunk, encoding, callback, true);
        return this;
      }
      if (this.socket) this.socket.cork();
      this._writeChunk(chunk, encoding, null, true);
    } else if (this.finished) {
      if (typeof callback === "function") {
        if (!this.writableFinished) this.on("finish", callback);
        else callback(new codes.ERR_STREAM_ALREADY_FINISHED("end"));
      }
      return this;
    } else if (!this._header) {
      this._contentLength = 0;
      this._implicitHeader();
    }
    // As in Node, end()'s callback runs ahead of other 'finish' listeners.
    if (typeof callback === "function") this.prependOnceListener("finish", callback);
    if (this._strictLength() && this._bodyBytes !== this._contentLength) {
      throw new codes.ERR_HTTP_CONTENT_LENGTH_MISMATCH(this._bodyBytes, this._contentLength);
    }
    const finish = () => this._onFinishWrite();
    if (this._hasBody && this.chunkedEncoding) {
      this._send("0" + crlf + this._trailer + crlf, "latin1", finish);
    } else {
      this._send("", "latin1", finish);
    }
    // end() sends everything at once: the socket is fully uncorked.
    const socket = this.socket;
    if (socket && socket._httpMessage === this) {
      while (socket.writableCorked) socket.uncork();
    }
    this.finished = true;
    if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
    return this;
  }

  // strictContentLength applies: a known length and plain framing.
  _strictLength() {
    return this.strictContentLength && this._contentLength != null && this._hasBody && !this._removedContLen &&
      !this.chunkedEncoding && !this.hasHeader("transfer-encoding");
  }

  _onFinishWrite() {
    if (this._finishEmitted) return;
    this._finishEmitted = true;
    this.emit("finish");
  }

  _finish() {
    this.emit("prefinish");
  }

  pipe() {
    this.emit("error", new codes.ERR_STREAM_CANNOT_PIPE());
  }
}

function uncorkSocket(socket) {
  if (socket.writableCorked) socket.uncork();
}

const kNeedDrain = Symbol("kNeedDrain");
export { kNeedDrain };
