// fs.cp / fs.cpSync / fsPromises.cp: a tree copy over the plain fs ops
// (files, directories, symlinks; options recursive, force, errorOnExist,
// filter, dereference, preserveTimestamps, mode, verbatimSymlinks).
import {
  op_fs_mkdir, op_fs_path_op, op_fs_readdir, op_fs_readlink, op_fs_stat, op_fs_two_path, op_fs_utimes,
} from "ext:core/ops";
import * as pathNs from "ext:host/path.js";
import { codes } from "ext:host/internal/errors.js";
import { validateBoolean, validateFunction, validateInteger, validateObject } from "ext:host/internal/validators.js";
import { constants, fsError, joinPath, makeStats, statBytes, statValues } from "ext:host/internal/fs/utils.js";

const { S_IFMT, S_IFDIR, S_IFLNK } = constants;

function pathLib() {
  return pathNs.default ?? pathNs;
}

/** An Error with only a `code`, as Node's native cp reports most failures. */
function codedError(code, message, Base = Error) {
  const err = new Base(message);
  Object.defineProperty(err, "name", { value: `${Base.name} [${code}]`, configurable: true, writable: true, enumerable: false });
  void err.stack;
  delete err.name;
  err.code = code;
  return err;
}

/** A SystemError as Node's cp reports it: `<prefix>: cp returned <CODE>
 * (<message>) <path>` with an `info` object. */
function cpSystemError(code, prefix, errCode, errno, message, path) {
  const err = new Error(`${prefix}: cp returned ${errCode} (${message}) ${path}`);
  Object.defineProperty(err, "name", { value: `SystemError [${code}]`, configurable: true, writable: true, enumerable: false });
  void err.stack;
  Object.defineProperty(err, "name", { value: "SystemError", configurable: true, writable: true, enumerable: false });
  err.code = code;
  err.info = { message, path, syscall: "cp", errno, code: errCode };
  err.errno = errno;
  err.syscall = "cp";
  err.path = path;
  return err;
}

function existsError(dest) {
  return cpSystemError("ERR_FS_CP_EEXIST", "Target already exists", "EEXIST", 17, `${dest} already exists`, dest);
}

/** Stats or null when missing; other failures throw. */
function statOf(path, follow) {
  const ok = op_fs_stat(path, follow ? 0 : 1, false, statBytes);
  return ok ? makeStats(statValues, false) : null;
}

function kindOf(st) {
  return st.mode & S_IFMT;
}

const kCpDefaults = {
  dereference: false, errorOnExist: false, filter: undefined, force: true, preserveTimestamps: false,
  recursive: false, verbatimSymlinks: false, mode: 0,
};

/** Node's cp option checks: defaults merged first (an explicit undefined
 * counts), booleans in a fixed order, then mode and filter. */
export function normalize(options) {
  if (options === undefined) return { ...kCpDefaults };
  validateObject(options, "options");
  options = { ...kCpDefaults, ...options };
  for (const name of ["dereference", "errorOnExist", "force", "preserveTimestamps", "recursive", "verbatimSymlinks"]) {
    validateBoolean(options[name], `options.${name}`);
  }
  if (options.mode === undefined) options.mode = 0;
  else validateInteger(options.mode, "mode", 0, 7);
  if (options.dereference && options.verbatimSymlinks) {
    throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR("dereference", "verbatimSymlinks");
  }
  if (options.filter !== undefined) validateFunction(options.filter, "options.filter");
  return options;
}

function withSlash(p) {
  return p.endsWith("/") ? p : p + "/";
}

// The walk is a generator that yields each filter result: the sync driver
// hands values straight back, the async one awaits them first (an async
// filter may return a promise).
function* copyEntry(src, dest, opts) {
  if (opts.filter && !(yield opts.filter(src, dest))) return;
  const st = statOf(src, opts.dereference);
  if (st === null) op_fs_stat(src, opts.dereference ? 0 : 1, true, statBytes);
  const kind = kindOf(st);
  const dst = statOf(dest, false);
  if (kind === S_IFDIR) {
    if (dst === null) op_fs_mkdir(dest, false, st.mode & 0o7777);
    const [names] = op_fs_readdir(src, false, false);
    for (const name of names) yield* copyEntry(joinPath(src, name), joinPath(dest, name), opts);
    return;
  }
  if (dst !== null) {
    if (!opts.force) {
      if (opts.errorOnExist) throw existsError(dest);
      return;
    }
    if (kind === S_IFLNK || kindOf(dst) === S_IFLNK) op_fs_path_op(1, dest, 0);
  }
  if (kind === S_IFLNK) {
    let target = op_fs_readlink(src);
    if (!opts.verbatimSymlinks && !target.startsWith("/")) {
      target = pathLib().resolve(pathLib().dirname(src), target);
    }
    op_fs_two_path(2, target, dest, 0);
    return;
  }
  op_fs_two_path(3, src, dest, opts.mode);
  if (opts.preserveTimestamps) op_fs_utimes(dest, -1, 0, st.atimeMs / 1000, st.mtimeMs / 1000);
}

