// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues.
import { op_crypto_random_fill } from "ext:core/ops";
import { FastBuffer } from "ext:host/buffer.js";
import { DOMException } from "ext:host/internal/dom_exception.js";
import { validateBoolean, validateFunction, validateObject } from "ext:host/internal/validators.js";
import { codes, isAnyArrayBuffer } from "ext:host/internal/crypto/util.js";

const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = codes;
const kMaxInt32 = 2147483647;
const kMaxPossibleLength = 2 ** 31 - 1;

function nextTick(fn, ...args) {
  globalThis.process.nextTick(fn, ...args);
}

function fill(u8) {
  if (u8.byteLength > 0) op_crypto_random_fill(u8);
}

function assertSize(size, name = "size", max = kMaxPossibleLength) {
  if (typeof size !== "number") throw new ERR_INVALID_ARG_TYPE(name, "number", size);
  if (Number.isNaN(size) || size < 0 || size > max) {
    throw new ERR_OUT_OF_RANGE(name, `>= 0 && <= ${max}`, size);
  }
  return size >>> 0;
}

export function randomBytes(size, callback) {
  size = assertSize(size, "size", kMaxInt32);
  if (callback !== undefined) validateFunction(callback, "callback");
  const buf = new FastBuffer(size);
  if (callback === undefined) {
    fill(buf);
    return buf;
  }
  // Node fills on its thread pool; the callback never runs synchronously.
  setImmediateOrTick(() => {
    fill(buf);
    callback(null, buf);
  });
}

function setImmediateOrTick(fn) {
  if (typeof globalThis.setImmediate === "function") globalThis.setImmediate(fn);
  else nextTick(fn);
}

function viewOf(buf, name) {
  if (ArrayBuffer.isView(buf)) {
    return { u8: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), elem: buf.BYTES_PER_ELEMENT ?? 1 };
  }
  if (isAnyArrayBuffer(buf)) return { u8: new Uint8Array(buf), elem: 1 };
  throw new ERR_INVALID_ARG_TYPE(name, ["ArrayBuffer", "ArrayBufferView"], buf);
}

function range(u8, elem, offset, size) {
  const total = u8.byteLength / elem;
  if (typeof offset !== "number") throw new ERR_INVALID_ARG_TYPE("offset", "number", offset);
  offset *= elem;
  const maxLen = u8.byteLength;
  if (Number.isNaN(offset) || offset < 0 || offset > maxLen) {
    throw new ERR_OUT_OF_RANGE("offset", `>= 0 && <= ${maxLen}`, offset);
  }
  if (size === undefined) size = maxLen - offset;
  else {
    if (typeof size !== "number") throw new ERR_INVALID_ARG_TYPE("size", "number", size);
    size *= elem;
    if (Number.isNaN(size) || size < 0 || size > maxLen - offset) {
      throw new ERR_OUT_OF_RANGE("size + offset", `<= ${maxLen}`, size + offset);
    }
  }
  void total;
  return u8.subarray(offset, offset + size);
}

export function randomFillSync(buf, offset = 0, size) {
  const { u8, elem } = viewOf(buf, "buf");
  fill(range(u8, elem, offset, size));
  return buf;
}

export function randomFill(buf, offset, size, callback) {
  const { u8, elem } = viewOf(buf, "buf");
  if (typeof offset === "function") {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === "function") {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, "callback");
  const target = range(u8, elem, offset ?? 0, size);
  setImmediateOrTick(() => {
    fill(target);
    callback(null, buf);
  });
}

// A pool of random bytes for randomInt / randomUUID.
const kPoolSize = 4096;
let pool = null;
let poolOffset = kPoolSize;

function takeRandom(n) {
  if (pool === null) pool = new Uint8Array(kPoolSize);
  if (poolOffset + n > kPoolSize) {
    fill(pool);
    poolOffset = 0;
  }
  const at = poolOffset;
  poolOffset += n;
  return at;
}

const kRandIntMax = 2 ** 48 - 1;

function randomUint48() {
  const at = takeRandom(6);
  const p = pool;
  return (p[at] * 2 ** 40) + (p[at + 1] * 2 ** 32) +
    ((p[at + 2] << 24) >>> 0) + (p[at + 3] << 16) + (p[at + 4] << 8) + p[at + 5];
}

