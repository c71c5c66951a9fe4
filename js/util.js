// node:util
import { core } from "ext:core/mod.js";
import { E, codes, errnoName, errnoMessage, errnoMap, errnoException, exceptionWithHostPort } from "ext:host/internal/errors.js";
import {
  validateAbortSignal,
  validateFunction,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
} from "ext:host/internal/validators.js";
import {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
} from "ext:host/internal/util/inspect.js";
import { isDeepStrictEqual } from "ext:host/internal/util/comparisons.js";
import { parseArgs } from "ext:host/internal/util/parse_args.js";
import { signals } from "ext:host/internal/constants.js";
import types from "ext:host/util/types.js";
import { TextDecoder, TextEncoder } from "ext:host/internal/encoding.js";

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_FALSY_VALUE_REJECTION } = codes;

// ---- promisify / callbackify -------------------------------------------------

const kCustomPromisifiedSymbol = Symbol.for("nodejs.util.promisify.custom");
// Modules whose callbacks pass several values (child_process.exec, dns.lookup)
// set this to the names of those values: promisify resolves with an object.
export const customPromisifyArgs = Symbol.for("host.util.promisify.customArgs");

function nullProtoDescriptors(fn) {
  const descriptors = Object.getOwnPropertyDescriptors(fn);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return descriptors;
}

export function promisify(original) {
  validateFunction(original, "original");
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, "util.promisify.custom");
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn,
      enumerable: false,
      writable: false,
      configurable: true,
    });
  }
  const argumentNames = original[customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      if (core.isPromise(Reflect.apply(original, this, args))) {
        globalThis.process.emitWarning(
          "Calling promisify on a function that returns a Promise is likely a mistake.",
          "DeprecationWarning",
          "DEP0174",
        );
      }
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn,
    enumerable: false,
    writable: false,
    configurable: true,
  });
  return Object.defineProperties(fn, nullProtoDescriptors(original));
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION();
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

export function callbackify(original) {
  validateFunction(original, "original");
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, "last argument");
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => globalThis.process.nextTick(cb, null, ret),
      (rej) => globalThis.process.nextTick(callbackifyOnRejected, rej, cb),
    );
  }
  const descriptors = nullProtoDescriptors(original);
  if (typeof descriptors.length.value === "number") descriptors.length.value++;
  if (typeof descriptors.name.value === "string") descriptors.name.value += "Callbackified";
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---- inherits / deprecate / debuglog -------------------------------------------

export function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE("ctor", "Function", ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE("superCtor", "Function", superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE("superCtor.prototype", "Object", superCtor.prototype);
  }
  Object.defineProperty(ctor, "super_", { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();

export function deprecate(fn, msg, code, options) {
  if (code !== undefined) validateString(code, "code");
  const modifyPrototype = options?.modifyPrototype ?? true;
  let warned = false;
  function deprecated(...args) {
    const process = globalThis.process;
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          process.emitWarning(msg, "DeprecationWarning", code, deprecated);
        }
      } else {
        process.emitWarning(msg, "DeprecationWarning", deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  if (modifyPrototype) {
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
  }
  Object.defineProperty(deprecated, "length", { value: fn.length, configurable: true });
  return deprecated;
}

let debugTest;
const debugImpls = { __proto__: null };

function debugEnabled(set) {
  if (debugTest === undefined) {
    const env = globalThis.process.env.NODE_DEBUG;
    if (env) {
      const pattern = env
        .replace(/[|\\{}()[\]^$+?.]/g, "\\$&")
        .replaceAll("*", ".*")
        .replaceAll(",", "$|^");
      const re = new RegExp(`^${pattern}$`, "i");
      debugTest = (s) => re.test(s);
    } else {
      debugTest = () => false;
    }
  }
  return debugTest(set);
}

function shouldColorize(stream) {
  const env = globalThis.process.env;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return false;
  if (!stream?.isTTY) return false;
  return typeof stream.getColorDepth === "function" ? stream.getColorDepth() > 2 : true;
}

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const process = globalThis.process;
      const pid = process.pid;
      if (set === "HTTP" || set === "HTTP2") {
        process.emitWarning(
          `Setting the NODE_DEBUG environment variable to '${set.toLowerCase()}' can expose sensitive data (such as passwords, tokens and authentication headers) in the resulting log.`,
        );
      }
      debugImpls[set] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPID = inspect(pid, { colors });
        process.stderr.write(format("%s %s: %s\n", set, coloredPID, msg));
      };
    } else {
      debugImpls[set] = () => {};
    }
  }
  return debugImpls[set];
}

