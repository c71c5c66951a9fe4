// URLPattern (URL Pattern Standard): the pattern tokenizer and parser, the
// constructor-string parser, component compilation to RegExp, test/exec.
// Node's messages for these errors are fixed strings.
function nodeTypeError(code, message) {
  const err = new TypeError(message);
  Object.defineProperty(err, "code", { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, "name", { value: `TypeError [${code}]`, enumerable: false, writable: true, configurable: true });
  void err.stack;
  delete err.name;
  return err;
}

let URLClass;
/** url.js hands over its URL class (avoids an import cycle). */
export function setURLClass(cls) {
  URLClass = cls;
}

const specialSchemes = ["ftp", "file", "http", "https", "ws", "wss"];
const defaultPorts = { ftp: "21", http: "80", https: "443", ws: "80", wss: "443" };
const components = ["protocol", "username", "password", "hostname", "port", "pathname", "search", "hash"];

function fail(message) {
  return new TypeError(message);
}

// ------------------------------------------------------------ tokenizer

const idStart = /[$_\p{ID_Start}]/u;
const idContinue = /[$_\u200c\u200d\p{ID_Continue}]/u;

function isNameCodePoint(cp, first) {
  return (first ? idStart : idContinue).test(cp);
}

function tokenize(input, lenient) {
  const tokens = [];
  let i = 0;
  const error = (index, next, msg) => {
    if (!lenient) throw fail(`Invalid pattern: ${msg}`);
    tokens.push({ type: "invalid-char", index, value: input.slice(index, next) });
    i = next;
  };
  while (i < input.length) {
    const cp = String.fromCodePoint(input.codePointAt(i));
    const next = i + cp.length;
    if (cp === "*") {
      tokens.push({ type: "asterisk", index: i, value: cp });
      i = next;
    } else if (cp === "+" || cp === "?") {
      tokens.push({ type: "other-modifier", index: i, value: cp });
      i = next;
    } else if (cp === "\\") {
      if (next >= input.length) {
        error(i, next, "trailing backslash");
        continue;
      }
      const esc = String.fromCodePoint(input.codePointAt(next));
      tokens.push({ type: "escaped-char", index: i, value: esc });
      i = next + esc.length;
    } else if (cp === "{") {
      tokens.push({ type: "open", index: i, value: cp });
      i = next;
    } else if (cp === "}") {
      tokens.push({ type: "close", index: i, value: cp });
      i = next;
    } else if (cp === ":") {
      let pos = next;
      let name = "";
      while (pos < input.length) {
        const c = String.fromCodePoint(input.codePointAt(pos));
        if (!isNameCodePoint(c, pos === next)) break;
        name += c;
        pos += c.length;
      }
      if (name === "") {
        error(i, next, "missing parameter name");
        continue;
      }
      tokens.push({ type: "name", index: i, value: name });
      i = pos;
    } else if (cp === "(") {
      let depth = 1;
      let pos = next;
      let body = "";
      let bad = false;
      while (pos < input.length) {
        const c = String.fromCodePoint(input.codePointAt(pos));
        if (c.codePointAt(0) > 0x7f) {
          bad = true;
          break;
        }
        if (pos === next && c === "?") {
          bad = true;
          break;
        }
        if (c === "\\") {
          if (pos + 1 >= input.length) {
            bad = true;
            break;
          }
          const e = input[pos + 1];
          if (e.codePointAt(0) > 0x7f) {
            bad = true;
            break;
          }
          body += c + e;
          pos += 2;
          continue;
        }
        if (c === ")") {
          depth--;
          if (depth === 0) {
            pos++;
            break;
          }
        } else if (c === "(") {
          depth++;
          if (pos + 1 >= input.length || input[pos + 1] !== "?") {
            bad = true;
            break;
          }
        }
        body += c;
        pos++;
      }
      if (bad || depth !== 0 || body === "") {
        error(i, next, "invalid regular expression group");
        continue;
      }
      tokens.push({ type: "regexp", index: i, value: body });
      i = pos;
    } else {
      tokens.push({ type: "char", index: i, value: cp });
      i = next;
    }
  }
  tokens.push({ type: "end", index: input.length, value: "" });
  return tokens;
}

// ------------------------------------------------------------ pattern parser

function escapeRegexpString(s) {
  return s.replace(/[.+*?^${}()[\]|/\\]/g, "\\$&");
}

function escapePatternString(s) {
  return s.replace(/[+*?:{}()\\]/g, "\\$&");
}

function segmentWildcard(options) {
  return `[^${escapeRegexpString(options.delimiter)}]+?`;
}

function modifierString(m) {
  return m === "zero-or-more" ? "*" : m === "optional" ? "?" : m === "one-or-more" ? "+" : "";
}

function parsePattern(input, options, encode) {
  const tokens = tokenize(input, false);
  const parts = [];
  const segWild = segmentWildcard(options);
  let pending = "";
  let index = 0;
  let nextNumeric = 0;
  const tryConsume = (type) => {
    const t = tokens[index];
    if (t.type !== type) return null;
    index++;
    return t;
  };
  const tryRegexpOrWildcard = (nameToken) => {
    let t = tryConsume("regexp");
    if (nameToken === null && t === null) t = tryConsume("asterisk");
    return t;
  };
  const tryModifier = () => tryConsume("other-modifier") ?? tryConsume("asterisk");
  const consumeRequired = (type) => {
    const t = tryConsume(type);
    if (t === null) throw fail(`Invalid pattern: expected ${type}`);
    return t;
  };
  const consumeText = () => {
    let out = "";
    for (;;) {
      const t = tryConsume("char") ?? tryConsume("escaped-char");
      if (t === null) return out;
      out += t.value;
    }
  };
  const flushPending = () => {
    if (pending === "") return;
    parts.push({ type: "fixed-text", value: encode(pending), modifier: "none", name: "", prefix: "", suffix: "" });
    pending = "";
  };
  const addPart = (prefix, nameToken, regexpToken, suffix, modifierToken) => {
    let modifier = "none";
    if (modifierToken) {
      modifier = modifierToken.value === "?" ? "optional" : modifierToken.value === "*" ? "zero-or-more" : "one-or-more";
    }
    if (nameToken === null && regexpToken === null && modifier === "none") {
      pending += prefix;
      return;
    }
    flushPending();
    if (nameToken === null && regexpToken === null) {
      if (prefix === "") return;
      parts.push({ type: "fixed-text", value: encode(prefix), modifier, name: "", prefix: "", suffix: "" });
      return;
    }
    let value;
    if (regexpToken === null) value = segWild;
    else if (regexpToken.type === "asterisk") value = ".*";
    else value = regexpToken.value;
    let type = "regexp";
    if (value === segWild) {
      type = "segment-wildcard";
      value = "";
    } else if (value === ".*") {
      type = "full-wildcard";
      value = "";
    }
    let name;
    if (nameToken !== null) name = nameToken.value;
    else name = String(nextNumeric++);
    if (parts.some((p) => p.type !== "fixed-text" && p.name === name)) throw fail(`Invalid pattern: duplicate name ${name}`);
    parts.push({ type, value, modifier, name, prefix: encode(prefix), suffix: encode(suffix) });
  };
  while (index < tokens.length) {
    const charToken = tryConsume("char");
    let nameToken = tryConsume("name");
    let regexpToken = tryRegexpOrWildcard(nameToken);
    if (nameToken !== null || regexpToken !== null) {
      let prefix = charToken ? charToken.value : "";
      if (prefix !== options.prefix) {
        pending += prefix;
        prefix = "";
      }
      flushPending();
      addPart(prefix, nameToken, regexpToken, "", tryModifier());
      continue;
    }
    const fixed = charToken ?? tryConsume("escaped-char");
    if (fixed !== null) {
      pending += fixed.value;
      continue;
    }
    if (tryConsume("open") !== null) {
      const prefix = consumeText();
      nameToken = tryConsume("name");
      regexpToken = tryRegexpOrWildcard(nameToken);
      const suffix = consumeText();
      consumeRequired("close");
      addPart(prefix, nameToken, regexpToken, suffix, tryModifier());
      continue;
    }
    flushPending();
    consumeRequired("end");
  }
  return parts;
}

function generateRegexp(parts, options) {
  let out = "^";
  const names = [];
  for (const part of parts) {
    if (part.type === "fixed-text") {
      if (part.modifier === "none") out += escapeRegexpString(part.value);
      else out += `(?:${escapeRegexpString(part.value)})${modifierString(part.modifier)}`;
      continue;
    }
    names.push(part.name);
    let value = part.value;
    if (part.type === "segment-wildcard") value = segmentWildcard(options);
    else if (part.type === "full-wildcard") value = ".*";
    const mod = modifierString(part.modifier);
    if (part.prefix === "" && part.suffix === "") {
      if (part.modifier === "none" || part.modifier === "optional") out += `(${value})${mod}`;
      else out += `((?:${value})${mod})`;
      continue;
    }
    const pre = escapeRegexpString(part.prefix);
    const suf = escapeRegexpString(part.suffix);
    if (part.modifier === "none" || part.modifier === "optional") {
      out += `(?:${pre}(${value})${suf})${mod}`;
      continue;
    }
    out += `(?:${pre}((?:${value})(?:${suf}${pre}(?:${value}))*)${suf})`;
    if (part.modifier === "zero-or-more") out += "?";
  }
  return { source: `${out}$`, names };
}

function generatePatternString(parts, options) {
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const prev = i > 0 ? parts[i - 1] : null;
    const next = i + 1 < parts.length ? parts[i + 1] : null;
    if (part.type === "fixed-text") {
      if (part.modifier === "none") out += escapePatternString(part.value);
      else out += `{${escapePatternString(part.value)}}${modifierString(part.modifier)}`;
      continue;
    }
    const customName = !/^[0-9]/.test(part.name);
    let grouping = part.suffix !== "" || (part.prefix !== "" && part.prefix !== options.prefix);
    if (!grouping && customName && part.type === "segment-wildcard" && part.modifier === "none" && next !== null &&
        next.prefix === "" && next.suffix === "") {
      if (next.type === "fixed-text") {
        grouping = next.value !== "" && isNameCodePoint(String.fromCodePoint(next.value.codePointAt(0)), false);
      } else {
        grouping = /^[0-9]/.test(next.name);
      }
    }
    if (!grouping && part.prefix === "" && prev !== null && prev.type === "fixed-text" &&
        prev.value !== "" && prev.value[prev.value.length - 1] === options.prefix) {
      grouping = true;
    }
    if (grouping) out += "{";
    out += escapePatternString(part.prefix);
    if (customName) out += `:${part.name}`;
    if (part.type === "regexp") {
      out += `(${part.value})`;
    } else if (part.type === "segment-wildcard" && !customName) {
      out += `(${segmentWildcard(options)})`;
    } else if (part.type === "full-wildcard") {
      if (!customName && (prev === null || prev.type === "fixed-text" || prev.modifier !== "none" || grouping ||
          part.prefix !== "")) {
        out += "*";
      } else {
        out += "(.*)";
      }
    }
    if (part.type === "segment-wildcard" && customName && part.suffix !== "" &&
        isNameCodePoint(String.fromCodePoint(part.suffix.codePointAt(0)), false)) {
      out += "\\";
    }
    out += escapePatternString(part.suffix);
    if (grouping) out += "}";
    out += modifierString(part.modifier);
  }
  return out;
}

