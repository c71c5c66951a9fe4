// node:fs -- callback and synchronous API over the ops in ops/src/fs.rs.
// Async work runs on the Rust blocking pool; callbacks are delivered on the
// nextTick queue so an exception in one is an uncaught exception, as in Node.
import { trackFd, tracksRawFds, untrackFd } from "ext:host/internal/worker/fd_tracker.js";
import {
  op_fs_chown, op_fs_chown_async, op_fs_close, op_fs_close_async, op_fs_exists, op_fs_exists_async,
  op_fs_fchown, op_fs_fchown_async, op_fs_fd_op, op_fs_fd_op_async, op_fs_fstat, op_fs_fstat_async,
  op_fs_mkdir, op_fs_mkdir_async, op_fs_mkdtemp, op_fs_mkdtemp_async, op_fs_open, op_fs_open_async,
  op_fs_path_op, op_fs_path_op_async, op_fs_read, op_fs_read_async, op_fs_read_fd, op_fs_read_fd_async,
  op_fs_read_file, op_fs_read_file_async, op_fs_read_file_text, op_fs_read_file_text_async, op_fs_readdir,
  op_fs_readdir_async, op_fs_readlink, op_fs_readlink_async, op_fs_realpath2, op_fs_realpath_async, op_fs_rm,
  op_fs_rm_async, op_fs_stat, op_fs_stat_async, op_fs_statfs, op_fs_statfs_async, op_fs_two_path,
  op_fs_two_path_async, op_fs_utimes, op_fs_utimes_async, op_fs_write, op_fs_write_all,
  op_fs_write_all_async, op_fs_write_async, op_fs_write_file, op_fs_write_file_async, op_fs_write_file_string,
  op_fs_write_file_string_async, op_fs_write_string, op_fs_write_string_async,
} from "ext:core/ops";
import { AbortError, codes } from "ext:host/internal/errors.js";
import { validateBoolean, validateFunction, validateInt32, validateInteger, validateObject } from "ext:host/internal/validators.js";
import {
  asU8, constants, Dirent, eisdirError, encodeName, encodeResult, getBuffer, getOptions,
  getValidatedFd, getValidatedPath, getValidMode, isUtf8, warnRecursiveRmdir, joinPath, makeReaddirResult, makeStatFs, makeStats,
  parseFileMode, statBytes, statsFromBytes, statValues, Stats, stringToFlags, toUnixTimestamp,
  validateOffsetLengthRead, validatePosition, validateRmdirOptions, validateRmOptions,
} from "ext:host/internal/fs/utils.js";
import { fsError, kFlushFlag } from "ext:host/internal/fs/utils.js";
import { posix as pathPosix } from "ext:host/path.js";
import { Dir, opendir, opendirSync } from "ext:host/internal/fs/dir.js";
import { cpAsync, cpSyncImpl, normalize as validateCpOptions } from "ext:host/internal/fs/cp.js";
import {
  createReadStream, createWriteStream, getReadStream, getWriteStream,
} from "ext:host/internal/fs/streams.js";
import promises from "ext:host/fs/promises.js";
import { unwatchFile, watch, watchFile } from "ext:host/internal/fs/watchers.js";
import { glob, globSync } from "ext:host/internal/fs/glob.js";
import { Utf8Stream } from "ext:host/internal/fs/utf8stream.js";

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;
const { F_OK } = constants;

function nextTick(fn, ...args) {
  globalThis.process.nextTick(fn, ...args);
}

/** Deliver an async op's outcome to a Node callback. */
function settle(promise, cb, map) {
  promise.then(
    (r) => nextTick(cb, null, map === undefined ? r : map(r)),
    (e) => nextTick(cb, fsError(e)),
  );
}

function makeCallback(cb) {
  validateFunction(cb, "cb");
  return cb;
}

// ---- open / close -------------------------------------------------------------

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const f = stringToFlags(flags);
  const m = parseFileMode(mode, "mode", 0o666);
  try {
    return trackFd(op_fs_open(path, f, m));
  } catch (e) {
    throw fsError(e);
  }
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = "r";
    mode = 0o666;
  } else if (typeof mode === "function") {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, "mode", 0o666);
  }
  const f = stringToFlags(flags);
  callback = makeCallback(callback);
  const opened = op_fs_open_async(path, f, mode);
  settle(tracksRawFds() ? opened.then(trackFd) : opened, callback);
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  untrackFd(fd);
  try {
    op_fs_close(fd);
  } catch (e) {
    throw fsError(e);
  }
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  untrackFd(fd);
  settle(op_fs_close_async(fd), callback, () => undefined);
}

