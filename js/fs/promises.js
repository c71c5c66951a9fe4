// node:fs/promises -- the promise API and FileHandle.
import { trackFd, untrackFd } from "ext:host/internal/worker/fd_tracker.js";
import {
  op_fs_chown_async, op_fs_close_async, op_fs_fchown_async, op_fs_fd_op_async, op_fs_fstat_async,
  op_fs_mkdir_async, op_fs_mkdtemp_async, op_fs_open_async, op_fs_path_op_async, op_fs_read_async,
  op_fs_read_fd_async, op_fs_read_file_async, op_fs_read_file_text_async, op_fs_readdir_async,
  op_fs_readlink_async, op_fs_realpath_async, op_fs_rm_async, op_fs_stat_async, op_fs_statfs_async,
  op_fs_two_path_async, op_fs_utimes_async, op_fs_write_all_async, op_fs_write_async,
  op_fs_write_file_async, op_fs_write_file_string_async, op_fs_write_string_async,
} from "ext:core/ops";
import { EventEmitter } from "ext:host/events.js";
import * as readlineNs from "ext:host/readline.js";
import { AbortError, codes } from "ext:host/internal/errors.js";
import { validateBoolean, validateInteger, validateObject } from "ext:host/internal/validators.js";
import {
  asU8, constants, Dirent, eisdirError, encodeName, encodeResult, getBuffer, getOptions, getValidatedPath,
  getValidMode, isUtf8, joinPath, makeReaddirResult, makeStatFs, parseFileMode, statsFromBytes, stringToFlags,
  toUnixTimestamp, validateOffsetLengthRead, validatePosition, validateRmdirOptions, validateRmOptions, warnRecursiveRmdir,
} from "ext:host/internal/fs/utils.js";
import { fsError, kFlushFlag } from "ext:host/internal/fs/utils.js";
import { opendirPromise } from "ext:host/internal/fs/dir.js";
import { cpAsync } from "ext:host/internal/fs/cp.js";
import { watchAsync } from "ext:host/internal/fs/watchers.js";
import { globAsync } from "ext:host/internal/fs/glob.js";
import { createReadStream, createWriteStream } from "ext:host/internal/fs/streams.js";

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;
const { F_OK } = constants;

const kFd = Symbol("kFd");
const kClosePromise = Symbol("kClosePromise");
const kRefs = Symbol("kRefs");
const kLocked = Symbol("kLocked");

