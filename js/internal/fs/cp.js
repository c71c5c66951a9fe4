// fs.cp / fs.cpSync / fsPromises.cp: a tree copy over the plain fs ops
// (files, directories, symlinks; options recursive, force, errorOnExist,
// filter, dereference, preserveTimestamps, mode, verbatimSymlinks).
import {
  op_fs_mkdir, op_fs_path_op, op_fs_readdir, op_fs_readlink, op_fs_stat, op_fs_two_path, op_fs_utimes,
} from "ext:core/ops";
import * as pathNs from "ext:host/path.js";
import { validateObject } from "ext:host/internal/validators.js";
import { constants, fsError, joinPath, makeStats, statBytes, statValues } from "ext:host/internal/fs/utils.js";

const { S_IFMT, S_IFDIR, S_IFLNK } = constants;

function pathLib() {
  return pathNs.default ?? pathNs;
}

/** An Error with only a `code`, as Node's native cp reports most failures. */
function codedError(code, message) {
  const err = new Error(message);
  Object.defineProperty(err, "name", { value: `Error [${code}]`, configurable: true, writable: true, enumerable: false });
  void err.stack;
  delete err.name;
  err.code = code;
  return err;
}

function existsError(dest) {
  const message = `${dest} already exists`;
  const err = new Error(`Target already exists: cp returned EEXIST (${message}) ${dest}`);
  Object.defineProperty(err, "name", { value: "SystemError [ERR_FS_CP_EEXIST]", configurable: true, writable: true, enumerable: false });
  void err.stack;
  Object.defineProperty(err, "name", { value: "SystemError", configurable: true, writable: true, enumerable: false });
  err.code = "ERR_FS_CP_EEXIST";
  err.info = { message, path: dest, syscall: "cp", errno: 17, code: "EEXIST" };
  err.errno = 17;
  err.syscall = "cp";
  err.path = dest;
  return err;
}

/** Stats or null when missing; other failures throw. */
function statOf(path, follow) {
  const ok = op_fs_stat(path, follow ? 0 : 1, false, statBytes);
  return ok ? makeStats(statValues, false) : null;
}

function kindOf(st) {
  return st.mode & S_IFMT;
}

function normalize(options) {
  if (options === undefined || options === null) options = {};
  validateObject(options, "options");
  return {
    recursive: !!options.recursive,
    force: options.force !== false,
    errorOnExist: !!options.errorOnExist,
    dereference: !!options.dereference,
    preserveTimestamps: !!options.preserveTimestamps,
    verbatimSymlinks: !!options.verbatimSymlinks,
    filter: options.filter,
    mode: options.mode ?? 0,
  };
}

function withSlash(p) {
  return p.endsWith("/") ? p : p + "/";
}

function copyEntry(src, dest, opts) {
  if (opts.filter && !opts.filter(src, dest)) return;
  const st = statOf(src, opts.dereference);
  if (st === null) op_fs_stat(src, opts.dereference ? 0 : 1, true, statBytes);
  const kind = kindOf(st);
  const dst = statOf(dest, false);
  if (kind === S_IFDIR) {
    if (dst === null) op_fs_mkdir(dest, false, st.mode & 0o7777);
    const [names] = op_fs_readdir(src, false, false);
    for (const name of names) copyEntry(joinPath(src, name), joinPath(dest, name), opts);
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

export function cpSyncImpl(src, dest, options) {
  const opts = normalize(options);
  const path = pathLib();
  try {
    if (opts.filter && !opts.filter(src, dest)) return;
    const st = statOf(src, opts.dereference);
    if (st === null) op_fs_stat(src, opts.dereference ? 0 : 1, true, statBytes);
    const srcDir = kindOf(st) === S_IFDIR;
    if (path.resolve(src) === path.resolve(dest)) {
      throw codedError("ERR_FS_CP_EINVAL", `src and dest cannot be the same ${src}`);
    }
    if (srcDir && !opts.recursive) {
      throw codedError("ERR_FS_EISDIR", `Recursive option not enabled, cannot copy a directory: ${withSlash(src)}`);
    }
    const dst = statOf(dest, false);
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
    const parent = path.dirname(dest);
    if (statOf(parent, true) === null) op_fs_mkdir(parent, true, 0o777);
    const noTopFilter = { ...opts, filter: undefined };
    if (srcDir) {
      if (dst === null) op_fs_mkdir(dest, false, st.mode & 0o7777);
      const [names] = op_fs_readdir(src, false, false);
      for (const name of names) copyEntry(joinPath(src, name), joinPath(dest, name), opts);
    } else {
      copyEntry(src, dest, noTopFilter);
    }
  } catch (e) {
    throw fsError(e);
  }
}

export async function cpAsync(src, dest, options) {
  // The walk itself is synchronous; start it after the caller's tick so the
  // callback and promise forms stay asynchronous.
  await null;
  cpSyncImpl(src, dest, options);
}
