// TextEncoder and TextDecoder (WHATWG Encoding) plus the UTF-8 streaming
// helpers string_decoder shares.
import { primordials } from "ext:core/mod.js";
import {
  op_buffer_encode_into,
  op_buffer_encode_utf8,
  op_buffer_is_utf8,
  op_buffer_latin1_slice,
  op_buffer_ucs2_slice,
  op_buffer_utf8_slice,
} from "ext:core/ops";
import { codes, E } from "ext:host/internal/errors.js";

const {
  ArrayBufferIsView,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  SymbolFor,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSubarray,
} = primordials;

if (codes.ERR_ENCODING_NOT_SUPPORTED === undefined) {
  E("ERR_ENCODING_NOT_SUPPORTED", 'The "%s" encoding is not supported', RangeError);
}
if (codes.ERR_ENCODING_INVALID_ENCODED_DATA === undefined) {
  E("ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding %s", TypeError);
}
const { ERR_ENCODING_NOT_SUPPORTED, ERR_ENCODING_INVALID_ENCODED_DATA, ERR_INVALID_ARG_TYPE, ERR_STRING_TOO_LONG } =
  codes;

const customInspectSymbol = SymbolFor("nodejs.util.inspect.custom");

function checked(s) {
  if (s === null) throw new ERR_STRING_TOO_LONG();
  return s;
}

// ---------------------------------------------------------------------------
// UTF-8 streaming. `strict` follows the WHATWG decoder (an incomplete tail is
// held only while it can still become a valid character); loose mode holds
// any lead byte with continuation bytes after it, as Node's StringDecoder.

export function utf8SequenceLength(lead, strict) {
  if (strict) {
    if (lead >= 0xc2 && lead <= 0xdf) return 2;
    if (lead >= 0xe0 && lead <= 0xef) return 3;
    if (lead >= 0xf0 && lead <= 0xf4) return 4;
    return 0;
  }
  if ((lead & 0xe0) === 0xc0) return 2;
  if ((lead & 0xf0) === 0xe0) return 3;
  if ((lead & 0xf8) === 0xf0) return 4;
  return 0;
}

export function utf8ValidNext(lead, pos, byte, strict) {
  if ((byte & 0xc0) !== 0x80) return false;
  if (!strict || pos !== 1) return true;
  if (lead === 0xe0) return byte >= 0xa0;
  if (lead === 0xed) return byte <= 0x9f;
  if (lead === 0xf0) return byte >= 0x90;
  if (lead === 0xf4) return byte <= 0x8f;
  return true;
}

// Number of trailing bytes of buf[start, end) that start a character the
// chunk does not finish (0 to 3).
export function utf8IncompleteTail(buf, start, end, strict) {
  for (let i = end - 1; i >= start && i >= end - 3; i--) {
    const b = buf[i];
    if ((b & 0xc0) === 0x80) continue;
    const need = utf8SequenceLength(b, strict);
    const have = end - i;
    if (need === 0 || have >= need) return 0;
    for (let j = i + 1; j < end; j++) {
      if (!utf8ValidNext(b, j - i, buf[j], strict)) return 0;
    }
    return have;
  }
  return 0;
}

export function utf8Decode(buf, start, end) {
  return checked(op_buffer_utf8_slice(buf, start, end));
}

// ---------------------------------------------------------------------------
// TextEncoder

function isUint8Array(v) {
  return TypedArrayPrototypeGetSymbolToStringTag(v) === "Uint8Array";
}

const encodeIntoResult = new Uint32Array(2);

export class TextEncoder {
  get encoding() {
    return "utf-8";
  }

  encode(input = "") {
    return new Uint8Array(op_buffer_encode_utf8(`${input}`));
  }

  encodeInto(src, dest) {
    if (typeof src !== "string") throw new ERR_INVALID_ARG_TYPE("src", "string", src);
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE("dest", "Uint8Array", dest);
    op_buffer_encode_into(src, dest, encodeIntoResult);
    return { read: encodeIntoResult[0], written: encodeIntoResult[1] };
  }