async function run(promise) {
  try {
    return await promise;
  } catch (e) {
    throw fsError(e);
  }
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

/** The handle's descriptor; a closed handle fails as Node's does. */
function liveFd(handle, syscall) {
  const fd = handle[kFd];
  if (fd === -1) {
    const err = new Error("file closed");
    err.code = "EBADF";
    err.syscall = syscall;
    throw err;
  }
  return fd;
}

function toPosition(position) {
  if (position == null) return -1;
  if (typeof position === "bigint") return Number(position);
  return position;
}

export class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = trackFd(fd, false);
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return -1;
  }

  async read(buffer, offset, length, position) {
    liveFd(this, "read");
    if (buffer != null && typeof buffer === "object" && !ArrayBuffer.isView(buffer)) {
      ({ buffer = getBuffer().alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null } = buffer);
    } else if (offset != null && typeof offset === "object") {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (buffer === undefined) buffer = getBuffer().alloc(16384);
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE("buffer", ["Buffer", "TypedArray", "DataView"], buffer);
    }
    offset ??= 0;
    validateInteger(offset, "offset", 0);
    length ??= buffer.byteLength - offset;
    if (length === 0) return { __proto__: null, bytesRead: 0, buffer };
    validateInteger(length, "length", 0);
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    if (position != null) validatePosition(position, "position", length);
    const bytesRead = await run(op_fs_read_async(this[kFd], asU8(buffer), offset, length, toPosition(position)));
    return { __proto__: null, bytesRead, buffer };
  }

  async readv(buffers, position) {
    liveFd(this, "readv");
    let pos = typeof position === "number" ? position : -1;
    let bytesRead = 0;
    for (const b of buffers) {
      const u8 = asU8(b);
      const n = await run(op_fs_read_async(this[kFd], u8, 0, u8.length, pos));
      bytesRead += n;
      if (pos >= 0) pos += n;
      if (n < u8.length) break;
    }
    return { __proto__: null, bytesRead, buffers };
  }

  async write(buffer, offsetOrOptions, length, position) {
    liveFd(this, "write");
    if (ArrayBuffer.isView(buffer)) {
      let offset = offsetOrOptions;
      if (offset != null && typeof offset === "object") {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
      }
      offset ??= 0;
      validateInteger(offset, "offset", 0);
      if (typeof length !== "number") length = buffer.byteLength - offset;
      if (offset + length > buffer.byteLength) {
        throw new ERR_OUT_OF_RANGE("length", `<= ${buffer.byteLength - offset}`, length);
      }
      const bytesWritten = await run(op_fs_write_async(this[kFd], asU8(buffer), offset, length, toPosition(position)));
      return { __proto__: null, bytesWritten, buffer };
    }
    if (typeof buffer !== "string") {
      throw new ERR_INVALID_ARG_TYPE("buffer", ["string", "Buffer", "TypedArray", "DataView"], buffer);
    }
    const pos = typeof offsetOrOptions === "number" ? offsetOrOptions : -1;
    const encoding = typeof length === "string" ? length : "utf8";
    let bytesWritten;
    if (isUtf8(encoding)) {
      bytesWritten = await run(op_fs_write_string_async(this[kFd], buffer, pos));
    } else {
      const bytes = getBuffer().from(buffer, encoding);
      bytesWritten = await run(op_fs_write_async(this[kFd], bytes, 0, bytes.length, pos));
    }
    return { __proto__: null, bytesWritten, buffer };
  }

  async writev(buffers, position) {
    liveFd(this, "writev");
    let pos = typeof position === "number" ? position : -1;
    let bytesWritten = 0;
    for (const b of buffers) {
      const u8 = asU8(b);
      let done = 0;
      while (done < u8.length) {
        const n = await run(op_fs_write_async(this[kFd], u8, done, u8.length - done, pos));
        done += n;
        if (pos >= 0) pos += n;
      }
      bytesWritten += done;
    }
    return { __proto__: null, bytesWritten, buffers };
  }

  async readFile(options) {
    liveFd(this, "readFile");
    options = getOptions(options, { flag: "r" });
    checkAborted(options.signal);
    const bytes = await run(op_fs_read_fd_async(this[kFd]));
    checkAborted(options.signal);
    return encodeResult(bytes, options.encoding);
  }

  async writeFile(data, options) {
    liveFd(this, "writeFile");
    options = getOptions(options, { encoding: "utf8" });
    await writeAllTo(this[kFd], data, options.encoding ?? "utf8", options.signal);
  }

  async appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async stat(options) {
    liveFd(this, "fstat");
    const bytes = await run(op_fs_fstat_async(this[kFd]));
    return statsFromBytes(bytes, options?.bigint);
  }

  async truncate(len = 0) {
    liveFd(this, "ftruncate");
    validateInteger(len, "len");
    await run(op_fs_fd_op_async(2, this[kFd], Math.max(0, len)));
  }

  async sync() {
    liveFd(this, "fsync");
    await run(op_fs_fd_op_async(0, this[kFd], 0));
  }

  async datasync() {
    liveFd(this, "fdatasync");
    await run(op_fs_fd_op_async(1, this[kFd], 0));
  }

  async chmod(mode) {
    liveFd(this, "fchmod");
    await run(op_fs_fd_op_async(3, this[kFd], parseFileMode(mode, "mode")));
  }

  async chown(uid, gid) {
    liveFd(this, "fchown");
    validateInteger(uid, "uid", -1, 4294967295);
    validateInteger(gid, "gid", -1, 4294967295);
    await run(op_fs_fchown_async(this[kFd], uid >>> 0, gid >>> 0));
  }

  async utimes(atime, mtime) {
    liveFd(this, "futimes");
    await run(op_fs_utimes_async("", this[kFd], 2, toUnixTimestamp(atime), toUnixTimestamp(mtime)));
  }

  // An own property, as in Node (a class field, not a prototype method).
  close = () => {
    if (this[kFd] === -1) return this[kClosePromise] ?? Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kFd] = -1;
    untrackFd(fd);
    this[kClosePromise] = run(op_fs_close_async(fd)).then(
      () => {
        this[kRefs] = 0;
        this[kClosePromise] = undefined;
        this.emit("close");
      },
      (e) => {
        this[kClosePromise] = null;
        this[kFd] = fd;
        throw e;
      },
    );
    return this[kClosePromise];
  };

  /** A byte ReadableStream over the file; the handle is locked to it. */
  readableWebStream(options = {}) {
    if (this[kFd] === -1) throw new codes.ERR_INVALID_STATE("The FileHandle is closed");
    if (this[kClosePromise]) throw new codes.ERR_INVALID_STATE("The FileHandle is closing");
    if (this[kLocked]) throw new codes.ERR_INVALID_STATE("The FileHandle is locked");
    validateObject(options, "options");
    this[kLocked] = true;
    const handle = this;
    return new globalThis.ReadableStream({
      type: "bytes",
      autoAllocateChunkSize: 16384,
      async pull(controller) {
        const view = controller.byobRequest.view;
        const { bytesRead } = await handle.read(view, view.byteOffset, view.byteLength);
        if (bytesRead === 0) {
          handle[kLocked] = false;
          controller.close();
        }
        controller.byobRequest.respond(bytesRead);
      },
      cancel() {
        handle[kLocked] = false;
      },
    });
  }

  async [Symbol.asyncDispose ?? Symbol.for("nodejs.asyncDispose")]() {
    return this.close();
  }

  createReadStream(options) {
    return createReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options) {
    return createWriteStream(undefined, { ...options, fd: this });
  }

  readLines(options) {
    const createInterface = readlineNs.default?.createInterface;
    if (typeof createInterface === "function") {
      return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
    }
    const handle = this;
    const start = options?.start;
    return {
      async *[Symbol.asyncIterator]() {
        const Buffer = getBuffer();
        let pos = typeof start === "number" ? start : -1;
        let carry = null;
        const chunk = Buffer.allocUnsafe(65536);
        while (true) {
          const n = await run(op_fs_read_async(handle[kFd], chunk, 0, chunk.length, pos));
          if (n === 0) break;
          if (pos >= 0) pos += n;
          let data = chunk.subarray(0, n);
          if (carry) data = Buffer.concat([carry, data]);
          let from = 0;
          for (let i = 0; i < data.length; i++) {
            if (data[i] === 10) {
              let end = i;
              if (end > from && data[end - 1] === 13) end--;
              yield Buffer.from(data.subarray(from, end)).toString("utf8");
              from = i + 1;
            }
          }
          carry = from < data.length ? Buffer.from(data.subarray(from)) : null;
        }
        if (carry && carry.length > 0) yield carry.toString("utf8");
        if (options?.autoClose !== false) await handle.close();
      },
    };
  }
}

