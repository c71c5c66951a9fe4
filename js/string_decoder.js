// node:string_decoder -- decodes Buffers to strings across writes, keeping
// the bytes of a character (or base64 group) split between chunks.
import { primordials } from "ext:core/mod.js";
import { Buffer, normalizeEncoding, getEncodingOpsFor } from "ext:host/buffer.js";
import { utf8Decode, utf8IncompleteTail, utf8SequenceLength, utf8ValidNext } from "ext:host/internal/encoding.js";
import { codes } from "ext:host/internal/errors.js";

const { ArrayBufferIsView, TypedArrayPrototypeGetSymbolToStringTag, TypedArrayPrototypeSubarray } = primordials;
const { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } = codes;

// Node keeps the state in a 7-byte buffer: 4 bytes of the partial
// character, missing bytes, buffered bytes, encoding id.
const kNativeDecoder = Symbol("kNativeDecoder");
const kMissing = 4;
const kBuffered = 5;
const kEncodingField = 6;
const encodingIds = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };

function toUint8(buf) {
  if (TypedArrayPrototypeGetSymbolToStringTag(buf) === "Uint8Array") return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

export function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  const state = Buffer.alloc(7);
  state[kEncodingField] = encodingIds[normalized];
  this[kNativeDecoder] = state;
}

function slice(enc, buf, start, end) {
  return getEncodingOpsFor(enc).slice(buf, start, end);
}

function writeUtf8(state, buf, flush) {
  let out = "";
  let i = 0;
  const len = buf.length;
  if (state[kBuffered] > 0) {
    const lead = state[0];
    const total = state[kBuffered] + state[kMissing];
    while (state[kBuffered] < total && i < len && utf8ValidNext(lead, state[kBuffered], buf[i], false)) {
      state[state[kBuffered]++] = buf[i++];
      state[kMissing]--;
    }
    if (state[kMissing] === 0 || i < len || flush) {
      out = utf8Decode(state, 0, state[kBuffered]);
      state[kBuffered] = 0;
      state[kMissing] = 0;
    } else {
      return out;
    }
  }
  let end = len;
  if (!flush) {
    const t = utf8IncompleteTail(buf, i, len, false);
    if (t > 0) {
      end = len - t;
      for (let k = 0; k < t; k++) state[k] = buf[end + k];
      state[kBuffered] = t;
      state[kMissing] = utf8SequenceLength(state[0], false) - t;
    }
  }
  if (end > i) out += utf8Decode(buf, i, end);
  return out;
}

function writeUtf16(state, buf) {
  let out = "";
  let i = 0;
  const len = buf.length;
  if (state[kBuffered] > 0) {
    while (state[kMissing] > 0 && i < len) {
      state[state[kBuffered]++] = buf[i++];
      state[kMissing]--;
    }
    if (state[kMissing] > 0) return "";
    // Completed: decoded as is, even when it is a lone high surrogate.
    out = slice("utf16le", state, 0, state[kBuffered]);
    state[kBuffered] = 0;
  }
  let end = len;
  if ((len - i) % 2 === 1) {
    // Half a code unit: keep the byte.
    end = len - 1;
    state[0] = buf[end];
    state[kBuffered] = 1;
    state[kMissing] = 1;
  } else if (len - i >= 2 && (buf[len - 1] & 0xfc) === 0xd8) {
    // A high surrogate last: wait for its pair.
    end = len - 2;
    state[0] = buf[end];
    state[1] = buf[end + 1];
    state[kBuffered] = 2;
    state[kMissing] = 2;
  }
  if (end > i) out += slice("utf16le", buf, i, end);
  return out;
}

function writeBase64(state, buf, enc) {
  let out = "";
  let i = 0;
  const len = buf.length;
  if (state[kBuffered] > 0) {
    while (state[kMissing] > 0 && i < len) {
      state[state[kBuffered]++] = buf[i++];
      state[kMissing]--;
    }
    if (state[kMissing] > 0) return "";
    out = slice(enc, state, 0, 3);
    state[kBuffered] = 0;
  }
  const rest = (len - i) % 3;
  const end = len - rest;
  if (rest > 0) {
    for (let k = 0; k < rest; k++) state[k] = buf[end + k];
    state[kBuffered] = rest;
    state[kMissing] = 3 - rest;
  }
  if (end > i) out += slice(enc, buf, i, end);
  return out;
}

function decode(self, buf, flush) {
  const state = self[kNativeDecoder];
  const enc = self.encoding;
  switch (enc) {
    case "utf8":
      return writeUtf8(state, buf, flush);
    case "utf16le":
      return writeUtf16(state, buf);
    case "base64":
    case "base64url":
      return writeBase64(state, buf, enc);
    default:
      return buf.length === 0 ? "" : slice(enc, buf, 0, buf.length);
  }
}

function flushState(self) {
  const state = self[kNativeDecoder];
  const n = state[kBuffered];
  let out = "";
  if (n > 0) {
    switch (self.encoding) {
      case "utf8":
        out = utf8Decode(state, 0, n);
        break;
      case "utf16le":
        out = slice("utf16le", state, 0, n & ~1);
        break;
      default:
        out = slice(self.encoding, state, 0, n);
    }
  }
  state[kBuffered] = 0;
  state[kMissing] = 0;
  return out;
}

function checkBuf(buf) {
  if (!ArrayBufferIsView(buf)) throw new ERR_INVALID_ARG_TYPE("buf", ["Buffer", "TypedArray", "DataView"], buf);
  return toUint8(buf);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === "string") return buf;
  return decode(this, checkBuf(buf), false);
};

StringDecoder.prototype.end = function end(buf) {
  let out = "";
  if (buf !== undefined && buf !== null) {
    if (typeof buf === "string") out = buf;
    else out = decode(this, checkBuf(buf), false);
  }
  return out + flushState(this);
};

StringDecoder.prototype.text = function text(buf, offset) {
  const state = this[kNativeDecoder];
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return this.write(TypedArrayPrototypeSubarray(checkBuf(buf), offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return TypedArrayPrototypeSubarray(this[kNativeDecoder], 0, 4);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissing];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBuffered] + this[kNativeDecoder][kMissing];
    },
  },
});

export default { StringDecoder };