// ---- read / write ---------------------------------------------------------------

function toPosition(position) {
  if (position == null) return -1;
  if (typeof position === "bigint") return Number(position);
  return position;
}

function validateReadBuffer(buffer) {
  if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE("buffer", ["Buffer", "TypedArray", "DataView"], buffer);
}

function normalizeReadArgs(buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (offset !== null && typeof offset === "object" && !ArrayBuffer.isView(offset)) {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, "offset", 0);
  if (length === undefined) length = buffer.byteLength - offset;
  validateInteger(length, "length", 0);
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE("buffer", buffer, "is empty and cannot be written");
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, "position", length);
  return [offset, length, toPosition(position)];
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateReadBuffer(buffer);
  if (arguments.length <= 3 || typeof offsetOrOptions === "object") {
    if (offsetOrOptions != null) validateObject(offsetOrOptions, "options", { nullable: true });
    ({ offset: offsetOrOptions = 0, length = buffer.byteLength - offsetOrOptions, position = null } = offsetOrOptions ?? {});
  }
  if (length === 0 || (offsetOrOptions?.length === 0)) return 0;
  const [off, len, pos] = normalizeReadArgs(buffer, offsetOrOptions, length, position);
  if (len === 0) return 0;
  try {
    return op_fs_read(fd, asU8(buffer), off, len, pos);
  } catch (e) {
    throw fsError(e);
  }
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, cb)
      validateReadBuffer(buffer);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (ArrayBuffer.isView(buffer)) {
        // read(fd, buffer, cb)
        callback = offsetOrOptions;
      } else {
        // read(fd, options, cb)
        params = buffer;
        buffer = params?.buffer ?? getBuffer().alloc(16384);
        callback = offsetOrOptions;
      }
    } else {
      // read(fd, cb)
      callback = buffer;
      buffer = getBuffer().alloc(16384);
    }
    if (params != null) validateObject(params, "options", { nullable: true });
    ({ offset: offsetOrOptions = 0, length = buffer?.byteLength - offsetOrOptions, position = null } = params ?? {});
  }
  validateReadBuffer(buffer);
  if (typeof position === "function") {
    // read(fd, buffer, offset, length, callback)
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  if (length === 0) {
    nextTick(callback, null, 0, buffer);
    return;
  }
  const [off, len, pos] = normalizeReadArgs(buffer, offsetOrOptions, length, position);
  op_fs_read_async(fd, asU8(buffer), off, len, pos).then(
    (n) => nextTick(callback, null, n, buffer),
    (e) => nextTick(callback, fsError(e)),
  );
}

function validateWriteBuffer(buffer) {
  if (typeof buffer !== "string" && !ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE("buffer", ["string", "Buffer", "TypedArray", "DataView"], buffer);
  }
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateWriteBuffer(buffer);
  try {
    if (ArrayBuffer.isView(buffer)) {
      let offset = offsetOrOptions;
      if (offset !== null && typeof offset === "object") {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
      }
      if (offset == null) offset = 0;
      else validateInteger(offset, "offset", 0);
      if (typeof length !== "number") length = buffer.byteLength - offset;
      if (typeof position !== "number" && typeof position !== "bigint") position = null;
      validateOffsetLengthWrite(offset, length, buffer.byteLength);
      return op_fs_write(fd, asU8(buffer), offset, length, toPosition(position));
    }
    // writeSync(fd, string[, position[, encoding]])
    const pos = typeof offsetOrOptions === "number" ? offsetOrOptions : -1;
    const encoding = length;
    if (encoding == null || isUtf8(encoding)) return op_fs_write_string(fd, buffer, pos);
    const bytes = getBuffer().from(buffer, encoding);
    return op_fs_write(fd, bytes, 0, bytes.length, pos);
  } catch (e) {
    throw fsError(e);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE("offset", `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE("length", `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE("length", ">= 0", length);
  validateInt32(length, "length", 0);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  validateWriteBuffer(buffer);
  callback = makeCallback(arguments[arguments.length - 1]);
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === "object") {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null || typeof offset === "function") offset = 0;
    else validateInteger(offset, "offset", 0);
    if (typeof length !== "number") length = buffer.byteLength - offset;
    if (typeof position !== "number" && typeof position !== "bigint") position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    op_fs_write_async(fd, asU8(buffer), offset, length, toPosition(position)).then(
      (n) => nextTick(callback, null, n, buffer),
      (e) => nextTick(callback, fsError(e)),
    );
    return;
  }
  const pos = typeof offsetOrOptions === "number" ? offsetOrOptions : -1;
  const encoding = typeof length === "string" ? length : "utf8";
  const p = isUtf8(encoding)
    ? op_fs_write_string_async(fd, buffer, pos)
    : (() => {
      const bytes = getBuffer().from(buffer, encoding);
      return op_fs_write_async(fd, bytes, 0, bytes.length, pos);
    })();
  p.then((n) => nextTick(callback, null, n, buffer), (e) => nextTick(callback, fsError(e)));
}

