// Node's `path`: POSIX rules on `path` / `path.posix`, Windows rules on
// `path.win32`. Pure string functions; only resolve() reads the process's
// working directory, lazily.
import { codes } from "ext:host/internal/errors.js";

const { ERR_INVALID_ARG_TYPE } = codes;

function checkString(value, name) {
  if (typeof value !== "string") throw new ERR_INVALID_ARG_TYPE(name, "string", value);
}

function checkObject(value, name) {
  if (value === null || typeof value !== "object") throw new ERR_INVALID_ARG_TYPE(name, "Object", value);
}

function currentDir() {
  const proc = globalThis.process;
  if (proc && typeof proc.cwd === "function") return proc.cwd();
  return "/";
}

// Collapse "." and ".." in a list of segments. `rooted` drops ".." that
// would climb above the root; otherwise they are kept.
function collapse(segments, rooted) {
  const out = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
    } else {
      out.push(seg);
    }
  }
  return out;
}

// Extension of a final path component (no separators in `base`).
function extOf(base) {
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return "";
  if (base === "..") return "";
  return base.slice(dot);
}

function formatExt(ext) {
  return ext ? `${ext[0] === "." ? "" : "."}${ext}` : "";
}

function formatWith(sep, pathObject) {
  checkObject(pathObject, "pathObject");
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ""}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// basename over [start, path.length) with `isSep` as the separator test;
// the suffix matching follows Node's character scan exactly.
function basenameWith(path, suffix, start, isSep) {
  let begin = start;
  let end = -1;
  let sawNonSep = false;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return "";
    let k = suffix.length - 1;
    let lastReal = -1;
    for (let i = path.length - 1; i >= start; --i) {
      const c = path.charCodeAt(i);
      if (isSep(c)) {
        if (sawNonSep) {
          begin = i + 1;
          break;
        }
      } else {
        if (lastReal === -1) {
          sawNonSep = true;
          lastReal = i + 1;
        }
        if (k >= 0) {
          if (c === suffix.charCodeAt(k)) {
            if (--k === -1) end = i;
          } else {
            k = -1;
            end = lastReal;
          }
        }
      }
    }
    if (begin === end) end = lastReal;
    else if (end === -1) end = path.length;
    return path.slice(begin, end);
  }
  for (let i = path.length - 1; i >= start; --i) {
    if (isSep(path.charCodeAt(i))) {
      if (sawNonSep) {
        begin = i + 1;
        break;
      }
    } else if (!sawNonSep) {
      sawNonSep = true;
      end = i + 1;
    }
  }
  if (end === -1) return "";
  return path.slice(begin, end);
}

// ---------------------------------------------------------------- posix

const SLASH = 47;
const BACKSLASH = 92;
const isPosixSep = (c) => c === SLASH;
const isWinSep = (c) => c === SLASH || c === BACKSLASH;

// Collapse "." / ".." / empty segments of a "/"-separated string in one
// pass. `rooted` drops ".." that would climb above the root.
function collapsePosix(path, rooted) {
  let res = "";
  let start = 0;
  let dots = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    const code = i < len ? path.charCodeAt(i) : SLASH;
    if (code === SLASH) {
      if (i === start || dots === 1) {
        // empty or "." segment
      } else if (dots === 2) {
        if (res.length > 0 && res !== ".." && !res.endsWith("/..")) {
          const at = res.lastIndexOf("/");
          res = at === -1 ? "" : res.slice(0, at);
        } else if (!rooted) {
          res = res.length > 0 ? `${res}/..` : "..";
        }
      } else {
        const seg = path.slice(start, i);
        res = res.length > 0 ? `${res}/${seg}` : seg;
      }
      start = i + 1;
      dots = 0;
    } else if (code === 46 && dots !== -1) {
      dots++;
    } else {
      dots = -1;
    }
  }
  return res;
}

