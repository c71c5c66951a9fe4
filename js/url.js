// Node's `url`: the WHATWG URL and URLSearchParams classes (parsing in Rust,
// ops/src/url.rs), the legacy url.parse/format/resolve API and the file URL
// helpers.
import {
  op_url_domain_to_ascii,
  op_url_domain_to_unicode,
  op_url_origin,
  op_url_parse,
  op_url_parse_search_params,
  op_url_parse_with_base,
  op_url_set,
  op_url_take_serialization,
} from "ext:core/ops";
import { E, codes } from "ext:host/internal/errors.js";
import { inspect as utilInspect } from "ext:host/util.js";
import querystring, { encodeWith } from "ext:host/querystring.js";
import path from "ext:host/path.js";
import { URLPattern, setURLClass } from "ext:host/internal/url_pattern.js";

const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH,
  ERR_INVALID_THIS,
  ERR_INVALID_URL_SCHEME,
  ERR_MISSING_ARGS,
} = codes;

if (!codes.ERR_ARG_NOT_ITERABLE) E("ERR_ARG_NOT_ITERABLE", "%s must be iterable", TypeError);
if (!codes.ERR_INVALID_TUPLE) E("ERR_INVALID_TUPLE", "%s must be an iterable %s tuple", TypeError);

const kInspect = Symbol.for("nodejs.util.inspect.custom");

function invalidUrl(input, base) {
  const err = new codes.ERR_INVALID_URL();
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function toUSV(value) {
  return `${value}`.toWellFormed();
}

// ------------------------------------------------------------ offsets

// Indices into the offsets buffer filled by the parse ops.
const AFTER_SCHEME = 0;
const BEFORE_USERNAME = 1;
const AFTER_USERNAME = 2;
const BEFORE_PASSWORD = 3;
const AFTER_PASSWORD = 4;
const BEFORE_HOST = 5;
const AFTER_HOST = 6;
const BEFORE_PORT = 7;
const AFTER_PORT = 8;
const BEFORE_PATH = 9;
const AFTER_PATH = 10;
const BEFORE_QUERY = 11;
const AFTER_QUERY = 12;
const BEFORE_FRAGMENT = 13;
const N_OFFSETS = 14;

const ST_OK = 0;
const ST_CHANGED = 1;

const SET_HREF = 0;
const SET_PROTOCOL = 1;
const SET_USERNAME = 2;
const SET_PASSWORD = 3;
const SET_HOST = 4;
const SET_HOSTNAME = 5;
const SET_PORT = 6;
const SET_PATHNAME = 7;
const SET_SEARCH = 8;
const SET_HASH = 9;

// Scratch buffer for ops; copied into each URL.
const scratch = new Uint32Array(N_OFFSETS);

// A plain array is cheaper to create per URL than a typed array.
function copyOffsets() {
  const s = scratch;
  return [s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11], s[12], s[13]];
}

function parseRaw(input, base) {
  const status = base === undefined
    ? op_url_parse(input, scratch)
    : op_url_parse_with_base(input, base, scratch);
  if (status === ST_OK) return input;
  if (status === ST_CHANGED) return op_url_take_serialization();
  return null;
}

// ------------------------------------------------------------ URLSearchParams

// Bytes kept as-is by the application/x-www-form-urlencoded serializer.
const formKeep = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (/[A-Za-z0-9*\-._]/.test(String.fromCharCode(c))) formKeep[c] = 1;
}

function formEncode(s) {
  return encodeWith(s, formKeep).replace(/%20/g, "+");
}

function serializeParams(list) {
  let out = "";
  for (let i = 0; i < list.length; i += 2) {
    if (i) out += "&";
    out += `${formEncode(list[i])}=${formEncode(list[i + 1])}`;
  }
  return out;
}

function parseParams(s) {
  if (s.length === 0) return [];
  // Nothing to decode: split in JS and skip the op.
  if (s.indexOf("%") === -1 && s.indexOf("+") === -1) {
    const out = [];
    let start = 0;
    const len = s.length;
    while (start <= len) {
      let end = s.indexOf("&", start);
      if (end === -1) end = len;
      if (end > start) {
        const eq = s.indexOf("=", start);
        if (eq === -1 || eq >= end) out.push(s.slice(start, end), "");
        else out.push(s.slice(start, eq), s.slice(eq + 1, end));
      }
      start = end + 1;
    }
    return out;
  }
  return op_url_parse_search_params(s);
}