/** The checks cpSync makes before copying (plain errors with a code). */
function checkSync(src, dest, st, dst, opts) {
  const path = pathLib();
  const srcDir = kindOf(st) === S_IFDIR;
  if (path.resolve(src) === path.resolve(dest)) {
    throw codedError("ERR_FS_CP_EINVAL", `src and dest cannot be the same ${src}`);
  }
  if (dst !== null) {
    if (dst.ino === st.ino && dst.dev === st.dev) {
      throw codedError("ERR_FS_CP_EINVAL", `src and dest cannot be the same ${src}`);
    }
    const destDir = kindOf(dst) === S_IFDIR;
    if (srcDir && !destDir) {
      throw codedError("ERR_FS_CP_DIR_TO_NON_DIR", `Cannot overwrite non-directory ${dest} with directory ${src}`);
    }
    if (!srcDir && destDir) {
      throw codedError("ERR_FS_CP_NON_DIR_TO_DIR", `Cannot overwrite directory ${dest} with non-directory ${src}`);
    }
  }
  if (srcDir && withSlash(path.resolve(dest)).startsWith(withSlash(path.resolve(src)))) {
    throw codedError("ERR_FS_CP_EINVAL", `Cannot copy ${withSlash(src)} to a subdirectory of self ${dest}`);
  }
  if (srcDir && !opts.recursive) {
    throw codedError("ERR_FS_EISDIR", `Recursive option not enabled, cannot copy a directory: ${withSlash(src)}`);
  }
}

/** The checks fs.cp / fsPromises.cp make (SystemErrors), in their order. */
function checkAsync(src, dest, st, dst, opts) {
  const path = pathLib();
  const srcDir = kindOf(st) === S_IFDIR;
  if (dst !== null) {
    if (dst.ino === st.ino && dst.dev === st.dev) {
      throw cpSystemError("ERR_FS_CP_EINVAL", "Invalid src or dest", "EINVAL", 22, "src and dest cannot be the same", dest);
    }
    const destDir = kindOf(dst) === S_IFDIR;
    if (srcDir && !destDir) {
      throw cpSystemError("ERR_FS_CP_DIR_TO_NON_DIR", "Cannot overwrite non-directory with directory", "EISDIR", 21,
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcDir && destDir) {
      throw cpSystemError("ERR_FS_CP_NON_DIR_TO_DIR", "Cannot overwrite directory with non-directory", "ENOTDIR", 20,
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcDir && withSlash(path.resolve(dest)).startsWith(withSlash(path.resolve(src)))) {
    throw cpSystemError("ERR_FS_CP_EINVAL", "Invalid src or dest", "EINVAL", 22,
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
}

function* cpWalk(src, dest, opts, isAsync) {
  const path = pathLib();
  if (opts.filter && !(yield opts.filter(src, dest))) return;
  const st = statOf(src, opts.dereference);
  if (st === null) op_fs_stat(src, opts.dereference ? 0 : 1, true, statBytes);
  const srcDir = kindOf(st) === S_IFDIR;
  const dst = statOf(dest, false);
  if (isAsync) {
    checkAsync(src, dest, st, dst, opts);
  } else {
    checkSync(src, dest, st, dst, opts);
  }
  const parent = path.dirname(dest);
  if (statOf(parent, true) === null) op_fs_mkdir(parent, true, 0o777);
  if (srcDir) {
    if (!opts.recursive) {
      throw cpSystemError("ERR_FS_EISDIR", "Path is a directory", "EISDIR", 21, `${src} is a directory (not copied)`, src);
    }
    if (dst === null) op_fs_mkdir(dest, false, st.mode & 0o7777);
    const [names] = op_fs_readdir(src, false, false);
    for (const name of names) yield* copyEntry(joinPath(src, name), joinPath(dest, name), opts);
  } else {
    yield* copyEntry(src, dest, { ...opts, filter: undefined });
  }
}

export function cpSyncImpl(src, dest, options) {
  const opts = normalize(options);
  try {
    const walk = cpWalk(src, dest, opts, false);
    let step = walk.next();
    while (!step.done) {
      if (step.value instanceof Promise) {
        throw new codes.ERR_INVALID_RETURN_VALUE("boolean", "filter", step.value);
      }
      step = walk.next(step.value);
    }
  } catch (e) {
    throw fsError(e);
  }
}

export async function cpAsync(src, dest, options) {
  const opts = normalize(options);
  // Start after the caller's tick so the callback and promise forms stay
  // asynchronous.
  await null;
  try {
    const walk = cpWalk(src, dest, opts, true);
    let step = walk.next();
    while (!step.done) step = walk.next(await step.value);
  } catch (e) {
    throw fsError(e);
  }
}
