// Web Crypto: the `crypto` global (Crypto), `crypto.subtle` (SubtleCrypto)
// and CryptoKey. Supported: digest; HMAC sign/verify; AES-GCM/CBC/CTR
// encrypt/decrypt; PBKDF2/HKDF deriveBits/deriveKey; raw and jwk (oct)
// import/export; generateKey for HMAC and AES. Asymmetric algorithms reject
// with NotSupportedError.
import { op_crypto_digest_async } from "ext:core/ops";
import { DOMException } from "ext:host/internal/dom_exception.js";
import { cryptoKeySlots } from "ext:host/internal/crypto/keys.js";
import { Buffer, codes } from "ext:host/internal/crypto/util.js";
import { getRandomValues, randomBytes, randomUUID } from "ext:host/internal/crypto/random.js";
import { createHmac } from "ext:host/internal/crypto/hash.js";
import { createCipheriv, createDecipheriv } from "ext:host/internal/crypto/cipher.js";
import { hkdfSync, pbkdf2 } from "ext:host/internal/crypto/kdf.js";

const kDigests = {
  __proto__: null,
  "sha-1": "sha1",
  "sha-256": "sha256",
  "sha-384": "sha384",
  "sha-512": "sha512",
};

const kEnforce = Symbol("kEnforce");

function illegal() {
  const err = new TypeError("Illegal constructor");
  err.code = "ERR_ILLEGAL_CONSTRUCTOR";
  return err;
}

// A key's internal slots, kept off the object so it never shows them.
const keySlots = cryptoKeySlots;

export class CryptoKey {
  constructor(key, slots) {
    if (key !== kEnforce) throw illegal();
    keySlots.set(this, slots);
  }
  get type() {
    return keySlots.get(this).type;
  }
  get extractable() {
    return keySlots.get(this).extractable;
  }
  get algorithm() {
    return keySlots.get(this).algorithm;
  }
  get usages() {
    return keySlots.get(this).usages;
  }
  get [Symbol.toStringTag]() {
    return "CryptoKey";
  }
  [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const fields = { type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages };
    return `CryptoKey ${inspect(fields, opts)}`;
  }
}

/** A CryptoKey's raw secret bytes (for KeyObject.from). */
export function cryptoKeyRaw(key) {
  return keySlots.get(key).raw;
}

function makeKey(algorithm, extractable, usages, raw) {
  return new CryptoKey(kEnforce, { type: "secret", extractable: !!extractable, algorithm, usages: [...usages], raw });
}

const kHashNames = { __proto__: null, "sha-1": "SHA-1", "sha-256": "SHA-256", "sha-384": "SHA-384", "sha-512": "SHA-512" };
const kHashBlockBits = { "SHA-1": 512, "SHA-256": 512, "SHA-384": 1024, "SHA-512": 1024 };
const kAlgNames = {
  __proto__: null,
  hmac: "HMAC", "aes-gcm": "AES-GCM", "aes-cbc": "AES-CBC", "aes-ctr": "AES-CTR",
  pbkdf2: "PBKDF2", hkdf: "HKDF",
};
const kUsages = {
  HMAC: ["sign", "verify"],
  "AES-GCM": ["encrypt", "decrypt", "wrapKey", "unwrapKey"],
  "AES-CBC": ["encrypt", "decrypt", "wrapKey", "unwrapKey"],
  "AES-CTR": ["encrypt", "decrypt", "wrapKey", "unwrapKey"],
  PBKDF2: ["deriveBits", "deriveKey"],
  HKDF: ["deriveBits", "deriveKey"],
};

function dom(message, name) {
  return new DOMException(message, name);
}

function normalizeAlg(algorithm) {
  const obj = typeof algorithm === "string" ? { name: algorithm } : algorithm;
  if (obj === null || typeof obj !== "object" || typeof obj.name !== "string") {
    throw dom("Unrecognized algorithm name", "NotSupportedError");
  }
  const name = kAlgNames[obj.name.toLowerCase()];
  if (name === undefined) throw dom("Unrecognized algorithm name", "NotSupportedError");
  return { ...obj, name };
}