let paramsList;
let paramsSetList;
let paramsAttach;
let urlUpdateFromParams;

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined) {
      // empty
    } else if ((typeof init === "object" && init !== null) || typeof init === "function") {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== "function") throw new codes.ERR_ARG_NOT_ITERABLE("Query pairs");
        const list = [];
        for (const pair of init) {
          if ((typeof pair !== "object" && typeof pair !== "function") || pair === null ||
              typeof pair[Symbol.iterator] !== "function") {
            throw new codes.ERR_INVALID_TUPLE("Each query pair", "[name, value]");
          }
          const arr = Array.from(pair);
          if (arr.length !== 2) throw new codes.ERR_INVALID_TUPLE("Each query pair", "[name, value]");
          list.push(toUSV(arr[0]), toUSV(arr[1]));
        }
        this.#list = list;
      } else {
        const list = [];
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const k = toUSV(key);
          const v = toUSV(init[key]);
          const at = seen.get(k);
          if (at !== undefined) {
            list[at + 1] = v;
          } else {
            seen.set(k, list.length);
            list.push(k, v);
          }
        }
        this.#list = list;
      }
    } else {
      let s = toUSV(init);
      if (s.charCodeAt(0) === 63) s = s.slice(1);
      this.#list = parseParams(s);
    }
  }

  static {
    paramsList = (p) => p.#list;
    paramsSetList = (p, list) => {
      p.#list = list;
    };
    paramsAttach = (p, url) => {
      p.#url = url;
    };
  }

  #update() {
    if (this.#url !== null) urlUpdateFromParams(this.#url, serializeParams(this.#list));
  }

  get size() {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    if (arguments.length < 2) throw new ERR_MISSING_ARGS("name", "value");
    this.#list.push(toUSV(name), toUSV(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    if (arguments.length < 1) throw new ERR_MISSING_ARGS("name");
    const list = this.#list;
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    if (arguments.length < 1) throw new ERR_MISSING_ARGS("name");
    const list = this.#list;
    name = toUSV(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    if (arguments.length < 1) throw new ERR_MISSING_ARGS("name");
    const list = this.#list;
    const out = [];
    name = toUSV(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    if (arguments.length < 1) throw new ERR_MISSING_ARGS("name");
    const list = this.#list;
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    if (arguments.length < 2) throw new ERR_MISSING_ARGS("name", "value");
    const list = this.#list;
    name = toUSV(name);
    value = toUSV(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; compare by UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    return createIterator(this, "key+value");
  }

  forEach(callback, thisArg = undefined) {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    if (typeof callback !== "function") throw new ERR_INVALID_ARG_TYPE("callback", "Function", callback);
    let list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this.#list;
    }
  }

  keys() {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    return createIterator(this, "key");
  }

  values() {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    return createIterator(this, "value");
  }

  toString() {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    return serializeParams(this.#list);
  }

  [kInspect](depth, options, inspect) {
    if (!(#list in this)) throw new ERR_INVALID_THIS("URLSearchParams");
    if (typeof depth === "number" && depth < 0) return "[Object]";
    inspect = typeof inspect === "function" ? inspect : utilInspect;
    const inner = { ...options };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const list = this.#list;
    const parts = [];
    for (let i = 0; i < list.length; i += 2) {
      parts.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    }
    const name = this.constructor?.name ?? "URLSearchParams";
    return formatEntries(name, parts, options);
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries,
  writable: true,
  configurable: true,
  enumerable: false,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: "URLSearchParams",
  configurable: true,
});
for (const name of ["append", "delete", "get", "getAll", "has", "set", "size", "sort", "entries", "forEach",
  "keys", "values", "toString"]) {
  const desc = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, name, desc);
}

function stripColors(s) {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[\d\d?m/g, "");
}

function formatEntries(name, parts, options, emptyText = "{}") {
  const sepLen = 2;
  let length = -sepLen;
  for (const p of parts) length += stripColors(p).length + sepLen;
  const breakLength = options?.breakLength ?? 80;
  if (length > breakLength) return `${name} {\n  ${parts.join(",\n  ")} }`;
  if (parts.length) return `${name} { ${parts.join(", ")} }`;
  return `${name} ${emptyText}`;
}

// The URLSearchParams iterator: live over the list, like Node's.
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const kIterTarget = Symbol("target");
const kIterKind = Symbol("kind");
const kIterIndex = Symbol("index");

const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      if (typeof this !== "object" || this === null || !(kIterTarget in this)) {
        throw new ERR_INVALID_THIS("URLSearchParamsIterator");
      }
      const list = paramsList(this[kIterTarget]);
      const index = this[kIterIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIterIndex] = index + 2;
      const kind = this[kIterKind];
      const value = kind === "key" ? list[index] : kind === "value" ? list[index + 1] : [list[index], list[index + 1]];
      return { value, done: false };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  [kInspect]: {
    value: function (depth, options, inspect) {
      if (typeof this !== "object" || this === null || !(kIterTarget in this)) {
        throw new ERR_INVALID_THIS("URLSearchParamsIterator");
      }
      if (typeof depth === "number" && depth < 0) return "[Object]";
      inspect = typeof inspect === "function" ? inspect : utilInspect;
      const inner = { ...options };
      if (depth !== null && depth !== undefined) inner.depth = depth - 1;
      const list = paramsList(this[kIterTarget]);
      const kind = this[kIterKind];
      const parts = [];
      for (let i = this[kIterIndex]; i < list.length; i += 2) {
        const v = kind === "key" ? list[i] : kind === "value" ? list[i + 1] : [list[i], list[i + 1]];
        parts.push(inspect(v, inner));
      }
      // An exhausted iterator prints with two spaces, as Node's does.
      return formatEntries("URLSearchParams Iterator", parts, options, "{  }");
    },
    writable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: "URLSearchParams Iterator", configurable: true },
});

function createIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  Object.defineProperty(it, kIterTarget, { value: target });
  Object.defineProperty(it, kIterKind, { value: kind });
  Object.defineProperty(it, kIterIndex, { value: 0, writable: true });
  return it;
}