export function debuglog(set, cb) {
  let enabled;
  function init() {
    set = set.toUpperCase();
    enabled = debugEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === "function") cb(debug);
    debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, "enabled", {
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---- system errors ------------------------------------------------------------

export function getSystemErrorName(err) {
  validateNumber(err, "err");
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE("err", "a negative integer", err);
  return errnoName(err);
}

export function getSystemErrorMessage(err) {
  validateNumber(err, "err");
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE("err", "a negative integer", err);
  return errnoMessage(err);
}

export function getSystemErrorMap() {
  const out = new Map();
  for (const [errno, [name, message]] of errnoMap()) out.set(errno, [name, message]);
  return out;
}

// ---- misc -------------------------------------------------------------------------

export function getCallSites(frameCount = 10, options) {
  if (options === undefined && typeof frameCount === "object" && frameCount !== null) {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) validateObject(options, "options");
  validateNumber(frameCount, "frameCount", 1, 200);
  const holder = {};
  const saved = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites;
  Error.stackTraceLimit = frameCount;
  Error.prepareStackTrace = (_, callSites) => callSites;
  try {
    Error.captureStackTrace(holder, getCallSites);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = saved;
    Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(sites)) return [];
  return sites.slice(0, frameCount).map((site) => {
    let scriptName = site.getScriptNameOrSourceURL?.() ?? site.getFileName() ?? "";
    if (scriptName.startsWith("ext:host/")) scriptName = `node:${scriptName.slice(9).replace(/\.js$/, "")}`;
    return {
      __proto__: null,
      functionName: site.getFunctionName() ?? "",
      scriptId: String(site.getScriptId?.() ?? ""),
      scriptName,
      lineNumber: site.getLineNumber() ?? 0,
      columnNumber: site.getColumnNumber() ?? 0,
      column: site.getColumnNumber() ?? 0,
    };
  });
}

export function styleText(format, text, { validateStream = true, stream = globalThis.process?.stdout } = {}) {
  validateString(text, "text");
  if (validateStream !== undefined && typeof validateStream !== "boolean") {
    throw new ERR_INVALID_ARG_TYPE("options.validateStream", "boolean", validateStream);
  }
  let skipColorize = false;
  if (validateStream) {
    if (!stream || typeof stream.write !== "function") {
      throw new ERR_INVALID_ARG_TYPE("stream", ["ReadableStream", "WritableStream", "Stream"], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  let left = "";
  let right = "";
  for (const key of formats) {
    if (key === "none") continue;
    const code = inspect.colors[key];
    if (code === undefined) {
      validateOneOf(key, "format", Object.getOwnPropertyNames(inspect.colors));
    }
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

export function toUSVString(input) {
  return String(input).toWellFormed();
}

export function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE("signal", "AbortSignal", signal);
  validateAbortSignal(signal, "signal");
  validateObject(resource, "resource", { nullable: false, allowFunction: true, allowArray: true });
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener("abort", () => resolve(), { once: true });
  });
}

export function transferableAbortSignal(signal) {
  if (signal?.constructor?.name !== "AbortSignal") {
    throw new ERR_INVALID_ARG_TYPE("signal", "AbortSignal", signal);
  }
  return signal;
}

export function transferableAbortController() {
  return new globalThis.AbortController();
}

export function convertProcessSignalToExitCode(signalCode) {
  validateString(signalCode, "signalCode");
  const num = signals[signalCode];
  if (num === undefined) validateOneOf(signalCode, "signalCode", Object.keys(signals));
  return 128 + num;
}

// dotenv-style "KEY=value" text -> object, as Node's util.parseEnv.
export function parseEnv(content) {
  validateString(content, "content");
  const out = {};
  const text = content.replace(/\r\n?/g, "\n");
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf("\n", pos);
    if (eol === -1) eol = text.length;
    let line = text.slice(pos, eol);
    pos = eol + 1;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq === -1) continue;
    let key = line.slice(0, eq).trim();
    if (key.startsWith("export ")) key = key.slice(7).trim();
    if (key === "") continue;
    let value = line.slice(eq + 1).trim();
    const q = value[0];
    if (q === '"' || q === "'" || q === "`") {
      let end = value.indexOf(q, 1);
      if (end === -1) {
        // A quoted value may continue over several lines.
        let rest = text.slice(pos - 1);
        const close = rest.indexOf(q, 1);
        const whole = value + rest;
        const closeAt = value.length + close;
        if (close !== -1) {
          value = whole.slice(1, closeAt);
          let next = text.indexOf("\n", pos - 1 + close);
          pos = next === -1 ? text.length : next + 1;
          if (q === '"') value = value.replace(/\\n/g, "\n");
          out[key] = value;
          continue;
        }
        end = -1;
      }
      if (end !== -1) {
        value = value.slice(1, end);
        if (q === '"') value = value.replace(/\\n/g, "\n");
        out[key] = value;
        continue;
      }
    }
    const hash = value.indexOf("#");
    if (hash !== -1) value = value.slice(0, hash).trim();
    out[key] = value;
  }
  return out;
}

function _extend(target, source) {
  if (source === null || typeof source !== "object") return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function _errnoException(err, syscall, original) {
  return errnoException(err, syscall, original);
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  return exceptionWithHostPort(err, syscall, address, port, additional);
}

// ---- diff -------------------------------------------------------------------------

// Myers' shortest edit script between two sequences; entries are
// [op, value] with 1 for an item only in `actual`, -1 for one only in
// `expected` and 0 for a shared item.
function myersDiff(actual, expected) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const off = k + max;
      let x = k === -d || (k !== d && v[off - 1] < v[off + 1]) ? v[off + 1] : v[off - 1] + 1;
      let y = x - k;
      while (x < n && y < m && actual[x] === expected[y]) {
        x++;
        y++;
      }
      v[off] = x;
      if (x >= n && y >= m) return backtrackDiff(trace, actual, expected);
    }
  }
  return [];
}

