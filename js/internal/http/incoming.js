// http.IncomingMessage: a request on the server, a response on the client.
import { Readable } from "ext:host/stream.js";

// Headers Node keeps only once (the first value wins).
const SINGLE = new Set([
  "content-type", "content-length", "user-agent", "referer", "host", "authorization",
  "proxy-authorization", "if-modified-since", "if-unmodified-since", "from", "location",
  "max-forwards", "retry-after", "etag", "last-modified", "server", "age", "expires",
]);

/** Build Node's `headers` object from raw [name, value, ...] pairs. */
export function headersFromRaw(raw, dest = { __proto__: null }, join = false) {
  for (let i = 0; i < raw.length; i += 2) addHeader(dest, raw[i].toLowerCase(), raw[i + 1], join);
  return dest;
}

function addHeader(dest, name, value, join) {
  const existing = dest[name];
  if (existing === undefined) {
    dest[name] = name === "set-cookie" ? [value] : value;
  } else if (name === "set-cookie") {
    existing.push(value);
  } else if (SINGLE.has(name) && !join) {
    // first one wins
  } else if (name === "cookie") {
    dest[name] = `${existing}; ${value}`;
  } else {
    dest[name] = `${existing}, ${value}`;
  }
}

export class IncomingMessage extends Readable {
  constructor(socket) {
    super();
    this._readableState.readingMore = true;
    this.socket = socket;
    this.httpVersionMajor = null;
    this.httpVersionMinor = null;
    this.httpVersion = null;
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.joinDuplicateHeaders = false;
    this.aborted = false;
    this.upgrade = null;
    this.url = "";
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this._consuming = false;
    this._dumped = false;
    this._headers = null;
    this._trailers = null;
    this._onRead = null;
  }

  get connection() {
    return this.socket;
  }

  get headers() {
    if (this._headers === null) this._headers = headersFromRaw(this.rawHeaders, {}, this.joinDuplicateHeaders);
    return this._headers;
  }
  set headers(v) {
    this._headers = v;
  }

  get headersDistinct() {
    const out = { __proto__: null };
    for (let i = 0; i < this.rawHeaders.length; i += 2) {
      const k = this.rawHeaders[i].toLowerCase();
      (out[k] ??= []).push(this.rawHeaders[i + 1]);
    }
    return out;
  }

  get trailers() {
    if (this._trailers === null) this._trailers = headersFromRaw(this.rawTrailers, {}, this.joinDuplicateHeaders);
    return this._trailers;
  }

  get trailersDistinct() {
    const out = { __proto__: null };
    for (let i = 0; i < this.rawTrailers.length; i += 2) {
      const k = this.rawTrailers[i].toLowerCase();
      (out[k] ??= []).push(this.rawTrailers[i + 1]);
    }
    return out;
  }
  set trailers(v) {
    this._trailers = v;
  }

  setTimeout(msecs, callback) {
    if (callback) this.on("timeout", callback);
    this.socket?.setTimeout(msecs);
    return this;
  }

  _read() {
    this._consuming = true;
    if (this._onRead) this._onRead();
  }

  // Destroyed before its end: 'aborted', and the socket goes too. The error
  // reaches 'error' only when someone listens for it, as in Node.
  _destroy(err, cb) {
    if ((!this.readableEnded || !this.complete) && !this.aborted) {
      this.aborted = true;
      this.emit("aborted");
    }
    const done = () => process.nextTick(() => cb(this.listenerCount("error") === 0 ? undefined : err));
    const socket = this.socket;
    if (socket && !socket.destroyed && this.aborted) socket.destroy(err);
    done();
  }

  // Discard the body (a response nobody reads).
  _dump() {
    if (!this._dumped) {
      this._dumped = true;
      this.removeAllListeners("data");
      this.resume();
    }
  }
}
