// createCipheriv / createDecipheriv for AES (ECB, CBC, CTR, GCM): the modes
// run in Rust; names, key/IV lengths and Node's errors are handled here.
import {
  op_crypto_cipher_final,
  op_crypto_cipher_get_tag,
  op_crypto_cipher_new,
  op_crypto_cipher_set_aad,
  op_crypto_cipher_set_auto_padding,
  op_crypto_cipher_set_tag,
  op_crypto_cipher_update,
} from "ext:core/ops";
import { StringDecoder } from "ext:host/string_decoder.js";
import { validateString } from "ext:host/internal/validators.js";
import { LazyTransform } from "ext:host/internal/crypto/hash.js";
import { Buffer, bytesOf, codes, isAnyArrayBuffer, normalizeEncoding, toBuffer } from "ext:host/internal/crypto/util.js";

const { ERR_INVALID_ARG_TYPE } = codes;

function nodeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

// name -> [mode, key bytes, iv bytes, nid, OpenSSL's display name, op mode
// when it differs from the reported one]
const kCiphers = { __proto__: null };
for (const bits of [128, 192, 256]) {
  const k = bits / 8;
  kCiphers[`aes-${bits}-ecb`] = ["ecb", k, 0, { 128: 418, 192: 422, 256: 426 }[bits], `aes-${bits}-ecb`];
  kCiphers[`aes-${bits}-cbc`] = ["cbc", k, 16, { 128: 419, 192: 423, 256: 427 }[bits], `aes-${bits}-cbc`];
  kCiphers[`aes${bits}`] = kCiphers[`aes-${bits}-cbc`];
  kCiphers[`aes-${bits}-ctr`] = ["ctr", k, 16, { 128: 904, 192: 905, 256: 906 }[bits], `aes-${bits}-ctr`];
  kCiphers[`aes-${bits}-gcm`] = ["gcm", k, 12, { 128: 895, 192: 898, 256: 901 }[bits], `id-aes${bits}-gcm`];
  kCiphers[`id-aes${bits}-gcm`] = kCiphers[`aes-${bits}-gcm`];
  kCiphers[`aes-${bits}-ofb`] = ["ofb", k, 16, { 128: 420, 192: 424, 256: 428 }[bits], `aes-${bits}-ofb`];
  kCiphers[`aes-${bits}-cfb`] = ["cfb", k, 16, { 128: 421, 192: 425, 256: 429 }[bits], `aes-${bits}-cfb`];
  kCiphers[`aes-${bits}-cfb8`] = ["cfb", k, 16, { 128: 653, 192: 654, 256: 655 }[bits], `aes-${bits}-cfb8`, "cfb8"];
}
kCiphers["chacha20-poly1305"] = ["stream", 32, 12, 1018, "chacha20-poly1305", "chacha20-poly1305"];

/** Whether a cipher entry is an AEAD (auth tags, AAD). */
function isAead(info) {
  return info[0] === "gcm" || info[5] === "chacha20-poly1305";
}

export function getCiphers() {
  return Object.keys(kCiphers).sort();
}

export function getCipherInfo(nameOrNid, options) {
  let info;
  if (typeof nameOrNid === "number") {
    info = Object.values(kCiphers).find((v) => v[3] === nameOrNid);
  } else {
    validateString(nameOrNid, "nameOrNid");
    info = kCiphers[nameOrNid.toLowerCase()];
  }
  if (info === undefined) return undefined;
  const [mode, keyLength, ivLength, nid, name] = info;
  if (options?.keyLength !== undefined && options.keyLength !== keyLength) return undefined;
  if (options?.ivLength !== undefined && options.ivLength !== ivLength && mode !== "gcm") return undefined;
  const out = { mode, name, nid };
  if (mode !== "stream") out.blockSize = mode === "ecb" || mode === "cbc" ? 16 : 1;
  if (ivLength) out.ivLength = ivLength;
  out.keyLength = keyLength;
  return out;
}