function hashName(hash) {
  const n = typeof hash === "string" ? hash : hash?.name;
  const name = typeof n === "string" ? kHashNames[n.toLowerCase()] : undefined;
  if (name === undefined) throw dom("Unrecognized algorithm name", "NotSupportedError");
  return name;
}

function nodeHash(name) {
  return name.replace("-", "").toLowerCase();
}

function bufferSource(data, name = "data") {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  if (data instanceof ArrayBuffer) return new Uint8Array(data).slice();
  throw new codes.ERR_INVALID_ARG_TYPE(name, ["ArrayBuffer", "Buffer", "TypedArray", "DataView"], data);
}

function toArrayBuffer(u8) {
  const out = new Uint8Array(u8.byteLength);
  out.set(u8);
  return out.buffer;
}

function checkUsages(name, usages) {
  for (const u of usages) {
    if (!kUsages[name].includes(u)) {
      const what = name === "HMAC" ? "an HMAC" : name;
      throw dom(`Unsupported key usage for ${what} key`, "SyntaxError");
    }
  }
}

function useKey(key, name, usage) {
  if (!(key instanceof CryptoKey)) {
    throw new codes.ERR_INVALID_ARG_TYPE("key", "CryptoKey", key);
  }
  if (key.algorithm.name !== name) throw dom("Key algorithm mismatch", "InvalidAccessError");
  if (!key.usages.includes(usage)) throw dom(`Unable to use this key to ${usage}`, "InvalidAccessError");
  return keySlots.get(key).raw;
}

function aesAlgorithm(name, raw) {
  if (![16, 24, 32].includes(raw.byteLength)) throw dom("Invalid key length", "DataError");
  return { name, length: raw.byteLength * 8 };
}

function importSecret(format, keyData, alg, extractable, usages) {
  let raw;
  if (format === "raw") raw = bufferSource(keyData, "keyData");
  else if (format === "jwk") {
    if (keyData === null || typeof keyData !== "object" || keyData.kty !== "oct" || typeof keyData.k !== "string") {
      throw dom("Invalid keyData", "DataError");
    }
    raw = new Uint8Array(Buffer.from(keyData.k, "base64url"));
  } else {
    throw dom(`Unable to import ${alg.name} key with format ${format}`, "NotSupportedError");
  }
  checkUsages(alg.name, usages);
  switch (alg.name) {
    case "HMAC": {
      const hash = hashName(alg.hash);
      const length = alg.length ?? raw.byteLength * 8;
      return makeKey({ name: "HMAC", length, hash: { name: hash } }, extractable, usages, raw);
    }
    case "AES-GCM":
    case "AES-CBC":
    case "AES-CTR":
      return makeKey(aesAlgorithm(alg.name, raw), extractable, usages, raw);
    default:
      if (extractable) throw dom(`${alg.name} keys are not extractable`, "SyntaxError");
      return makeKey({ name: alg.name }, false, usages, raw);
  }
}

const kJwkAlg = { "SHA-1": "HS1", "SHA-256": "HS256", "SHA-384": "HS384", "SHA-512": "HS512" };

function exportSecret(format, key) {
  if (!(key instanceof CryptoKey)) throw new codes.ERR_INVALID_ARG_TYPE("key", "CryptoKey", key);
  if (!key.extractable) throw dom("key is not extractable", "InvalidAccessError");
  const raw = keySlots.get(key).raw;
  if (format === "raw") return toArrayBuffer(raw);
  if (format === "jwk") {
    const alg = key.algorithm;
    const jwk = { key_ops: [...key.usages], ext: true };
    if (alg.name === "HMAC") jwk.alg = kJwkAlg[alg.hash.name];
    else jwk.alg = `A${alg.length}${alg.name.slice(4)}`;
    jwk.kty = "oct";
    jwk.k = Buffer.from(raw).toString("base64url");
    return jwk;
  }
  throw dom(`Unable to export a raw ${key.algorithm.name} key`, "NotSupportedError");
}

function hmacSign(key, data) {
  const hash = nodeHash(key.algorithm.hash.name);
  return new Uint8Array(createHmac(hash, keySlots.get(key).raw).update(data).digest());
}