// ------------------------------------------------------------ URL

let urlHref;
let urlOffsets;
let isURLObject;

class URL {
  #context = "";
  #offsets = null;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("url");
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    const href = parseRaw(input, base);
    if (href === null) throw invalidUrl(input, base);
    this.#context = href;
    this.#offsets = copyOffsets();
  }

  static {
    urlHref = (u) => u.#context;
    urlOffsets = (u) => u.#offsets;
    isURLObject = (u) => typeof u === "object" && u !== null && #context in u;
    urlUpdateFromParams = (u, serialized) => {
      u.#apply(SET_SEARCH, serialized === "" ? "" : `?${serialized}`, false);
    };
  }

  // Run a setter op; returns false when the setter refused the value.
  #apply(kind, value, refreshParams) {
    const status = op_url_set(this.#context, kind, value, scratch);
    if (status === ST_OK) {
      this.#offsets = copyOffsets();
    } else if (status === ST_CHANGED) {
      this.#context = op_url_take_serialization();
      this.#offsets = copyOffsets();
    } else {
      return false;
    }
    if (refreshParams && this.#searchParams !== null) {
      paramsSetList(this.#searchParams, parseParams(this.#rawQuery()));
    }
    return true;
  }

  #slice(from, to) {
    return this.#context.slice(this.#offsets[from], this.#offsets[to]);
  }

  #rawQuery() {
    return this.#slice(BEFORE_QUERY, AFTER_QUERY);
  }

  // Brand check through a private method, as V8 words it for Node's URL.
  #check() {}

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("url");
    try {
      return new URL(url, base);
    } catch {
      return null;
    }
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("url");
    url = toUSV(url);
    if (base !== undefined) base = toUSV(base);
    return parseRaw(url, base) !== null;
  }

  [kInspect](depth, options, inspect) {
    if (typeof depth === "number" && depth < 0) return this;
    inspect = typeof inspect === "function" ? inspect : utilInspect;
    const obj = {};
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    const name = this.constructor?.name ?? "URL";
    return `${name} ${inspect(obj, options)}`;
  }

  toString() {
    this.#check();
    return this.#context;
  }

  get href() {
    this.#check();
    return this.#context;
  }

  set href(value) {
    void this.#context;
    value = toUSV(value);
    if (!this.#apply(SET_HREF, value, true)) throw invalidUrl(value);
  }

  get origin() {
    void this.#context;
    const scheme = this.#context.slice(0, this.#offsets[AFTER_SCHEME]);
    switch (scheme) {
      case "http":
      case "https":
      case "ws":
      case "wss":
      case "ftp":
        return `${scheme}://${this.host}`;
      case "blob":
        return op_url_origin(this.#context);
      default:
        return "null";
    }
  }

  get protocol() {
    void this.#context;
    return this.#context.slice(0, this.#offsets[AFTER_SCHEME] + 1);
  }

  set protocol(value) {
    void this.#context;
    this.#apply(SET_PROTOCOL, toUSV(value), false);
  }

  get username() {
    void this.#context;
    return this.#slice(BEFORE_USERNAME, AFTER_USERNAME);
  }

  set username(value) {
    void this.#context;
    this.#apply(SET_USERNAME, toUSV(value), false);
  }

  get password() {
    void this.#context;
    return this.#slice(BEFORE_PASSWORD, AFTER_PASSWORD);
  }

  set password(value) {
    void this.#context;
    this.#apply(SET_PASSWORD, toUSV(value), false);
  }

  get host() {
    void this.#context;
    const hostname = this.#slice(BEFORE_HOST, AFTER_HOST);
    const port = this.#slice(BEFORE_PORT, AFTER_PORT);
    return port ? `${hostname}:${port}` : hostname;
  }

  set host(value) {
    void this.#context;
    this.#apply(SET_HOST, toUSV(value), false);
  }

  get hostname() {
    void this.#context;
    return this.#slice(BEFORE_HOST, AFTER_HOST);
  }

  set hostname(value) {
    void this.#context;
    this.#apply(SET_HOSTNAME, toUSV(value), false);
  }

  get port() {
    void this.#context;
    return this.#slice(BEFORE_PORT, AFTER_PORT);
  }

  set port(value) {
    void this.#context;
    this.#apply(SET_PORT, toUSV(value), false);
  }

  get pathname() {
    void this.#context;
    return this.#slice(BEFORE_PATH, AFTER_PATH);
  }

  set pathname(value) {
    void this.#context;
    this.#apply(SET_PATHNAME, toUSV(value), false);
  }

  get search() {
    this.#check();
    const q = this.#rawQuery();
    return q ? `?${q}` : "";
  }

  set search(value) {
    void this.#context;
    this.#apply(SET_SEARCH, toUSV(value), true);
  }

  get searchParams() {
    void this.#searchParams;
    if (this.#searchParams === null) {
      const params = new URLSearchParams();
      paramsSetList(params, parseParams(this.#rawQuery()));
      paramsAttach(params, this);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    void this.#context;
    const h = this.#context.slice(this.#offsets[BEFORE_FRAGMENT]);
    return h ? `#${h}` : "";
  }

  set hash(value) {
    void this.#context;
    this.#apply(SET_HASH, toUSV(value), false);
  }

  toJSON() {
    this.#check();
    return this.#context;
  }

  static createObjectURL(obj) {
    const Blob = globalThis.Blob;
    if (typeof Blob !== "function" || !(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE("obj", "Blob", obj);
    const id = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`;
    const url = `blob:nodedata:${id}`;
    blobStore.set(url, obj);
    return url;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("url");
    blobStore.delete(`${url}`);
  }
}

const blobStore = new Map();

for (const name of ["toString", "href", "origin", "protocol", "username", "password", "host", "hostname", "port",
  "pathname", "search", "searchParams", "hash", "toJSON"]) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, name, desc);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: "URL", configurable: true });
for (const name of ["parse", "canParse", "createObjectURL", "revokeObjectURL"]) {
  const desc = Object.getOwnPropertyDescriptor(URL, name);
  desc.enumerable = true;
  Object.defineProperty(URL, name, desc);
}

function isURL(value) {
  return isURLObject(value) || (typeof value === "object" && value !== null &&
    typeof value.href === "string" && typeof value.protocol === "string" &&
    value.auth === undefined && value.path === undefined);
}

// ------------------------------------------------------------ URLPattern

setURLClass(URL);

// ------------------------------------------------------------ domains

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS("domain");
  return op_url_domain_to_ascii(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS("domain");
  return op_url_domain_to_unicode(`${domain}`);
}

// ------------------------------------------------------------ file URLs

function isWindowsDefault() {
  return globalThis.process?.platform === "win32";
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? isWindowsDefault();
  if (typeof path === "string") path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE("path", ["string", "URL"], path);
  if (path.protocol !== "file:") throw new ERR_INVALID_URL_SCHEME("file");
  return windows ? windowsPathFromURL(path) : posixPathFromURL(path);
}

function posixPathFromURL(url) {
  if (url.hostname !== "") {
    throw new ERR_INVALID_FILE_URL_HOST(globalThis.process?.platform ?? "linux");
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === "%") {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === "2" && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH("must not include encoded / characters");
      }
    }
  }
  return decodeURIComponent(pathname);
}

function windowsPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === "%") {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === "2" && third === 102) || (pathname[n + 1] === "5" && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH("must not include encoded \\ or / characters");
      }
    }
  }
  pathname = pathname.replace(/\//g, "\\");
  pathname = decodeURIComponent(pathname);
  if (hostname !== "") return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 97 || letter > 122 || sep !== ":") throw new ERR_INVALID_FILE_URL_PATH("must be absolute");
  return pathname.slice(1);
}

function fileURLToPathBuffer(url, options = undefined) {
  const p = fileURLToPath(url, options);
  const B = globalThis.Buffer;
  return typeof B === "function" ? B.from(p) : new TextEncoder().encode(p);
}

function encodePathChars(p) {
  return encodeURI(p.toWellFormed()).replace(/[?#~]/g, (c) => (c === "?" ? "%3F" : c === "#" ? "%23" : "%7E"));
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? isWindowsDefault();
  if (typeof filepath !== "string") throw new ERR_INVALID_ARG_TYPE("path", "string", filepath);
  if (windows) {
    if (filepath.startsWith("\\\\") || filepath.startsWith("//")) {
      // UNC path: \\server\share\rest
      const rest = filepath.slice(2).replace(/\\/g, "/");
      const slash = rest.indexOf("/");
      if (slash <= 0) {
        throw new ERR_INVALID_ARG_VALUE("path", filepath, "Missing UNC resource path");
      }
      const host = rest.slice(0, slash);
      const outURL = new URL(`file://${host}/`);
      outURL.pathname = encodePathChars(rest.slice(slash + 1)).replace(/%5C/g, "/");
      return outURL;
    }
    let resolved = path.win32.resolve(filepath);
    const last = filepath.charCodeAt(filepath.length - 1);
    if ((last === 47 || last === 92) && resolved[resolved.length - 1] !== "\\") resolved += "\\";
    return new URL(`file:///${encodePathChars(resolved).replace(/%5C/g, "/")}`);
  }
  let resolved = path.posix.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== "/") resolved += "/";
  return new URL(`file://${encodePathChars(resolved)}`);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === "[" ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ""}${search || ""}`,
    href: url.href,
  };
  if (port !== "") options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

// ------------------------------------------------------------ legacy API

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const hostlessProtocol = new Set(["javascript", "javascript:"]);
const slashedProtocol = new Set(["http", "http:", "https", "https:", "ftp", "ftp:", "gopher", "gopher:",
  "file", "file:", "ws", "ws:", "wss", "wss:"]);
const unsafeProtocol = new Set(["javascript", "javascript:"]);
const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
const hostnameMaxLen = 255;

const autoEscape = {
  9: "%09", 10: "%0A", 13: "%0D", 32: "%20", 34: "%22", 39: "%27", 60: "%3C", 62: "%3E",
  92: "%5C", 94: "%5E", 96: "%60", 123: "%7B", 124: "%7C", 125: "%7D",
};

function isLegacyWhitespace(c) {
  return c <= 32 || c === 160 || c === 65279;
}

let warnedParse = false;
let warnedPort = false;
function warnParse() {
  if (warnedParse) return;
  warnedParse = true;
  const proc = globalThis.process;
  if (proc && typeof proc.emitWarning === "function") {
    proc.emitWarning(
      "`url.parse()` behavior is not standardized and prone to errors that have security implications. " +
        "Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.",
      "DeprecationWarning",
      "DEP0169",
    );
  }
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// Characters that end the hostname of a legacy URL (the rest moves to the path).
const hostSplitChars = new Set([32, 34, 35, 37, 39, 47, 58, 59, 60, 62, 63, 92, 94, 96, 123, 124, 125]);

function isValidHostChar(c) {
  return !hostSplitChars.has(c);
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== "string") throw new ERR_INVALID_ARG_TYPE("url", "string", url);

  // Trim whitespace; turn backslashes before the query/hash into slashes.
  let hasHash = false;
  let hasAt = false;
  let start = -1;
  let end = -1;
  let rest = "";
  let lastPos = 0;
  for (let i = 0, inWs = false, split = false; i < url.length; ++i) {
    const code = url.charCodeAt(i);
    const isWs = isLegacyWhitespace(code);
    if (start === -1) {
      if (isWs) continue;
      lastPos = start = i;
    } else if (inWs) {
      if (!isWs) {
        end = -1;
        inWs = false;
      }
    } else if (isWs) {
      end = i;
      inWs = true;
    }
    if (!split) {
      switch (code) {
        case 64:
          hasAt = true;
          break;
        case 35:
          hasHash = true;
        // falls through
        case 63:
          split = true;
          break;
        case 92:
          if (i - lastPos > 0) rest += url.slice(lastPos, i);
          rest += "/";
          lastPos = i + 1;
          break;
      }
    } else if (!hasHash && code === 35) {
      hasHash = true;
    }
  }
  void hasAt;
  if (start !== -1) {
    if (lastPos === start) {
      if (end === -1) {
        if (start === 0) rest = url;
        else rest = url.slice(start);
      } else {
        rest = url.slice(start, end);
      }
    } else if (end === -1 && lastPos < url.length) {
      rest += url.slice(lastPos);
    } else if (end !== -1 && lastPos < end) {
      rest += url.slice(lastPos, end);
    }
  }

  if (!slashesDenoteHost && !hasHash) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto = "";
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    let hostEnd = -1;
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length; ++i) {
      switch (rest.charCodeAt(i)) {
        case 32: case 34: case 37: case 39: case 59:
        case 60: case 62: case 92: case 94: case 96: case 123: case 124: case 125:
          if (nonHost === -1) nonHost = i;
          break;
        case 35: case 47: case 63:
          if (nonHost === -1) nonHost = i;
          hostEnd = i;
          break;
        case 64:
          atSign = i;
          nonHost = -1;
          break;
      }
      if (hostEnd !== -1) break;
    }
    start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = "";
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }

    // Tabs and newlines inside the host are dropped.
    if (/[\t\n\r]/.test(this.host)) this.host = this.host.replace(/[\t\n\r]/g, "");
    this.parseHost();

    if (typeof this.hostname !== "string") this.hostname = "";
    const hostname = this.hostname;
    const ipv6Hostname = hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;

    if (!ipv6Hostname) {
      for (let i = 0; i < hostname.length; ++i) {
        const code = hostname.charCodeAt(i);
        if (!isValidHostChar(code)) {
          if (code === 58 && !warnedPort) {
            warnedPort = true;
            globalThis.process?.emitWarning?.(
              `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
              "DeprecationWarning",
              "DEP0170",
            );
          }
          this.hostname = hostname.slice(0, i);
          rest = `/${hostname.slice(i)}${rest}`;
          break;
        }
      }
    }

    if (this.hostname.length > hostnameMaxLen) this.hostname = "";
    else this.hostname = this.hostname.toLowerCase();

    if (this.hostname !== "") {
      if (ipv6Hostname) {
        if (forbiddenHostCharsIpv6.test(this.hostname)) throw invalidUrl(url);
      } else {
        // eslint-disable-next-line no-control-regex
        if (/[^\x00-\x7f]/.test(this.hostname)) this.hostname = op_url_domain_to_ascii(this.hostname);
        if (forbiddenHostChars.test(this.hostname)) throw invalidUrl(url);
      }
    }

    const p = this.port ? `:${this.port}` : "";
    const h = this.hostname || "";
    this.host = h + p;

    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== "/") rest = `/${rest}`;
    }
  }

  if (!unsafeProtocol.has(lowerProto)) {
    let escaped = "";
    let last = 0;
    for (let i = 0; i < rest.length; ++i) {
      const e = autoEscape[rest.charCodeAt(i)];
      if (e) {
        if (i > last) escaped += rest.slice(last, i);
        escaped += e;
        last = i + 1;
      }
    }
    if (last > 0) {
      if (last !== rest.length) rest = escaped + rest.slice(last);
      else rest = escaped;
    }
  }

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; ++i) {
    const code = rest.charCodeAt(i);
    if (code === 35) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (code === 63 && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    if (hashIdx === -1) {
      this.search = rest.slice(questionIdx);
      this.query = rest.slice(questionIdx + 1);
    } else {
      this.search = rest.slice(questionIdx, hashIdx);
      this.query = rest.slice(questionIdx + 1, hashIdx);
    }
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const useQuestionIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
  const firstIdx = useQuestionIdx ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = "/";

  if (this.pathname || this.search) {
    const p = this.pathname || "";
    const s = this.search || "";
    this.path = p + s;
  }

  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ":") this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

// Characters left alone in the auth part of a formatted legacy URL.
const authKeep = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (/[A-Za-z0-9\-._~!$&'()*+,;=:]/.test(String.fromCharCode(c))) authKeep[c] = 1;
}

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
}

Url.prototype.format = function format() {
  let auth = this.auth || "";
  if (auth) {
    auth = encodeWith(auth, authKeep);
    auth += "@";
  }
  let protocol = this.protocol || "";
  let pathname = this.pathname || "";
  let hash = this.hash || "";
  let host = "";
  let query = "";
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(":") && !isIpv6Hostname(this.hostname)
      ? `[${this.hostname}]`
      : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === "object") query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || "";
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ":";

  if (pathname.indexOf("#") !== -1 || pathname.indexOf("?") !== -1) {
    pathname = pathname.replace(/[#?]/g, (c) => (c === "#" ? "%23" : "%3F"));
  }

  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.slice(0, 4) === "file") {
      host = "//";
    }
  }

  search = search.replace(/#/g, "%23");
  if (hash && hash.charCodeAt(0) !== 35) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 63) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === "string") {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  for (const k of Object.keys(this)) result[k] = this[k];

  // The hash always comes from the relative URL.
  result.hash = relative.hash;

  if (relative.href === "") {
    result.href = result.format();
    return result;
  }

  // A protocol-relative URL: take everything but the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const k of Object.keys(relative)) {
      if (k !== "protocol") result[k] = relative[k];
    }
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = "/";
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // A different protocol: for non-slashed ones (mailto: etc.) take the
    // relative URL as it is.
    if (!slashedProtocol.has(relative.protocol)) {
      for (const k of Object.keys(relative)) result[k] = relative[k];
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
      const relPath = (relative.pathname || "").split("/");
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = "";
      if (!relative.hostname) relative.hostname = "";
      if (relPath[0] !== "") relPath.unshift("");
      if (relPath.length < 2) relPath.unshift("");
      result.pathname = relPath.join("/");
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || "";
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      const p = result.pathname || "";
      const s = result.search || "";
      result.path = p + s;
    }
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === "/";
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === "/");
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split("/")) || [];
  const relPath = (relative.pathname && relative.pathname.split("/")) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  // Without slashes (mailto: and the like) the host belongs to the path.
  if (noLeadingSlashes) {
    result.hostname = "";
    result.port = null;
    if (result.host) {
      if (srcPath[0] === "") srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = "";
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === "") relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === "" || srcPath[0] === "");
  }

  if (isRelAbs) {
    if (relative.host || relative.host === "") {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === "") {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    if (!srcPath) srcPath = [];
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only the query changes.
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      const authInHost = result.host && result.host.indexOf("@") > 0 ? result.host.split("@") : false;
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : "") + (result.search ? result.search : "");
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    if (result.search) result.path = `/${result.search}`;
    else result.path = null;
    result.href = result.format();
    return result;
  }

  // Collapse "." and ".." segments; a trailing one leaves a trailing slash.
  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === "." || last === "..")) || last === "";

  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === ".") {
      srcPath.splice(i, 1);
    } else if (last === "..") {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }

  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift("..");
  }

  if (mustEndAbs && srcPath[0] !== "" && (!srcPath[0] || srcPath[0].charAt(0) !== "/")) {
    srcPath.unshift("");
  }

  if (hasTrailingSlash && srcPath.join("/").slice(-1) !== "/") srcPath.push("");

  const isAbsolute = srcPath[0] === "" || (srcPath[0] && srcPath[0].charAt(0) === "/");

  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? "" : srcPath.length ? srcPath.shift() : "";
    const authInHost = result.host && result.host.indexOf("@") > 0 ? result.host.split("@") : false;
    if (authInHost) {
      result.auth = authInHost.shift();
      result.host = result.hostname = authInHost.shift();
    }
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);

  if (mustEndAbs && !isAbsolute) srcPath.unshift("");

  if (srcPath.length > 0) {
    result.pathname = srcPath.join("/");
  } else {
    result.pathname = null;
    result.path = null;
  }

  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : "") + (result.search ? result.search : "");
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

