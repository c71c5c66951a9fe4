// node:crypto - hashes, HMAC, random values, pbkdf2/scrypt and the Web
// Crypto object, AES ciphers. Signatures and key pairs are not implemented.
import { op_crypto_timing_safe_equal } from "ext:core/ops";
import { codes, toBytes, isAnyArrayBuffer, Buffer } from "ext:host/internal/crypto/util.js";
import { createHash, createHmac, Hash, hash, Hmac, hashNames } from "ext:host/internal/crypto/hash.js";
import {
  getRandomValues,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  randomUUIDv7,
} from "ext:host/internal/crypto/random.js";
import { hkdf, hkdfSync, pbkdf2, pbkdf2Sync, scrypt, scryptSync } from "ext:host/internal/crypto/kdf.js";
import {
  Cipheriv,
  createCipheriv,
  createDecipheriv,
  Decipheriv,
  getCipherInfo,
  getCiphers,
} from "ext:host/internal/crypto/cipher.js";
import { keyObjectBytes } from "ext:host/internal/crypto/keys.js";
import { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync } from "ext:host/internal/crypto/prime.js";
import { Crypto, CryptoKey, cryptoKeyRaw, SubtleCrypto, subtle, webcrypto } from "ext:host/internal/crypto/webcrypto.js";

const { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH } = codes;

function bufArgError(name, value) {
  const err = new TypeError(
    `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.` +
      describe(value));
  err.code = "ERR_INVALID_ARG_TYPE";
  return err;
}

function describe(value) {
  void value;
  return "";
}

function asBytes(value, name) {
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw bufArgError(name, value);
}

export function timingSafeEqual(buf1, buf2) {
  const a = asBytes(buf1, "buf1");
  const b = asBytes(buf2, "buf2");
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return op_crypto_timing_safe_equal(a, b);
}

export function getHashes() {
  return hashNames.slice();
}

export function getCurves() {
  return [];
}

// KeyObject for secret keys (enough for createHmac, ciphers and export()).
// The key bytes live in a WeakMap keyed by an internal handle, so a key
// inspects as `SecretKeyObject {}` and never shows its material.
const keyBytes = new WeakMap();
const objectBytes = keyObjectBytes;

export class KeyObject {
  constructor(type, handle) {
    if (type !== "secret" && type !== "public" && type !== "private") {
      throw new codes.ERR_INVALID_ARG_VALUE("type", type);
    }
    if (typeof handle !== "object" || handle === null || !keyBytes.has(handle)) {
      throw new codes.ERR_INVALID_ARG_TYPE("handle", "object", handle);
    }
    objectBytes.set(this, keyBytes.get(handle));
  }
  static from(key) {
    if (!(key instanceof CryptoKey)) throw new codes.ERR_INVALID_ARG_TYPE("key", "CryptoKey", key);
    return createSecretKey(cryptoKeyRaw(key));
  }
  get type() {
    return "secret";
  }
  toCryptoKey() {
    throw unsupported("KeyObject.prototype.toCryptoKey")();
  }
  equals(other) {
    if (!(other instanceof KeyObject)) {
      throw new codes.ERR_INVALID_ARG_TYPE("otherKeyObject", "KeyObject", other);
    }
    if (other.type !== this.type) return false;
    const a = objectBytes.get(this);
    const b = objectBytes.get(other);
    return a.byteLength === b.byteLength && op_crypto_timing_safe_equal(a, b);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  __proto__: null, value: "KeyObject", writable: false, enumerable: false, configurable: true,
});

class SecretKeyObject extends KeyObject {
  get symmetricKeySize() {
    return objectBytes.get(this).byteLength;
  }
  export(options) {
    if (options !== undefined) {
      if (typeof options !== "object" || options === null) {
        throw new codes.ERR_INVALID_ARG_TYPE("options", "object", options);
      }
      const { format } = options;
      if (format !== undefined && format !== "buffer" && format !== "jwk") {
        throw new codes.ERR_INVALID_ARG_VALUE("options.format", format, "must be one of: undefined, 'buffer', 'jwk'");
      }
      if (format === "jwk") return { kty: "oct", k: Buffer.from(objectBytes.get(this)).toString("base64url") };
    }
    return Buffer.from(objectBytes.get(this));
  }
}

export function createSecretKey(key, encoding) {
  if (typeof key !== "string" && !ArrayBuffer.isView(key) && !isAnyArrayBuffer(key)) {
    throw new codes.ERR_INVALID_ARG_TYPE("key", ["ArrayBuffer", "Buffer", "TypedArray", "DataView"], key);
  }
  const handle = {};
  keyBytes.set(handle, new Uint8Array(toBytes(key, "key", encoding)));
  return new SecretKeyObject("secret", handle);
}

function unsupported(name) {
  return function notImplemented() {
    const err = new Error(`crypto.${name} is not supported by this host`);
    err.code = "ERR_METHOD_NOT_IMPLEMENTED";
    throw err;
  };
}

export const constants = {
  __proto__: null,
  OPENSSL_VERSION_NUMBER: 810549376,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_SSLV23_PADDING: 2,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
  defaultCipherList: "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:" +
    "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:" +
    "ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:" +
    "DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:" +
    "DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA",
};
constants.defaultCoreCipherList = constants.defaultCipherList;

const cryptoModule = {
  checkPrime,
  checkPrimeSync,
  createCipheriv,
  createDecipheriv,
  createDiffieHellman: unsupported("createDiffieHellman"),
  createDiffieHellmanGroup: unsupported("createDiffieHellmanGroup"),
  createECDH: unsupported("createECDH"),
  createHash,
  createHmac,
  createPrivateKey: unsupported("createPrivateKey"),
  createPublicKey: unsupported("createPublicKey"),
  createSecretKey,
  createSign: unsupported("createSign"),
  createVerify: unsupported("createVerify"),
  diffieHellman: unsupported("diffieHellman"),
  generatePrime,
  generatePrimeSync,
  getCiphers,
  getCipherInfo,
  getCurves,
  getDiffieHellman: unsupported("getDiffieHellman"),
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair: unsupported("generateKeyPair"),
  generateKeyPairSync: unsupported("generateKeyPairSync"),
  generateKey: unsupported("generateKey"),
  generateKeySync: unsupported("generateKeySync"),
  privateDecrypt: unsupported("privateDecrypt"),
  privateEncrypt: unsupported("privateEncrypt"),
  publicDecrypt: unsupported("publicDecrypt"),
  publicEncrypt: unsupported("publicEncrypt"),
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  randomUUIDv7,
  scrypt,
  scryptSync,
  sign: unsupported("sign"),
  setEngine: unsupported("setEngine"),
  timingSafeEqual,
  getFips: () => 0,
  setFips: unsupported("setFips"),
  verify: unsupported("verify"),
  hash,
  Cipheriv,
  Decipheriv,
  Hash,
  Hmac,
  KeyObject,
  secureHeapUsed: () => ({ total: 0, min: 0, used: 0, utilization: 0 }),
  constants,
  webcrypto,
  subtle,
  getRandomValues: (array) => getRandomValues(array),
};

// Deprecated aliases Node still has (not enumerable there either).
for (const name of ["pseudoRandomBytes", "prng", "rng"]) {
  Object.defineProperty(cryptoModule, name, { value: randomBytes, writable: true, configurable: true, enumerable: false });
}

// The `crypto` global is the Web Crypto object (picked up by
// internal/bootstrap/web_globals.js), not this module.
export { webcrypto as crypto, Crypto, CryptoKey, SubtleCrypto };

export default cryptoModule;