function validateBufferArray(buffers, name = "buffers") {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, "ArrayBufferView[]", buffers);
  for (const b of buffers) {
    if (!ArrayBuffer.isView(b)) throw new ERR_INVALID_ARG_TYPE(name, "ArrayBufferView[]", buffers);
  }
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  let pos = typeof position === "number" ? position : -1;
  let total = 0;
  try {
    for (const b of buffers) {
      const u8 = asU8(b);
      let done = 0;
      while (done < u8.length) {
        const n = op_fs_write(fd, u8, done, u8.length - done, pos);
        done += n;
        if (pos >= 0) pos += n;
      }
      total += done;
    }
  } catch (e) {
    throw fsError(e);
  }
  return total;
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(arguments[arguments.length - 1]);
  let pos = typeof position === "number" ? position : -1;
  (async () => {
    let total = 0;
    for (const b of buffers) {
      const u8 = asU8(b);
      let done = 0;
      while (done < u8.length) {
        const n = await op_fs_write_async(fd, u8, done, u8.length - done, pos);
        done += n;
        if (pos >= 0) pos += n;
      }
      total += done;
    }
    return total;
  })().then((n) => nextTick(callback, null, n, buffers), (e) => nextTick(callback, fsError(e)));
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  let pos = typeof position === "number" ? position : -1;
  let total = 0;
  try {
    for (const b of buffers) {
      const u8 = asU8(b);
      const n = op_fs_read(fd, u8, 0, u8.length, pos);
      total += n;
      if (pos >= 0) pos += n;
      if (n < u8.length) break;
    }
  } catch (e) {
    throw fsError(e);
  }
  return total;
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(arguments[arguments.length - 1]);
  let pos = typeof position === "number" ? position : -1;
  (async () => {
    let total = 0;
    for (const b of buffers) {
      const u8 = asU8(b);
      const n = await op_fs_read_async(fd, u8, 0, u8.length, pos);
      total += n;
      if (pos >= 0) pos += n;
      if (n < u8.length) break;
    }
    return total;
  })().then((n) => nextTick(callback, null, n, buffers), (e) => nextTick(callback, fsError(e)));
}

// ---- readFile / writeFile / appendFile ----------------------------------------------

function isFd(v) {
  return typeof v === "number";
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: "r" });
  const encoding = options.encoding;
  try {
    if (isFd(path)) {
      const bytes = op_fs_read_fd(getValidatedFd(path));
      return encodeResult(bytes, encoding);
    }
    path = getValidatedPath(path);
    const flags = stringToFlags(options.flag);
    if (encoding && isUtf8(encoding)) return op_fs_read_file_text(path, flags);
    return encodeResult(op_fs_read_file(path, flags), encoding);
  } catch (e) {
    throw fsError(e);
  }
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

function readFile(path, options, callback) {
  callback ||= options;
  callback = makeCallback(callback);
  options = getOptions(options, { flag: "r" });
  const encoding = options.encoding;
  const signal = options.signal;
  let p;
  if (isFd(path)) {
    p = op_fs_read_fd_async(getValidatedFd(path)).then((b) => encodeResult(b, encoding));
  } else {
    path = getValidatedPath(path);
    const flags = stringToFlags(options.flag);
    if (checkAborted(signal, callback)) return;
    p = encoding && isUtf8(encoding)
      ? op_fs_read_file_text_async(path, flags)
      : op_fs_read_file_async(path, flags).then((b) => encodeResult(b, encoding));
  }
  p.then(
    (r) => {
      if (checkAborted(signal, callback)) return;
      nextTick(callback, null, r);
    },
    (e) => nextTick(callback, fsError(e)),
  );
}