async function writeAllTo(fd, data, encoding, signal) {
  checkAborted(signal);
  if (typeof data === "string") {
    const bytes = getBuffer().from(data, encoding);
    await run(op_fs_write_all_async(fd, bytes));
    return;
  }
  if (ArrayBuffer.isView(data)) {
    await run(op_fs_write_all_async(fd, asU8(data)));
    return;
  }
  if (data != null && (typeof data[Symbol.asyncIterator] === "function" || typeof data[Symbol.iterator] === "function")) {
    for await (const chunk of data) {
      checkAborted(signal);
      const bytes = typeof chunk === "string" ? getBuffer().from(chunk, encoding) : asU8(chunk);
      await run(op_fs_write_all_async(fd, bytes));
    }
    return;
  }
  throw new ERR_INVALID_ARG_TYPE("data", ["string", "Buffer", "TypedArray", "DataView", "AsyncIterable", "Iterable", "Stream"], data);
}

// ---- functions ---------------------------------------------------------------------

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const f = stringToFlags(flags);
  const m = parseFileMode(mode, "mode", 0o666);
  return new FileHandle(await run(op_fs_open_async(path, f, m)));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: "r" });
  if (path instanceof FileHandle) return path.readFile(options);
  const encoding = options.encoding;
  checkAborted(options.signal);
  let r;
  if (typeof path === "number") {
    r = encodeResult(await run(op_fs_read_fd_async(path)), encoding);
  } else {
    path = getValidatedPath(path);
    const flags = stringToFlags(options.flag);
    r = encoding && isUtf8(encoding)
      ? await run(op_fs_read_file_text_async(path, flags))
      : encodeResult(await run(op_fs_read_file_async(path, flags)), encoding);
  }
  checkAborted(options.signal);
  return r;
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: "utf8", mode: 0o666, flag: "w" });
  const encoding = options.encoding ?? "utf8";
  if (path instanceof FileHandle) return path.writeFile(data, options);
  if (typeof path === "number") return writeAllTo(path, data, encoding, options.signal);
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || "w") | (options.flush === true ? kFlushFlag : 0);
  const mode = parseFileMode(options.mode, "mode", 0o666);
  checkAborted(options.signal);
  if (typeof data === "string" && isUtf8(encoding)) {
    await run(op_fs_write_file_string_async(path, data, flags, mode));
    return;
  }
  if (typeof data === "string") {
    await run(op_fs_write_file_async(path, getBuffer().from(data, encoding), flags, mode));
    return;
  }
  if (ArrayBuffer.isView(data)) {
    await run(op_fs_write_file_async(path, asU8(data), flags, mode));
    return;
  }
  if (data == null || (typeof data[Symbol.asyncIterator] !== "function" && typeof data[Symbol.iterator] !== "function")) {
    throw new ERR_INVALID_ARG_TYPE("data", ["string", "Buffer", "TypedArray", "DataView", "AsyncIterable", "Iterable", "Stream"], data);
  }
  const fd = await run(op_fs_open_async(path, flags & ~kFlushFlag, mode));
  try {
    await writeAllTo(fd, data, encoding, options.signal);
  } finally {
    await run(op_fs_close_async(fd));
  }
}

