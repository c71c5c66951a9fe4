// pbkdf2 / scrypt: derivation in Rust, sync or on a blocking thread.
import {
  op_crypto_hash_digest,
  op_crypto_hash_update,
  op_crypto_hmac_new,
  op_crypto_pbkdf2,
  op_crypto_pbkdf2_async,
  op_crypto_scrypt,
  op_crypto_scrypt_async,
} from "ext:core/ops";
import { validateFunction, validateInt32, validateObject, validateString } from "ext:host/internal/validators.js";
import { FastBuffer } from "ext:host/buffer.js";
import { codes, toBuffer, toBytes } from "ext:host/internal/crypto/util.js";
import { canonicalDigest, digestSizes, isSupportedDigest } from "ext:host/internal/crypto/hash.js";

const { ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_SCRYPT_PARAMS, ERR_OUT_OF_RANGE } = codes;

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  password = toBytes(password, "password");
  salt = toBytes(salt, "salt");
  validateInt32(iterations, "iterations", 1);
  validateInt32(keylen, "keylen", 0);
  validateString(digest, "digest");
  const name = canonicalDigest(digest);
  if (!isSupportedDigest(name)) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return { password, salt, digest: name };
}

export function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const a = pbkdf2Args(password, salt, iterations, keylen, digest);
  // OpenSSL (and so Node) refuses an empty output.
  if (keylen === 0) throw new Error("Deriving bits failed");
  const out = op_crypto_pbkdf2(a.password, a.salt, iterations, keylen, a.digest);
  if (out === null) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return toBuffer(out);
}

export function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === "function") {
    callback = digest;
    digest = undefined;
  }
  const a = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, "callback");
  if (keylen === 0) {
    op_crypto_pbkdf2_async(new Uint8Array(0), new Uint8Array(0), 1, 0, a.digest)
      .then(() => callback(new Error("Deriving bits failed")));
    return;
  }
  const p = op_crypto_pbkdf2_async(copyOf(a.password), copyOf(a.salt), iterations, keylen, a.digest);
  p.then((out) => {
    if (out === null) callback(new ERR_CRYPTO_INVALID_DIGEST(digest));
    else callback(null, toBuffer(out));
  });
}

function copyOf(u8) {
  return new Uint8Array(u8);
}

const kDefaultMaxmem = 32 << 20;

function scryptArgs(password, salt, keylen, options) {
  password = toBytes(password, "password");
  salt = toBytes(salt, "salt");
  validateInt32(keylen, "keylen", 0);
  let N = 16384;
  let r = 8;
  let p = 1;
  let maxmem = kDefaultMaxmem;
  if (options != null) {
    validateObject(options, "options");
    const pick = (a, b) => {
      if (options[a] !== undefined && options[b] !== undefined) {
        throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR(a, b);
      }
      const name = options[a] !== undefined ? a : b;
      const v = options[name];
      if (v === undefined) return undefined;
      if (typeof v !== "number") throw new codes.ERR_INVALID_ARG_TYPE(name, "number", v);
      return v;
    };
    N = pick("N", "cost") ?? N;
    r = pick("r", "blockSize") ?? r;
    p = pick("p", "parallelization") ?? p;
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      if (typeof maxmem !== "number" || !Number.isSafeInteger(maxmem) || maxmem < 0) {
        throw new ERR_OUT_OF_RANGE("maxmem", ">= 0 && <= 9007199254740991", maxmem);
      }
    }
  }
  if (!Number.isInteger(N) || N < 2 || (N & (N - 1)) !== 0 || N > 2 ** 32 ||
      !Number.isInteger(r) || r < 1 || !Number.isInteger(p) || p < 1 || r * p >= 2 ** 30) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  }
  const need = 128 * r * (N + 2) + 128 * r * p;
  if (need > maxmem) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS("error:030000AC:digital envelope routines::memory limit exceeded");
  }
  return { password, salt, logN: Math.log2(N), r, p };
}

export function scryptSync(password, salt, keylen, options) {
  const a = scryptArgs(password, salt, keylen, options);
  if (keylen === 0) return new FastBuffer(0);
  const out = op_crypto_scrypt(a.password, a.salt, a.logN, a.r, a.p, keylen);
  if (out === null) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  return toBuffer(out);
}

export function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  const a = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, "callback");
  if (keylen === 0) {
    globalThis.process.nextTick(callback, null, new FastBuffer(0));
    return;
  }
  op_crypto_scrypt_async(copyOf(a.password), copyOf(a.salt), a.logN, a.r, a.p, keylen).then((out) => {
    if (out === null) callback(new ERR_CRYPTO_INVALID_SCRYPT_PARAMS());
    else callback(null, toBuffer(out));
  });
}

// --- HKDF (RFC 5869) over the HMAC ops.

const kDigestSizes = digestSizes;

function hmacOnce(digest, key, parts) {
  const h = op_crypto_hmac_new(digest, key);
  for (const p of parts) op_crypto_hash_update(h, p);
  return op_crypto_hash_digest(h);
}

function hkdfKey(value, name) {
  if (value !== null && typeof value === "object" && value.type === "secret" && typeof value.export === "function") {
    return new Uint8Array(value.export());
  }
  if (typeof value === "string" || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
    return toBytes(value, name);
  }
  throw new codes.ERR_INVALID_ARG_TYPE(name,
    ["string", "SecretKeyObject", "ArrayBuffer", "TypedArray", "DataView", "Buffer"], value);
}

function hkdfArgs(digest, ikm, salt, info, keylen) {
  validateString(digest, "digest");
  ikm = hkdfKey(ikm, "ikm");
  salt = toBytes(salt, "salt");
  info = toBytes(info, "info");
  validateInt32(keylen, "length", 0);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE("info", "must not contain more than 1024 bytes", info.byteLength);
  }
  const name = canonicalDigest(digest).toLowerCase();
  const size = kDigestSizes[name] ?? kDigestSizes[name.replace(/^rsa-/, "")];
  if (size === undefined || !isSupportedDigest(name)) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (keylen > 255 * size) throw new codes.ERR_CRYPTO_INVALID_KEYLEN();
  return { name, size, ikm, salt, info };
}

function hkdfDerive(a, keylen) {
  if (keylen === 0) throw new Error("Deriving bits failed");
  const prk = hmacOnce(a.name, a.salt.byteLength ? a.salt : new Uint8Array(a.size), [a.ikm]);
  const out = new Uint8Array(keylen);
  let prev = new Uint8Array(0);
  for (let i = 1, at = 0; at < keylen; i++) {
    prev = hmacOnce(a.name, prk, [prev, a.info, new Uint8Array([i])]);
    out.set(prev.subarray(0, Math.min(prev.byteLength, keylen - at)), at);
    at += prev.byteLength;
  }
  return out.buffer;
}

export function hkdfSync(digest, ikm, salt, info, keylen) {
  return hkdfDerive(hkdfArgs(digest, ikm, salt, info, keylen), keylen);
}

export function hkdf(digest, ikm, salt, info, keylen, callback) {
  const a = hkdfArgs(digest, ikm, salt, info, keylen);
  validateFunction(callback, "callback");
  globalThis.setImmediate(() => {
    let result;
    try {
      result = hkdfDerive(a, keylen);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, result);
  });
}
