// fs.ReadStream / fs.WriteStream on top of stream.Readable / stream.Writable.
// The classes are made on first use so this module does not depend on the
// stream module's load order.
import {
  op_fs_close_async, op_fs_fd_op_async, op_fs_open_async, op_fs_read_async, op_fs_write_async,
} from "ext:core/ops";
import * as streamNs from "ext:host/stream.js";
import { codes } from "ext:host/internal/errors.js";
import { validateFunction, validateInteger } from "ext:host/internal/validators.js";
import { asU8, getBuffer, getOptions, getValidatedFd, getValidatedPath, parseFileMode, stringToFlags } from "ext:host/internal/fs/utils.js";
import { fsError } from "ext:host/internal/fs/utils.js";

const { ERR_OUT_OF_RANGE } = codes;

function streamLib() {
  const d = streamNs.default;
  if (d && d.Readable) return d;
  return streamNs;
}

function nextTick(fn, ...args) {
  globalThis.process.nextTick(fn, ...args);
}

function fdOf(fd) {
  if (fd != null && typeof fd === "object" && typeof fd.fd === "number") return [getValidatedFd(fd.fd), fd];
  return [fd == null ? null : getValidatedFd(fd), null];
}

/** Validate the target (fd, FileHandle or path) before the stream exists. */
function targetOf(path, options) {
  const [fd, handle] = fdOf(options.fd);
  return [fd, handle, fd == null ? toPathLike(path) : undefined];
}

const kFs = Symbol("kFs");

/** options.fs: a user object whose open/read/write/close the stream calls. */
function customFs(options, fd, writing) {
  const custom = options.fs;
  if (custom == null) return null;
  if (fd == null) validateFunction(custom.open, "options.fs.open");
  if (writing) {
    if (custom.write !== undefined || custom.writev === undefined) validateFunction(custom.write, "options.fs.write");
    if (custom.writev !== undefined) validateFunction(custom.writev, "options.fs.writev");
  } else {
    validateFunction(custom.read, "options.fs.read");
  }
  validateFunction(custom.close, "options.fs.close");
  return custom;
}

/** Call a callback-style custom fs method as a promise. */
function callCustom(fn, self, ...args) {
  return new Promise((resolve, reject) => {
    Reflect.apply(fn, self, [...args, (err, value) => (err ? reject(err) : resolve(value))]);
  });
}

function copyCommon(stream, target, options, defaultFlags) {
  const [fd, handle, pathLike] = target;
  stream.fd = fd;
  stream._handle = handle;
  stream.path = pathLike;
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : parseFileMode(options.mode, "mode");
  stream.autoClose = options.autoClose === undefined ? true : options.autoClose;
  stream.bytesRead = 0;
}

function toPathLike(path) {
  const p = getValidatedPath(path);
  return typeof path === "string" ? path : p;
}

function openFor(stream, callback) {
  if (stream.fd != null) {
    callback();
    return;
  }
  const custom = stream[kFs];
  const opening = custom
    ? callCustom(custom.open, custom, stream.path, stream.flags, stream.mode)
    : op_fs_open_async(getValidatedPath(stream.path), stringToFlags(stream.flags), stream.mode);
  opening.then(
    (fd) => {
      stream.fd = fd;
      callback();
      stream.emit("open", fd);
      stream.emit("ready");
    },
    (e) => callback(fsError(e)),
  );
}

