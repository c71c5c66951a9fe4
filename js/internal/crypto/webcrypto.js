// Web Crypto: the `crypto` global (Crypto), `crypto.subtle` (SubtleCrypto)
// with digest, and CryptoKey. Key operations are not implemented yet and
// reject with NotSupportedError.
import { op_crypto_digest_async } from "ext:core/ops";
import { DOMException } from "ext:host/internal/dom_exception.js";
import { codes } from "ext:host/internal/crypto/util.js";
import { getRandomValues, randomUUID } from "ext:host/internal/crypto/random.js";

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

export class CryptoKey {
  constructor(key) {
    if (key !== kEnforce) throw illegal();
  }
  get [Symbol.toStringTag]() {
    return "CryptoKey";
  }
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

  encrypt() { return notSupported("encrypt"); }
  decrypt() { return notSupported("decrypt"); }
  sign() { return notSupported("sign"); }
  verify() { return notSupported("verify"); }
  generateKey() { return notSupported("generateKey"); }
  deriveKey() { return notSupported("deriveKey"); }
  deriveBits() { return notSupported("deriveBits"); }
  importKey() { return notSupported("importKey"); }
  exportKey() { return notSupported("exportKey"); }
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
    return getRandomValues(array);
  }
  randomUUID() {
    return randomUUID();
  }
  get [Symbol.toStringTag]() {
    return "Crypto";
  }
}

export const webcrypto = new Crypto(kEnforce);
export { subtle };
