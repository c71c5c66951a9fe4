// node:buffer -- Buffer (a Uint8Array subclass), the encodings, Blob/File,
// atob/btoa and the small helpers (isUtf8, isAscii, transcode).
import { core, primordials } from "ext:core/mod.js";
import {
  op_buffer_ascii_slice,
  op_buffer_base64_slice,
  op_buffer_base64_write,
  op_buffer_compare,
  op_buffer_encode_utf8,
  op_buffer_hex_slice,
  op_buffer_hex_write,
  op_buffer_index_of,
  op_buffer_index_of_byte,
  op_buffer_is_ascii,
  op_buffer_is_utf8,
  op_buffer_latin1_slice,
  op_buffer_latin1_write,
  op_buffer_ucs2_slice,
  op_buffer_ucs2_write,
  op_buffer_utf8_length,
  op_buffer_utf8_slice,
  op_buffer_utf8_write,
} from "ext:core/ops";
import { codes, E } from "ext:host/internal/errors.js";
import { DOMException } from "ext:host/internal/dom_exception.js";

const {
  ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_BUFFER_SIZE,
  ERR_MISSING_ARGS,
  ERR_OUT_OF_RANGE,
  ERR_STRING_TOO_LONG,
  ERR_UNKNOWN_ENCODING,
} = codes;
if (codes.ERR_INVALID_STATE === undefined) E("ERR_INVALID_STATE", "Invalid state: %s", Error, TypeError, RangeError);

const {
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeFill,
  TypedArrayPrototypeSubarray,
  TypedArrayPrototypeSlice,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeCopyWithin,
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferIsView,
  MathFloor,
  MathMin,
  MathTrunc,
  NumberIsInteger,
  NumberIsNaN,
  StringPrototypeCharCodeAt,
  StringPrototypeToLowerCase,
  StringPrototypeSlice,
  ObjectDefineProperty,
  ObjectDefineProperties,
  ObjectSetPrototypeOf,
  SymbolFor,
  SymbolToPrimitive,
} = primordials;

export const kMaxLength = 2 ** 53 - 1;
export const kStringMaxLength = 536870888;
export const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
const customInspectSymbol = SymbolFor("nodejs.util.inspect.custom");
const kIsEncodingSymbol = Symbol("kIsEncodingSymbol");

export let INSPECT_MAX_BYTES = 50;

// ---------------------------------------------------------------------------
// Type checks

export function isUint8Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === "Uint8Array";
}
function isTypedArray(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined;
}
// SharedArrayBuffer may be installed after the snapshot was made: look it
// up on first use.
let sabByteLength;
function getSabByteLength() {
  if (sabByteLength === undefined) {
    const SAB = globalThis.SharedArrayBuffer;
    sabByteLength = typeof SAB === "function"
      ? primordials.uncurryThis(Object.getOwnPropertyDescriptor(SAB.prototype, "byteLength").get)
      : null;
  }
  return sabByteLength;
}
function isSharedArrayBuffer(value) {
  const SAB = globalThis.SharedArrayBuffer;
  if (typeof SAB === "function" && value instanceof SAB) return true;
  return !(value instanceof ArrayBuffer) && core.isSharedArrayBuffer(value);
}
function isAnyArrayBuffer(value) {
  if (value === null || typeof value !== "object") return false;
  if (value instanceof ArrayBuffer) return true;
  const SAB = globalThis.SharedArrayBuffer;
  if (typeof SAB === "function" && value instanceof SAB) return true;
  if (Array.isArray(value) || ArrayBufferIsView(value)) return false;
  // ArrayBuffers from another realm.
  return core.isAnyArrayBuffer(value);
}
// The byte length of an ArrayBuffer or SharedArrayBuffer, else -1.
function arrayBufferByteLength(value) {
  if (!isAnyArrayBuffer(value)) return -1;
  if (isSharedArrayBuffer(value)) return getSabByteLength()(value);
  return ArrayBufferPrototypeGetByteLength(value);
}

// memcmp order; short inputs in JS (cheaper than an op call).
function compareBytes(a, b) {
  const la = a.length;
  const lb = b.length;
  if (la + lb > 64) return op_buffer_compare(a, b);
  const n = la < lb ? la : lb;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return la < lb ? -1 : la > lb ? 1 : 0;
}

