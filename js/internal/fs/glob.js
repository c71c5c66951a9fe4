// fs.glob / fs.globSync / fsPromises.glob: *, ?, [...], {a,b} and ** over
// readdir. Dot entries match only a segment that starts with a dot.
import { op_fs_readdir, op_fs_stat } from "ext:core/ops";
import { codes } from "ext:host/internal/errors.js";
import { closingParen, splitAlternatives as alternatives } from "ext:host/path.js";
import { validateFunction, validateObject } from "ext:host/internal/validators.js";
import { DirentFromStats, getValidatedPath, makeStats, statBytes, statValues } from "ext:host/internal/fs/utils.js";

const { ERR_INVALID_ARG_TYPE } = codes;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;

/** Expand the first {a,b} group, recursively. */
function expandBraces(pattern) {
  let depth = 0;
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
    } else if (c === "{") {
      if (depth++ === 0) start = i;
    } else if (c === "}" && depth > 0 && --depth === 0) {
      const body = pattern.slice(start + 1, i);
      const parts = [];
      let d = 0;
      let from = 0;
      for (let j = 0; j < body.length; j++) {
        if (body[j] === "{") d++;
        else if (body[j] === "}") d--;
        else if (body[j] === "," && d === 0) {
          parts.push(body.slice(from, j));
          from = j + 1;
        }
      }
      parts.push(body.slice(from));
      if (parts.length < 2) continue;
      const head = pattern.slice(0, start);
      const tail = pattern.slice(i + 1);
      return parts.flatMap((p) => expandBraces(head + p + tail));
    }
  }
  return [pattern];
}

function hasMagic(seg) {
  return /[*?[]|[+@!]\(/.test(seg);
}

function segmentSource(seg) {
  let src = "";
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    // Extglobs: +(a|b) @(a|b) ?(a|b) *(a|b) !(a|b).
    const close = seg[i + 1] === "(" && "+@?*!".includes(c) ? closingParen(seg, i + 1) : -1;
    if (close !== -1) {
      const alts = alternatives(seg.slice(i + 2, close)).map(segmentSource).join("|");
      if (c === "!") {
        src += `(?:(?!(?:${alts})${segmentSource(seg.slice(close + 1))}$)[^/]*?)`;
      } else {
        src += `(?:${alts})${c === "@" ? "" : c}`;
      }
      i = close;
      continue;
    }
    if (c === "*") src += "[^/]*";
    else if (c === "?") src += "[^/]";
    else if (c === "[") {
      const end = seg.indexOf("]", i + 2);
      if (end === -1) {
        src += "\\[";
        continue;
      }
      let cls = seg.slice(i + 1, end);
      if (cls[0] === "!") cls = "^" + cls.slice(1);
      src += "[" + cls.replace(/\\/g, "\\\\") + "]";
      i = end;
    } else if (c === "\\" && i + 1 < seg.length) {
      src += "\\" + seg[++i];
    } else {
      src += c.replace(/[.+^${}()|\]\\]/g, "\\$&");
    }
  }
  return src;
}

function segmentRegExp(seg) {
  return new RegExp("^" + segmentSource(seg) + "$");
}

/** A whole-path matcher for `exclude` patterns. */
function pathRegExp(pattern) {
  const segs = normalizeSegments(pattern);
  let src = "";
  for (let i = 0; i < segs.length; i++) {
    const last = i === segs.length - 1;
    if (segs[i] === "**") src += last ? ".*" : "(?:[^/]+/)*";
    else src += segmentSource(segs[i]) + (last ? "" : "/");
  }
  return new RegExp("^" + src + "$");
}

function normalizeSegments(pattern) {
  const out = [];
  for (const seg of pattern.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(seg);
  }
  return out;
}

function join(a, b) {
  if (a === "") return b;
  return a.endsWith("/") ? a + b : a + "/" + b;
}

function isDir(path) {
  return op_fs_stat(path, 0, false, statBytes) && (statValues[1] & S_IFMT) === S_IFDIR;
}

function exists(path) {
  return op_fs_stat(path, 1, false, statBytes);
}

function readDir(path) {
  try {
    return op_fs_readdir(path, true, false);
  } catch {
    return [[], []];
  }
}