function calledFromNodeModules(fn) {
  const prep = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (_, sites) => sites;
    const holder = {};
    Error.captureStackTrace(holder, fn);
    const site = Array.isArray(holder.stack) ? holder.stack[0] : undefined;
    const name = site?.getFileName?.() ?? "";
    return /[\\/]node_modules[\\/]/.test(name);
  } catch {
    return false;
  } finally {
    Error.prepareStackTrace = prep;
    Error.stackTraceLimit = limit;
  }
}

function parse(url, parseQueryString, slashesDenoteHost) {
  if (!warnedParse && !calledFromNodeModules(parse)) warnParse();
  return urlParse(url, parseQueryString, slashesDenoteHost);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function formatWhatwg(url, options) {
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options !== undefined && options !== null) {
    if (typeof options !== "object") {
      throw new ERR_INVALID_ARG_TYPE("options", "Object", options);
    }
    if ("fragment" in options) fragment = Boolean(options.fragment);
    if ("unicode" in options) unicode = Boolean(options.unicode);
    if ("search" in options) search = Boolean(options.search);
    if ("auth" in options) auth = Boolean(options.auth);
  }
  let href = urlHref(url);
  const off = urlOffsets(url);
  const hasFragment = href.charCodeAt(off[BEFORE_FRAGMENT] - 1) === 35;
  const hasQuery = off[BEFORE_QUERY] !== 0;
  if (!fragment && hasFragment) href = href.slice(0, off[BEFORE_FRAGMENT] - 1);
  if (!search && hasQuery) href = href.slice(0, off[BEFORE_QUERY] - 1) + href.slice(off[AFTER_QUERY]);
  if (unicode && off[AFTER_HOST] > off[BEFORE_HOST]) {
    const host = href.slice(off[BEFORE_HOST], off[AFTER_HOST]);
    href = href.slice(0, off[BEFORE_HOST]) + domainToUnicode(host) + href.slice(off[AFTER_HOST]);
  }
  if (!auth && off[BEFORE_USERNAME] !== 0 && off[BEFORE_HOST] > off[BEFORE_USERNAME]) {
    href = href.slice(0, off[BEFORE_USERNAME]) + href.slice(off[BEFORE_HOST]);
  }
  return href;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === "string") {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== "object" || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE("urlObject", ["Object", "string"], urlObject);
  } else if (isURLObject(urlObject)) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

const url = {
  Url,
  parse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLPattern,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};

export {
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  fileURLToPathBuffer,
  isURL,
  pathToFileURL,
  URL,
  URLPattern,
  URLSearchParams,
  urlToHttpOptions,
};
export default url;