function validateData(data, name = "data") {
  if (typeof data !== "string" && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ["string", "Buffer", "TypedArray", "DataView"], data);
  }
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: "utf8", mode: 0o666, flag: "w" });
  validateData(data);
  const flags = stringToFlags(options.flag || "w") | (options.flush === true ? kFlushFlag : 0);
  const encoding = options.encoding ?? "utf8";
  try {
    if (isFd(path)) {
      const fd = getValidatedFd(path);
      const bytes = typeof data === "string" ? getBuffer().from(data, encoding) : asU8(data);
      op_fs_write_all(fd, bytes);
      return;
    }
    path = getValidatedPath(path);
    const mode = parseFileMode(options.mode, "mode", 0o666);
    if (typeof data === "string") {
      if (isUtf8(encoding)) op_fs_write_file_string(path, data, flags, mode);
      else op_fs_write_file(path, getBuffer().from(data, encoding), flags, mode);
    } else {
      op_fs_write_file(path, asU8(data), flags, mode);
    }
  } catch (e) {
    throw fsError(e);
  }
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  callback = makeCallback(callback);
  options = getOptions(options, { encoding: "utf8", mode: 0o666, flag: "w" });
  validateData(data);
  const flags = stringToFlags(options.flag || "w") | (options.flush === true ? kFlushFlag : 0);
  const encoding = options.encoding ?? "utf8";
  const signal = options.signal;
  if (checkAborted(signal, callback)) return;
  let p;
  if (isFd(path)) {
    const fd = getValidatedFd(path);
    const bytes = typeof data === "string" ? getBuffer().from(data, encoding) : asU8(data);
    p = op_fs_write_all_async(fd, bytes);
  } else {
    path = getValidatedPath(path);
    const mode = parseFileMode(options.mode, "mode", 0o666);
    if (typeof data === "string") {
      p = isUtf8(encoding)
        ? op_fs_write_file_string_async(path, data, flags, mode)
        : op_fs_write_file_async(path, getBuffer().from(data, encoding), flags, mode);
    } else {
      p = op_fs_write_file_async(path, asU8(data), flags, mode);
    }
  }
  settle(p, callback, () => undefined);
}

function appendOptions(options) {
  options = getOptions(options, { encoding: "utf8", mode: 0o666, flag: "a" });
  options = { ...options };
  if (!options.flag || isFd(options.flag)) options.flag = "a";
  return options;
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  callback = makeCallback(callback);
  writeFile(path, data, appendOptions(options), callback);
}

// ---- stat ----------------------------------------------------------------------------

function statOptions(options) {
  if (options == null || typeof options === "function") return { bigint: false };
  return options;
}

function statSyncKind(path, options, kind) {
  options = statOptions(options);
  path = getValidatedPath(path);
  let ok;
  try {
    ok = op_fs_stat(path, kind, options.throwIfNoEntry !== false, statBytes);
  } catch (e) {
    throw fsError(e);
  }
  if (!ok) return undefined;
  return makeStats(statValues, options.bigint);
}

function statSync(path, options) {
  return statSyncKind(path, options, 0);
}

function lstatSync(path, options) {
  return statSyncKind(path, options, 1);
}

function fstatSync(fd, options) {
  options = statOptions(options);
  fd = getValidatedFd(fd);
  try {
    op_fs_fstat(fd, statBytes);
  } catch (e) {
    throw fsError(e);
  }
  return makeStats(statValues, options.bigint);
}

function statKind(path, options, callback, kind) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  options = statOptions(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = options.bigint;
  settle(op_fs_stat_async(path, kind), callback, (b) => statsFromBytes(b, bigint));
}

function stat(path, options, callback) {
  statKind(path, options, callback, 0);
}

function lstat(path, options, callback) {
  statKind(path, options, callback, 1);
}

function fstat(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  options = statOptions(options);
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  const bigint = options.bigint;
  settle(op_fs_fstat_async(fd), callback, (b) => statsFromBytes(b, bigint));
}

function statfsSync(path, options) {
  options = statOptions(options);
  path = getValidatedPath(path);
  try {
    return makeStatFs(op_fs_statfs(path), options.bigint);
  } catch (e) {
    throw fsError(e);
  }
}