const defaultOptions = { delimiter: "", prefix: "" };
const hostnameOptions = { delimiter: ".", prefix: "" };
const pathnameOptions = { delimiter: "/", prefix: "/" };

function compileComponent(input, encode, options, ignoreCase) {
  const parts = parsePattern(input, options, encode);
  const { source, names } = generateRegexp(parts, options);
  let regexp;
  try {
    regexp = new RegExp(source, ignoreCase ? "ui" : "u");
  } catch (e) {
    throw fail(`Invalid pattern: ${e.message}`);
  }
  return {
    pattern: generatePatternString(parts, options),
    regexp,
    names,
    hasRegExpGroups: parts.some((p) => p.type === "regexp"),
  };
}

// ------------------------------------------------------------ canonicalization

function dummy(href) {
  return new URLClass(href);
}

function canonicalizeProtocol(value) {
  if (value === "") return value;
  let url;
  try {
    url = dummy(`${value}://dummy.test`);
  } catch {
    throw fail(`Invalid protocol '${value}'`);
  }
  return url.protocol.slice(0, -1);
}

function canonicalizeUsername(value) {
  if (value === "") return value;
  const url = dummy("fake://dummy.test");
  url.username = value;
  return url.username;
}

function canonicalizePassword(value) {
  if (value === "") return value;
  const url = dummy("fake://dummy.test");
  url.password = value;
  return url.password;
}