async function appendFile(path, data, options) {
  options = { ...getOptions(options, { encoding: "utf8", mode: 0o666, flag: "a" }) };
  if (!options.flag) options.flag = "a";
  return writeFile(path, data, options);
}

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  await run(op_fs_path_op_async(2, path, getValidMode(mode, F_OK)));
}

async function stat(path, options) {
  path = getValidatedPath(path);
  return statsFromBytes(await run(op_fs_stat_async(path, 0)), options?.bigint);
}

async function lstat(path, options) {
  path = getValidatedPath(path);
  return statsFromBytes(await run(op_fs_stat_async(path, 1)), options?.bigint);
}

async function statfs(path, options) {
  path = getValidatedPath(path);
  return makeStatFs(await run(op_fs_statfs_async(path)), options?.bigint);
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, "options.recursive");
  if (options.recursive) {
    const out = [];
    const queue = [[path, ""]];
    while (queue.length > 0) {
      const [dir, rel] = queue.shift();
      const [names, types] = await run(op_fs_readdir_async(dir, true, false));
      for (let i = 0; i < names.length; i++) {
        const relName = rel === "" ? names[i] : rel + "/" + names[i];
        if (options.withFileTypes) out.push(new Dirent(encodeName(names[i], options.encoding), types[i], dir));
        else out.push(encodeName(relName, options.encoding));
        if (types[i] === 2) queue.push([joinPath(dir, names[i]), relName]);
      }
    }
    return out;
  }
  const r = await run(op_fs_readdir_async(path, !!options.withFileTypes, false));
  return makeReaddirResult(path, r[0], r[1], options);
}

async function mkdir(path, options) {
  path = getValidatedPath(path);
  let mode = 0o777;
  let recursive = false;
  if (typeof options === "number" || typeof options === "string") mode = parseFileMode(options, "mode");
  else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, "options.mode");
  }
  validateBoolean(recursive, "options.recursive");
  const r = await run(op_fs_mkdir_async(path, recursive, mode));
  return recursive ? (r ?? undefined) : undefined;
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, "prefix");
  return encodeName(await run(op_fs_mkdtemp_async(prefix)), options.encoding);
}

