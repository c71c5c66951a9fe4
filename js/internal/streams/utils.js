// Shared helpers for the stream implementation: symbols, stream-kind
// predicates, high water marks, and lazy access to Buffer / StringDecoder
// (those modules are written elsewhere; small fallbacks keep streams usable
// until they land).
import bufferModule from "ext:host/buffer.js";
import sdModule from "ext:host/string_decoder.js";
import { codes } from "ext:host/internal/errors.js";
import { validateInteger } from "ext:host/internal/validators.js";

export const kIsDestroyed = Symbol.for("nodejs.stream.destroyed");
export const kIsErrored = Symbol("kIsErrored");
export const kIsReadable = Symbol("kIsReadable");
export const kIsWritable = Symbol("kIsWritable");
export const kIsDisturbed = Symbol("kIsDisturbed");
export const kIsClosedPromise = Symbol.for("nodejs.webstream.isClosedPromise");
export const kControllerErrorFunction = Symbol.for("nodejs.webstream.controllerErrorFunction");
export const kOnConstructed = Symbol("kOnConstructed");

export function nop() {}

// Filled in by the modules that define the classes (breaks import cycles).
export const streamClasses = { Readable: null, Writable: null, Duplex: null, Transform: null, PassThrough: null };

// ---- Buffer access ------------------------------------------------------
let teCache;
let tdCache;
const te = {
  encode(s) {
    return (teCache ??= new TextEncoder()).encode(s);
  },
};
const td = {
  decode(b) {
    return (tdCache ??= new TextDecoder()).decode(b);
  },
};

function latin1(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  }
  return s;
}

class FallbackBuffer extends Uint8Array {
  static from(value, enc) {
    if (typeof value === "string") {
      enc = String(enc || "utf8").toLowerCase();
      if (enc === "latin1" || enc === "binary" || enc === "ascii") {
        const b = new FallbackBuffer(value.length);
        for (let i = 0; i < value.length; i++) b[i] = value.charCodeAt(i) & 255;
        return b;
      }
      if (enc === "hex") {
        const b = new FallbackBuffer(value.length >> 1);
        for (let i = 0; i < b.length; i++) b[i] = parseInt(value.substr(i * 2, 2), 16);
        return b;
      }
      if (enc === "base64") return FallbackBuffer.from(latin1Decode(atob(value)));
      const u = te.encode(value);
      return new FallbackBuffer(u.buffer, u.byteOffset, u.length);
    }
    if (value instanceof ArrayBuffer) return new FallbackBuffer(value, enc, arguments[2]);
    const b = new FallbackBuffer(value.length);
    b.set(value);
    return b;
  }
  static alloc(n) {
    return new FallbackBuffer(n);
  }
  static allocUnsafe(n) {
    return new FallbackBuffer(n);
  }
  static isBuffer(b) {
    return b instanceof FallbackBuffer;
  }
  static isEncoding(e) {
    return typeof e === "string" && normalizeEncoding(e) !== undefined;
  }
  static byteLength(s) {
    return typeof s === "string" ? te.encode(s).length : s.byteLength;
  }
  static concat(list, total) {
    if (total === undefined) {
      total = 0;
      for (const b of list) total += b.length;
    }
    const out = new FallbackBuffer(total);
    let off = 0;
    for (const b of list) {
      out.set(b, off);
      off += b.length;
    }
    return out;
  }
  toString(enc, start = 0, end = this.length) {
    const v = this.subarray(start, end);
    enc = String(enc || "utf8").toLowerCase();
    if (enc === "latin1" || enc === "binary") return latin1(v);
    if (enc === "ascii") return latin1(v.map((c) => c & 127));
    if (enc === "hex") return Array.from(v, (c) => c.toString(16).padStart(2, "0")).join("");
    if (enc === "base64") return btoa(latin1(v));
    return td.decode(v);
  }
  slice(s, e) {
    return this.subarray(s, e);
  }
  copy(target, tStart = 0, sStart = 0, sEnd = this.length) {
    const part = this.subarray(sStart, sEnd);
    target.set(part, tStart);
    return part.length;
  }
}

function latin1Decode(s) {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

export function getBuffer() {
  return bufferModule.Buffer ?? globalThis.Buffer ?? FallbackBuffer;
}

export function isUint8Array(v) {
  return v instanceof Uint8Array;
}

export function normalizeEncoding(enc) {
  if (enc == null || enc === "utf8" || enc === "utf-8") return "utf8";
  switch (String(enc).toLowerCase()) {
    case "utf8":
    case "utf-8":
      return "utf8";
    case "ucs2":
    case "ucs-2":
    case "utf16le":
    case "utf-16le":
      return "utf16le";
    case "latin1":
    case "binary":
      return "latin1";
    case "base64":
      return "base64";
    case "base64url":
      return "base64url";
    case "hex":
      return "hex";
    case "ascii":
      return "ascii";
    case "buffer":
      return "buffer";
    default:
      return undefined;
  }
}

export function isEncoding(enc) {
  const B = getBuffer();
  if (typeof B.isEncoding === "function") return B.isEncoding(enc);
  return normalizeEncoding(enc) !== undefined;
}

// ---- StringDecoder access ------------------------------------------------
// Fallback: UTF-8 (streaming, via TextDecoder), latin1, hex, base64.
class FallbackDecoder {
  constructor(enc) {
    const n = normalizeEncoding(enc);
    if (n === undefined || n === "buffer") throw new codes.ERR_UNKNOWN_ENCODING(enc);
    this.encoding = n;
    this.td = n === "utf8" ? new TextDecoder("utf-8") : n === "utf16le" ? new TextDecoder("utf-16le") : null;
    this.rest = null;
  }
  write(buf) {
    if (typeof buf === "string") return buf;
    if (this.td) return this.td.decode(buf, { stream: true });
    const B = getBuffer();
    const b = buf instanceof B ? buf : B.from(buf);
    if (this.encoding === "base64" || this.encoding === "base64url") {
      let all = this.rest ? B.concat([this.rest, b]) : b;
      const keep = all.length % 3;
      this.rest = keep ? all.subarray(all.length - keep) : null;
      all = all.subarray(0, all.length - keep);
      return all.toString(this.encoding);
    }
    return b.toString(this.encoding);
  }
  end(buf) {
    let s = buf ? this.write(buf) : "";
    if (this.td) s += this.td.decode();
    else if (this.rest) {
      s += this.rest.toString(this.encoding);
      this.rest = null;
    }
    return s;
  }
}

export function newStringDecoder(enc) {
  const SD = sdModule.StringDecoder ?? FallbackDecoder;
  return new SD(enc);
}

// ---- High water marks ----------------------------------------------------
let defaultHwmBytes = 64 * 1024;
let defaultHwmObjects = 16;

export function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHwmObjects : defaultHwmBytes;
}