function keyBytes(key, encoding) {
  if (typeof key === "string") return Buffer.from(key, encoding ?? "utf8");
  if (ArrayBuffer.isView(key)) return bytesOf(key);
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  if (key !== null && typeof key === "object" && key.type === "secret" && typeof key.export === "function") {
    return bytesOf(key.export());
  }
  throw new ERR_INVALID_ARG_TYPE("key",
    ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView", "KeyObject", "CryptoKey"], key);
}

function ivBytes(iv, encoding) {
  if (iv === null) return null;
  if (typeof iv === "string") return Buffer.from(iv, encoding ?? "utf8");
  if (ArrayBuffer.isView(iv)) return bytesOf(iv);
  if (isAnyArrayBuffer(iv)) return new Uint8Array(iv);
  throw new ERR_INVALID_ARG_TYPE("iv", ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView"], iv);
}

function inputBytes(data, encoding) {
  if (typeof data === "string") {
    const enc = normalizeEncoding(encoding);
    return Buffer.from(data, enc ?? "utf8");
  }
  if (ArrayBuffer.isView(data)) return bytesOf(data);
  throw new ERR_INVALID_ARG_TYPE("data", ["string", "Buffer", "TypedArray", "DataView"], data);
}

const kHandle = Symbol("kHandle");
const kInfo = Symbol("kInfo");
const kTagLen = Symbol("kTagLen");
const kDone = Symbol("kDone");

function opensslError(reason, hex) {
  const message = `error:${hex}:Provider routines::${reason}`;
  const err = new Error(message);
  err.opensslErrorStack = [message];
  err.library = "Provider routines";
  err.reason = reason;
  err.code = `ERR_OSSL_${reason.toUpperCase().replace(/ /g, "_")}`;
  return err;
}

function init(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, "cipher");
  const k = keyBytes(key, options?.encoding);
  if (iv === undefined) {
    throw new ERR_INVALID_ARG_TYPE("iv", ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView"], iv);
  }
  const v = ivBytes(iv, options?.encoding);
  const info = kCiphers[cipher.toLowerCase()];
  if (info === undefined) throw nodeError(Error, "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
  const [mode, keyLen, ivLen] = info;
  if (k.byteLength !== keyLen) throw nodeError(RangeError, "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
  const ivOk = mode === "ecb" ? (v === null || v.byteLength === 0)
    : mode === "gcm" ? (v !== null && v.byteLength > 0)
    : (v !== null && v.byteLength === ivLen);
  if (!ivOk) throw nodeError(TypeError, "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");
  let tagLen = 16;
  if (isAead(info) && options?.authTagLength !== undefined) {
    tagLen = options.authTagLength;
    if (!validTagLength(tagLen, info)) {
      throw nodeError(TypeError, "ERR_CRYPTO_INVALID_AUTH_TAG", `Invalid authentication tag length: ${tagLen}`);
    }
  }
  const handle = op_crypto_cipher_new(info[5] ?? mode, k, v ?? new Uint8Array(0), encrypt);
  if (handle === null) throw nodeError(Error, "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
  self._decoder = null;
  self[kHandle] = handle;
  self[kInfo] = info;
  self[kTagLen] = tagLen;
  self[kDone] = false;
  LazyTransform.call(self, options);
}

function validTagLength(n, info) {
  if (info?.[0] === "stream") return Number.isInteger(n) && n >= 1 && n <= 16;
  return n === 4 || n === 8 || (Number.isInteger(n) && n >= 12 && n <= 16);
}

function getDecoder(self, encoding) {
  const enc = normalizeEncoding(encoding);
  if (self._decoder === null || self._decoder.encoding !== enc) self._decoder = new StringDecoder(enc);
  return self._decoder;
}

const methods = {
  update(data, inputEncoding, outputEncoding) {
    const bytes = inputBytes(data, inputEncoding);
    if (this[kDone]) throw new Error("Trying to add data in unsupported state");
    const out = toBuffer(op_crypto_cipher_update(this[kHandle], bytes));
    if (outputEncoding && outputEncoding !== "buffer") return getDecoder(this, outputEncoding).write(out);
    return out;
  },

  final(outputEncoding) {
    if (this[kDone]) throw nodeError(Error, "ERR_CRYPTO_INVALID_STATE", "Invalid state");
    this[kDone] = true;
    let out;
    try {
      out = toBuffer(op_crypto_cipher_final(this[kHandle]));
    } catch (e) {
      switch (e?.message) {
        case "bad_decrypt":
          throw opensslError("bad decrypt", "1C800064");
        case "wrong_final_block_length":
          throw opensslError("wrong final block length", "1C80006B");
        case "auth":
          throw new Error("Unsupported state or unable to authenticate data");
        default:
          throw nodeError(Error, "ERR_CRYPTO_INVALID_STATE", "Invalid state");
      }
    }
    if (outputEncoding && outputEncoding !== "buffer") return getDecoder(this, outputEncoding).end(out);
    return out;
  },

  setAutoPadding(ap = true) {
    if (this[kDone]) throw nodeError(Error, "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation setAutoPadding");
    op_crypto_cipher_set_auto_padding(this[kHandle], !!ap);
    return this;
  },

  setAAD(buffer, options) {
    const bytes = inputBytes(buffer, options?.encoding);
    if (!op_crypto_cipher_set_aad(this[kHandle], bytes)) {
      throw nodeError(Error, "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation setAAD");
    }
    return this;
  },

  _transform(chunk, encoding, callback) {
    this.push(this.update(chunk, encoding));
    callback();
  },

  _flush(callback) {
    try {
      this.push(this.final());
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  },
};

export function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  init(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

export function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  init(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

for (const [name, fn] of Object.entries(methods)) {
  Object.defineProperty(Cipheriv.prototype, name, { value: fn, writable: true, configurable: true });
  Object.defineProperty(Decipheriv.prototype, name, { value: fn, writable: true, configurable: true });
}

Object.defineProperty(Cipheriv.prototype, "getAuthTag", {
  value: function getAuthTag() {
    const tag = this[kDone] && isAead(this[kInfo]) ? op_crypto_cipher_get_tag(this[kHandle], this[kTagLen]) : null;
    if (tag === null) throw nodeError(Error, "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation getAuthTag");
    return toBuffer(tag);
  },
  writable: true,
  configurable: true,
});

Object.defineProperty(Decipheriv.prototype, "setAuthTag", {
  value: function setAuthTag(tagbuf, encoding) {
    const tag = inputBytes(tagbuf, encoding);
    if (!isAead(this[kInfo]) || this[kDone]) {
      throw nodeError(Error, "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation setAuthTag");
    }
    if (!validTagLength(tag.byteLength, this[kInfo])) {
      throw nodeError(TypeError, "ERR_CRYPTO_INVALID_AUTH_TAG", `Invalid authentication tag length: ${tag.byteLength}`);
    }
    op_crypto_cipher_set_tag(this[kHandle], tag);
    return this;
  },
  writable: true,
  configurable: true,
});

export function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

export function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}
