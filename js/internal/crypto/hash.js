// crypto.createHash / createHmac / hash: Rust digest state behind a
// lazily-initialised Transform stream, as Node's Hash and Hmac are.
import {
  op_crypto_hash_copy,
  op_crypto_hash_digest,
  op_crypto_hash_digest_encoded,
  op_crypto_hash_is_xof,
  op_crypto_hash_oneshot_encoded,
  op_crypto_hash_new,
  op_crypto_hash_oneshot,
  op_crypto_hash_oneshot_str,
  op_crypto_hash_supported,
  op_crypto_hash_update,
  op_crypto_hash_update_str,
  op_crypto_hmac_new,
} from "ext:core/ops";
import { Transform } from "ext:host/stream.js";
import { validateObject, validateString } from "ext:host/internal/validators.js";
import { Buffer, bytesOf, codes, encodeOutput, isAnyArrayBuffer, normalizeEncoding, toBytes } from "ext:host/internal/crypto/util.js";

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_INVALID_DIGEST } = codes;

const kHandle = Symbol("kHandle");
const kState = Symbol("kState");
const kFinalized = Symbol("kFinalized");
const kStreamInit = Symbol("kStreamInit");

// Output encodings the ops produce directly as strings.
function rustEncoding(enc) {
  switch (enc) {
    case "hex":
      return 0;
    case "base64":
      return 1;
    case "base64url":
      return 2;
    default:
      return -1;
  }
}

// The digest names getHashes() reports (those this host implements).
export const hashNames = [
  "RSA-MD5", "RSA-RIPEMD160", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224", "RSA-SHA256", "RSA-SHA3-224",
  "RSA-SHA3-256", "RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512", "RSA-SHA512/224",
  "RSA-SHA512/256", "RSA-SM3", "blake2b512", "blake2s256", "id-rsassa-pkcs1-v1_5-with-sha3-224",
  "id-rsassa-pkcs1-v1_5-with-sha3-256", "id-rsassa-pkcs1-v1_5-with-sha3-384",
  "id-rsassa-pkcs1-v1_5-with-sha3-512", "md5", "md5-sha1", "md5WithRSAEncryption", "ripemd", "ripemd160",
  "ripemd160WithRSA", "rmd160", "sha1", "sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption",
  "sha256", "sha256WithRSAEncryption", "sha3-224", "sha3-256", "sha3-384", "sha3-512", "sha384",
  "sha384WithRSAEncryption", "sha512", "sha512-224", "sha512-224WithRSAEncryption", "sha512-256",
  "sha512-256WithRSAEncryption", "sha512WithRSAEncryption", "shake128", "shake256", "sm3",
  "sm3WithRSAEncryption", "ssl3-md5", "ssl3-sha1",
];

// Output sizes of the fixed-length digests, by canonical lower-case name.
export const digestSizes = {
  __proto__: null,
  md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64,
  "sha512-224": 28, "sha512-256": 32, "sha3-224": 28, "sha3-256": 32, "sha3-384": 48, "sha3-512": 64,
  ripemd160: 20, ripemd: 20, rmd160: 20, blake2b512: 64, blake2s256: 32, sm3: 32, "md5-sha1": 36,
};

function digestSize(name) {
  const n = name.toLowerCase().replace(/^rsa-/, "").replace(/^sha-/, "sha").replace(/^sha2-/, "sha")
    .replace(/\//, "-");
  return digestSizes[n];
}

// options.outputLength -> the op's xof argument (-1: default length).
function xofLength(name, options) {
  const len = options?.outputLength;
  if (len === undefined) return -1;
  if (typeof len !== "number") throw new ERR_INVALID_ARG_TYPE("options.outputLength", "number", len);
  if (!Number.isInteger(len) || len < 0 || len > 4294967295) {
    throw new codes.ERR_OUT_OF_RANGE("options.outputLength", ">= 0 && <= 4294967295", len);
  }
  if (name !== null && !op_crypto_hash_is_xof(name) && len !== digestSize(name)) {
    const err = new Error("error:030000B2:digital envelope routines::not XOF or invalid length");
    err.code = "ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH";
    throw err;
  }
  return len;
}

// "sha256WithRSAEncryption" -> "sha256"; other names pass through.
export function canonicalDigest(name) {
  if (name.length > 17 && /withrsaencryption$/i.test(name)) return name.slice(0, -17);
  return name;
}

export function isSupportedDigest(name) {
  return op_crypto_hash_supported(canonicalDigest(name));
}

// --- Lazy Transform: the stream machinery is only built when the object is
// used as a stream (pipe, write, on('data')...), so update/digest stay cheap.
function initStream(self) {
  if (self[kStreamInit]) return;
  self[kStreamInit] = true;
  const events = self._events;
  const count = self._eventsCount;
  Transform.call(self, self._options);
  if (events !== undefined && events !== self._events) {
    for (const key of Reflect.ownKeys(events)) {
      const prior = events[key];
      const list = Array.isArray(prior) ? prior : [prior];
      for (const fn of list) self.on(key, fn);
    }
    void count;
  }
}

function lazyState(name) {
  return {
    configurable: true,
    enumerable: false,
    get() {
      initStream(this);
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, { value, writable: true, configurable: true, enumerable: true });
    },
  };
}