function globOne(pattern, cwd, exclude, results, parentBase) {
  const absolute = pattern.startsWith("/");
  // A pattern ending in "/" matches directories only.
  const dirOnly = pattern.length > 1 && pattern.endsWith("/");
  const segs = normalizeSegments(pattern);
  const base = absolute ? "/" : cwd;
  const display = (rel) => (absolute ? "/" + rel : rel === "" ? "." : rel);
  const excluded = (name, rel) => exclude !== null && exclude(name, rel);
  const add = (rel, type, name, parentRel) => {
    const key = display(rel);
    if (results.has(key)) return;
    if (dirOnly && type !== 2) return;
    let parent;
    if (absolute) parent = parentRel === "" ? "/" : "/" + parentRel;
    else if (parentBase === ".") parent = parentRel === "" ? "." : parentRel;
    else parent = parentRel === "" ? parentBase : join(parentBase, parentRel);
    results.set(key, [join(base, rel), name, parent]);
  };

  const walk = (dirAbs, rel, i) => {
    if (i === segs.length) {
      add(rel, isDir(dirAbs) ? 2 : 1, rel.slice(rel.lastIndexOf("/") + 1) || ".", rel.slice(0, Math.max(0, rel.lastIndexOf("/"))));
      return;
    }
    const seg = segs[i];
    if (seg === "**") {
      walk(dirAbs, rel, i + 1);
      const [names, types] = readDir(dirAbs);
      for (let k = 0; k < names.length; k++) {
        const name = names[k];
        if (name[0] === ".") continue;
        const childRel = join(rel, name);
        if (excluded(name, display(childRel))) continue;
        const childAbs = join(dirAbs, name);
        const dir = types[k] === 2 || (types[k] === 3 && isDir(childAbs));
        if (i + 1 === segs.length) add(childRel, types[k], name, rel);
        if (dir && types[k] !== 3) walk(childAbs, childRel, i);
      }
      return;
    }
    if (!hasMagic(seg)) {
      const childAbs = join(dirAbs, seg);
      const childRel = seg === ".." ? (rel === "" ? ".." : rel + "/..") : join(rel, seg);
      if (excluded(seg, display(childRel))) return;
      if (i + 1 === segs.length ? exists(childAbs) : isDir(childAbs)) walk(childAbs, childRel, i + 1);
      return;
    }
    const re = segmentRegExp(seg);
    const [names, types] = readDir(dirAbs);
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      if (name[0] === "." && seg[0] !== ".") continue;
      if (!re.test(name)) continue;
      const childRel = join(rel, name);
      if (excluded(name, display(childRel))) continue;
      const childAbs = join(dirAbs, name);
      if (i + 1 === segs.length) add(childRel, types[k], name, rel);
      else if (types[k] === 2 || (types[k] === 3 && isDir(childAbs))) walk(childAbs, childRel, i + 1);
    }
  };
  walk(base, "", 0);
}

function normalizeOptions(options) {
  if (options === undefined || options === null) options = {};
  validateObject(options, "options");
  const given = options.cwd !== undefined && options.cwd !== null;
  const cwd = getValidatedPath(given ? options.cwd : globalThis.process.cwd(), "options.cwd");
  let exclude = null;
  if (typeof options.exclude === "function") {
    const fn = options.exclude;
    exclude = (name) => !!fn(name);
  } else if (Array.isArray(options.exclude)) {
    const res = options.exclude.flatMap(expandBraces).map(pathRegExp);
    exclude = (name, rel) => res.some((re) => re.test(rel));
  } else if (options.exclude !== undefined) {
    validateFunction(options.exclude, "options.exclude");
  }
  return { cwd, exclude, withFileTypes: !!options.withFileTypes, parentBase: given ? cwd : "." };
}

export function globSync(pattern, options) {
  const patterns = Array.isArray(pattern) ? pattern : [pattern];
  for (const p of patterns) {
    if (typeof p !== "string") throw new ERR_INVALID_ARG_TYPE("patterns", "string", p);
  }
  const opts = normalizeOptions(options);
  const results = new Map();
  for (const p of patterns) {
    for (const expanded of expandBraces(p)) globOne(expanded, opts.cwd, opts.exclude, results, opts.parentBase);
  }
  if (!opts.withFileTypes) return [...results.keys()];
  // Node answers withFileTypes from an lstat of each match.
  return [...results.values()].map(([full, name, parent]) => {
    op_fs_stat(full, 1, false, statBytes);
    return new DirentFromStats(name, makeStats(statValues, false), parent);
  });
}

export function glob(pattern, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, "callback");
  let result;
  try {
    result = globSync(pattern, options);
  } catch (e) {
    globalThis.process.nextTick(callback, e);
    return;
  }
  globalThis.process.nextTick(callback, null, result);
}

export async function* globAsync(pattern, options) {
  const result = globSync(pattern, options);
  for (const r of result) yield r;
}