function posixNormalize(path) {
  checkString(path, "path");
  if (path.length === 0) return ".";
  const rooted = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(path.length - 1) === SLASH;
  let body = collapsePosix(path, rooted);
  if (body.length === 0) {
    if (rooted) return "/";
    return trailing ? "./" : ".";
  }
  if (trailing) body += "/";
  return rooted ? `/${body}` : body;
}

function posixResolve(...args) {
  let resolved = "";
  let rooted = false;
  for (let i = args.length - 1; i >= -1 && !rooted; i--) {
    let p;
    if (i >= 0) {
      p = args[i];
      checkString(p, `paths[${i}]`);
      if (p.length === 0) continue;
    } else {
      p = currentDir();
    }
    resolved = resolved.length === 0 ? p : `${p}/${resolved}`;
    rooted = p.charCodeAt(0) === SLASH;
  }
  const body = collapsePosix(resolved, rooted);
  if (rooted) return `/${body}`;
  return body.length > 0 ? body : ".";
}

function posixJoin(...args) {
  if (args.length === 0) return ".";
  let joined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    checkString(a, "path");
    if (a.length > 0) joined = joined === undefined ? a : `${joined}/${a}`;
  }
  if (joined === undefined) return ".";
  return posixNormalize(joined);
}

function posixRelative(from, to) {
  checkString(from, "from");
  checkString(to, "to");
  if (from === to) return "";
  from = posixResolve(from);
  to = posixResolve(to);
  if (from === to) return "";
  const a = from === "/" ? [] : from.slice(1).split("/");
  const b = to === "/" ? [] : to.slice(1).split("/");
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const up = [];
  for (let i = common; i < a.length; i++) up.push("..");
  return up.concat(b.slice(common)).join("/");
}

function posixDirname(path) {
  checkString(path, "path");
  if (path.length === 0) return ".";
  const rooted = path.charCodeAt(0) === SLASH;
  let end = -1;
  let inTrailing = true;
  for (let i = path.length - 1; i >= 1; --i) {
    if (path.charCodeAt(i) === SLASH) {
      if (!inTrailing) {
        end = i;
        break;
      }
    } else {
      inTrailing = false;
    }
  }
  if (end === -1) return rooted ? "/" : ".";
  if (rooted && end === 1) return "//";
  return path.slice(0, end);
}

function posixBasename(path, suffix) {
  if (suffix !== undefined) checkString(suffix, "suffix");
  checkString(path, "path");
  return basenameWith(path, suffix, 0, isPosixSep);
}

function posixExtname(path) {
  checkString(path, "path");
  return extOf(basenameWith(path, undefined, 0, isPosixSep));
}