function statfs(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  options = statOptions(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  settle(op_fs_statfs_async(path), callback, (v) => makeStatFs(v, options.bigint));
}

// ---- directories ------------------------------------------------------------------------

function readdirRecursiveSync(path, options) {
  const out = [];
  const queue = [[path, ""]];
  while (queue.length > 0) {
    const [dir, rel] = queue.shift();
    let names;
    let types;
    try {
      [names, types] = op_fs_readdir(dir, true, false);
    } catch (e) {
      throw fsError(e);
    }
    for (let i = 0; i < names.length; i++) {
      const relName = rel === "" ? names[i] : rel + "/" + names[i];
      if (options.withFileTypes) out.push(new Dirent(encodeName(names[i], options.encoding), types[i], dir));
      else out.push(encodeName(relName, options.encoding));
      if (types[i] === 2) queue.push([joinPath(dir, names[i]), relName]);
    }
  }
  return out;
}

async function readdirRecursiveAsync(path, options) {
  const out = [];
  const queue = [[path, ""]];
  while (queue.length > 0) {
    const [dir, rel] = queue.shift();
    const [names, types] = await op_fs_readdir_async(dir, true, false);
    for (let i = 0; i < names.length; i++) {
      const relName = rel === "" ? names[i] : rel + "/" + names[i];
      if (options.withFileTypes) out.push(new Dirent(encodeName(names[i], options.encoding), types[i], dir));
      else out.push(encodeName(relName, options.encoding));
      if (types[i] === 2) queue.push([joinPath(dir, names[i]), relName]);
    }
  }
  return out;
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, "options.recursive");
  if (options.recursive) return readdirRecursiveSync(path, options);
  let r;
  try {
    r = op_fs_readdir(path, !!options.withFileTypes, false);
  } catch (e) {
    throw fsError(e);
  }
  return makeReaddirResult(path, r[0], r[1], options);
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === "function" ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, "options.recursive");
  if (options.recursive) {
    settle(readdirRecursiveAsync(path, options), callback);
    return;
  }
  settle(op_fs_readdir_async(path, !!options.withFileTypes, false), callback,
    (r) => makeReaddirResult(path, r[0], r[1], options));
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === "number" || typeof options === "string") {
    mode = parseFileMode(options, "mode");
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, "options.mode");
  }
  validateBoolean(recursive, "options.recursive");
  return [recursive, mode];
}

function mkdirSync(path, options) {
  path = getValidatedPath(path);
  const [recursive, mode] = mkdirOptions(options);
  try {
    const r = op_fs_mkdir(path, recursive, mode);
    return recursive ? (r ?? undefined) : undefined;
  } catch (e) {
    throw fsError(e);
  }
}

function mkdir(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const [recursive, mode] = mkdirOptions(options);
  settle(op_fs_mkdir_async(path, recursive, mode), callback, (r) => (recursive ? (r ?? undefined) : undefined));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, "prefix");
  try {
    return encodeName(op_fs_mkdtemp(prefix), options.encoding);
  } catch (e) {
    throw fsError(e);
  }
}

function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  const remove = () => rmSync(path, { recursive: true, force: true });
  return {
    path,
    remove,
    [Symbol.dispose ?? Symbol.for("nodejs.dispose")]() {
      remove();
    },
  };
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === "function" ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, "prefix");
  settle(op_fs_mkdtemp_async(prefix), callback, (p) => encodeName(p, options.encoding));
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const { recursive, force } = validateRmOptions(options);
  const ok = lstatForRm(path, force);
  if (!ok) return;
  if (!recursive && (statValues[1] & constants.S_IFMT) === constants.S_IFDIR) throw eisdirError(path);
  try {
    op_fs_rm(path, recursive, force);
  } catch (e) {
    throw fsError(e);
  }
}

function lstatForRm(path, force) {
  try {
    return op_fs_stat(path, 1, !force, statBytes);
  } catch (e) {
    throw fsError(e);
  }
}

function rm(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const { recursive, force } = validateRmOptions(options);
  op_fs_stat_async(path, 1).then(
    (bytes) => {
      const mode = new Float64Array(bytes.buffer, bytes.byteOffset, 18)[1];
      if (!recursive && (mode & constants.S_IFMT) === constants.S_IFDIR) {
        nextTick(callback, eisdirError(path));
        return;
      }
      settle(op_fs_rm_async(path, recursive, force), callback, () => undefined);
    },
    (e) => {
      if (force && e.errno === 2) nextTick(callback, null);
      else nextTick(callback, fsError(e));
    },
  );
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    warnRecursiveRmdir();
    rmSync(path, { recursive: true, force: false });
    return;
  }
  try {
    op_fs_path_op(0, path, 0);
  } catch (e) {
    throw fsError(e);
  }
}

function rmdir(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    warnRecursiveRmdir();
    rm(path, { recursive: true, force: false }, callback);
    return;
  }
  settle(op_fs_path_op_async(0, path, 0), callback, () => undefined);
}

// ---- simple path / fd syscalls ---------------------------------------------------------------

function pathOpSync(op, path, arg) {
  try {
    op_fs_path_op(op, path, arg);
  } catch (e) {
    throw fsError(e);
  }
}

function unlinkSync(path) {
  pathOpSync(1, getValidatedPath(path), 0);
}

function unlink(path, callback) {
  path = getValidatedPath(path);
  settle(op_fs_path_op_async(1, path, 0), makeCallback(callback), () => undefined);
}

