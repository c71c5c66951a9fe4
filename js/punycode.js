// node:punycode -- RFC 3492 Punycode plus the IDNA helpers toASCII/toUnicode
// and the ucs2 codec. Deprecated (DEP0040): requiring it from code outside
// node_modules prints a warning once (see load()).

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 2147483647;
const DELIMITER = "-";

const SEPARATORS = /[\x2E\u3002\uFF0E\uFF61]/g;
const NON_ASCII = /[^\0-\x7F]/;
const PUNY_PREFIX = /^xn--/;

const ERRORS = {
  "overflow": "Overflow: input needs wider integers to process",
  "not-basic": "Illegal input >= 0x80 (not a basic code point)",
  "invalid-input": "Invalid input",
};

function fail(type) {
  throw new RangeError(ERRORS[type]);
}

function ucs2decode(string) {
  const out = [];
  const len = string.length;
  let i = 0;
  while (i < len) {
    const value = string.charCodeAt(i++);
    if (value >= 0xd800 && value <= 0xdbff && i < len) {
      const next = string.charCodeAt(i++);
      if ((next & 0xfc00) === 0xdc00) {
        out.push(((value & 0x3ff) << 10) + (next & 0x3ff) + 0x10000);
      } else {
        out.push(value);
        i--;
      }
    } else {
      out.push(value);
    }
  }
  return out;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

function basicToDigit(cp) {
  if (cp >= 0x30 && cp < 0x3a) return 26 + (cp - 0x30);
  if (cp >= 0x41 && cp < 0x5b) return cp - 0x41;
  if (cp >= 0x61 && cp < 0x7b) return cp - 0x61;
  return BASE;
}

function digitToBasic(digit) {
  // 0..25 -> a..z, 26..35 -> 0..9
  return digit < 26 ? digit + 97 : digit + 22;
}

function adapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > (((BASE - TMIN) * TMAX) >> 1); k += BASE) {
    delta = Math.floor(delta / (BASE - TMIN));
  }
  return Math.floor(k + ((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

function decode(input) {
  const output = [];
  const inputLength = input.length;
  let i = 0;
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let basic = input.lastIndexOf(DELIMITER);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; ++j) {
    if (input.charCodeAt(j) >= 0x80) fail("not-basic");
    output.push(input.charCodeAt(j));
  }
  for (let index = basic > 0 ? basic + 1 : 0; index < inputLength;) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= inputLength) fail("invalid-input");
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= BASE) fail("invalid-input");
      if (digit > Math.floor((MAX_INT - i) / w)) fail("overflow");
      i += digit * w;
      const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
      if (digit < t) break;
      const baseMinusT = BASE - t;
      if (w > Math.floor(MAX_INT / baseMinusT)) fail("overflow");
      w *= baseMinusT;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > MAX_INT - n) fail("overflow");
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const output = [];
  const codePoints = ucs2decode(input);
  const inputLength = codePoints.length;
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  for (const cp of codePoints) {
    if (cp < 0x80) output.push(String.fromCharCode(cp));
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output.push(DELIMITER);
  while (handled < inputLength) {
    let m = MAX_INT;
    for (const cp of codePoints) {
      if (cp >= n && cp < m) m = cp;
    }
    const plusOne = handled + 1;
    if (m - n > Math.floor((MAX_INT - delta) / plusOne)) fail("overflow");
    delta += (m - n) * plusOne;
    n = m;
    for (const cp of codePoints) {
      if (cp < n && ++delta > MAX_INT) fail("overflow");
      if (cp === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
          if (q < t) break;
          const qMinusT = q - t;
          const baseMinusT = BASE - t;
          output.push(String.fromCharCode(digitToBasic(t + (qMinusT % baseMinusT))));
          q = Math.floor(qMinusT / baseMinusT);
        }
        output.push(String.fromCharCode(digitToBasic(q)));
        bias = adapt(delta, plusOne, handled === basicLength);
        delta = 0;
        ++handled;
      }
    }
    ++delta;
    ++n;
  }
  return output.join("");
}

function mapDomain(domain, fn) {
  const parts = domain.split("@");
  let result = "";
  if (parts.length > 1) {
    result = parts[0] + "@";
    domain = parts[1];
  }
  domain = domain.replace(SEPARATORS, "\x2E");
  return result + domain.split(".").map(fn).join(".");
}

function toUnicode(input) {
  return mapDomain(input, (s) => (PUNY_PREFIX.test(s) ? decode(s.slice(4).toLowerCase()) : s));
}

function toASCII(input) {
  return mapDomain(input, (s) => (NON_ASCII.test(s) ? "xn--" + encode(s) : s));
}

const punycode = {
  version: "2.1.0",
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};

let warned = false;

// True when the first frame outside host's own modules is in node_modules.
function calledFromNodeModules() {
  const stack = new Error().stack?.split("\n") ?? [];
  for (let i = 1; i < stack.length; i++) {
    const line = stack[i];
    if (line.includes("(node:") || line.includes("at node:") || line.includes("ext:")) continue;
    return line.includes("/node_modules/") || line.includes("\\node_modules\\");
  }
  return false;
}

/** What require('punycode') returns; warns once (DEP0040) for user code. */
export function load() {
  const process = globalThis.process;
  if (!warned && process !== undefined && typeof process.emitWarning === "function") {
    // Like Node, only the first load decides (later requires hit the cache).
    warned = true;
    if (!calledFromNodeModules()) {
      process.emitWarning(
        "The `punycode` module is deprecated. Please use a userland alternative instead.",
        "DeprecationWarning",
        "DEP0040",
      );
    }
  }
  return punycode;
}

export default punycode;