export function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === "undefined" || typeof max === "function";
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === "undefined";
  if (!isSync) validateFunction(callback, "callback");
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE("min", "a safe integer", min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE("max", "a safe integer", max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE("max", `greater than the value of "min" (${min})`, max);
  }
  const range_ = max - min;
  if (!(range_ <= kRandIntMax)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? "" : " - min"}`, `<= ${kRandIntMax}`, range_);
  }
  // Rejection sampling for an unbiased result.
  const randLimit = (kRandIntMax + 1) - ((kRandIntMax + 1) % range_);
  let x;
  do {
    x = randomUint48();
  } while (x >= randLimit);
  const n = (x % range_) + min;
  if (isSync) return n;
  nextTick(callback, undefined, n);
}

const hex = [];
for (let i = 0; i < 256; i++) hex.push((i + 0x100).toString(16).slice(1));

export function randomUUID(options) {
  if (options !== undefined) validateObject(options, "options");
  if (options?.disableEntropyCache !== undefined) {
    validateBoolean(options.disableEntropyCache, "options.disableEntropyCache");
  }
  const at = takeRandom(16);
  const b = pool;
  const b6 = (b[at + 6] & 0x0f) | 0x40;
  const b8 = (b[at + 8] & 0x3f) | 0x80;
  return hex[b[at]] + hex[b[at + 1]] + hex[b[at + 2]] + hex[b[at + 3]] + "-" +
    hex[b[at + 4]] + hex[b[at + 5]] + "-" + hex[b6] + hex[b[at + 7]] + "-" +
    hex[b8] + hex[b[at + 9]] + "-" + hex[b[at + 10]] + hex[b[at + 11]] +
    hex[b[at + 12]] + hex[b[at + 13]] + hex[b[at + 14]] + hex[b[at + 15]];
}

// RFC 9562 version 7: 48-bit Unix milliseconds, then random bits; a
// counter in rand_a keeps ids made in the same millisecond ordered.
let v7LastMs = -1;
let v7Seq = 0;

export function randomUUIDv7(options) {
  if (options !== undefined) validateObject(options, "options");
  if (options?.disableEntropyCache !== undefined) {
    validateBoolean(options.disableEntropyCache, "options.disableEntropyCache");
  }
  const at = takeRandom(16);
  const b = pool;
  let ms = Date.now();
  if (ms <= v7LastMs) {
    v7Seq = (v7Seq + 1) & 0xfff;
    if (v7Seq === 0) v7LastMs++;
    ms = v7LastMs;
  } else {
    v7LastMs = ms;
    v7Seq = ((b[at + 6] & 0x0f) << 8) | b[at + 7];
    v7Seq &= 0x7ff;
  }
  const t = [];
  for (let i = 5, x = ms; i >= 0; i--) {
    t[i] = x % 256;
    x = Math.floor(x / 256);
  }
  const b6 = 0x70 | (v7Seq >> 8);
  const b7 = v7Seq & 0xff;
  const b8 = (b[at + 8] & 0x3f) | 0x80;
  return hex[t[0]] + hex[t[1]] + hex[t[2]] + hex[t[3]] + "-" + hex[t[4]] + hex[t[5]] + "-" +
    hex[b6] + hex[b7] + "-" + hex[b8] + hex[b[at + 9]] + "-" + hex[b[at + 10]] + hex[b[at + 11]] +
    hex[b[at + 12]] + hex[b[at + 13]] + hex[b[at + 14]] + hex[b[at + 15]];
}

function isIntegerTypedArray(v) {
  return v instanceof Int8Array || v instanceof Uint8Array || v instanceof Uint8ClampedArray ||
    v instanceof Int16Array || v instanceof Uint16Array || v instanceof Int32Array ||
    v instanceof Uint32Array || v instanceof BigInt64Array || v instanceof BigUint64Array;
}

// Web Crypto getRandomValues (also crypto.getRandomValues).
export function getRandomValues(data) {
  if (!isIntegerTypedArray(data)) {
    throw new DOMException("The data argument must be an integer-type TypedArray", "TypeMismatchError");
  }
  if (data.byteLength > 65536) {
    throw new DOMException("The requested length exceeds 65,536 bytes", "QuotaExceededError");
  }
  fill(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return data;
}