function aesRun(alg, key, data, encrypt) {
  const raw = useKey(key, alg.name, encrypt ? "encrypt" : "decrypt");
  const bits = raw.byteLength * 8;
  const make = encrypt ? createCipheriv : createDecipheriv;
  switch (alg.name) {
    case "AES-GCM": {
      const iv = bufferSource(alg.iv, "algorithm.iv");
      const tagLength = alg.tagLength ?? 128;
      if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
        throw dom(`${tagLength} is not a valid AES-GCM tag length`, "OperationError");
      }
      const tagBytes = tagLength / 8;
      const c = make(`aes-${bits}-gcm`, raw, iv, { authTagLength: tagBytes });
      if (alg.additionalData !== undefined) c.setAAD(bufferSource(alg.additionalData, "algorithm.additionalData"));
      if (encrypt) {
        const out = Buffer.concat([c.update(data), c.final(), c.getAuthTag()]);
        return toArrayBuffer(out);
      }
      if (data.byteLength < tagBytes) throw dom("The provided data is too small.", "OperationError");
      c.setAuthTag(data.subarray(data.byteLength - tagBytes));
      try {
        return toArrayBuffer(Buffer.concat([c.update(data.subarray(0, data.byteLength - tagBytes)), c.final()]));
      } catch {
        throw dom("The operation failed for an operation-specific reason", "OperationError");
      }
    }
    case "AES-CBC": {
      const iv = bufferSource(alg.iv, "algorithm.iv");
      if (iv.byteLength !== 16) throw dom("algorithm.iv must contain exactly 16 bytes", "OperationError");
      const c = make(`aes-${bits}-cbc`, raw, iv);
      try {
        return toArrayBuffer(Buffer.concat([c.update(data), c.final()]));
      } catch {
        throw dom("The operation failed for an operation-specific reason", "OperationError");
      }
    }
    default: {
      const counter = bufferSource(alg.counter, "algorithm.counter");
      if (counter.byteLength !== 16) throw dom("algorithm.counter must contain exactly 16 bytes", "OperationError");
      const c = make(`aes-${bits}-ctr`, raw, counter);
      return toArrayBuffer(Buffer.concat([c.update(data), c.final()]));
    }
  }
}

function deriveBitsSync(alg, key, length, usage) {
  const raw = useKey(key, alg.name, usage);
  if (typeof length !== "number" || length % 8 !== 0) {
    throw dom("length must be a multiple of 8", "OperationError");
  }
  const hash = nodeHash(hashName(alg.hash));
  const salt = bufferSource(alg.salt, "algorithm.salt");
  if (alg.name === "PBKDF2") {
    const iterations = alg.iterations;
    if (!(iterations > 0)) throw dom("iterations cannot be zero", "OperationError");
    return new Promise((resolve, reject) => {
      pbkdf2(raw, salt, iterations, length / 8, hash, (err, out) => {
        if (err) reject(dom("The operation failed for an operation-specific reason", "OperationError"));
        else resolve(toArrayBuffer(out));
      });
    });
  }
  const info = bufferSource(alg.info, "algorithm.info");
  return Promise.resolve(hkdfSync(hash, raw, salt, info, length / 8));
}

async function generateSecret(alg, extractable, usages) {
  checkUsages(alg.name, usages);
  if (alg.name === "HMAC") {
    const hash = hashName(alg.hash);
    const length = alg.length ?? kHashBlockBits[hash];
    const raw = new Uint8Array(randomBytes(Math.ceil(length / 8)));
    return makeKey({ name: "HMAC", length, hash: { name: hash } }, extractable, usages, raw);
  }
  if (alg.name.startsWith("AES-")) {
    if (![128, 192, 256].includes(alg.length)) {
      throw dom("AES key length must be 128, 192, or 256 bits", "OperationError");
    }
    const raw = new Uint8Array(randomBytes(alg.length / 8));
    return makeKey({ name: alg.name, length: alg.length }, extractable, usages, raw);
  }
  throw dom("Unrecognized algorithm name", "NotSupportedError");
}

// Run `fn` as an async operation: synchronous throws become rejections.
function later(fn) {
  return new Promise((resolve) => resolve(fn()));
}

function notSupported(op) {
  return Promise.reject(new DOMException(`SubtleCrypto.${op} is not supported by this host`, "NotSupportedError"));
}

export class SubtleCrypto {
  constructor(key) {
    if (key !== kEnforce) throw illegal();
  }

