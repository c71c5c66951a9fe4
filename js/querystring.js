// Node's `querystring`: parse/stringify of application/x-www-form-urlencoded
// style strings with Node's (not WHATWG's) escaping rules.
import { core } from "ext:core/mod.js";
import { E, codes } from "ext:host/internal/errors.js";

if (!codes.ERR_INVALID_URI) E("ERR_INVALID_URI", "URI malformed", URIError);

// Characters left alone by escape(): A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const unreserved = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9\-._~!'()*]/.test(ch)) unreserved[c] = 1;
}
const hex = [];
for (let i = 0; i < 256; i++) hex.push(`%${i < 16 ? "0" : ""}${i.toString(16).toUpperCase()}`);

/** Percent-encode `str` (UTF-8), keeping `keep` characters as they are. */
export function encodeWith(str, keep) {
  let out = "";
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      last = i + 1;
      out += hex[c];
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      last = i + 1;
      out += hex[0xc0 | (c >> 6)] + hex[0x80 | (c & 0x3f)];
      continue;
    }
    if (c < 0xd800 || c >= 0xe000) {
      last = i + 1;
      out += hex[0xe0 | (c >> 12)] + hex[0x80 | ((c >> 6) & 0x3f)] + hex[0x80 | (c & 0x3f)];
      continue;
    }
    // Surrogate pair.
    ++i;
    // Node pairs any following unit with the lead, unchecked.
    if (i >= len) throw new codes.ERR_INVALID_URI();
    const c2 = str.charCodeAt(i);
    last = i + 1;
    c = 0x10000 + (((c & 0x3ff) << 10) | (c2 & 0x3ff));
    out += hex[0xf0 | (c >> 18)] + hex[0x80 | ((c >> 12) & 0x3f)] +
      hex[0x80 | ((c >> 6) & 0x3f)] + hex[0x80 | (c & 0x3f)];
  }
  if (last === 0) return str;
  if (last < len) return out + str.slice(last);
  return out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function toBuffer(bytes) {
  const B = globalThis.Buffer;
  if (typeof B === "function" && typeof B.from === "function") {
    return B.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  return bytes;
}

function unescapeBytes(s, decodeSpaces) {
  const out = new Uint8Array(s.length);
  let n = 0;
  let i = 0;
  const len = s.length;
  while (i < len) {
    let c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
      i++;
      continue;
    }
    if (c === 37 && i < len - 2) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi >= 0 ? hexValue(s.charCodeAt(i + 2)) : -1;
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 3;
        continue;
      }
    }
    out[n++] = c & 0xff;
    i++;
  }
  return n === len ? out : out.subarray(0, n);
}

function unescapeBuffer(s, decodeSpaces) {
  return toBuffer(unescapeBytes(String(s), decodeSpaces));
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return core.decode(unescapeBytes(String(s), decodeSpaces));
  }
}

function qsEscape(str) {
  if (typeof str !== "string") {
    if (typeof str === "object") str = String(str);
    else str += "";
  }
  return encodeWith(str, unreserved);
}

function stringifyValue(v, encode) {
  if (typeof v === "string") return v.length ? encode(v) : "";
  if (typeof v === "number" && Number.isFinite(v)) return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  if (typeof v === "bigint") return `${v}`;
  if (typeof v === "boolean") return v ? "true" : "false";
  return "";
}

function stringify(obj, sep, eq, options) {
  sep ||= "&";
  eq ||= "=";
  let encode = querystring.escape;
  if (options && typeof options.encodeURIComponent === "function") encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== "object") return "";
  const keys = Object.keys(obj);
  let out = "";
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const ks = stringifyValue(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (out) out += sep;
      for (let j = 0; j < v.length; j++) {
        if (j) out += sep;
        out += ks + stringifyValue(v[j], encode);
      }
    } else {
      if (out) out += sep;
      out += ks + stringifyValue(v, encode);
    }
  }
  return out;
}

function decodePart(s, decode, custom) {
  if (s.length === 0) return s;
  if (!custom) {
    // Node only runs the decoder on parts that contain an escape.
    if (s.indexOf("%") === -1) return s;
  }
  try {
    return decode(s);
  } catch {
    return querystring.unescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== "string" || qs.length === 0) return obj;
  sep = sep ? String(sep) : "&";
  eq = eq ? String(eq) : "=";
  let pairs = 1000;
  if (options && typeof options.maxKeys === "number") pairs = options.maxKeys > 0 ? options.maxKeys : 0;
  let decode = querystring.unescape;
  if (options && typeof options.decodeURIComponent === "function") decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;
  let pos = 0;
  const len = qs.length;
  while (pos <= len) {
    let next = qs.indexOf(sep, pos);
    if (next === -1) next = len;
    const piece = qs.slice(pos, next);
    pos = next + sep.length;
    if (piece.length > 0) {
      const at = piece.indexOf(eq);
      let key = at === -1 ? piece : piece.slice(0, at);
      let value = at === -1 ? "" : piece.slice(at + eq.length);
      if (key.indexOf("+") !== -1) key = key.replace(/\+/g, "%20");
      if (value.indexOf("+") !== -1) value = value.replace(/\+/g, "%20");
      key = decodePart(key, decode, custom);
      value = decodePart(value, decode, custom);
      const prev = obj[key];
      if (prev === undefined) obj[key] = value;
      else if (typeof prev === "string") obj[key] = [prev, value];
      else prev.push(value);
    }
    if (--pairs === 0) break;
    if (next === len) break;
  }
  return obj;
}

const querystring = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

export default querystring;