export function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);
Object.defineProperties(LazyTransform.prototype, {
  _readableState: lazyState("_readableState"),
  _writableState: lazyState("_writableState"),
  _transformState: lazyState("_transformState"),
});

function updateHandle(handle, data, encoding, argName) {
  if (typeof data === "string") {
    const enc = encoding === undefined ? "utf8" : normalizeEncoding(encoding);
    if (enc === "utf8" || enc === undefined) return op_crypto_hash_update_str(handle, data);
    return op_crypto_hash_update(handle, Buffer.from(data, enc));
  }
  if (ArrayBuffer.isView(data)) return op_crypto_hash_update(handle, bytesOf(data));
  throw new ERR_INVALID_ARG_TYPE(argName, ["string", "Buffer", "TypedArray", "DataView"], data);
}

// --- Hash

export function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  const isCopy = algorithm instanceof Hash;
  if (!isCopy) validateString(algorithm, "algorithm");
  if (options !== undefined) validateObject(options, "options");
  let handle;
  if (isCopy) {
    if (algorithm[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    handle = op_crypto_hash_copy(algorithm[kHandle], xofLength(null, options));
  } else {
    const name = canonicalDigest(algorithm);
    if (!op_crypto_hash_supported(name)) throw new Error("Digest method not supported");
    handle = op_crypto_hash_new(name, options === undefined ? -1 : xofLength(name, options));
  }
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  updateHandle(this[kHandle], chunk, encoding === "buffer" ? undefined : encoding, "data");
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (!updateHandle(this[kHandle], data, encoding, "data")) throw new ERR_CRYPTO_HASH_FINALIZED();
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  state[kFinalized] = true;
  const kind = rustEncoding(outputEncoding);
  if (kind >= 0) return op_crypto_hash_digest_encoded(this[kHandle], kind);
  const out = op_crypto_hash_digest(this[kHandle]);
  return encodeOutput(out, outputEncoding);
};

// --- Hmac

export function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, "hmac");
  const bytes = prepareKey(key, options?.encoding);
  const handle = op_crypto_hmac_new(canonicalDigest(hmac), bytes);
  if (handle === null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

function prepareKey(key, encoding) {
  if (typeof key === "string") return Buffer.from(key, encoding ?? "utf8");
  if (ArrayBuffer.isView(key)) return bytesOf(key);
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  if (key !== null && typeof key === "object" && key.type === "secret" && typeof key.export === "function") {
    return bytesOf(key.export());
  }
  throw new ERR_INVALID_ARG_TYPE("key",
    ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView", "KeyObject", "CryptoKey"], key);
}

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) {
    // Node returns an empty result for a second digest() on an Hmac.
    return encodeOutput(new Uint8Array(0), outputEncoding);
  }
  state[kFinalized] = true;
  const kind = rustEncoding(outputEncoding);
  if (kind >= 0) return op_crypto_hash_digest_encoded(this[kHandle], kind);
  return encodeOutput(op_crypto_hash_digest(this[kHandle]), outputEncoding);
};

export function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

export function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, data[, outputEncoding = 'hex']).
export function hash(algorithm, input, outputEncoding = "hex") {
  validateString(algorithm, "algorithm");
  if (typeof input !== "string" && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE("input", ["string", "Buffer", "TypedArray", "DataView"], input);
  }
  let enc = outputEncoding;
  if (outputEncoding !== "buffer") {
    validateString(outputEncoding, "outputEncoding");
    enc = normalizeEncoding(outputEncoding);
    if (enc === undefined) throw new ERR_INVALID_ARG_VALUE("outputEncoding", outputEncoding);
  }
  const name = canonicalDigest(algorithm);
  const kind = typeof input === "string" ? rustEncoding(enc) : -1;
  if (kind >= 0) {
    const text = op_crypto_hash_oneshot_encoded(name, input, kind);
    if (text === null) throw new Error(`Digest method ${algorithm} is not supported`);
    return text;
  }
  const out = typeof input === "string"
    ? op_crypto_hash_oneshot_str(name, input)
    : op_crypto_hash_oneshot(name, input);
  if (out === null) throw new Error(`Digest method ${algorithm} is not supported`);
  return encodeOutput(out, enc);
}

export { toBytes };
