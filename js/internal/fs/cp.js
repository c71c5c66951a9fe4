// fs.cp / fs.cpSync / fsPromises.cp: a tree copy over the plain fs ops
// (files, directories, symlinks; options recursive, force, errorOnExist,
// filter, dereference, preserveTimestamps, mode).
import {
  op_fs_mkdir, op_fs_path_op, op_fs_readdir, op_fs_readlink, op_fs_stat, op_fs_two_path, op_fs_utimes,
} from "ext:core/ops";
import { fromOpError } from "ext:host/internal/errors.js";
import { validateObject } from "ext:host/internal/validators.js";
import { constants, joinPath, makeStats, statBytes, statValues } from "ext:host/internal/fs/utils.js";

const { S_IFMT, S_IFDIR, S_IFLNK } = constants;

function systemError(code, message, path, syscall, errnoName, errno) {
  const err = new Error(`${message}: ${syscall} returned ${errnoName} (${message.toLowerCase()}) ${path}`);
  Object.defineProperty(err, "code", { value: code, enumerable: true, writable: true, configurable: true });
  err.errno = errno;
  err.syscall = syscall;
  err.path = path;
  err.info = { code: errnoName, message, path, syscall, errno };
  err.name = "SystemError";
  void err.stack;
  delete err.name;
  Object.defineProperty(err, "name", { value: "SystemError", enumerable: false, writable: true, configurable: true });
  return err;
}

function statOf(path, follow) {
  const ok = op_fs_stat(path, follow ? 0 : 1, false, statBytes);
  return ok ? makeStats(statValues, false) : null;
}

function normalize(options) {
  if (options === undefined) options = {};
  validateObject(options, "options");
  return {
    recursive: !!options.recursive,
    force: options.force !== false,
    errorOnExist: !!options.errorOnExist,
    dereference: !!options.dereference,
    preserveTimestamps: !!options.preserveTimestamps,
    filter: options.filter,
    mode: options.mode ?? 0,
  };
}

function copyOne(src, dest, opts) {
  if (opts.filter && !opts.filter(src, dest)) return;
  const st = statOf(src, opts.dereference);
  if (st === null) op_fs_stat(src, opts.dereference ? 0 : 1, true, statBytes);
  const kind = st.mode & S_IFMT;
  const dst = statOf(dest, false);
  if (kind === S_IFDIR) {
    if (!opts.recursive) {
      throw systemError("ERR_FS_EISDIR", "Recursive option is required to copy a directory", src, "cp", "EISDIR", 21);
    }
    if (dst === null) op_fs_mkdir(dest, false, st.mode & 0o7777);
    const [names] = op_fs_readdir(src, false, false);
    for (const name of names) copyOne(joinPath(src, name), joinPath(dest, name), opts);
    return;
  }
  if (dst !== null) {
    if (!opts.force) {
      if (opts.errorOnExist) {
        throw systemError("ERR_FS_CP_EEXIST", "Target already exists", dest, "cp", "EEXIST", 17);
      }
      return;
    }
  }
  if (kind === S_IFLNK) {
    const target = op_fs_readlink(src);
    if (dst !== null) op_fs_path_op(1, dest, 0);
    op_fs_two_path(2, target, dest, 0);
    return;
  }
  op_fs_two_path(3, src, dest, opts.mode);
  if (opts.preserveTimestamps) op_fs_utimes(dest, -1, 0, st.atimeMs / 1000, st.mtimeMs / 1000);
}

export function cpSyncImpl(src, dest, options) {
  const opts = normalize(options);
  if (src === dest) {
    throw systemError("ERR_FS_CP_EINVAL", "Invalid src or dest", src, "cp", "EINVAL", 22);
  }
  try {
    copyOne(src, dest, opts);
  } catch (e) {
    throw fromOpError(e);
  }
}

export async function cpAsync(src, dest, options) {
  // The walk itself is synchronous; start it after the caller's tick so the
  // callback and promise forms stay asynchronous.
  await null;
  cpSyncImpl(src, dest, options);
}