function posixIsAbsolute(path) {
  checkString(path, "path");
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

function posixParse(path) {
  checkString(path, "path");
  const ret = { root: "", dir: "", base: "", ext: "", name: "" };
  if (path.length === 0) return ret;
  const rooted = path.charCodeAt(0) === SLASH;
  if (rooted) ret.root = "/";
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
  if (end === 0) {
    ret.dir = rooted ? "/" : "";
    return ret;
  }
  const startPart = path.lastIndexOf("/", end - 1) + 1;
  const base = path.slice(startPart, end);
  ret.base = base;
  ret.ext = extOf(base);
  ret.name = ret.ext ? base.slice(0, base.length - ret.ext.length) : base;
  if (rooted && startPart === 1 && base === "..") {
    // Node's scan stops before the root here, so ".." reads as name "." + ext ".".
    ret.ext = ".";
    ret.name = ".";
  }
  if (startPart > 1) ret.dir = path.slice(0, startPart - 1);
  else if (rooted) ret.dir = "/";
  return ret;
}

function posixFormat(pathObject) {
  return formatWith("/", pathObject);
}

function posixToNamespacedPath(path) {
  return path;
}

// ---------------------------------------------------------------- win32

function isDriveLetter(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Split off the root of a Windows path: { device, rootEnd, absolute }.
// device is "C:" or "\\server\share" (with the separators as written).
function winRoot(path, namespaces = true) {
  const len = path.length;
  if (len === 0) return { device: "", rootEnd: 0, absolute: false };
  const c0 = path.charCodeAt(0);
  if (len === 1) return { device: "", rootEnd: isWinSep(c0) ? 1 : 0, absolute: isWinSep(c0) };
  if (isWinSep(c0)) {
    if (isWinSep(path.charCodeAt(1))) {
      // Possible UNC root: \\server\share
      let j = 2;
      let last = j;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j !== last) {
        const server = path.slice(last, j);
        last = j;
        while (j < len && isWinSep(path.charCodeAt(j))) j++;
        if (j < len && j !== last) {
          last = j;
          while (j < len && !isWinSep(path.charCodeAt(j))) j++;
          if (j === len || j !== last) {
            if (namespaces && (server === "." || server === "?")) {
              // Device namespace: \\.\device or \\?\device
              return { device: `\\\\${server}`, rootEnd: 4, absolute: true };
            }
            const share = path.slice(last, j);
            return { device: `\\\\${server}\\${share}`, rootEnd: j, absolute: true };
          }
        }
      }
    }
    return { device: "", rootEnd: 1, absolute: true };
  }
  if (isDriveLetter(c0) && path.charCodeAt(1) === 58) {
    const device = path.slice(0, 2);
    if (len > 2 && isWinSep(path.charCodeAt(2))) return { device, rootEnd: 3, absolute: true };
    return { device, rootEnd: 2, absolute: false };
  }
  return { device: "", rootEnd: 0, absolute: false };
}

const reservedNames = new Set([
  "CON", "PRN", "AUX", "NUL",
  "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
  "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
]);

function winNormalizeTail(tail, rooted) {
  return collapse(tail.split(/[\\/]/), rooted).join("\\");
}

function win32Normalize(path) {
  checkString(path, "path");
  const len = path.length;
  if (len === 0) return ".";
  if (len === 1) return isWinSep(path.charCodeAt(0)) ? "\\" : path;
  const { device, rootEnd, absolute } = winRoot(path);
  let tail = rootEnd < len ? winNormalizeTail(path.slice(rootEnd), absolute) : "";
  if (tail.length === 0 && !absolute) tail = ".";
  if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += "\\";
  if (!absolute && device === "") {
    const colon = path.indexOf(":");
    if (colon !== -1) {
      const name = path.slice(0, colon);
      if (reservedNames.has(name.toUpperCase())) {
        // "CON:" reads as a device: the rest is a relative tail after it.
        let rest = winNormalizeTail(path.slice(colon + 1), false);
        if (rest.length === 0) rest = ".";
        else if (isWinSep(path.charCodeAt(len - 1))) rest += "\\";
        return `.\\${name}:${rest}`;
      }
      if (/:(?:\\|$)/.test(tail) || /:(?:[\\/]|$)/.test(path)) return `.\\${tail}`;
    }
    // "CON." / "CON " / "CON\\" still name the device.
    if (/^(?:CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])[. \\/]$/i.test(path)) return `.\\${tail}`;
    // A relative tail must not turn into a drive-relative path ("./C:x").
    if (tail.length >= 2 && tail.charCodeAt(1) === 58 && isDriveLetter(tail.charCodeAt(0))) return `.\\${tail}`;
  }
  if (device === "") return absolute ? `\\${tail}` : tail;
  if (device.length === 3 && device[2] === "." || device === "\\\\." || device === "\\\\?") {
    return `${device}\\${tail}`;
  }
  if (device.startsWith("\\\\")) return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  return absolute ? `${device}\\${tail}` : `${device}${tail}`;
}

function win32IsAbsolute(path) {
  checkString(path, "path");
  const len = path.length;
  if (len === 0) return false;
  const c0 = path.charCodeAt(0);
  return isWinSep(c0) ||
    (len > 2 && isDriveLetter(c0) && path.charCodeAt(1) === 58 && isWinSep(path.charCodeAt(2)));
}