function closeFor(stream, err, callback) {
  if (stream.fd == null || !stream.autoClose) {
    callback(err);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  const custom = stream[kFs];
  const p = stream._handle
    ? stream._handle.close()
    : custom ? callCustom(custom.close, custom, fd) : op_fs_close_async(fd);
  p.then(
    () => callback(err),
    (e) => callback(err || fsError(e)),
  );
}

function checkRange(options) {
  let start = options.start;
  let end = options.end;
  if (start !== undefined) validateInteger(start, "start", 0);
  if (end === undefined) end = Infinity;
  else if (end !== Infinity) {
    validateInteger(end, "end", 0);
    if (start !== undefined && start > end) {
      throw new ERR_OUT_OF_RANGE("start", `<= "end" (here: ${end})`, start);
    }
  }
  return [start, end];
}

let ReadStreamClass;
let WriteStreamClass;

/** Node's fs streams can be called without `new`; wrap the class so they can. */
function callable(Impl, name) {
  // Literal function names, so stack traces name the receiver's class.
  const F = name === "ReadStream"
    ? function ReadStream(...args) {
      return Reflect.construct(Impl, args, new.target ?? F);
    }
    : function WriteStream(...args) {
      return Reflect.construct(Impl, args, new.target ?? F);
    };
  F.prototype = Impl.prototype;
  Object.defineProperty(Impl.prototype, "constructor", {
    __proto__: null, value: F, writable: true, enumerable: false, configurable: true,
  });
  Object.setPrototypeOf(F, Object.getPrototypeOf(Impl));
  return F;
}

export function getReadStream() {
  if (ReadStreamClass) return ReadStreamClass;
  const { Readable } = streamLib();
  if (typeof Readable !== "function") throw new Error("fs.ReadStream needs the stream module");
  ReadStreamClass = callable(class ReadStream extends Readable {
    constructor(path, options) {
      options = { ...getOptions(options, {}) };
      if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
      const target = targetOf(path, options);
      const custom = customFs(options, target[0], false);
      const [start, end] = checkRange(options);
      const userOpts = options;
      super({ ...userOpts, autoDestroy: userOpts.autoClose === undefined ? true : userOpts.autoClose });
      this[kFs] = custom;
      copyCommon(this, target, userOpts, "r");
      this.start = start;
      this.end = end;
      this.pos = start;
      this[kIsPerformingIO] = false;
    }
    get pending() {
      return this.fd === null;
    }
    _construct(callback) {
      openFor(this, callback);
    }
    _read(n) {
      n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
      if (n <= 0) {
        this.push(null);
        return;
      }
      const buf = getBuffer().allocUnsafe(n);
      this[kIsPerformingIO] = true;
      const pos = this.pos === undefined ? -1 : this.pos;
      const custom = this[kFs];
      const p = this._handle
        ? this._handle.read(buf, 0, n, pos === -1 ? null : pos).then((r) => r.bytesRead)
        : custom
          ? callCustom(custom.read, custom, this.fd, buf, 0, n, this.pos)
          : op_fs_read_async(this.fd, buf, 0, n, pos);
      p.then(
        (bytesRead) => {
          this[kIsPerformingIO] = false;
          if (this.destroyed) {
            this.emit(kIoDone);
            return;
          }
          if (bytesRead > 0) {
            if (this.pos !== undefined) this.pos += bytesRead;
            this.bytesRead += bytesRead;
            this.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
          } else {
            this.push(null);
          }
        },
        (e) => {
          this[kIsPerformingIO] = false;
          this.destroy(fsError(e));
        },
      );
    }
    _destroy(err, callback) {
      if (this[kIsPerformingIO]) {
        this.once(kIoDone, (er) => closeFor(this, err || er, callback));
      } else {
        closeFor(this, err, callback);
      }
    }
    close(cb) {
      if (typeof cb === "function") streamLib().finished(this, cb);
      this.destroy();
    }
  }, "ReadStream");
  return ReadStreamClass;
}

const kIsPerformingIO = Symbol("kIsPerformingIO");
const kIoDone = Symbol("kIoDone");

export function getWriteStream() {
  if (WriteStreamClass) return WriteStreamClass;
  const { Writable } = streamLib();
  if (typeof Writable !== "function") throw new Error("fs.WriteStream needs the stream module");
  WriteStreamClass = callable(class WriteStream extends Writable {
    constructor(path, options) {
      options = { ...getOptions(options, {}) };
      options.decodeStrings = true;
      const target = targetOf(path, options);
      const custom = customFs(options, target[0], true);
      const [start] = checkRange({ start: options.start });
      super({ ...options, autoDestroy: options.autoClose === undefined ? true : options.autoClose });
      this[kFs] = custom;
      // Without options.fs.writev, buffered chunks go out one write each.
      if (custom && typeof custom.writev !== "function") this._writev = null;
      copyCommon(this, target, options, "w");
      this.start = start;
      this.pos = start;
      this.bytesWritten = 0;
      this.flush = !!options.flush;
      if (options.encoding) this.setDefaultEncoding(options.encoding);
      this[kIsPerformingIO] = false;
    }
    get pending() {
      return this.fd === null;
    }
    _construct(callback) {
      openFor(this, callback);
    }
    async #writeAll(u8) {
      let done = 0;
      while (done < u8.length) {
        const pos = this.pos === undefined ? -1 : this.pos;
        const custom = this[kFs];
        let n;
        if (this._handle) {
          n = (await this._handle.write(u8, done, u8.length - done, pos === -1 ? null : pos)).bytesWritten;
        } else if (custom && typeof custom.write === "function") {
          n = await callCustom(custom.write, custom, this.fd, u8, done, u8.length - done, this.pos);
        } else if (custom) {
          n = await callCustom(custom.writev, custom, this.fd, [u8.subarray(done)], this.pos);
        } else {
          n = await op_fs_write_async(this.fd, u8, done, u8.length - done, pos);
        }
        done += n;
        this.bytesWritten += n;
        if (this.pos !== undefined) this.pos += n;
      }
    }
    _write(chunk, encoding, callback) {
      const u8 = typeof chunk === "string" ? getBuffer().from(chunk, encoding) : asU8(chunk);
      this[kIsPerformingIO] = true;
      this.#writeAll(u8).then(
        () => {
          this[kIsPerformingIO] = false;
          if (this.destroyed) {
            callback(null);
            this.emit(kIoDone);
            return;
          }
          callback(null);
        },
        (e) => {
          this[kIsPerformingIO] = false;
          callback(fsError(e));
          if (this.destroyed) this.emit(kIoDone, e);
        },
      );
    }
    _writev(chunks, callback) {
      const list = chunks.map(({ chunk, encoding }) =>
        typeof chunk === "string" ? getBuffer().from(chunk, encoding) : asU8(chunk));
      const total = list.reduce((n, b) => n + b.length, 0);
      const all = list.length === 1 ? list[0] : getBuffer().concat(list, total);
      this._write(all, "buffer", callback);
    }
    _final(callback) {
      if (!this.flush || this.fd == null) {
        callback();
        return;
      }
      const custom = this[kFs];
      const syncing = custom && typeof custom.fsync === "function"
        ? callCustom(custom.fsync, custom, this.fd)
        : op_fs_fd_op_async(0, this.fd, 0);
      syncing.then(() => callback(), (e) => callback(fsError(e)));
    }
    _destroy(err, callback) {
      if (this[kIsPerformingIO]) {
        this.once(kIoDone, (er) => closeFor(this, err || er, callback));
      } else {
        closeFor(this, err, callback);
      }
    }
    close(cb) {
      if (cb) {
        if (this.closed) {
          nextTick(cb);
          return;
        }
        this.on("close", cb);
      }
      if (!this.autoClose) this.on("finish", this.destroy);
      this.end();
    }
    destroySoon() {
      this.end();
    }
  }, "WriteStream");
  return WriteStreamClass;
}

export function createReadStream(path, options) {
  const RS = getReadStream();
  return new RS(path, options);
}

export function createWriteStream(path, options) {
  const WS = getWriteStream();
  return new WS(path, options);
}
