// checkPrime / generatePrime over the Miller-Rabin ops in ops/src/crypto.rs.
// Numbers cross as big-endian bytes; bigints are converted here.
import {
  op_crypto_check_prime, op_crypto_check_prime_async, op_crypto_generate_prime, op_crypto_generate_prime_async,
} from "ext:core/ops";
import { validateBoolean, validateFunction, validateInt32, validateObject } from "ext:host/internal/validators.js";
import { codes, isAnyArrayBuffer } from "ext:host/internal/crypto/util.js";

const kNumberTypes = ["ArrayBuffer", "TypedArray", "Buffer", "DataView", "bigint"];
const kEmpty = new Uint8Array(0);

function bigintToBytes(n) {
  let hex = n.toString(16);
  if (hex.length % 2) hex = "0" + hex;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function bytesToBigint(bytes) {
  let hex = "0x0";
  for (const b of bytes) hex += (b < 16 ? "0" : "") + b.toString(16);
  return BigInt(hex);
}

/** A number argument (bigint or bytes) as big-endian bytes. */
function numberBytes(value, name) {
  if (typeof value === "bigint") {
    if (value < 0n) throw new codes.ERR_OUT_OF_RANGE(name, ">= 0", value);
    return bigintToBytes(value);
  }
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new codes.ERR_INVALID_ARG_TYPE(name, kNumberTypes, value);
}

function copyOf(u8) {
  return new Uint8Array(u8);
}

function checkArgs(candidate, options) {
  const bytes = numberBytes(candidate, "candidate");
  if (options === undefined) options = {};
  validateObject(options, "options");
  const { checks = 0 } = options;
  validateInt32(checks, "options.checks", 0);
  return [bytes, checks];
}

export function checkPrimeSync(candidate, options) {
  const [bytes, checks] = checkArgs(candidate, options);
  return op_crypto_check_prime(bytes, checks);
}

export function checkPrime(candidate, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  const [bytes, checks] = checkArgs(candidate, options);
  validateFunction(callback, "callback");
  op_crypto_check_prime_async(copyOf(bytes), checks).then((result) => callback(undefined, result));
}

function outOfRange(what) {
  const err = new RangeError(`invalid ${what}`);
  err.code = "ERR_OUT_OF_RANGE";
  return err;
}

function generateArgs(size, options) {
  validateInt32(size, "size", 1);
  if (options === undefined) options = {};
  validateObject(options, "options");
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, "options.safe");
  validateBoolean(bigint, "options.bigint");
  if (add !== undefined) add = numberBytes(add, "options.add");
  if (rem !== undefined) rem = numberBytes(rem, "options.rem");
  if (add !== undefined) {
    const addN = bytesToBigint(add);
    if (addN.toString(2).length > size) throw outOfRange("options.add");
    if (rem !== undefined && bytesToBigint(rem) >= addN) throw outOfRange("options.rem");
  }
  if (size < 2 || (size === 2 && safe)) {
    throw new Error("error:01800076:bignum routines::bits too small");
  }
  return { size, safe, bigint, add, rem };
}

function primeResult(bytes, bigint) {
  if (bigint) return bytesToBigint(bytes);
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}

export function generatePrimeSync(size, options) {
  const a = generateArgs(size, options);
  const bytes = op_crypto_generate_prime(a.size, a.safe, a.add ?? kEmpty, a.add !== undefined, a.rem ?? kEmpty,
    a.add !== undefined && a.rem !== undefined);
  return primeResult(bytes, a.bigint);
}

export function generatePrime(size, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  const a = generateArgs(size, options);
  validateFunction(callback, "callback");
  op_crypto_generate_prime_async(a.size, a.safe, copyOf(a.add ?? kEmpty), a.add !== undefined, copyOf(a.rem ?? kEmpty),
    a.add !== undefined && a.rem !== undefined).then((bytes) => callback(undefined, primeResult(bytes, a.bigint)));
}