export function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, "value", 0);
  if (objectMode) defaultHwmObjects = value;
  else defaultHwmBytes = value;
}

export function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex && options.highWaterMark == null ? `options.${duplexKey}` : "options.highWaterMark";
      throw new codes.ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

// ---- Predicates ----------------------------------------------------------
export function isReadableNodeStream(obj, strict = false) {
  return !!(
    obj &&
    typeof obj.pipe === "function" &&
    typeof obj.on === "function" &&
    (!strict || (typeof obj.pause === "function" && typeof obj.resume === "function")) &&
    (!obj._writableState || obj._readableState?.readable !== false) &&
    (!obj._writableState || obj._readableState)
  );
}

export function isWritableNodeStream(obj) {
  return !!(
    obj &&
    typeof obj.write === "function" &&
    typeof obj.on === "function" &&
    (!obj._readableState || obj._writableState?.writable !== false)
  );
}

export function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === "function" && obj._readableState && typeof obj.on === "function" &&
    typeof obj.write === "function");
}

export function isNodeStream(obj) {
  return !!(
    obj &&
    (obj._readableState ||
      obj._writableState ||
      (typeof obj.write === "function" && typeof obj.on === "function") ||
      (typeof obj.pipe === "function" && typeof obj.on === "function"))
  );
}

export function isReadableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.pipeThrough === "function" &&
    typeof obj.getReader === "function" && typeof obj.cancel === "function");
}

export function isWritableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.getWriter === "function" && typeof obj.abort === "function");
}

export function isTransformStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.readable === "object" && typeof obj.writable === "object");
}

export function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

export function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === "function";
  if (isAsync === false) return typeof obj[Symbol.iterator] === "function";
  return typeof obj[Symbol.asyncIterator] === "function" || typeof obj[Symbol.iterator] === "function";
}

export function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || state?.destroyed);
}

export function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w?.errored) return false;
  if (typeof w?.ended !== "boolean") return null;
  return w.ended;
}

export function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w?.errored) return false;
  if (typeof w?.finished !== "boolean") return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

export function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) return null;
  if (stream.readableEnded === true) return true;
  const r = stream._readableState;
  if (!r || r.errored) return false;
  if (typeof r?.ended !== "boolean") return null;
  return r.ended;
}

export function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r?.errored) return false;
  if (typeof r?.endEmitted !== "boolean") return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

export function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (typeof stream?.readable !== "boolean") return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

export function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (typeof stream?.writable !== "boolean") return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

export function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if (opts?.readable !== false && isReadable(stream)) return false;
  if (opts?.writable !== false && isWritable(stream)) return false;
  return true;
}

export function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  return stream._writableState?.errored ?? null;
}

export function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  return stream._readableState?.errored ?? null;
}

export function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  const w = stream._writableState;
  const r = stream._readableState;
  if (typeof w?.closed === "boolean" || typeof r?.closed === "boolean") return w?.closed || r?.closed;
  if (typeof stream.closed === "boolean" && isOutgoingMessage(stream)) return stream.closed;
  return false;
}

export function isOutgoingMessage(stream) {
  return (
    typeof stream._closed === "boolean" &&
    typeof stream._defaultKeepAlive === "boolean" &&
    typeof stream._removedConnection === "boolean" &&
    typeof stream._removedContLen === "boolean"
  );
}

export function isServerResponse(stream) {
  return typeof stream._sent100 === "boolean" && isOutgoingMessage(stream);
}

export function isServerRequest(stream) {
  return (
    typeof stream._consuming === "boolean" &&
    typeof stream._dumped === "boolean" &&
    stream.req?.upgradeOrConnect === undefined
  );
}

export function isRequest(stream) {
  return stream && stream.setHeader && typeof stream.abort === "function";
}

export function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return (!state && isServerResponse(stream)) || !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

export function isDisturbed(stream) {
  return !!(stream && (stream[kIsDisturbed] ?? (stream.readableDidRead || stream.readableAborted)));
}

export function isErrored(stream) {
  return !!(
    stream &&
    (stream[kIsErrored] ??
      stream.readableErrored ??
      stream.writableErrored ??
      stream._readableState?.errorEmitted ??
      stream._writableState?.errorEmitted ??
      stream._readableState?.errored ??
      stream._writableState?.errored)
  );
}

export function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

export function once(fn) {
  let called = false;
  return function (...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

// Add a listener in front of the others (works on emitters without
// prependListener too).
export function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === "function") return emitter.prependListener(event, fn);
  if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
  else if (Array.isArray(emitter._events[event])) emitter._events[event].unshift(fn);
  else emitter._events[event] = [fn, emitter._events[event]];
}