  digest(algorithm, data) {
    let name = algorithm;
    if (name !== null && typeof name === "object") name = name.name;
    if (typeof name !== "string") {
      return Promise.reject(new DOMException("Unrecognized algorithm name", "NotSupportedError"));
    }
    const alg = kDigests[name.toLowerCase()];
    if (alg === undefined) {
      return Promise.reject(new DOMException("Unrecognized algorithm name", "NotSupportedError"));
    }
    let bytes;
    if (ArrayBuffer.isView(data)) bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    else if (data instanceof ArrayBuffer) bytes = new Uint8Array(data);
    else {
      return Promise.reject(new codes.ERR_INVALID_ARG_TYPE("data",
        ["ArrayBuffer", "Buffer", "TypedArray", "DataView"], data));
    }
    // Copy: the caller may change its buffer after digest() returns.
    return op_crypto_digest_async(alg, new Uint8Array(bytes)).then((u8) =>
      u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength ? u8.buffer : u8.slice().buffer);
  }

  encrypt(algorithm, key, data) {
    return later(() => aesRun(normalizeAlg(algorithm), key, bufferSource(data), true));
  }

  decrypt(algorithm, key, data) {
    return later(() => aesRun(normalizeAlg(algorithm), key, bufferSource(data), false));
  }

  sign(algorithm, key, data) {
    return later(() => {
      const alg = normalizeAlg(algorithm);
      useKey(key, alg.name === "HMAC" ? "HMAC" : "", "sign");
      return toArrayBuffer(hmacSign(key, bufferSource(data)));
    });
  }

  verify(algorithm, key, signature, data) {
    return later(() => {
      const alg = normalizeAlg(algorithm);
      useKey(key, alg.name === "HMAC" ? "HMAC" : "", "verify");
      const sig = bufferSource(signature, "signature");
      const mac = hmacSign(key, bufferSource(data));
      if (sig.byteLength !== mac.byteLength) return false;
      let diff = 0;
      for (let i = 0; i < mac.byteLength; i++) diff |= mac[i] ^ sig[i];
      return diff === 0;
    });
  }

  generateKey(algorithm, extractable, keyUsages) {
    return later(() => generateSecret(normalizeAlg(algorithm), extractable, keyUsages));
  }

  deriveBits(algorithm, baseKey, length) {
    return later(() => {
      const alg = normalizeAlg(algorithm);
      if (alg.name !== "PBKDF2" && alg.name !== "HKDF") throw dom("Unrecognized algorithm name", "NotSupportedError");
      return deriveBitsSync(alg, baseKey, length, "deriveBits");
    });
  }

  deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    return later(async () => {
      const alg = normalizeAlg(algorithm);
      if (alg.name !== "PBKDF2" && alg.name !== "HKDF") throw dom("Unrecognized algorithm name", "NotSupportedError");
      const target = normalizeAlg(derivedKeyAlgorithm);
      let length = target.length;
      if (target.name === "HMAC" && length === undefined) length = kHashBlockBits[hashName(target.hash)];
      const bits = await deriveBitsSync(alg, baseKey, length, "deriveKey");
      return importSecret("raw", bits, target, extractable, keyUsages);
    });
  }

  importKey(format, keyData, algorithm, extractable, keyUsages) {
    return later(() => importSecret(format, keyData, normalizeAlg(algorithm), extractable, keyUsages));
  }

  exportKey(format, key) {
    return later(() => exportSecret(format, key));
  }

  wrapKey() { return notSupported("wrapKey"); }
  unwrapKey() { return notSupported("unwrapKey"); }

  get [Symbol.toStringTag]() {
    return "SubtleCrypto";
  }
}

const subtle = new SubtleCrypto(kEnforce);

export class Crypto {
  constructor(key) {
    if (key !== kEnforce) throw illegal();
  }
  get subtle() {
    return subtle;
  }
  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new codes.ERR_INVALID_THIS("Crypto");
    return getRandomValues(array);
  }
  randomUUID() {
    if (!(this instanceof Crypto)) throw new codes.ERR_INVALID_THIS("Crypto");
    return randomUUID();
  }
  get [Symbol.toStringTag]() {
    return "Crypto";
  }
}

export const webcrypto = new Crypto(kEnforce);
export { subtle };