  [customInspectSymbol](depth, opts, inspect) {
    const fn = typeof inspect === "function" ? inspect : globalThis[SymbolFor("host.inspect")];
    const obj = { encoding: this.encoding };
    return fn ? fn(obj, opts) : "{ encoding: 'utf-8' }";
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "TextEncoder",
  configurable: true,
});
for (const name of ["encoding", "encode", "encodeInto"]) {
  const desc = Object.getOwnPropertyDescriptor(TextEncoder.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(TextEncoder.prototype, name, desc);
}

// ---------------------------------------------------------------------------
// TextDecoder

const labels = {
  __proto__: null,
  "utf-8": ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"],
  "utf-16le": ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"],
  "utf-16be": ["unicodefffe", "utf-16be"],
  "windows-1252": [
    "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
    "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252",
    "x-cp1252",
  ],
};
const labelMap = new Map();
for (const enc in labels) for (const label of labels[enc]) labelMap.set(label, enc);

function trimAsciiWhitespace(s) {
  let a = 0;
  let b = s.length;
  const ws = (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
  while (a < b && ws(StringPrototypeCharCodeAt(s, a))) a++;
  while (b > a && ws(StringPrototypeCharCodeAt(s, b - 1))) b--;
  return StringPrototypeSlice(s, a, b);
}

export function getEncodingFromLabel(label) {
  return labelMap.get(StringPrototypeToLowerCase(trimAsciiWhitespace(`${label}`)));
}

const win1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d,
  0x17e, 0x178,
];
const kC1 = /[\x80-\x9f]/g;
const c1Replace = (ch) => String.fromCharCode(win1252[StringPrototypeCharCodeAt(ch, 0) - 0x80]);

function invalidInput(input) {
  const err = new TypeError(
    'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
  );
  err.code = "ERR_INVALID_ARG_TYPE";
  return err;
}

function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (ArrayBufferIsView(input)) {
    if (isUint8Array(input)) return input;
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (typeof SharedArrayBuffer === "function" && input instanceof SharedArrayBuffer) return new Uint8Array(input);
  try {
    // ArrayBuffers from another realm.
    ArrayBuffer.prototype.slice.call(input, 0, 0);
    return new Uint8Array(input);
  } catch {
    throw invalidInput(input);
  }
}

const kState = Symbol("kState");
function getState(self) {
  const s = self?.[kState];
  if (s === undefined) throw new codes.ERR_INVALID_THIS("TextDecoder");
  return s;
}

export class TextDecoder {
  constructor(encoding = "utf-8", options = undefined) {
    const label = `${encoding}`;
    const enc = getEncodingFromLabel(label);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(label);
    if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
      throw new ERR_INVALID_ARG_TYPE("options", "object", options);
    }
    this[kState] = {
      encoding: enc,
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
      pending: new Uint8Array(4),
      pendingLen: 0,
      bomChecked: false,
    };
  }

  get encoding() {
    return getState(this).encoding;
  }

  get fatal() {
    return getState(this).fatal;
  }

  get ignoreBOM() {
    return getState(this).ignoreBOM;
  }

  decode(input = undefined, options = undefined) {
    const s = getState(this);
    const bytes = toBytes(input);
    if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
      throw new ERR_INVALID_ARG_TYPE("options", "object", options);
    }
    const stream = Boolean(options?.stream);
    let out;
    switch (s.encoding) {
      case "utf-8":
        out = decodeUtf8(s, bytes, !stream);
        break;
      case "utf-16le":
        out = decodeUtf16(s, bytes, !stream, false);
        break;
      case "utf-16be":
        out = decodeUtf16(s, bytes, !stream, true);
        break;
      default:
        out = checked(op_buffer_latin1_slice(bytes, 0, bytes.length));
        kC1.lastIndex = 0;
        if (kC1.test(out)) out = out.replace(kC1, c1Replace);
        return out;
    }
    if (!s.bomChecked && out.length > 0) {
      s.bomChecked = true;
      if (!s.ignoreBOM && StringPrototypeCharCodeAt(out, 0) === 0xfeff) out = StringPrototypeSlice(out, 1);
    }
    if (!stream) s.bomChecked = false;
    return out;
  }

  [customInspectSymbol](depth, opts, inspect) {
    const fn = typeof inspect === "function" ? inspect : globalThis[SymbolFor("host.inspect")];
    const s = this[kState];
    const obj = { encoding: s.encoding, fatal: s.fatal, ignoreBOM: s.ignoreBOM };
    return `TextDecoder ${fn ? fn(obj, opts) : JSON.stringify(obj)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "TextDecoder",
  configurable: true,
});
for (const name of ["encoding", "fatal", "ignoreBOM", "decode"]) {
  const desc = Object.getOwnPropertyDescriptor(TextDecoder.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(TextDecoder.prototype, name, desc);
}

function fail(s) {
  s.pendingLen = 0;
  s.bomChecked = false;
  throw new ERR_ENCODING_INVALID_ENCODED_DATA(s.encoding);
}

function decodeUtf8(s, buf, flush) {
  let out = "";
  let i = 0;
  const len = buf.length;
  const pending = s.pending;
  if (s.pendingLen > 0) {
    const lead = pending[0];
    const total = utf8SequenceLength(lead, true);
    while (s.pendingLen < total && i < len && utf8ValidNext(lead, s.pendingLen, buf[i], true)) {
      pending[s.pendingLen++] = buf[i++];
    }
    if (s.pendingLen === total) {
      out = utf8Decode(pending, 0, total);
      s.pendingLen = 0;
    } else if (i < len || flush) {
      if (s.fatal) fail(s);
      out = "\ufffd";
      s.pendingLen = 0;
    } else {
      return out;
    }
  }
  let end = len;
  if (!flush) {
    const t = utf8IncompleteTail(buf, i, len, true);
    if (t > 0) {
      end = len - t;
      for (let k = 0; k < t; k++) pending[k] = buf[end + k];
      s.pendingLen = t;
    }
  }
  if (end > i) {
    if (s.fatal && !op_buffer_is_utf8(i === 0 && end === len ? buf : TypedArrayPrototypeSubarray(buf, i, end))) {
      fail(s);
    }
    out += utf8Decode(buf, i, end);
  }
  return out;
}

function decodeUtf16(s, buf, flush, bigEndian) {
  let bytes = buf;
  if (s.pendingLen > 0) {
    bytes = new Uint8Array(s.pendingLen + buf.length);
    bytes.set(TypedArrayPrototypeSubarray(s.pending, 0, s.pendingLen), 0);
    bytes.set(buf, s.pendingLen);
    s.pendingLen = 0;
  } else if (bigEndian) {
    bytes = new Uint8Array(buf);
  }
  let n = bytes.length;
  let end = n & ~1;
  if (bigEndian) {
    if (bytes === buf) bytes = new Uint8Array(buf);
    for (let k = 0; k < end; k += 2) {
      const t = bytes[k];
      bytes[k] = bytes[k + 1];
      bytes[k + 1] = t;
    }
  }
  let str = checked(op_buffer_ucs2_slice(bytes, 0, end));
  let held = 0;
  if (!flush) {
    held = n - end;
    if (str.length > 0) {
      const last = StringPrototypeCharCodeAt(str, str.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        str = StringPrototypeSlice(str, 0, -1);
        held += 2;
      }
    }
    // Keep the held bytes in the original byte order.
    for (let k = 0; k < held; k++) {
      const pos = n - held + k;
      s.pending[k] = bigEndian && pos < end ? bytes[pos ^ 1] : bytes[pos];
    }
    s.pendingLen = held;
  } else if (n !== end) {
    if (s.fatal) fail(s);
    str += "\ufffd";
  }
  if (s.fatal) {
    if (!str.isWellFormed()) fail(s);
    return str;
  }
  return str.toWellFormed();
}

export default { TextEncoder, TextDecoder };