function validateNumber(value, name, min, max) {
  if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE(name, "number", value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && NumberIsNaN(value))) {
    throw new ERR_OUT_OF_RANGE(name,
      `${min != null ? `>= ${min}` : ""}${min != null && max != null ? " && " : ""}${max != null ? `<= ${max}` : ""}`,
      value);
  }
}
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE(name, "number", value);
  if (!NumberIsInteger(value)) throw new ERR_OUT_OF_RANGE(name, "an integer", value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE(name, "number", value);
  if (!NumberIsInteger(value)) throw new ERR_OUT_OF_RANGE(name, "an integer", value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function stringTooLong() {
  return new ERR_STRING_TOO_LONG();
}

// ---------------------------------------------------------------------------
// Encodings

// Canonical name of an encoding, or undefined. Node's spellings, any case.
export function normalizeEncoding(enc) {
  if (enc == null || enc === "utf8" || enc === "utf-8") return "utf8";
  return slowNormalize(enc);
}
function slowNormalize(enc) {
  switch (enc.length) {
    case 4:
      if (enc === "UTF8") return "utf8";
      if (enc === "ucs2" || enc === "UCS2") return "utf16le";
      enc = StringPrototypeToLowerCase(`${enc}`);
      if (enc === "utf8") return "utf8";
      if (enc === "ucs2") return "utf16le";
      break;
    case 3:
      if (enc === "hex" || enc === "HEX" || StringPrototypeToLowerCase(`${enc}`) === "hex") return "hex";
      break;
    case 5:
      if (enc === "ascii") return "ascii";
      if (enc === "ucs-2") return "utf16le";
      if (enc === "UTF-8") return "utf8";
      if (enc === "ASCII") return "ascii";
      if (enc === "UCS-2") return "utf16le";
      enc = StringPrototypeToLowerCase(`${enc}`);
      if (enc === "utf-8") return "utf8";
      if (enc === "ascii") return "ascii";
      if (enc === "ucs-2") return "utf16le";
      break;
    case 6:
      if (enc === "base64") return "base64";
      if (enc === "latin1" || enc === "binary") return "latin1";
      if (enc === "BASE64") return "base64";
      if (enc === "LATIN1" || enc === "BINARY") return "latin1";
      enc = StringPrototypeToLowerCase(`${enc}`);
      if (enc === "base64") return "base64";
      if (enc === "latin1" || enc === "binary") return "latin1";
      break;
    case 7:
      if (enc === "utf16le" || enc === "UTF16LE" || StringPrototypeToLowerCase(`${enc}`) === "utf16le") return "utf16le";
      break;
    case 8:
      if (enc === "utf-16le" || enc === "UTF-16LE" || StringPrototypeToLowerCase(`${enc}`) === "utf-16le") return "utf16le";
      break;
    case 9:
      if (enc === "base64url" || enc === "BASE64URL" || StringPrototypeToLowerCase(`${enc}`) === "base64url") return "base64url";
      break;
    default:
      if (enc === "") return "utf8";
  }
  return undefined;
}

function base64ByteLength(str, bytes) {
  if (bytes > 0 && StringPrototypeCharCodeAt(str, bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && StringPrototypeCharCodeAt(str, bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

// UTF-8 length in JS for short strings (an op call costs more).
function utf8ByteLength(str) {
  const len = str.length;
  if (len > 64) return op_buffer_utf8_length(str);
  let n = len;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = StringPrototypeCharCodeAt(str, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 2;
        i++;
      } else {
        n += 2;
      }
    } else n += 2;
  }
  return n;
}

function latin1SliceJs(buf, start, end) {
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
  return s;
}

function utf8Slice(buf, start, end) {
  const n = end - start;
  if (n <= 16) {
    // Short ASCII runs: cheaper in JS than an op call.
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (buf[i] > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) return latin1SliceJs(buf, start, end);
  }
  const s = op_buffer_utf8_slice(buf, start, end);
  if (s === null) throw stringTooLong();
  return s;
}
function checked(s) {
  if (s === null) throw stringTooLong();
  return s;
}

function utf8Write(buf, string, offset, length) {
  const n = string.length;
  if (n <= 32) {
    // Short ASCII strings: cheaper in JS than an op call.
    const lim = n < length ? n : length;
    let i = 0;
    for (; i < lim; i++) {
      const c = StringPrototypeCharCodeAt(string, i);
      if (c > 0x7f) break;
      buf[offset + i] = c;
    }
    if (i === lim) return lim;
  }
  return op_buffer_utf8_write(string, buf, offset, length);
}

function makeIndexOf(encodingVal) {
  return (buf, val, byteOffset, dir) =>
    indexOfBuffer(buf, fromStringFast(val, encodingOps[encodingVal]), byteOffset, encodingVal, dir);
}

const encodingOps = {
  __proto__: null,
  utf8: {
    encoding: "utf8",
    byteLength: utf8ByteLength,
    write: utf8Write,
    slice: utf8Slice,
    indexOf: null,
  },
  utf16le: {
    encoding: "utf16le",
    byteLength: (string) => string.length * 2,
    write: (buf, string, offset, len) => op_buffer_ucs2_write(string, buf, offset, len),
    slice: (buf, start, end) => checked(op_buffer_ucs2_slice(buf, start, end)),
    indexOf: null,
  },
  latin1: {
    encoding: "latin1",
    byteLength: (string) => string.length,
    write: (buf, string, offset, len) => op_buffer_latin1_write(string, buf, offset, len),
    slice: (buf, start, end) => checked(op_buffer_latin1_slice(buf, start, end)),
    indexOf: null,
  },
  ascii: {
    encoding: "ascii",
    byteLength: (string) => string.length,
    write: (buf, string, offset, len) => op_buffer_latin1_write(string, buf, offset, len),
    slice: (buf, start, end) => checked(op_buffer_ascii_slice(buf, start, end)),
    indexOf: null,
  },
  base64: {
    encoding: "base64",
    byteLength: (string) => base64ByteLength(string, string.length),
    write: (buf, string, offset, len) => op_buffer_base64_write(string, buf, offset, len),
    slice: (buf, start, end) => checked(op_buffer_base64_slice(buf, start, end, false)),
    indexOf: null,
  },
  base64url: {
    encoding: "base64url",
    byteLength: (string) => base64ByteLength(string, string.length),
    write: (buf, string, offset, len) => op_buffer_base64_write(string, buf, offset, len),
    slice: (buf, start, end) => checked(op_buffer_base64_slice(buf, start, end, true)),
    indexOf: null,
  },
  hex: {
    encoding: "hex",
    byteLength: (string) => string.length >>> 1,
    write: (buf, string, offset, len) => op_buffer_hex_write(string, buf, offset, len),
    slice: (buf, start, end) => checked(op_buffer_hex_slice(buf, start, end)),
    indexOf: null,
  },
};
for (const name in encodingOps) encodingOps[name].indexOf = makeIndexOf(name);

function getEncodingOps(encoding) {
  if (encoding === "utf8") return encodingOps.utf8;
  encoding = `${encoding}`;
  if (encoding.length === 0) return undefined;
  const name = slowNormalize(encoding);
  return name === undefined ? undefined : encodingOps[name];
}
export function getEncodingOpsFor(encoding) {
  return getEncodingOps(encoding);
}

// ---------------------------------------------------------------------------
// Buffer and its pool

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let poolSize = 64 * 1024;
let poolOffset = 0;
let allocPool = null;

// Pool ArrayBuffers are shared by many small Buffers: like Node, they are
// untransferable (a byte stream refuses to detach them, postMessage copies).
const poolBuffers = new WeakSet();
let markUntransferable;
// A pool made before process existed (build time, early bootstrap) is
// marked on a later allocation.
let pendingMark = null;

function markPool(ab) {
  poolBuffers.add(ab);
  pendingMark = null;
  if (markUntransferable === undefined) {
    const get = globalThis.process?.getBuiltinModule;
    if (typeof get !== "function") {
      pendingMark = ab;
      return;
    }
    markUntransferable = get("worker_threads")?.markAsUntransferable ?? null;
  }
  if (markUntransferable) markUntransferable(ab);
}

/** True for the ArrayBuffer behind pooled Buffers (never to be detached). */
export function isPoolArrayBuffer(ab) {
  return poolBuffers.has(ab);
}

function createPool() {
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
  markPool(allocPool);
}
function alignPool() {
  if (poolOffset & 7) {
    poolOffset |= 7;
    poolOffset++;
  }
}

function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

let bufferWarned = false;
function showFlaggedDeprecation() {
  if (bufferWarned) return;
  bufferWarned = true;
  const proc = globalThis.process;
  if (proc && typeof proc.emitWarning === "function") {
    proc.emitWarning(
      "Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), " +
        "Buffer.allocUnsafe(), or Buffer.from() methods instead.",
      "DeprecationWarning",
      "DEP0005",
    );
  }
}

export function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === "number") {
    if (typeof encodingOrOffset === "string") throw new ERR_INVALID_ARG_TYPE("string", "string", arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
ObjectDefineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() {
    return FastBuffer;
  },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
ObjectSetPrototypeOf(Buffer, Uint8Array);

// A plain data property, as in Node: programs may change it.
Buffer.poolSize = poolSize;

function currentPoolSize() {
  const p = Buffer.poolSize;
  return typeof p === "number" && p > 0 ? p : 0;
}
function ensurePool(size) {
  if (pendingMark !== null) markPool(pendingMark);
  poolSize = currentPoolSize();
  if (allocPool === null || size > allocPool.byteLength - poolOffset) createPool();
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < currentPoolSize() >>> 1) {
    ensurePool(size);
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

function fromStringFast(string, ops) {
  const maxLength = currentPoolSize() >>> 1;
  let length = string.length;
  if (length >= maxLength) return fromStringSlow(string, ops);
  length *= 4;
  if (length >= maxLength) length = ops.byteLength(string);
  if (length >= maxLength) return fromStringSlow(string, ops);
  ensurePool(length);
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromStringSlow(string, ops) {
  if (ops.encoding === "utf8") {
    const ab = op_buffer_encode_utf8(string);
    return new FastBuffer(ab);
  }
  const length = ops.byteLength(string);
  const b = createUnsafeBuffer(length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) return new FastBuffer(b.buffer, 0, actual);
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== "string" || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  const total = arrayBufferByteLength(obj);
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (NumberIsNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = total - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS("offset");
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS("length");
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  if (length < currentPoolSize() >>> 1) {
    ensurePool(length);
    const b = new FastBuffer(allocPool, poolOffset, length);
    TypedArrayPrototypeSet(b, obj, 0);
    poolOffset += length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== "number") return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === "Buffer" && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

const fromTypes = ["string", "Buffer", "ArrayBuffer", "Array", "Array-like Object"];

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === "string") return fromString(value, encodingOrOffset);
  if (typeof value === "object" && value !== null) {
    if (isTypedArray(value)) return fromArrayLike(value);
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === "string" || typeof valueOf === "object")) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[SymbolToPrimitive] === "function") {
      const primitive = value[SymbolToPrimitive]("string");
      if (typeof primitive === "string") return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE("first argument", fromTypes, value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE("view", ["TypedArray"], view);
  const viewLength = TypedArrayPrototypeGetLength(view);
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, "offset", 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, "length", 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayPrototypeSlice(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(
    TypedArrayPrototypeGetBuffer(view),
    TypedArrayPrototypeGetByteOffset(view),
    TypedArrayPrototypeGetByteLength(view),
  ));
};

const of = (...items) => {
  const b = createUnsafeBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};
Buffer.of = of;

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, "size", 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, "size", 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, "size", 0, kMaxLength);
  return createUnsafeBuffer(size);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE("buf1", ["Buffer", "Uint8Array"], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE("buf2", ["Buffer", "Uint8Array"], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === "string" && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};
Buffer[kIsEncodingSymbol] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE("list", "Array", list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, "length");
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ["Buffer", "Uint8Array"], list[i]);
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) TypedArrayPrototypeFill(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== "string") {
    if (ArrayBufferIsView(string)) return string.byteLength;
    const n = arrayBufferByteLength(string);
    if (n >= 0) return n;
    throw new ERR_INVALID_ARG_TYPE("string", ["string", "Buffer", "ArrayBuffer"], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (encoding) {
    const ops = getEncodingOps(encoding);
    if (ops) return ops.byteLength(string);
  }
  return utf8ByteLength(string);
}
Buffer.byteLength = byteLength;

// ---------------------------------------------------------------------------
// Prototype

const proto = Buffer.prototype;

ObjectDefineProperties(proto, {
  parent: {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      if (!(this instanceof Buffer)) return undefined;
      return this.buffer;
    },
  },
  offset: {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      if (!(this instanceof Buffer)) return undefined;
      return this.byteOffset;
    },
  },
});

function addMethods(target, methods) {
  for (const name of Object.keys(methods)) {
    ObjectDefineProperty(target, name, {
      __proto__: null,
      value: methods[name],
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart === 0 && nb === source.byteLength) {
    TypedArrayPrototypeSet(target, source, targetStart);
  } else {
    TypedArrayPrototypeSet(target, TypedArrayPrototypeSubarray(source, sourceStart, sourceStart + nb), targetStart);
  }
  return nb;
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!NumberIsNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : MathFloor(n);
  }
  return defaultVal;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE("source", ["Buffer", "Uint8Array"], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE("target", ["Buffer", "Uint8Array"], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = NumberIsInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE("targetStart", ">= 0", targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = NumberIsInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE("sourceStart", `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = NumberIsInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE("sourceEnd", ">= 0", sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function adjustOffset(offset, length) {
  offset = MathTrunc(offset);
  if (offset === 0 || NumberIsNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

// The indexOf/lastIndexOf machinery.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function indexOfBuffer(buffer, needle, byteOffset, encoding, dir) {
  const hayLen = buffer.length;
  const needleLen = needle.length;
  const start = searchStart(hayLen, MathTrunc(byteOffset), needleLen, dir);
  if (needleLen === 0) return start;
  if (hayLen === 0 || start <= -1) return -1;
  if (encoding === "utf16le") {
    if (hayLen < 2 || needleLen < 2) return -1;
    return op_buffer_index_of(buffer, needle, start, dir, true);
  }
  if (needleLen === 1) return indexOfByte(buffer, needle[0], start, dir);
  return op_buffer_index_of(buffer, needle, start, dir, false);
}
// V8's TypedArray indexOf is a plain loop; memchr is much faster on long
// buffers, a JS loop on short ones.
function indexOfByte(buf, byte, start, dir) {
  const len = buf.length;
  if (len - start > 64 || (!dir && start > 64)) return op_buffer_index_of_byte(buf, byte, start, dir);
  if (dir) {
    for (let i = start; i < len; i++) if (buf[i] === byte) return i;
  } else {
    for (let i = MathMin(start, len - 1); i >= 0; i--) if (buf[i] === byte) return i;
  }
  return -1;
}

function indexOfNumber(buffer, val, byteOffset, dir) {
  const len = buffer.length;
  const start = searchStart(len, MathTrunc(byteOffset), 1, dir);
  if (start <= -1 || len === 0) return -1;
  return indexOfByte(buffer, val & 255, start, dir);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!isUint8Array(buffer)) throw new ERR_INVALID_ARG_TYPE("buffer", ["Buffer", "Uint8Array"], buffer);
  if (typeof byteOffset === "string") {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (NumberIsNaN(byteOffset)) byteOffset = dir ? 0 : buffer.length || buffer.byteLength;
  dir = !!dir;
  if (typeof val === "number") return indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);
  if (typeof val === "string") {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const enc = ops === undefined ? "utf8" : ops.encoding;
    return indexOfBuffer(buffer, val, byteOffset, enc, dir);
  }
  throw new ERR_INVALID_ARG_TYPE("value", ["number", "string", "Buffer", "Uint8Array"], val);
}

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === "string") {
    if (offset === undefined || typeof offset === "string") {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === "string") {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      if (typeof encoding !== "string") throw new ERR_INVALID_ARG_TYPE("encoding", "string", encoding);
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    encoding = normalized;
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === "utf8") {
        const code = StringPrototypeCharCodeAt(value, 0);
        if (code < 128) value = code;
      } else if (normalized === "latin1") {
        value = StringPrototypeCharCodeAt(value, 0);
      }
    }
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, "offset");
    if (end === undefined) end = buf.length;
    else validateOffset(end, "end", 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === "number") {
    const byteLen = TypedArrayPrototypeGetByteLength(buf);
    if (offset > end || end - offset + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    TypedArrayPrototypeFill(buf, value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === "string") {
    pattern = fromStringFast(value, encodingOps[encoding]);
  } else if (ArrayBufferIsView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    TypedArrayPrototypeFill(buf, Number(value) & 255, offset, end);
    return buf;
  }
  if (end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  const n = pattern.length;
  if (n === 0) throw new ERR_INVALID_ARG_VALUE("value", value);
  const total = end - offset;
  if (n >= total) {
    TypedArrayPrototypeSet(buf, TypedArrayPrototypeSubarray(pattern, 0, total), offset);
    return buf;
  }
  TypedArrayPrototypeSet(buf, pattern, offset);
  let filled = n;
  while (filled < total) {
    const chunk = MathMin(filled, total - filled);
    TypedArrayPrototypeCopyWithin(buf, offset + filled, offset, offset + chunk);
    filled += chunk;
  }
  return buf;
}

// Integer read/write helpers.
function boundsError(value, length, type) {
  if (MathFloor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || "offset", "an integer", value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || "offset", `>= ${type ? 1 : 0} and <= ${length}`, value);
}
function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, "offset");
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}
function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === "bigint" ? "n" : "";
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE("value", range, value);
  }
  checkBounds(buf, offset, byteLength);
}

function readU8(buf, offset = 0) {
  validateNumber(offset, "offset");
  const val = buf[offset];
  if (val === undefined) boundsError(offset, buf.length - 1);
  return val;
}
function edges(buf, offset, n) {
  validateNumber(offset, "offset");
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
}

function readUIntLEn(buf, offset, n) {
  edges(buf, offset, n);
  let v = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) {
    v += buf[offset + i] * mul;
    mul *= 0x100;
  }
  return v;
}
function readUIntBEn(buf, offset, n) {
  edges(buf, offset, n);
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 0x100 + buf[offset + i];
  return v;
}
function readIntLEn(buf, offset, n) {
  const v = readUIntLEn(buf, offset, n);
  const limit = 2 ** (8 * n - 1);
  return v >= limit ? v - limit * 2 : v;
}
function readIntBEn(buf, offset, n) {
  const v = readUIntBEn(buf, offset, n);
  const limit = 2 ** (8 * n - 1);
  return v >= limit ? v - limit * 2 : v;
}

function writeIntN(buf, value, offset, n, min, max, littleEndian) {
  value = +value;
  if (n === 1) {
    validateNumber(offset, "offset");
    if (value > max || value < min) throw new ERR_OUT_OF_RANGE("value", `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, n - 1);
  let v = value;
  if (v < 0) v += 2 ** (8 * n);
  v = MathTrunc(v) || 0;
  if (n <= 4) {
    // 32-bit math is exact here.
    v >>>= 0;
    for (let i = 0; i < n; i++) {
      buf[littleEndian ? offset + i : offset + n - 1 - i] = v & 0xff;
      v >>>= 8;
    }
  } else {
    let lo = v % 0x100000000;
    let hi = (v - lo) / 0x100000000;
    for (let i = 0; i < n; i++) {
      const pos = littleEndian ? offset + i : offset + n - 1 - i;
      if (i < 4) {
        buf[pos] = lo & 0xff;
        lo = lo >>> 8;
      } else {
        buf[pos] = hi & 0xff;
        hi = hi >>> 8;
      }
    }
  }
  return offset + n;
}

function readBig64(buf, offset, littleEndian, signed) {
  validateNumber(offset, "offset");
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  let lo;
  let hi;
  if (littleEndian) {
    lo = buf[offset] + buf[offset + 1] * 2 ** 8 + buf[offset + 2] * 2 ** 16 + buf[offset + 3] * 2 ** 24;
    hi = buf[offset + 4] + buf[offset + 5] * 2 ** 8 + buf[offset + 6] * 2 ** 16 + buf[offset + 7] * 2 ** 24;
  } else {
    hi = buf[offset] * 2 ** 24 + buf[offset + 1] * 2 ** 16 + buf[offset + 2] * 2 ** 8 + buf[offset + 3];
    lo = buf[offset + 4] * 2 ** 24 + buf[offset + 5] * 2 ** 16 + buf[offset + 6] * 2 ** 8 + buf[offset + 7];
  }
  const v = (BigInt(hi) << 32n) + BigInt(lo);
  return signed ? BigInt.asIntN(64, v) : v;
}
function writeBig64(buf, value, offset, min, max, littleEndian) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[littleEndian ? offset + i : offset + 7 - i] = lo & 0xff;
    lo = lo >>> 8;
  }
  for (let i = 4; i < 8; i++) {
    buf[littleEndian ? offset + i : offset + 7 - i] = hi & 0xff;
    hi = hi >>> 8;
  }
  return offset + 8;
}

const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);
float32Array[0] = -1;
const bigEndian = uInt8Float32Array[3] === 0;

function readFloat(buf, offset, n, littleEndian) {
  validateNumber(offset, "offset");
  const first = buf[offset];
  const last = buf[offset + n - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - n);
  const scratch = n === 4 ? uInt8Float32Array : uInt8Float64Array;
  const swap = littleEndian === bigEndian;
  for (let i = 0; i < n; i++) scratch[swap ? n - 1 - i : i] = buf[offset + i];
  return n === 4 ? float32Array[0] : float64Array[0];
}
function writeFloat(buf, val, offset, n, littleEndian) {
  val = +val;
  checkBounds(buf, offset, n - 1);
  let scratch;
  if (n === 4) {
    float32Array[0] = val;
    scratch = uInt8Float32Array;
  } else {
    float64Array[0] = val;
    scratch = uInt8Float64Array;
  }
  const swap = littleEndian === bigEndian;
  for (let i = 0; i < n; i++) buf[offset + i] = scratch[swap ? n - 1 - i : i];
  return offset + n;
}

function readVar(buf, offset, byteLength, reader) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE("offset", "number", offset);
  if (byteLength >= 1 && byteLength <= 6 && NumberIsInteger(byteLength)) return reader(buf, offset, byteLength);
  boundsError(byteLength, 6, "byteLength");
}
function writeVar(buf, value, offset, byteLength, signed, littleEndian) {
  if (byteLength >= 1 && byteLength <= 6 && NumberIsInteger(byteLength)) {
    const bits = 8 * byteLength;
    const min = signed ? -(2 ** (bits - 1)) : 0;
    const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    return writeIntN(buf, value, offset, byteLength, min, max, littleEndian);
  }
  boundsError(byteLength, 6, "byteLength");
}

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

const methods = {
  readBigUInt64LE(offset = 0) {
    return readBig64(this, offset, true, false);
  },
  readBigUInt64BE(offset = 0) {
    return readBig64(this, offset, false, false);
  },
  readBigInt64LE(offset = 0) {
    return readBig64(this, offset, true, true);
  },
  readBigInt64BE(offset = 0) {
    return readBig64(this, offset, false, true);
  },
  writeBigUInt64LE(value, offset = 0) {
    return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true);
  },
  writeBigUInt64BE(value, offset = 0) {
    return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false);
  },
  writeBigInt64LE(value, offset = 0) {
    return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
  },
  writeBigInt64BE(value, offset = 0) {
    return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
  },
  readUIntLE(offset, byteLength) {
    return readVar(this, offset, byteLength, (b, o, n) => (n === 1 ? readU8(b, o) : readUIntLEn(b, o, n)));
  },
  readUInt32LE(offset = 0) {
    return readUIntLEn(this, offset, 4);
  },
  readUInt16LE(offset = 0) {
    return readUIntLEn(this, offset, 2);
  },
  readUInt8(offset = 0) {
    return readU8(this, offset);
  },
  readUIntBE(offset, byteLength) {
    return readVar(this, offset, byteLength, (b, o, n) => (n === 1 ? readU8(b, o) : readUIntBEn(b, o, n)));
  },
  readUInt32BE(offset = 0) {
    return readUIntBEn(this, offset, 4);
  },
  readUInt16BE(offset = 0) {
    return readUIntBEn(this, offset, 2);
  },
  readIntLE(offset, byteLength) {
    return readVar(this, offset, byteLength, readIntLEn);
  },
  readInt32LE(offset = 0) {
    return readIntLEn(this, offset, 4);
  },
  readInt16LE(offset = 0) {
    return readIntLEn(this, offset, 2);
  },
  readInt8(offset = 0) {
    const v = readU8(this, offset);
    return v | ((v & 0x80) * 0x1fffffe);
  },
  readIntBE(offset, byteLength) {
    return readVar(this, offset, byteLength, readIntBEn);
  },
  readInt32BE(offset = 0) {
    return readIntBEn(this, offset, 4);
  },
  readInt16BE(offset = 0) {
    return readIntBEn(this, offset, 2);
  },
  writeUIntLE(value, offset, byteLength) {
    return writeVar(this, value, offset, byteLength, false, true);
  },
  writeUInt32LE(value, offset = 0) {
    return writeIntN(this, value, offset, 4, 0, 0xffffffff, true);
  },
  writeUInt16LE(value, offset = 0) {
    return writeIntN(this, value, offset, 2, 0, 0xffff, true);
  },
  writeUInt8(value, offset = 0) {
    return writeIntN(this, value, offset, 1, 0, 0xff, true);
  },
  writeUIntBE(value, offset, byteLength) {
    return writeVar(this, value, offset, byteLength, false, false);
  },
  writeUInt32BE(value, offset = 0) {
    return writeIntN(this, value, offset, 4, 0, 0xffffffff, false);
  },
  writeUInt16BE(value, offset = 0) {
    return writeIntN(this, value, offset, 2, 0, 0xffff, false);
  },
  writeIntLE(value, offset, byteLength) {
    return writeVar(this, value, offset, byteLength, true, true);
  },
  writeInt32LE(value, offset = 0) {
    return writeIntN(this, value, offset, 4, -0x80000000, 0x7fffffff, true);
  },
  writeInt16LE(value, offset = 0) {
    return writeIntN(this, value, offset, 2, -0x8000, 0x7fff, true);
  },
  writeInt8(value, offset = 0) {
    return writeIntN(this, value, offset, 1, -0x80, 0x7f, true);
  },
  writeIntBE(value, offset, byteLength) {
    return writeVar(this, value, offset, byteLength, true, false);
  },
  writeInt32BE(value, offset = 0) {
    return writeIntN(this, value, offset, 4, -0x80000000, 0x7fffffff, false);
  },
  writeInt16BE(value, offset = 0) {
    return writeIntN(this, value, offset, 2, -0x8000, 0x7fff, false);
  },
  readFloatLE(offset = 0) {
    return readFloat(this, offset, 4, true);
  },
  readFloatBE(offset = 0) {
    return readFloat(this, offset, 4, false);
  },
  readDoubleLE(offset = 0) {
    return readFloat(this, offset, 8, true);
  },
  readDoubleBE(offset = 0) {
    return readFloat(this, offset, 8, false);
  },
  writeFloatLE(val, offset = 0) {
    return writeFloat(this, val, offset, 4, true);
  },
  writeFloatBE(val, offset = 0) {
    return writeFloat(this, val, offset, 4, false);
  },
  writeDoubleLE(val, offset = 0) {
    return writeFloat(this, val, offset, 8, true);
  },
  writeDoubleBE(val, offset = 0) {
    return writeFloat(this, val, offset, 8, false);
  },
  asciiSlice(start, end) {
    return sliceChecked(this, start, end, encodingOps.ascii);
  },
  base64Slice(start, end) {
    return sliceChecked(this, start, end, encodingOps.base64);
  },
  base64urlSlice(start, end) {
    return sliceChecked(this, start, end, encodingOps.base64url);
  },
  latin1Slice(start, end) {
    return sliceChecked(this, start, end, encodingOps.latin1);
  },
  hexSlice(start, end) {
    return sliceChecked(this, start, end, encodingOps.hex);
  },
  ucs2Slice(start, end) {
    return sliceChecked(this, start, end, encodingOps.utf16le);
  },
  utf8Slice(start, end) {
    return sliceChecked(this, start, end, encodingOps.utf8);
  },
  asciiWrite(string, offset = 0, length = this.byteLength - offset) {
    return writeChecked(this, string, offset, length, encodingOps.ascii);
  },
  base64Write(string, offset = 0, length = this.byteLength - offset) {
    return writeChecked(this, string, offset, length, encodingOps.base64);
  },
  base64urlWrite(string, offset = 0, length = this.byteLength - offset) {
    return writeChecked(this, string, offset, length, encodingOps.base64url);
  },
  latin1Write(string, offset = 0, length = this.byteLength - offset) {
    return writeChecked(this, string, offset, length, encodingOps.latin1);
  },
  hexWrite(string, offset = 0, length = this.byteLength - offset) {
    return writeChecked(this, string, offset, length, encodingOps.hex);
  },
  ucs2Write(string, offset = 0, length = this.byteLength - offset) {
    return writeChecked(this, string, offset, length, encodingOps.utf16le);
  },
  utf8Write(string, offset = 0, length = this.byteLength - offset) {
    return writeChecked(this, string, offset, length, encodingOps.utf8);
  },
};

function indexOutOfRange() {
  const err = new ERR_OUT_OF_RANGE("index", "", 0);
  err.message = "Index out of range";
  return err;
}
function sliceChecked(buf, start, end, ops) {
  const len = TypedArrayPrototypeGetLength(buf);
  start = start === undefined ? 0 : MathTrunc(+start) || 0;
  end = end === undefined ? len : MathTrunc(+end) || 0;
  if (start < 0 || end > len || start > end) throw indexOutOfRange();
  return ops.slice(buf, start, end);
}
function notAString() {
  const err = new TypeError("argument must be a string");
  err.code = "ERR_INVALID_ARG_TYPE";
  return err;
}
function writeChecked(buf, string, offset, length, ops) {
  if (typeof string !== "string") throw notAString();
  offset = MathTrunc(+offset) || 0;
  length = MathTrunc(+length) || 0;
  if (offset < 0 || offset > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS("offset");
  if (length < 0 || length > buf.byteLength - offset) throw new ERR_BUFFER_OUT_OF_BOUNDS("length");
  return ops.write(buf, string, offset, length);
}

// Node names these with the empty string (they are defined from a table);
// aliases share the function object.
addMethods(proto, methods);
const aliases = [
  ["readBigUint64LE", "readBigUInt64LE"],
  ["readBigUint64BE", "readBigUInt64BE"],
  ["writeBigUint64LE", "writeBigUInt64LE"],
  ["writeBigUint64BE", "writeBigUInt64BE"],
  ["readUintLE", "readUIntLE"],
  ["readUint32LE", "readUInt32LE"],
  ["readUint16LE", "readUInt16LE"],
  ["readUint8", "readUInt8"],
  ["readUintBE", "readUIntBE"],
  ["readUint32BE", "readUInt32BE"],
  ["readUint16BE", "readUInt16BE"],
  ["writeUintLE", "writeUIntLE"],
  ["writeUint32LE", "writeUInt32LE"],
  ["writeUint16LE", "writeUInt16LE"],
  ["writeUint8", "writeUInt8"],
  ["writeUintBE", "writeUIntBE"],
  ["writeUint32BE", "writeUInt32BE"],
  ["writeUint16BE", "writeUInt16BE"],
];
for (const [alias, name] of aliases) {
  ObjectDefineProperty(proto, alias, {
    __proto__: null,
    value: proto[name],
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

// Names and lengths as Node reports them.
const methodShapes = [
  ["", 1, ["readUInt32LE", "readUInt16LE", "readUInt8", "readUInt32BE", "readUInt16BE", "readInt32LE", "readInt16LE",
    "readInt8", "readInt32BE", "readInt16BE"]],
  ["", 2, ["asciiSlice", "base64Slice", "base64urlSlice", "latin1Slice", "hexSlice", "ucs2Slice", "utf8Slice"]],
  ["", 3, ["asciiWrite", "base64Write", "base64urlWrite", "latin1Write", "hexWrite", "ucs2Write", "utf8Write"]],
  [null, 0, ["readBigUInt64LE", "readBigUInt64BE", "readBigInt64LE", "readBigInt64BE"]],
  [null, 1, ["writeBigUInt64LE", "writeBigUInt64BE", "writeBigInt64LE", "writeBigInt64BE", "writeUInt32LE",
    "writeUInt16LE", "writeUInt8", "writeUInt32BE", "writeUInt16BE", "writeInt32LE", "writeInt16LE", "writeInt8",
    "writeInt32BE", "writeInt16BE"]],
  [null, 2, ["readUIntLE", "readUIntBE", "readIntLE", "readIntBE"]],
  [null, 3, ["writeUIntLE", "writeUIntBE", "writeIntLE", "writeIntBE"]],
];
for (const [name, length, list] of methodShapes) {
  for (const key of list) {
    const fn = methods[key];
    ObjectDefineProperty(fn, "length", { __proto__: null, value: length, configurable: true });
    ObjectDefineProperty(fn, "name", { __proto__: null, value: name ?? key, configurable: true });
  }
}
for (const [key, dir] of [["readFloat", 0], ["readDouble", 0], ["writeFloat", 1], ["writeDouble", 1]]) {
  for (const [suffix, way] of [["LE", bigEndian ? "Backwards" : "Forwards"], ["BE", bigEndian ? "Forwards" : "Backwards"]]) {
    const fn = methods[key + suffix];
    ObjectDefineProperty(fn, "length", { __proto__: null, value: dir, configurable: true });
    ObjectDefineProperty(fn, "name", { __proto__: null, value: key + way, configurable: true });
  }
}

const instanceMethods = {
  copy(target, targetStart, sourceStart, sourceEnd) {
    return _copy(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString(encoding, start, end) {
    if (arguments.length === 0) return utf8Slice(this, 0, this.length);
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return "";
    else start = MathTrunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = MathTrunc(end) || 0;
    if (end <= start) return "";
    if (encoding === undefined) return utf8Slice(this, start, end);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.slice(this, start, end);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new ERR_INVALID_ARG_TYPE("otherBuffer", ["Buffer", "Uint8Array"], otherBuffer);
    }
    if (this === otherBuffer) return true;
    const len = TypedArrayPrototypeGetByteLength(this);
    if (len !== TypedArrayPrototypeGetByteLength(otherBuffer)) return false;
    return len === 0 || compareBytes(this, otherBuffer) === 0;
  },

  inspect(recurseTimes, ctx, inspectFn) {
    const max = INSPECT_MAX_BYTES;
    const actualMax = MathMin(max, this.length);
    const remaining = this.length - max;
    const hex = encodingOps.hex.slice(this, 0, actualMax);
    let str = "";
    for (let i = 0; i < hex.length; i += 2) {
      if (i > 0) str += " ";
      str += StringPrototypeSlice(hex, i, i + 2);
    }
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? "s" : ""}`;
    if (ctx) {
      const inspect = typeof inspectFn === "function" ? inspectFn : globalThis[SymbolFor("host.inspect")];
      const obj = { __proto__: null };
      let extras = false;
      for (const key of Reflect.ownKeys(this)) {
        if (typeof key === "string" && /^(0|[1-9][0-9]*)$/.test(key)) continue;
        const desc = Reflect.getOwnPropertyDescriptor(this, key);
        if (!ctx.showHidden && !desc.enumerable) continue;
        extras = true;
        obj[key] = this[key];
      }
      if (extras && typeof inspect === "function") {
        if (this.length !== 0) str += ", ";
        str += StringPrototypeSlice(inspect(obj, { ...ctx, breakLength: Infinity, compact: true }), 27, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE("target", ["Buffer", "Uint8Array"], target);
    if (arguments.length === 1) return this === target ? 0 : compareBytes(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, "targetStart");
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, "targetEnd", 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, "sourceStart");
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, "sourceEnd", 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    if (sourceStart > this.length) throw new ERR_OUT_OF_RANGE("sourceStart", `>= 0 && <= ${this.length}`, sourceStart);
    if (targetStart > target.length) throw new ERR_OUT_OF_RANGE("targetStart", `>= 0 && <= ${target.length}`, targetStart);
    const a = TypedArrayPrototypeSubarray(this, sourceStart, sourceEnd);
    const b = TypedArrayPrototypeSubarray(target, targetStart, targetEnd);
    return compareBytes(a, b);
  },

  indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },

  lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },

  includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return _fill(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (typeof string !== "string") throw notAString();
    if (offset === undefined) return utf8Write(this, string, 0, this.length);
    if (length === undefined && typeof offset === "string") {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, "offset", 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === "string") {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, "length", 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === "utf8") return utf8Write(this, string, offset, length);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.write(this, string, offset, length);
  },

  toJSON() {
    const len = this.length;
    const data = new Array(len);
    for (let i = 0; i < len; ++i) data[i] = this[i];
    return { type: "Buffer", data };
  },

  subarray(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  },

  slice(start, end) {
    return this.subarray(start, end);
  },

  swap16() {
    const len = this.length;
    if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE("16-bits");
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  },

  swap32() {
    const len = this.length;
    if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE("32-bits");
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  },

  swap64() {
    const len = this.length;
    if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE("64-bits");
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  },
};
addMethods(proto, instanceMethods);
ObjectDefineProperty(proto, "toLocaleString", {
  __proto__: null,
  value: proto.toString,
  writable: true,
  enumerable: true,
  configurable: true,
});
ObjectDefineProperty(proto, customInspectSymbol, {
  __proto__: null,
  value: proto.inspect,
  writable: true,
  enumerable: false,
  configurable: true,
});

// ---------------------------------------------------------------------------
// SlowBuffer (deprecated), transcode, isUtf8/isAscii, atob/btoa

let slowWarned = false;
// Node's export is util.deprecate()'s wrapper, whose name is "deprecated".
export const SlowBuffer = {
  deprecated(size) {
    if (!slowWarned) {
      slowWarned = true;
      globalThis.process?.emitWarning?.(
        "SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()",
        "DeprecationWarning",
        "DEP0030",
      );
    }
    validateNumber(size, "size", 0, kMaxLength);
    return createUnsafeBuffer(size);
  },
}.deprecated;
SlowBuffer.prototype = Buffer.prototype;

function validateBufferSource(input) {
  if (isTypedArray(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isAnyArrayBuffer(input)) return input.detached === true ? new Uint8Array(0) : new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE("input", ["ArrayBuffer", "Buffer", "TypedArray"], input);
}
function isDetached(view) {
  try {
    return view.buffer.detached === true;
  } catch {
    return false;
  }
}

export function isUtf8(input) {
  const view = validateBufferSource(input);
  if (isDetached(view)) throw new codes.ERR_INVALID_STATE("Cannot validate on a detached buffer");
  return op_buffer_is_utf8(view);
}

export function isAscii(input) {
  const view = validateBufferSource(input);
  if (isDetached(view)) throw new codes.ERR_INVALID_STATE("Cannot validate on a detached buffer");
  return op_buffer_is_ascii(view);
}

const transcodeEncodings = new Set(["utf8", "utf16le", "latin1", "ascii"]);
function transcodeError(code = "U_ILLEGAL_ARGUMENT_ERROR", errno = 1) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}
export function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE("source", ["Buffer", "Uint8Array"], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) ?? fromEncoding;
  const to = normalizeEncoding(toEncoding) ?? toEncoding;
  if (!transcodeEncodings.has(from) || !transcodeEncodings.has(to)) throw transcodeError();
  if (to === "utf16le" && (from === "latin1" || from === "ascii")) {
    return fromStringSlow(encodingOps.latin1.slice(source, 0, source.length), encodingOps.utf16le);
  }
  if (from === "utf8" && to === "utf16le" && !op_buffer_is_utf8(source)) {
    throw transcodeError("U_INVALID_CHAR_FOUND", 10);
  }
  let str;
  if (from === "ascii") {
    str = encodingOps.latin1.slice(source, 0, source.length).replace(/[\x80-\xff]/g, "\ufffd");
  } else {
    str = encodingOps[from].slice(source, 0, source.length);
  }
  if (from === "utf16le") {
    if (to === "utf8" && !str.isWellFormed()) throw transcodeError("U_INVALID_CHAR_FOUND", 10);
    str = str.toWellFormed();
  }
  if (to === "latin1" || to === "ascii") {
    const limit = to === "latin1" ? 0xff : 0x7f;
    let out = "";
    let start = 0;
    for (let i = 0; i < str.length; i++) {
      let c = StringPrototypeCharCodeAt(str, i);
      if (c > limit) {
        out += StringPrototypeSlice(str, start, i) + "?";
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
          c = StringPrototypeCharCodeAt(str, i + 1);
          if (c >= 0xdc00 && c <= 0xdfff) i++;
        }
        start = i + 1;
      }
    }
    str = out + StringPrototypeSlice(str, start);
  }
  return fromStringSlow(str, encodingOps[to]);
}

const kBase64Chars = /^[A-Za-z0-9+/]*$/;
export function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS("input");
  input = `${input}`;
  let clean = "";
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = StringPrototypeCharCodeAt(input, i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) continue;
    if (c === 0x3d) {
      equals++;
      clean += "=";
      continue;
    }
    if (equals > 0) throw new DOMException("Invalid character", "InvalidCharacterError");
    clean += input[i];
  }
  if (equals > 0) {
    if (equals > 2 || clean.length % 4 !== 0) {
      throw new DOMException("Invalid character", "InvalidCharacterError");
    }
    clean = StringPrototypeSlice(clean, 0, clean.length - equals);
  }
  if (!kBase64Chars.test(clean)) throw new DOMException("Invalid character", "InvalidCharacterError");
  if (clean.length % 4 === 1) {
    throw new DOMException("The string to be decoded is not correctly encoded.", "InvalidCharacterError");
  }
  return Buffer.from(clean, "base64").toString("latin1");
}

export function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS("input");
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (StringPrototypeCharCodeAt(input, i) > 0xff) {
      throw new DOMException("Invalid character", "InvalidCharacterError");
    }
  }
  return Buffer.from(input, "latin1").toString("base64");
}

// ---------------------------------------------------------------------------
// Blob and File

const kParts = Symbol("kParts");
const kType = Symbol("kType");
const kSize = Symbol("kSize");

function blobInvalidThis() {
  return new codes.ERR_INVALID_THIS("Blob");
}

function toBlobPart(value, endings) {
  if (typeof value === "string") {
    if (endings === "native") value = value.replace(/\r?\n/g, "\n");
    return fromStringSlow(value, encodingOps.utf8);
  }
  if (value instanceof Blob) return value[kParts];
  if (ArrayBufferIsView(value)) {
    return Uint8Array.prototype.slice.call(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  }
  if (isAnyArrayBuffer(value)) return new Uint8Array(value.slice(0));
  return fromStringSlow(`${value}`, encodingOps.utf8);
}

function normalizeType(type) {
  type = `${type}`;
  for (let i = 0; i < type.length; i++) {
    const c = StringPrototypeCharCodeAt(type, i);
    if (c < 0x20 || c > 0x7e) return "";
  }
  return StringPrototypeToLowerCase(type);
}

export class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== "function" || typeof sources === "string") {
      const err = new TypeError("Value cannot be converted to sequence.");
      err.code = "ERR_INVALID_ARG_TYPE";
      throw err;
    }
    if (options !== undefined && (options === null || typeof options !== "object")) {
      throw new ERR_INVALID_ARG_TYPE("options", "Object", options);
    }
    const endings = `${options?.endings ?? "transparent"}`;
    if (endings !== "transparent" && endings !== "native") {
      throw new ERR_INVALID_ARG_VALUE("options.endings", endings);
    }
    const parts = [];
    let size = 0;
    for (const source of sources) {
      const part = toBlobPart(source, endings);
      if (Array.isArray(part)) {
        for (const p of part) {
          parts.push(p);
          size += p.byteLength;
        }
      } else {
        parts.push(part);
        size += part.byteLength;
      }
    }
    this[kParts] = parts;
    this[kSize] = size;
    this[kType] = options?.type === undefined ? "" : normalizeType(options.type);
  }

  get size() {
    if (!(this instanceof Blob)) throw blobInvalidThis();
    return this[kSize];
  }

  get type() {
    if (!(this instanceof Blob)) throw blobInvalidThis();
    return this[kType];
  }

  slice(start = 0, end = this[kSize], contentType = "") {
    if (!(this instanceof Blob)) throw blobInvalidThis();
    const size = this[kSize];
    const rel = (v) => {
      v = MathTrunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : MathMin(v, size);
    };
    const from = rel(start);
    const to = rel(end);
    const span = Math.max(to - from, 0);
    const out = [];
    let skip = from;
    let need = span;
    for (const part of this[kParts]) {
      if (need === 0) break;
      const len = part.byteLength;
      if (skip >= len) {
        skip -= len;
        continue;
      }
      const take = MathMin(len - skip, need);
      out.push(TypedArrayPrototypeSubarray(part, skip, skip + take));
      need -= take;
      skip = 0;
    }
    const blob = new Blob([], { type: contentType });
    blob[kParts] = out;
    blob[kSize] = span;
    return blob;
  }

  #bytes() {
    const out = new Uint8Array(this[kSize]);
    let pos = 0;
    for (const part of this[kParts]) {
      out.set(part, pos);
      pos += part.byteLength;
    }
    return out;
  }

  arrayBuffer() {
    if (!(this instanceof Blob)) return Promise.reject(blobInvalidThis());
    return Promise.resolve(this.#bytes().buffer);
  }

  bytes() {
    if (!(this instanceof Blob)) return Promise.reject(blobInvalidThis());
    return Promise.resolve(this.#bytes());
  }

  text() {
    if (!(this instanceof Blob)) return Promise.reject(blobInvalidThis());
    const bytes = this.#bytes();
    return Promise.resolve(checked(op_buffer_utf8_slice(bytes, 0, bytes.length)));
  }

  stream() {
    if (!(this instanceof Blob)) throw blobInvalidThis();
    const RS = globalThis.ReadableStream;
    if (typeof RS !== "function") throw new Error("ReadableStream is not available");
    const parts = this[kParts].slice();
    return new RS({
      type: "bytes",
      pull(controller) {
        const part = parts.shift();
        if (part === undefined) {
          controller.close();
          return;
        }
        controller.enqueue(Uint8Array.prototype.slice.call(part));
      },
    });
  }

  get [Symbol.toStringTag]() {
    return "Blob";
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const fn = typeof inspect === "function" ? inspect : globalThis[SymbolFor("host.inspect")];
    const body = { size: this.size, type: this.type };
    return `Blob ${fn ? fn(body, { ...options, depth: options?.depth == null ? null : options.depth - 1 }) : JSON.stringify(body)}`;
  }
}
ObjectDefineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "Blob",
  writable: false,
  enumerable: false,
  configurable: true,
});
for (const name of ["size", "type", "slice", "stream", "text", "arrayBuffer", "bytes"]) {
  const desc = Object.getOwnPropertyDescriptor(Blob.prototype, name);
  desc.enumerable = true;
  ObjectDefineProperty(Blob.prototype, name, desc);
}

export class File extends Blob {
  #name;
  #lastModified;
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS("fileBits", "fileName");
    super(fileBits, options);
    this.#name = `${fileName}`;
    let lastModified = options?.lastModified;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (NumberIsNaN(lastModified)) lastModified = 0;
      else lastModified = MathTrunc(lastModified);
    } else {
      lastModified = Date.now();
    }
    this.#lastModified = lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const fn = typeof inspect === "function" ? inspect : globalThis[SymbolFor("host.inspect")];
    const body = { size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified };
    return `File ${fn ? fn(body, { ...options, depth: options?.depth == null ? null : options.depth - 1 }) : JSON.stringify(body)}`;
  }
}
ObjectDefineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "File",
  writable: false,
  enumerable: false,
  configurable: true,
});

export function resolveObjectURL(url) {
  `${url}`;
  return undefined;
}

// Internal helpers for other host modules.
export { FastBuffer, fromStringFast as _fromStringFast, utf8Slice as _utf8Slice };

const bufferModule = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES,
  Blob,
  resolveObjectURL,
  File,
};
ObjectDefineProperty(bufferModule, "INSPECT_MAX_BYTES", {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return INSPECT_MAX_BYTES;
  },
  set(val) {
    validateNumber(val, "INSPECT_MAX_BYTES", 0);
    INSPECT_MAX_BYTES = val;
  },
});

export default bufferModule;