async function mkdtempDisposable(prefix, options) {
  const path = await mkdtemp(prefix, options);
  const remove = async () => rm(path, { recursive: true, force: true });
  return {
    __proto__: null,
    path,
    remove,
    async [Symbol.asyncDispose ?? Symbol.for("nodejs.asyncDispose")]() {
      await remove();
    },
  };
}

async function rm(path, options) {
  path = getValidatedPath(path);
  const { recursive, force } = validateRmOptions(options);
  let bytes;
  try {
    bytes = await op_fs_stat_async(path, 1);
  } catch (e) {
    if (force && e.errno === 2) return;
    throw fsError(e);
  }
  const mode = new Float64Array(bytes.buffer, bytes.byteOffset, 18)[1];
  if (!recursive && (mode & constants.S_IFMT) === constants.S_IFDIR) throw eisdirError(path);
  await run(op_fs_rm_async(path, recursive, force));
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    warnRecursiveRmdir();
    return rm(path, { recursive: true, force: false });
  }
  await run(op_fs_path_op_async(0, path, 0));
}

async function unlink(path) {
  await run(op_fs_path_op_async(1, getValidatedPath(path), 0));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  await run(op_fs_path_op_async(3, path, parseFileMode(mode, "mode")));
}

async function truncate(path, len = 0) {
  path = getValidatedPath(path);
  validateInteger(len, "len");
  await run(op_fs_path_op_async(4, path, Math.max(0, len)));
}

async function chownKind(path, uid, gid, kind) {
  path = getValidatedPath(path);
  validateInteger(uid, "uid", -1, 4294967295);
  validateInteger(gid, "gid", -1, 4294967295);
  await run(op_fs_chown_async(path, kind, uid >>> 0, gid >>> 0));
}

async function chown(path, uid, gid) {
  return chownKind(path, uid, gid, 0);
}

async function lchown(path, uid, gid) {
  return chownKind(path, uid, gid, 1);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await run(op_fs_utimes_async(path, -1, 0, toUnixTimestamp(atime), toUnixTimestamp(mtime)));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await run(op_fs_utimes_async(path, -1, 1, toUnixTimestamp(atime), toUnixTimestamp(mtime)));
}

async function rename(oldPath, newPath) {
  await run(op_fs_two_path_async(0, getValidatedPath(oldPath, "oldPath"), getValidatedPath(newPath, "newPath"), 0));
}

async function link(existingPath, newPath) {
  await run(op_fs_two_path_async(1, getValidatedPath(existingPath, "existingPath"), getValidatedPath(newPath, "newPath"), 0));
}

async function symlink(target, path, type) {
  if (type != null && type !== "dir" && type !== "file" && type !== "junction") {
    throw new ERR_INVALID_ARG_VALUE("type", type, "must be one of: 'dir', 'file', 'junction', null, undefined");
  }
  await run(op_fs_two_path_async(2, getValidatedPath(target, "target"), getValidatedPath(path), 0));
}

async function copyFile(src, dest, mode) {
  const a = getValidatedPath(src, "src");
  const b = getValidatedPath(dest, "dest");
  await run(op_fs_two_path_async(3, a, b, getValidMode(mode, 0)));
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, "oldPath");
  return encodeName(await run(op_fs_readlink_async(path)), options.encoding);
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await run(op_fs_realpath_async(path, true)), options.encoding);
}

async function cp(src, dest, options) {
  const a = getValidatedPath(src, "src");
  const b = getValidatedPath(dest, "dest");
  if (options !== undefined) validateObject(options, "options");
  await cpAsync(a, b, options);
}

async function opendir(path, options) {
  return opendirPromise(path, options);
}

function watch(filename, options) {
  return watchAsync(filename, options);
}

const promises = {
  access, copyFile, cp, glob: globAsync, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir, readlink, symlink,
  lstat, stat, statfs, link, unlink, chmod, lchmod: undefined, lchown, chown, utimes, lutimes, realpath,
  mkdtemp, mkdtempDisposable, writeFile, appendFile, readFile, watch, constants,
};

export default promises;