function win32Resolve(...args) {
  let resolvedDevice = "";
  let resolvedTail = "";
  let resolvedAbsolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      checkString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else if (resolvedDevice.length === 0) {
      path = currentDir();
    } else {
      const env = globalThis.process?.env;
      path = (env && env[`=${resolvedDevice}`]) || currentDir();
      if (path === undefined ||
          (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() && path.charCodeAt(2) === BACKSLASH)) {
        path = `${resolvedDevice}\\`;
      }
    }
    const { device, rootEnd, absolute } = winRoot(path);
    if (device.length > 0) {
      if (resolvedDevice.length > 0) {
        if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
      } else {
        resolvedDevice = device;
      }
    }
    if (resolvedAbsolute) {
      if (resolvedDevice.length > 0) break;
    } else {
      resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
      resolvedAbsolute = absolute;
      if (absolute && resolvedDevice.length > 0) break;
    }
  }
  resolvedTail = winNormalizeTail(resolvedTail, resolvedAbsolute);
  if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
  const out = `${resolvedDevice}${resolvedTail}`;
  return out || ".";
}

function win32Join(...args) {
  if (args.length === 0) return ".";
  let joined;
  let firstPart;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    checkString(a, "path");
    if (a.length > 0) {
      if (joined === undefined) joined = firstPart = a;
      else joined += `\\${a}`;
    }
  }
  if (joined === undefined) return ".";
  // Keep a leading "\\" only when the first part itself starts a UNC root
  // (\\server...); otherwise collapse a run of leading separators to one.
  let keepUNC = true;
  let slashes = 0;
  if (isWinSep(firstPart.charCodeAt(0))) {
    ++slashes;
    const n = firstPart.length;
    if (n > 1 && isWinSep(firstPart.charCodeAt(1))) {
      ++slashes;
      if (n > 2) {
        if (isWinSep(firstPart.charCodeAt(2))) ++slashes;
        else keepUNC = false;
      }
    }
  }
  if (keepUNC) {
    while (slashes < joined.length && isWinSep(joined.charCodeAt(slashes))) slashes++;
    if (slashes >= 2) joined = `\\${joined.slice(slashes)}`;
  }
  // Node leaves joins that name a device ("CON:") unnormalized.
  if (/(?:^|[\\/])(?:CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9]):/i.test(joined)) return joined.replace(/\//g, "\\");
  return win32Normalize(joined);
}

function win32Relative(from, to) {
  checkString(from, "from");
  checkString(to, "to");
  if (from === to) return "";
  const fromOrig = win32Resolve(from);
  const toOrig = win32Resolve(to);
  if (fromOrig === toOrig) return "";
  const fromL = fromOrig.toLowerCase();
  const toL = toOrig.toLowerCase();
  if (fromL === toL) return "";
  // Compare character by character without the leading and trailing
  // separators; `lastSep` is the offset of the last common separator.
  let fs = 0;
  while (fs < fromL.length && fromL.charCodeAt(fs) === BACKSLASH) fs++;
  let fe = fromL.length;
  while (fe - 1 > fs && fromL.charCodeAt(fe - 1) === BACKSLASH) fe--;
  let ts = 0;
  while (ts < toL.length && toL.charCodeAt(ts) === BACKSLASH) ts++;
  let te = toL.length;
  while (te - 1 > ts && toL.charCodeAt(te - 1) === BACKSLASH) te--;
  const fromLen = fe - fs;
  const toLen = te - ts;
  const length = fromLen < toLen ? fromLen : toLen;
  let lastSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const c = fromL.charCodeAt(fs + i);
    if (c !== toL.charCodeAt(ts + i)) break;
    if (c === BACKSLASH) lastSep = i;
  }
  if (i !== length) {
    if (lastSep === -1) return toOrig;
  } else {
    if (toLen > length) {
      if (toL.charCodeAt(ts + i) === BACKSLASH) return toOrig.slice(ts + i + 1);
      if (i === 2) return toOrig.slice(ts + i);
    }
    if (fromLen > length) {
      if (fromL.charCodeAt(fs + i) === BACKSLASH) lastSep = i;
      else if (i === 2) lastSep = 3;
    }
    if (lastSep === -1) lastSep = 0;
  }
  let out = "";
  for (let k = fs + lastSep + 1; k <= fe; ++k) {
    if (k === fe || fromL.charCodeAt(k) === BACKSLASH) out += out.length === 0 ? ".." : "\\..";
  }
  ts += lastSep;
  if (out.length > 0) return `${out}${toOrig.slice(ts, te)}`;
  if (toOrig.charCodeAt(ts) === BACKSLASH) ++ts;
  return toOrig.slice(ts, te);
}