function accessMode(mode) {
  return getValidMode(mode, F_OK);
}

function accessSync(path, mode) {
  pathOpSync(2, getValidatedPath(path), accessMode(mode));
}

function access(path, mode, callback) {
  if (typeof mode === "function") {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = accessMode(mode);
  settle(op_fs_path_op_async(2, path, mode), makeCallback(callback), () => undefined);
}

let warnedExistsSync = false;

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    if (!warnedExistsSync) {
      warnedExistsSync = true;
      globalThis.process.emitWarning("Passing invalid argument types to fs.existsSync is deprecated",
        "DeprecationWarning", "DEP0187");
    }
    return false;
  }
  return op_fs_exists(path);
}

function exists(path, callback) {
  validateFunction(callback, "cb");
  try {
    path = getValidatedPath(path);
  } catch {
    nextTick(callback, false);
    return;
  }
  op_fs_exists_async(path).then((r) => nextTick(callback, r));
}
Object.defineProperty(exists, Symbol.for("nodejs.util.promisify.custom"), {
  __proto__: null,
  value: (path) => new Promise((resolve) => exists(path, resolve)),
  enumerable: false,
  configurable: true,
  writable: true,
});

function chmodSync(path, mode) {
  pathOpSync(3, getValidatedPath(path), parseFileMode(mode, "mode"));
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, "mode");
  settle(op_fs_path_op_async(3, path, mode), makeCallback(callback), () => undefined);
}

function truncLen(len) {
  if (len == null) return 0;
  validateInteger(len, "len");
  return Math.max(0, len);
}

function truncateSync(path, len) {
  path = getValidatedPath(path);
  if (len !== undefined && !Number.isInteger(len)) {
    // Node opens the file before it validates `len`.
    const fd = openSync(path, "r+");
    try {
      ftruncateSync(fd, len);
    } finally {
      closeSync(fd);
    }
    return;
  }
  pathOpSync(4, path, truncLen(len));
}

function truncate(path, len, callback) {
  if (typeof len === "function") {
    callback = len;
    len = 0;
  }
  path = getValidatedPath(path);
  len = truncLen(len);
  settle(op_fs_path_op_async(4, path, len), makeCallback(callback), () => undefined);
}

function fdOpSync(op, fd, arg) {
  fd = getValidatedFd(fd);
  try {
    op_fs_fd_op(op, fd, arg);
  } catch (e) {
    throw fsError(e);
  }
}

function fdOp(op, fd, arg, callback) {
  fd = getValidatedFd(fd);
  settle(op_fs_fd_op_async(op, fd, arg), makeCallback(callback), () => undefined);
}

function fsyncSync(fd) {
  fdOpSync(0, fd, 0);
}
function fsync(fd, callback) {
  fdOp(0, fd, 0, callback);
}
function fdatasyncSync(fd) {
  fdOpSync(1, fd, 0);
}
function fdatasync(fd, callback) {
  fdOp(1, fd, 0, callback);
}
function ftruncateSync(fd, len) {
  fdOpSync(2, fd, truncLen(len));
}
function ftruncate(fd, len, callback) {
  if (typeof len === "function") {
    callback = len;
    len = 0;
  }
  fdOp(2, fd, truncLen(len), callback);
}
function fchmodSync(fd, mode) {
  fdOpSync(3, fd, parseFileMode(mode, "mode"));
}
function fchmod(fd, mode, callback) {
  fdOp(3, fd, parseFileMode(mode, "mode"), callback);
}

function validateId(id, name) {
  validateInteger(id, name, -1, 4294967295);
  return id >>> 0;
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  try {
    op_fs_chown(path, 0, validateId(uid, "uid"), validateId(gid, "gid"));
  } catch (e) {
    throw fsError(e);
  }
}
function chown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  const u = validateId(uid, "uid");
  const g = validateId(gid, "gid");
  settle(op_fs_chown_async(path, 0, u, g), makeCallback(callback), () => undefined);
}
function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  try {
    op_fs_chown(path, 1, validateId(uid, "uid"), validateId(gid, "gid"));
  } catch (e) {
    throw fsError(e);
  }
}
function lchown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  const u = validateId(uid, "uid");
  const g = validateId(gid, "gid");
  settle(op_fs_chown_async(path, 1, u, g), makeCallback(callback), () => undefined);
}
function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  try {
    op_fs_fchown(fd, validateId(uid, "uid"), validateId(gid, "gid"));
  } catch (e) {
    throw fsError(e);
  }
}
function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  const u = validateId(uid, "uid");
  const g = validateId(gid, "gid");
  settle(op_fs_fchown_async(fd, u, g), makeCallback(callback), () => undefined);
}