function canonicalizeHostname(value, protocol) {
  if (value === "") return value;
  const special = protocol === undefined || protocol === "" || specialSchemes.includes(protocol);
  // The host parser stops at the first path, query or fragment delimiter.
  const cut = value.split(special ? /[/?#\\]/ : /[/?#]/)[0];
  if (cut === "") throw fail(`Invalid hostname '${value}'`);
  const url = dummy(`${special ? "http" : "fake"}://dummy.test`);
  url.hostname = value;
  if (url.hostname === "dummy.test" && cut.toLowerCase() !== "dummy.test") {
    throw fail(`Invalid hostname '${value}'`);
  }
  return url.hostname;
}

function canonicalizeIPv6Hostname(value) {
  let out = "";
  for (const c of value) {
    if (!/[0-9a-fA-F[\]:]/.test(c)) throw fail(`Invalid IPv6 hostname '${value}'`);
    out += c.toLowerCase();
  }
  return out;
}

function canonicalizePort(value, protocol) {
  if (value === "") return value;
  if (!/^[0-9]+$/.test(value) || Number(value) > 65535) throw fail(`Invalid port '${value}'`);
  const scheme = protocol || "fake";
  let url;
  try {
    url = dummy(`${scheme}://dummy.test`);
  } catch {
    url = dummy("fake://dummy.test");
  }
  url.port = value;
  return url.port;
}

function canonicalizePathname(value) {
  if (value === "") return value;
  const leadingSlash = value[0] === "/";
  const modified = leadingSlash ? value : `/-${value}`;
  const url = dummy("fake://fake-url");
  url.pathname = modified.replace(/[?#]/g, (c) => (c === "?" ? "%3F" : "%23"));
  let out = url.pathname;
  if (!leadingSlash) out = out.slice(2);
  return out;
}

function canonicalizeOpaquePathname(value) {
  if (value === "") return value;
  let url;
  try {
    url = dummy(`fake:${value.replace(/[?#]/g, (c) => (c === "?" ? "%3F" : "%23"))}`);
  } catch {
    throw fail(`Invalid pathname '${value}'`);
  }
  return url.pathname;
}

function canonicalizeSearch(value) {
  if (value === "") return value;
  const url = dummy("fake://dummy.test");
  url.search = value;
  return url.search.slice(1);
}

function canonicalizeHash(value) {
  if (value === "") return value;
  const url = dummy("fake://dummy.test");
  url.hash = value;
  return url.hash.slice(1);
}

// ------------------------------------------------------------ init processing

function isAbsolutePathname(input, type) {
  if (input === "") return false;
  if (input[0] === "/") return true;
  if (type === "url") return false;
  if (input.length < 2) return false;
  return input.startsWith("\\/") || input.startsWith("{/");
}

function processInit(init, type, defaults) {
  const result = { ...defaults };
  const has = (k) => init[k] !== undefined;
  const str = (k) => `${init[k]}`;
  const baseString = (s) => (type === "pattern" ? escapePatternString(s) : s);
  let base = null;
  if (has("baseURL")) {
    try {
      base = new URLClass(str("baseURL"));
    } catch {
      throw fail(`Invalid baseURL '${init.baseURL}'`);
    }
    const anyOf = (...keys) => keys.some(has);
    if (!has("protocol")) result.protocol = baseString(base.protocol.slice(0, -1));
    if (type !== "pattern" && !anyOf("protocol", "hostname", "port", "username")) result.username = baseString(base.username);
    if (type !== "pattern" && !anyOf("protocol", "hostname", "port", "username", "password")) {
      result.password = baseString(base.password);
    }
    if (!anyOf("protocol", "hostname")) result.hostname = baseString(base.hostname);
    if (!anyOf("protocol", "hostname", "port")) result.port = baseString(base.port);
    if (!anyOf("protocol", "hostname", "port", "pathname")) result.pathname = baseString(base.pathname);
    if (!anyOf("protocol", "hostname", "port", "pathname", "search")) result.search = baseString(base.search.slice(1));
    if (!anyOf("protocol", "hostname", "port", "pathname", "search", "hash")) result.hash = baseString(base.hash.slice(1));
  }
  if (has("protocol")) {
    let v = str("protocol");
    if (v.endsWith(":")) v = v.slice(0, -1);
    result.protocol = type === "pattern" ? v : canonicalizeProtocol(v);
  }
  if (has("username")) result.username = type === "pattern" ? str("username") : canonicalizeUsername(str("username"));
  if (has("password")) result.password = type === "pattern" ? str("password") : canonicalizePassword(str("password"));
  if (has("hostname")) {
    result.hostname = type === "pattern" ? str("hostname") : canonicalizeHostname(str("hostname"), result.protocol);
  }
  if (has("port")) result.port = type === "pattern" ? str("port") : canonicalizePort(str("port"), result.protocol);
  if (has("pathname")) {
    let p = str("pathname");
    if (base !== null && !opaque(base) && !isAbsolutePathname(p, type)) {
      const basePath = baseString(base.pathname);
      const slash = basePath.lastIndexOf("/");
      if (slash !== -1) p = basePath.slice(0, slash + 1) + p;
    }
    if (type !== "pattern") {
      const proto = result.protocol ?? "";
      p = proto === "" || specialSchemes.includes(proto) ? canonicalizePathname(p) : canonicalizeOpaquePathname(p);
    }
    result.pathname = p;
  }
  if (has("search")) {
    let v = str("search");
    if (v.startsWith("?")) v = v.slice(1);
    result.search = type === "pattern" ? v : canonicalizeSearch(v);
  }
  if (has("hash")) {
    let v = str("hash");
    if (v.startsWith("#")) v = v.slice(1);
    result.hash = type === "pattern" ? v : canonicalizeHash(v);
  }
  return result;
}

function opaque(url) {
  return !url.pathname.startsWith("/") && !url.href.startsWith(`${url.protocol}//`) && url.pathname !== "";
}

// ------------------------------------------------------------ constructor string

function parseConstructorString(input) {
  const tokens = tokenize(input, true);
  const result = {};
  let state = "init";
  let componentStart = 0;
  let tokenIndex = 0;
  let tokenIncrement = 1;
  let groupDepth = 0;
  let ipv6Depth = 0;
  let protocolSpecial = false;

  const safe = (i) => (i < tokens.length ? tokens[i] : tokens[tokens.length - 1]);
  const isChar = (i, value) => {
    const t = safe(i);
    return t.value === value && (t.type === "char" || t.type === "escaped-char" || t.type === "invalid-char");
  };
  const makeComponent = () => {
    const end = tokens[tokenIndex].index;
    const start = safe(componentStart).index;
    return input.slice(start, end);
  };
  const changeState = (newState, skip) => {
    if (state !== "init" && state !== "authority" && state !== "done") result[state] = makeComponent();
    if (state !== "init" && newState !== "done") {
      if (["protocol", "authority", "username", "password"].includes(state) &&
          ["port", "pathname", "search", "hash"].includes(newState) && result.hostname === undefined) {
        result.hostname = "";
      }
      if (["protocol", "authority", "username", "password", "hostname", "port"].includes(state) &&
          ["search", "hash"].includes(newState) && result.pathname === undefined) {
        result.pathname = protocolSpecial ? "/" : "";
      }
      if (["protocol", "authority", "username", "password", "hostname", "port", "pathname"].includes(state) &&
          newState === "hash" && result.search === undefined) {
        result.search = "";
      }
    }
    state = newState;
    tokenIndex += skip;
    componentStart = tokenIndex;
    tokenIncrement = 0;
  };
  const rewind = () => {
    tokenIndex = componentStart;
    tokenIncrement = 0;
  };
  const rewindAndSet = (s) => {
    rewind();
    state = s;
  };
  const isSearchPrefix = () => {
    if (isChar(tokenIndex, "?")) return true;
    if (tokens[tokenIndex].value !== "?") return false;
    if (tokenIndex - 1 < 0) return true;
    const prev = safe(tokenIndex - 1);
    return !(prev.type === "name" || prev.type === "regexp" || prev.type === "close" || prev.type === "asterisk");
  };

  while (tokenIndex < tokens.length) {
    tokenIncrement = 1;
    const token = tokens[tokenIndex];
    if (token.type === "end") {
      if (state === "init") {
        rewind();
        if (isChar(tokenIndex, "#")) changeState("hash", 1);
        else if (isSearchPrefix()) changeState("search", 1);
        else changeState("pathname", 0);
        tokenIndex += tokenIncrement;
        continue;
      }
      if (state === "authority") {
        rewindAndSet("hostname");
        tokenIndex += tokenIncrement;
        continue;
      }
      changeState("done", 0);
      break;
    }
    if (token.type === "open") {
      groupDepth++;
      tokenIndex += tokenIncrement;
      continue;
    }
    if (groupDepth > 0) {
      if (token.type === "close") {
        groupDepth--;
      } else {
        tokenIndex += tokenIncrement;
        continue;
      }
    }
    switch (state) {
      case "init":
        if (isChar(tokenIndex, ":")) rewindAndSet("protocol");
        break;
      case "protocol":
        if (isChar(tokenIndex, ":")) {
          const protocolComponent = compileComponent(makeComponent(), canonicalizeProtocol, defaultOptions, false);
          protocolSpecial = specialSchemes.some((s) => protocolComponent.regexp.test(s));
          let nextState = "pathname";
          let skip = 1;
          if (isChar(tokenIndex + 1, "/") && isChar(tokenIndex + 2, "/")) {
            nextState = "authority";
            skip = 3;
          } else if (protocolSpecial) {
            nextState = "authority";
          }
          changeState(nextState, skip);
        }
        break;
      case "authority":
        if (isChar(tokenIndex, "@")) rewindAndSet("username");
        else if (isChar(tokenIndex, "/") || isSearchPrefix() || isChar(tokenIndex, "#")) rewindAndSet("hostname");
        break;
      case "username":
        if (isChar(tokenIndex, ":")) changeState("password", 1);
        else if (isChar(tokenIndex, "@")) changeState("hostname", 1);
        break;
      case "password":
        if (isChar(tokenIndex, "@")) changeState("hostname", 1);
        break;
      case "hostname":
        if (isChar(tokenIndex, "[")) ipv6Depth++;
        else if (isChar(tokenIndex, "]")) ipv6Depth--;
        else if (isChar(tokenIndex, ":") && ipv6Depth === 0) changeState("port", 1);
        else if (isChar(tokenIndex, "/")) changeState("pathname", 0);
        else if (isSearchPrefix()) changeState("search", 1);
        else if (isChar(tokenIndex, "#")) changeState("hash", 1);
        break;
      case "port":
        if (isChar(tokenIndex, "/")) changeState("pathname", 0);
        else if (isSearchPrefix()) changeState("search", 1);
        else if (isChar(tokenIndex, "#")) changeState("hash", 1);
        break;
      case "pathname":
        if (isSearchPrefix()) changeState("search", 1);
        else if (isChar(tokenIndex, "#")) changeState("hash", 1);
        break;
      case "search":
        if (isChar(tokenIndex, "#")) changeState("hash", 1);
        break;
      default:
        break;
    }
    tokenIndex += tokenIncrement;
  }
  if (result.hostname !== undefined && result.port === undefined) result.port = "";
  return result;
}

// ------------------------------------------------------------ URLPattern

const kComponents = Symbol("components");

function compileAll(input, baseURL, options) {
  {
    if (typeof baseURL === "object" && baseURL !== null && options === undefined) {
      options = baseURL;
      baseURL = undefined;
    }
    if (input === undefined) input = {};
    const ignoreCase = Boolean(options?.ignoreCase);
    let init;
    if (typeof input === "string") {
      init = parseConstructorString(input);
      if (baseURL === undefined && init.protocol === undefined) {
        throw fail("Relative constructor string requires a baseURL");
      }
      if (baseURL !== undefined) init.baseURL = `${baseURL}`;
    } else {
      if (input === null || typeof input !== "object") {
        throw nodeTypeError("ERR_INVALID_ARG_TYPE", "Input must be an object or a string");
      }
      if (baseURL !== undefined) throw fail("A baseURL is not allowed with an object input");
      init = input;
    }
    const processed = processInit(init, "pattern", {});
    for (const c of components) if (processed[c] === undefined) processed[c] = "*";
    if (specialSchemes.includes(processed.protocol) && processed.port === defaultPorts[processed.protocol]) {
      processed.port = "";
    }
    const comps = {};
    comps.protocol = compileComponent(processed.protocol, canonicalizeProtocol, defaultOptions, ignoreCase);
    comps.username = compileComponent(processed.username, canonicalizeUsername, defaultOptions, ignoreCase);
    comps.password = compileComponent(processed.password, canonicalizePassword, defaultOptions, ignoreCase);
    const ipv6 = /^(?:\[|\\\[|\{\[)/.test(processed.hostname);
    const protoLiteral = comps.protocol.hasRegExpGroups ? undefined : processed.protocol;
    comps.hostname = compileComponent(
      processed.hostname,
      ipv6 ? canonicalizeIPv6Hostname : (v) => canonicalizeHostname(v, protoLiteral),
      hostnameOptions,
      ignoreCase,
    );
    comps.port = compileComponent(processed.port, (v) => canonicalizePort(v, protoLiteral), defaultOptions, ignoreCase);
    const special = specialSchemes.some((s) => comps.protocol.regexp.test(s));
    comps.pathname = special
      ? compileComponent(processed.pathname, canonicalizePathname, pathnameOptions, ignoreCase)
      : compileComponent(processed.pathname, canonicalizeOpaquePathname, defaultOptions, ignoreCase);
    comps.search = compileComponent(processed.search, canonicalizeSearch, defaultOptions, ignoreCase);
    comps.hash = compileComponent(processed.hash, canonicalizeHash, defaultOptions, ignoreCase);
    return comps;
  }
}

export class URLPattern {
  constructor(input = undefined, baseURL = undefined, options = undefined) {
    let comps;
    try {
      comps = compileAll(input, baseURL, options);
    } catch (e) {
      if (e?.code === "ERR_INVALID_ARG_TYPE") throw e;
      throw nodeTypeError("ERR_INVALID_URL_PATTERN", "Failed to construct URLPattern");
    }
    Object.defineProperty(this, kComponents, { value: comps });
  }

  #match(input, baseURL, op) {
    const values = {};
    const inputs = [input];
    if (typeof input === "string") {
      if (baseURL !== undefined) inputs.push(baseURL);
      let url;
      try {
        url = baseURL === undefined ? new URLClass(input) : new URLClass(input, `${baseURL}`);
      } catch {
        return null;
      }
      values.protocol = url.protocol.slice(0, -1);
      values.username = url.username;
      values.password = url.password;
      values.hostname = url.hostname;
      values.port = url.port;
      values.pathname = url.pathname;
      values.search = url.search.slice(1);
      values.hash = url.hash.slice(1);
    } else if (typeof input === "object" && input !== null && !(input instanceof URLClass)) {
      if (baseURL !== undefined) throw nodeTypeError("ERR_OPERATION_FAILED", `Failed to ${op} URLPattern`);
      let processed;
      try {
        processed = processInit(input, "url", {
          protocol: "", username: "", password: "", hostname: "", port: "", pathname: "", search: "", hash: "",
        });
      } catch {
        return null;
      }
      Object.assign(values, processed);
    } else {
      return this.#match(`${input}`, baseURL, op);
    }
    const comps = this[kComponents];
    const result = { inputs };
    for (const c of components) {
      const m = comps[c].regexp.exec(values[c]);
      if (m === null) return null;
      const groups = {};
      const names = comps[c].names;
      for (let i = names.length - 1; i >= 0; i--) groups[names[i]] = m[i + 1];
      result[c] = { groups, input: values[c] };
    }
    return result;
  }

  get protocol() {
    return this[kComponents].protocol.pattern;
  }

  get username() {
    return this[kComponents].username.pattern;
  }

  get password() {
    return this[kComponents].password.pattern;
  }

  get hostname() {
    return this[kComponents].hostname.pattern;
  }

  get port() {
    return this[kComponents].port.pattern;
  }

  get pathname() {
    return this[kComponents].pathname.pattern;
  }

  get search() {
    return this[kComponents].search.pattern;
  }

  get hash() {
    return this[kComponents].hash.pattern;
  }

  get hasRegExpGroups() {
    return components.some((c) => this[kComponents][c].hasRegExpGroups);
  }

  exec(input = {}, baseURL = undefined) {
    return this.#match(input, baseURL, "exec");
  }

  test(input = {}, baseURL = undefined) {
    return this.#match(input, baseURL, "test") !== null;
  }
}


// Node lists `constructor` after the accessors and methods.
{
  const ctor = URLPattern.prototype.constructor;
  delete URLPattern.prototype.constructor;
  Object.defineProperty(URLPattern.prototype, "constructor", {
    value: ctor,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}