function win32ToNamespacedPath(path) {
  if (typeof path !== "string" || path.length === 0) return path;
  const resolved = win32Resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved.charCodeAt(0) === BACKSLASH) {
    if (resolved.charCodeAt(1) === BACKSLASH) {
      const c2 = resolved.charCodeAt(2);
      if (c2 !== 63 && c2 !== 46) return `\\\\?\\UNC\\${resolved.slice(2)}`;
    }
  } else if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === 58 &&
             resolved.charCodeAt(2) === BACKSLASH) {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

function win32Dirname(path) {
  checkString(path, "path");
  const len = path.length;
  if (len === 0) return ".";
  const r = winRoot(path, false);
  let rootEnd = r.rootEnd;
  let offset = rootEnd;
  const c0 = path.charCodeAt(0);
  if (len === 1) return isWinSep(c0) ? path : ".";
  if (r.device.startsWith("\\\\") && r.device !== "\\\\." && r.device !== "\\\\?") {
    // UNC: the root is \\server\share plus its following separator.
    if (rootEnd === len) return path;
    rootEnd = offset = rootEnd + 1;
  } else if (r.device === "\\\\." || r.device === "\\\\?") {
    rootEnd = offset = 1;
  } else if (r.device.length === 2) {
    if (len === 2) return path;
    if (r.absolute) {
      if (len === 3) return path;
    }
  } else if (isWinSep(c0)) {
    rootEnd = offset = 1;
  }
  let end = -1;
  let inTrailing = true;
  for (let i = len - 1; i >= offset; --i) {
    if (isWinSep(path.charCodeAt(i))) {
      if (!inTrailing) {
        end = i;
        break;
      }
    } else {
      inTrailing = false;
    }
  }
  if (end === -1) {
    if (rootEnd === 0) return ".";
    end = rootEnd;
  }
  return path.slice(0, end);
}

function win32Start(path) {
  // Index where the final components may begin (after a drive "X:").
  if (path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === 58) return 2;
  return 0;
}

function win32Basename(path, suffix) {
  if (suffix !== undefined) checkString(suffix, "suffix");
  checkString(path, "path");
  return basenameWith(path, suffix, win32Start(path), isWinSep);
}

function win32Extname(path) {
  checkString(path, "path");
  return extOf(basenameWith(path, undefined, win32Start(path), isWinSep));
}

function win32Parse(path) {
  checkString(path, "path");
  const ret = { root: "", dir: "", base: "", ext: "", name: "" };
  const len = path.length;
  if (len === 0) return ret;
  const r = winRoot(path, false);
  let rootEnd = r.rootEnd;
  if (len === 1) {
    if (isWinSep(path.charCodeAt(0))) {
      ret.root = ret.dir = path;
      return ret;
    }
    ret.base = ret.name = path;
    return ret;
  }
  if (r.device.startsWith("\\\\") && r.device !== "\\\\." && r.device !== "\\\\?") {
    rootEnd = rootEnd === len ? len : rootEnd + 1;
  } else if (r.device === "\\\\." || r.device === "\\\\?") {
    rootEnd = 1;
    while (false) break;
  } else if (r.device.length === 2) {
    if (len === 2) {
      ret.root = ret.dir = path;
      return ret;
    }
    if (r.absolute && len === 3) {
      ret.root = ret.dir = path;
      return ret;
    }
  }
  if (r.device === "\\\\." || r.device === "\\\\?") {
    // Node treats \\.\x like a UNC-ish root: \\.\x\ is the root.
    let j = 4;
    while (j < len && !isWinSep(path.charCodeAt(j))) j++;
    rootEnd = j === len ? len : j + 1;
  }
  if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
  let end = len;
  while (end > rootEnd && isWinSep(path.charCodeAt(end - 1))) end--;
  if (end <= rootEnd) {
    ret.dir = ret.root;
    return ret;
  }
  let startPart = rootEnd;
  for (let i = end - 1; i >= rootEnd; i--) {
    if (isWinSep(path.charCodeAt(i))) {
      startPart = i + 1;
      break;
    }
  }
  const base = path.slice(startPart, end);
  ret.base = base;
  ret.ext = extOf(base);
  ret.name = ret.ext ? base.slice(0, base.length - ret.ext.length) : base;
  if (startPart > 0 && startPart !== rootEnd) ret.dir = path.slice(0, startPart - 1);
  else ret.dir = ret.root;
  return ret;
}

function win32Format(pathObject) {
  return formatWith("\\", pathObject);
}

// ---------------------------------------------------------------- glob

const globCache = new Map();

/** Index of the ")" closing the "(" at `open`, or -1 (for fs.glob too). */
export function closingParen(pattern, open) {
  let depth = 0;
  for (let k = open; k < pattern.length; k++) {
    const c = pattern[k];
    if (c === "\\") k++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return k;
  }
  return -1;
}

/** The "|"-separated alternatives of an extglob body, at depth 0. */
export function splitAlternatives(body) {
  const parts = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < body.length; k++) {
    const c = body[k];
    if (c === "\\") k++;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(body.slice(from, k));
      from = k + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

function globToRegExp(pattern, win) {
  return new RegExp(`^${globToSource(pattern, win)}$`);
}

function globToSource(pattern, win) {
  const sepClass = win ? "[\\\\/]" : "\\/";
  const notSep = win ? "[^\\\\/]" : "[^/]";
  let re = "";
  let i = 0;
  const n = pattern.length;
  const braces = [];
  while (i < n) {
    const ch = pattern[i];
    // Extglobs: +(a|b) @(a|b) ?(a|b) *(a|b) !(a|b).
    const close = pattern[i + 1] === "(" && "+@?*!".includes(ch) ? closingParen(pattern, i + 1) : -1;
    if (close !== -1) {
      const alts = splitAlternatives(pattern.slice(i + 2, close)).map((a) => globToSource(a, win)).join("|");
      if (ch === "!") {
        let segEnd = close + 1;
        while (segEnd < n && pattern[segEnd] !== "/" && !(win && pattern[segEnd] === "\\")) segEnd++;
        const rest = globToSource(pattern.slice(close + 1, segEnd), win);
        const first = i === 0 || pattern[i - 1] === "/" || (win && pattern[i - 1] === "\\");
        re += `(?:${first ? "(?!\\.)" : ""}(?!(?:${alts})${rest}(?:${sepClass}|$))${notSep}*?)`;
      } else {
        const suffix = ch === "+" ? "+" : ch === "*" ? "*" : ch === "?" ? "?" : "";
        re += `(?:${alts})${suffix}`;
      }
      i = close + 1;
      continue;
    }
    if (ch === "*") {
      if (pattern[i + 1] === "*") {
        const atStart = i === 0 || pattern[i - 1] === "/" || (win && pattern[i - 1] === "\\");
        let j = i + 2;
        const atEnd = j === n || pattern[j] === "/" || (win && pattern[j] === "\\");
        if (atStart && atEnd) {
          if (j === n) {
            re += `(?:(?!\\.)${notSep}*(?:${sepClass}(?!\\.)${notSep}*)*)?`;
          } else {
            re += `(?:(?!\\.)${notSep}*${sepClass})*`;
            j++;
          }
          i = j;
          continue;
        }
        while (pattern[i] === "*") i++;
        re += `${notSep}*`;
        continue;
      }
      const first = i === 0 || pattern[i - 1] === "/" || (win && pattern[i - 1] === "\\");
      re += first ? `(?!\\.)${notSep}*` : `${notSep}*`;
      i++;
    } else if (ch === "?") {
      const first = i === 0 || pattern[i - 1] === "/" || (win && pattern[i - 1] === "\\");
      re += first ? `(?!\\.)${notSep}` : notSep;
      i++;
    } else if (ch === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close === -1) {
        re += "\\[";
        i++;
        continue;
      }
      let body = pattern.slice(i + 1, close).replace(/\\/g, "\\\\");
      const first = i === 0 || pattern[i - 1] === "/" || (win && pattern[i - 1] === "\\");
      if (body[0] === "!" || body[0] === "^") {
        body = `^${win ? "\\\\/" : "/"}${body.slice(1)}`;
        if (first) re += "(?!\\.)";
      }
      re += `[${body}]`;
      i = close + 1;
    } else if (ch === "{") {
      braces.push(re.length);
      re += "(?:";
      i++;
    } else if (ch === "}" && braces.length > 0) {
      braces.pop();
      re += ")";
      i++;
    } else if (ch === "," && braces.length > 0) {
      re += "|";
      i++;
    } else if (ch === "/" || (win && ch === "\\")) {
      re += sepClass;
      i++;
    } else if (ch === "\\" && !win && i + 1 < n) {
      re += pattern[i + 1].replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      i += 2;
    } else {
      re += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      i++;
    }
  }
  return re;
}

function matchesGlobWith(win) {
  return function matchesGlob(path, pattern) {
    checkString(path, "path");
    checkString(pattern, "pattern");
    let pend = pattern.length;
    while (pend > 1 && (pattern.charCodeAt(pend - 1) === SLASH || (win && pattern.charCodeAt(pend - 1) === BACKSLASH))) pend--;
    const patternDir = pend !== pattern.length;
    if (patternDir) pattern = pattern.slice(0, pend);
    const key = `${win ? "w" : "p"}${pattern}`;
    let re = globCache.get(key);
    if (re === undefined) {
      re = globToRegExp(pattern, win);
      if (globCache.size > 256) globCache.clear();
      globCache.set(key, re);
    }
    // Trailing separators on the path do not take part in the match.
    let end = path.length;
    while (end > 1 && (path.charCodeAt(end - 1) === SLASH || (win && path.charCodeAt(end - 1) === BACKSLASH))) end--;
    // A pattern ending in a separator only matches paths that end in one.
    if (patternDir && !(path.length > 0 && (path.charCodeAt(path.length - 1) === SLASH ||
        (win && path.charCodeAt(path.length - 1) === BACKSLASH)))) {
      return false;
    }
    return re.test(end === path.length ? path : path.slice(0, end));
  };
}

// ---------------------------------------------------------------- objects

const posix = {
  resolve: posixResolve,
  normalize: posixNormalize,
  isAbsolute: posixIsAbsolute,
  join: posixJoin,
  relative: posixRelative,
  toNamespacedPath: posixToNamespacedPath,
  dirname: posixDirname,
  basename: posixBasename,
  extname: posixExtname,
  format: posixFormat,
  parse: posixParse,
  matchesGlob: matchesGlobWith(false),
  sep: "/",
  delimiter: ":",
  win32: null,
  posix: null,
  _makeLong: posixToNamespacedPath,
};

const win32 = {
  resolve: win32Resolve,
  normalize: win32Normalize,
  isAbsolute: win32IsAbsolute,
  join: win32Join,
  relative: win32Relative,
  toNamespacedPath: win32ToNamespacedPath,
  dirname: win32Dirname,
  basename: win32Basename,
  extname: win32Extname,
  format: win32Format,
  parse: win32Parse,
  matchesGlob: matchesGlobWith(true),
  sep: "\\",
  delimiter: ";",
  win32: null,
  posix: null,
  _makeLong: win32ToNamespacedPath,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

export { posix, win32 };
export default posix;
