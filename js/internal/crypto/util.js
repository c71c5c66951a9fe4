// Shared helpers for the crypto modules: error codes, argument coercion to
// bytes, and wrapping op results as Buffers.
import { Buffer, FastBuffer, normalizeEncoding } from "ext:host/buffer.js";
import { E, codes } from "ext:host/internal/errors.js";

function define(key, msg, Base, ...others) {
  if (codes[key] === undefined) E(key, msg, Base, ...others);
}

define("ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: %s", TypeError);
define("ERR_CRYPTO_HASH_FINALIZED", "Digest already called", Error);
define("ERR_CRYPTO_HASH_UPDATE_FAILED", "Hash update failed", Error);
define("ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH", "Input buffers must have the same byte length", RangeError);
define("ERR_CRYPTO_INVALID_SCRYPT_PARAMS", (detail) =>
  detail ? `Invalid scrypt params: ${detail}` : "Invalid scrypt params", RangeError);
define("ERR_CRYPTO_SCRYPT_NOT_SUPPORTED", "Scrypt algorithm not supported", Error);
define("ERR_FEATURE_UNAVAILABLE_ON_PLATFORM", "The feature %s is unavailable on the current platform, which is being used to run Node.js", TypeError);
define("ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length", RangeError);

export { codes };

// A Uint8Array from an op as a Buffer sharing its memory.
export function toBuffer(u8) {
  return new FastBuffer(u8.buffer, u8.byteOffset, u8.byteLength);
}

// A byte view of an ArrayBuffer / view (no copy).
export function bytesOf(value) {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return new Uint8Array(value);
}

export function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== "undefined" && value instanceof SharedArrayBuffer);
}

// Node's getArrayBufferOrView: string (in `encoding`), ArrayBuffer or view
// -> bytes, else ERR_INVALID_ARG_TYPE naming `name`.
export function toBytes(value, name, encoding = "utf8") {
  if (typeof value === "string") return Buffer.from(value, encoding);
  if (ArrayBuffer.isView(value)) return bytesOf(value);
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new codes.ERR_INVALID_ARG_TYPE(name, ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView"], value);
}

// Output conversion for digest()-like methods: a Buffer unless a known
// string encoding is asked for.
export function encodeOutput(u8, encoding) {
  const buf = toBuffer(u8);
  if (encoding === undefined || encoding === "buffer") return buf;
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) return buf;
  return buf.toString(enc);
}

export { Buffer, normalizeEncoding };