function utimesSyncKind(path, fd, kind, atime, mtime) {
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  try {
    op_fs_utimes(path, fd, kind, a, m);
  } catch (e) {
    throw fsError(e);
  }
}
function utimesSync(path, atime, mtime) {
  utimesSyncKind(getValidatedPath(path), -1, 0, atime, mtime);
}
function lutimesSync(path, atime, mtime) {
  utimesSyncKind(getValidatedPath(path), -1, 1, atime, mtime);
}
function futimesSync(fd, atime, mtime) {
  utimesSyncKind("", getValidatedFd(fd), 2, atime, mtime);
}
function utimesKind(path, fd, kind, atime, mtime, callback) {
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  settle(op_fs_utimes_async(path, fd, kind, a, m), makeCallback(callback), () => undefined);
}
function utimes(path, atime, mtime, callback) {
  utimesKind(getValidatedPath(path), -1, 0, atime, mtime, callback);
}
function lutimes(path, atime, mtime, callback) {
  utimesKind(getValidatedPath(path), -1, 1, atime, mtime, callback);
}
function futimes(fd, atime, mtime, callback) {
  utimesKind("", getValidatedFd(fd), 2, atime, mtime, callback);
}

// ---- two-path syscalls ------------------------------------------------------------------------

function twoPathSync(op, a, b, arg) {
  try {
    op_fs_two_path(op, a, b, arg);
  } catch (e) {
    throw fsError(e);
  }
}

function renameSync(oldPath, newPath) {
  twoPathSync(0, getValidatedPath(oldPath, "oldPath"), getValidatedPath(newPath, "newPath"), 0);
}
function rename(oldPath, newPath, callback) {
  const a = getValidatedPath(oldPath, "oldPath");
  const b = getValidatedPath(newPath, "newPath");
  settle(op_fs_two_path_async(0, a, b, 0), makeCallback(callback), () => undefined);
}
function linkSync(existingPath, newPath) {
  twoPathSync(1, getValidatedPath(existingPath, "existingPath"), getValidatedPath(newPath, "newPath"), 0);
}
function link(existingPath, newPath, callback) {
  const a = getValidatedPath(existingPath, "existingPath");
  const b = getValidatedPath(newPath, "newPath");
  settle(op_fs_two_path_async(1, a, b, 0), makeCallback(callback), () => undefined);
}

function validateSymlinkType(type) {
  if (type != null && type !== "dir" && type !== "file" && type !== "junction") {
    throw new ERR_INVALID_ARG_VALUE("type", type, "must be one of: 'dir', 'file', 'junction', null, undefined");
  }
}

function symlinkSync(target, path, type) {
  validateSymlinkType(type);
  twoPathSync(2, getValidatedPath(target, "target"), getValidatedPath(path), 0);
}
function symlink(target, path, type, callback) {
  if (typeof type === "function") {
    callback = type;
    type = undefined;
  }
  validateSymlinkType(type);
  const a = getValidatedPath(target, "target");
  const b = getValidatedPath(path);
  settle(op_fs_two_path_async(2, a, b, 0), makeCallback(callback), () => undefined);
}

function copyMode(mode) {
  return getValidMode(mode, 0);
}

function copyFileSync(src, dest, mode) {
  twoPathSync(3, getValidatedPath(src, "src"), getValidatedPath(dest, "dest"), copyMode(mode));
}
function copyFile(src, dest, mode, callback) {
  if (typeof mode === "function") {
    callback = mode;
    mode = 0;
  }
  const a = getValidatedPath(src, "src");
  const b = getValidatedPath(dest, "dest");
  settle(op_fs_two_path_async(3, a, b, copyMode(mode)), makeCallback(callback), () => undefined);
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, "oldPath");
  try {
    return encodeName(op_fs_readlink(path), options.encoding);
  } catch (e) {
    throw fsError(e);
  }
}
function readlink(path, options, callback) {
  callback = makeCallback(typeof options === "function" ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, "oldPath");
  settle(op_fs_readlink_async(path), callback, (p) => encodeName(p, options.encoding));
}