function backtrackDiff(trace, actual, expected) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const result = [];
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const off = k + max;
    const prevK = k === -d || (k !== d && v[off - 1] < v[off + 1]) ? k + 1 : k - 1;
    const prevX = v[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      result.push([0, actual[x - 1]]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        result.push([1, actual[x - 1]]);
        x--;
      } else {
        result.push([-1, expected[y - 1]]);
        y--;
      }
    }
  }
  return result.reverse();
}

export function diff(actual, expected) {
  if (typeof actual !== "string" && !Array.isArray(actual)) {
    throw new ERR_INVALID_ARG_TYPE("actual", ["string", "Array"], actual);
  }
  if (typeof expected !== "string" && !Array.isArray(expected)) {
    throw new ERR_INVALID_ARG_TYPE("expected", ["string", "Array"], expected);
  }
  if (actual === expected) return [];
  return myersDiff(actual, expected);
}

// ---- MIMEType -----------------------------------------------------------------------

const httpTokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const quotedStringRe = /^[\t\u0020-\u007e\u0080-\u00ff]*$/;

E("ERR_INVALID_MIME_SYNTAX", (production, str, invalidIndex) => {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : "";
  return `The MIME syntax for a ${production} in "${str}" is invalid${at}`;
}, TypeError);

function mimeError(what, value, part, index) {
  if (index === undefined) {
    index = -1;
    if (part !== undefined && part.length > 0) index = part.search(/[^!#$%&'*+\-.^_`|~0-9A-Za-z]/);
  }
  return new codes.ERR_INVALID_MIME_SYNTAX(what, value, index);
}

export class MIMEParams {
  #data = new Map();
  delete(name) {
    this.#data.delete(name);
  }
  get(name) {
    const v = this.#data.get(`${name}`);
    return v === undefined ? null : v;
  }
  has(name) {
    return this.#data.has(`${name}`);
  }
  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    if (name.length === 0 || !httpTokenRe.test(name)) throw mimeError("parameter name", name, name);
    if (!quotedStringRe.test(value)) {
      throw mimeError("parameter value", value, undefined, value.search(/[^\t\u0020-\u007e\u0080-\u00ff]/));
    }
    this.#data.set(name, value);
  }
  *entries() {
    yield* this.#data.entries();
  }
  *keys() {
    yield* this.#data.keys();
  }
  *values() {
    yield* this.#data.values();
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  toString() {
    let out = "";
    for (const [k, v] of this.#data) {
      if (out) out += ";";
      out += `${k}=`;
      if (v.length === 0 || !httpTokenRe.test(v)) out += `"${v.replace(/(["\\])/g, "\\$1")}"`;
      else out += v;
    }
    return out;
  }
  toJSON() {
    return this.toString();
  }
  static _parse(params, str) {
    let pos = 0;
    while (pos < str.length) {
      while (pos < str.length && /[\t\n\r ]/.test(str[pos])) pos++;
      let nameEnd = pos;
      while (nameEnd < str.length && str[nameEnd] !== ";" && str[nameEnd] !== "=") nameEnd++;
      const name = str.slice(pos, nameEnd).toLowerCase();
      pos = nameEnd;
      if (str[pos] === ";") {
        pos++;
        continue;
      }
      pos++;
      let value = "";
      if (str[pos] === '"') {
        pos++;
        while (pos < str.length) {
          const c = str[pos];
          if (c === "\\") {
            pos++;
            if (pos < str.length) value += str[pos++];
            else value += "\\";
          } else if (c === '"') {
            pos++;
            break;
          } else {
            value += c;
            pos++;
          }
        }
        while (pos < str.length && str[pos] !== ";") pos++;
        pos++;
      } else {
        let end = str.indexOf(";", pos);
        if (end === -1) end = str.length;
        value = str.slice(pos, end).replace(/[\t\n\r ]+$/, "");
        pos = end + 1;
        if (value === "") continue;
      }
      if (name.length > 0 && httpTokenRe.test(name) && quotedStringRe.test(value) && !params.has(name)) {
        params.set(name, value);
      }
    }
  }
}

export class MIMEType {
  #type;
  #subtype;
  #params;
  constructor(string) {
    string = `${string}`;
    const trimmed = string.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
    const slash = trimmed.indexOf("/");
    const type = slash === -1 ? trimmed : trimmed.slice(0, slash);
    if (slash === -1 || type.length === 0 || !httpTokenRe.test(type)) throw mimeError("type", string, type);
    let semi = trimmed.indexOf(";", slash + 1);
    if (semi === -1) semi = trimmed.length;
    const subtype = trimmed.slice(slash + 1, semi).replace(/[\t\n\r ]+$/, "");
    if (subtype.length === 0 || !httpTokenRe.test(subtype)) throw mimeError("subtype", string, subtype);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    this.#params = new MIMEParams();
    MIMEParams._parse(this.#params, trimmed.slice(semi + 1));
  }
  get type() {
    return this.#type;
  }
  set type(v) {
    v = `${v}`;
    if (v.length === 0 || !httpTokenRe.test(v)) throw mimeError("type", v, v);
    this.#type = v.toLowerCase();
  }
  get subtype() {
    return this.#subtype;
  }
  set subtype(v) {
    v = `${v}`;
    if (v.length === 0 || !httpTokenRe.test(v)) throw mimeError("subtype", v, v);
    this.#subtype = v.toLowerCase();
  }
  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }
  get params() {
    return this.#params;
  }
  toString() {
    const p = this.#params.toString();
    return p ? `${this.essence};${p}` : this.essence;
  }
  toJSON() {
    return this.toString();
  }
}

// ---- the module object -----------------------------------------------------------

const util = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(_extend, "The `util._extend` API is deprecated. Please use Object.assign() instead.", "DEP0060"),
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(
    (arg) => Array.isArray(arg),
    "The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.",
    "DEP0044",
  ),
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs,
  TextDecoder,
  TextEncoder,
  MIMEType,
  MIMEParams,
  diff,
  setTraceSigInt(enable) {
    if (typeof enable !== "boolean") throw new ERR_INVALID_ARG_TYPE("enable", "boolean", enable);
  },
};
Object.defineProperty(util._extend, "name", { value: "_extend" });
Object.defineProperty(util.isArray, "name", { value: "isArray" });

void ERR_INVALID_ARG_VALUE;

export { format, formatWithOptions, inspect, isDeepStrictEqual, parseArgs, stripVTControlCharacters, types };
export default util;