function realpathSyncImpl(path, options, native) {
  options = getOptions(options);
  path = getValidatedPath(path);
  // The JS realpath walks the absolute path (errors name it absolute).
  if (!native) path = pathPosix.resolve(path);
  try {
    return encodeName(op_fs_realpath2(path, native), options.encoding);
  } catch (e) {
    throw fsError(e);
  }
}
function realpathSync(path, options) {
  return realpathSyncImpl(path, options, false);
}
realpathSync.native = function native(path, options) {
  return realpathSyncImpl(path, options, true);
};
function realpathImpl(path, options, callback, native) {
  callback = makeCallback(typeof options === "function" ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (!native) path = pathPosix.resolve(path);
  settle(op_fs_realpath_async(path, native), callback, (p) => encodeName(p, options.encoding));
}
function realpath(path, options, callback) {
  realpathImpl(path, options, callback, false);
}
realpath.native = function native(path, options, callback) {
  realpathImpl(path, options, callback, true);
};

// ---- cp -----------------------------------------------------------------------------------

function cpSync(src, dest, options) {
  cpSyncImpl(getValidatedPath(src, "src"), getValidatedPath(dest, "dest"), options);
}

function cp(src, dest, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const a = getValidatedPath(src, "src");
  const b = getValidatedPath(dest, "dest");
  validateCpOptions(options);
  cpAsync(a, b, options).then(() => nextTick(callback, null), (e) => nextTick(callback, fsError(e)));
}

function openAsBlob(path, options = {}) {
  validateObject(options, "options");
  const type = options.type || "";
  if (typeof type !== "string") throw new ERR_INVALID_ARG_TYPE("options.type", "string", type);
  path = getValidatedPath(path);
  // The Blob holds the file's bytes as they are now (Node reads lazily).
  return op_fs_read_file_async(path, 0).then(
    (bytes) => new globalThis.Blob([bytes], { type }),
    (e) => {
      throw fsError(e);
    },
  );
}

function toUnixTimestampExport(time, name) {
  return toUnixTimestamp(time, name);
}

const fs = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close, closeSync,
  copyFile, copyFileSync, cp, cpSync, createReadStream, createWriteStream, exists, existsSync, fchown,
  fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync, fstat, fstatSync, fsync, fsyncSync, ftruncate,
  ftruncateSync, futimes, futimesSync, glob, globSync, lchown, lchownSync, lchmod: undefined, lchmodSync: undefined, link,
  linkSync, lstat, lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, mkdtempDisposableSync, open, openSync,
  openAsBlob, readdir, readdirSync, read, readSync, readv, readvSync, readFile, readFileSync, readlink,
  readlinkSync, realpath, realpathSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statfs,
  statSync, statfsSync, symlink, symlinkSync, truncate, truncateSync, unwatchFile, unlink, unlinkSync, utimes,
  utimesSync, watch, watchFile, writeFile, writeFileSync, write, writeSync, writev, writevSync, Dirent, Stats,
  get ReadStream() {
    return getReadStream();
  },
  set ReadStream(v) {
    Object.defineProperty(fs, "ReadStream", { value: v, writable: true, enumerable: true, configurable: true });
  },
  get WriteStream() {
    return getWriteStream();
  },
  set WriteStream(v) {
    Object.defineProperty(fs, "WriteStream", { value: v, writable: true, enumerable: true, configurable: true });
  },
  get FileReadStream() {
    return getReadStream();
  },
  get FileWriteStream() {
    return getWriteStream();
  },
  Utf8Stream,
  _toUnixTimestamp: toUnixTimestampExport,
  Dir, opendir, opendirSync,
  constants,
  promises,
};
Object.defineProperty(fs, "constants", {
  __proto__: null, value: constants, writable: false, enumerable: true, configurable: false,
});

// util.promisify resolves these callbacks' several results as one object.
const kPromisifyArgs = Symbol.for("host.util.promisify.customArgs");
for (const [fn, names] of [[read, ["bytesRead", "buffer"]], [write, ["bytesWritten", "buffer"]],
  [readv, ["bytesRead", "buffers"]], [writev, ["bytesWritten", "buffer"]]]) {
  Object.defineProperty(fn, kPromisifyArgs, { __proto__: null, value: names, enumerable: false });
}

// fs.F_OK and friends: hidden getters that warn once (DEP0176).
let warnedAccessConstants = false;
for (const name of ["F_OK", "R_OK", "W_OK", "X_OK"]) {
  const value = constants[name];
  Object.defineProperty(fs, name, {
    __proto__: null,
    enumerable: false,
    configurable: false,
    get: {
      deprecated() {
        if (!warnedAccessConstants) {
          warnedAccessConstants = true;
          globalThis.process.emitWarning(`fs.${name} is deprecated, use fs.constants.${name} instead`,
            "DeprecationWarning", "DEP0176");
        }
        return value;
      },
    }.deprecated,
  });
}

export default fs;
