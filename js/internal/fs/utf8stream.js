// fs.Utf8Stream (experimental in Node 24): a fast buffered writer to a file
// descriptor or path. Events: ready, write(n), drain, finish, close, error,
// drop. Writes are synchronous with `sync: true`, else on the blocking pool.
import {
  op_fs_close, op_fs_close_async, op_fs_fd_op, op_fs_mkdir, op_fs_open, op_fs_open_async, op_fs_write,
  op_fs_write_async,
} from "ext:core/ops";
import { EventEmitter } from "ext:host/events.js";
import { codes } from "ext:host/internal/errors.js";
import { fsError, getBuffer, stringToFlags } from "ext:host/internal/fs/utils.js";

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;
const kHighWaterMark = 16387;

function nextTick(fn, ...args) {
  globalThis.process.nextTick(fn, ...args);
}

export class Utf8Stream extends EventEmitter {
  #fd = -1;
  #file = null;
  #sync;
  #append;
  #mkdir;
  #minLength;
  #maxLength;
  #maxWrite;
  #fsync;
  #mode;
  #contentMode;
  #periodicFlush;
  #timer = null;
  #chunks = [];
  #len = 0;
  #writing = false;
  #ending = false;
  #destroyed = false;
  #needDrain = false;

  constructor(options = {}) {
    super();
    const { fd, dest, sync = false, append = true, mkdir = false, minLength = 0, maxLength = 0,
      maxWrite = 16384, fsync = false, mode, contentMode = "utf8", periodicFlush = 0 } = options;
    this.#sync = sync;
    this.#append = append;
    this.#mkdir = mkdir;
    this.#minLength = minLength;
    this.#maxLength = maxLength;
    this.#maxWrite = maxWrite;
    this.#fsync = fsync;
    this.#mode = mode;
    this.#contentMode = contentMode;
    this.#periodicFlush = periodicFlush;
    const target = fd ?? dest;
    if (typeof target === "number") {
      this.#fd = target;
      nextTick(() => this.emit("ready"));
    } else if (typeof target === "string") {
      this.#open(target);
    } else {
      throw new ERR_INVALID_ARG_VALUE("options", options, "must have a fd or dest");
    }
    if (periodicFlush > 0) {
      this.#timer = setInterval(() => this.flush(), periodicFlush);
      this.#timer.unref?.();
    }
  }

  get fd() {
    return this.#fd;
  }
  get file() {
    return this.#file;
  }
  get sync() {
    return this.#sync;
  }
  get minLength() {
    return this.#minLength;
  }
  get maxLength() {
    return this.#maxLength;
  }
  get writing() {
    return this.#writing;
  }
  get mode() {
    return this.#mode;
  }
  get append() {
    return this.#append;
  }
  get contentMode() {
    return this.#contentMode;
  }
  get fsync() {
    return this.#fsync;
  }
  get periodicFlush() {
    return this.#periodicFlush;
  }

  #open(file) {
    this.#writing = true;
    const flags = stringToFlags(this.#append ? "a" : "w");
    const mode = this.#mode ?? 0o666;
    if (this.#mkdir) {
      const slash = file.lastIndexOf("/");
      if (slash > 0) {
        try {
          op_fs_mkdir(file.slice(0, slash), true, 0o777);
        } catch {
          // open reports the failure
        }
      }
    }
    const opened = (fd) => {
      this.#fd = fd;
      this.#file = file;
      this.#writing = false;
      this.emit("ready");
      if (this.#destroyed) return;
      if (this.#len > 0 && (this.#len >= this.#minLength || this.#ending)) this.#write();
      else if (this.#ending) this.#finish();
    };
    if (this.#sync) {
      try {
        const fd = op_fs_open(file, flags, mode);
        nextTick(opened, fd);
      } catch (e) {
        throw fsError(e);
      }
      return;
    }
    op_fs_open_async(file, flags, mode).then(opened, (e) => {
      this.#writing = false;
      this.emit("error", fsError(e));
    });
  }

  #toBytes(data) {
    if (typeof data === "string") return getBuffer().from(data, "utf8");
    return getBuffer().from(data.buffer, data.byteOffset, data.byteLength);
  }

  write(data) {
    if (this.#destroyed) throw new Error("Utf8Stream destroyed");
    if (this.#contentMode === "buffer") {
      if (!(data instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE("data", "Buffer", data);
    } else if (typeof data !== "string") {
      throw new ERR_INVALID_ARG_TYPE("data", "string", data);
    }
    const bytes = this.#toBytes(data);
    if (this.#maxLength > 0 && this.#len + bytes.length > this.#maxLength) {
      this.emit("drop", data);
      return this.#len < kHighWaterMark;
    }
    this.#chunks.push(bytes);
    this.#len += bytes.length;
    if (!this.#writing && this.#fd >= 0 && this.#len >= this.#minLength) {
      if (this.#sync) this.flushSync();
      else this.#write();
    }
    const ok = this.#len < Math.max(this.#minLength, kHighWaterMark);
    if (!ok) this.#needDrain = true;
    return ok;
  }

  #take() {
    const all = this.#chunks.length === 1 ? this.#chunks[0] : getBuffer().concat(this.#chunks, this.#len);
    const chunk = all.length > this.#maxWrite ? all.subarray(0, this.#maxWrite) : all;
    const rest = all.subarray(chunk.length);
    this.#chunks = rest.length > 0 ? [rest] : [];
    this.#len = rest.length;
    return chunk;
  }

  #write() {
    this.#writing = true;
    const chunk = this.#take();
    op_fs_write_async(this.#fd, chunk, 0, chunk.length, -1).then(
      (n) => this.#afterWrite(chunk, n),
      (e) => {
        this.#writing = false;
        this.emit("error", fsError(e));
      },
    );
  }

  #afterWrite(chunk, n) {
    this.#writing = false;
    if (n < chunk.length) {
      this.#chunks.unshift(chunk.subarray(n));
      this.#len += chunk.length - n;
    }
    this.emit("write", n);
    if (this.#destroyed) return;
    if (this.#len > 0 && (this.#len >= this.#minLength || this.#ending)) {
      this.#write();
      return;
    }
    if (this.#ending) {
      this.#finish();
      return;
    }
    if (this.#needDrain) {
      this.#needDrain = false;
      nextTick(() => this.emit("drain"));
    }
  }

  flushSync() {
    if (this.#fd < 0) throw new Error("sonic boom is not ready yet");
    try {
      while (this.#len > 0) {
        const chunk = this.#take();
        let done = 0;
        while (done < chunk.length) done += op_fs_write(this.#fd, chunk, done, chunk.length - done, -1);
      }
      if (this.#fsync) op_fs_fd_op(0, this.#fd, 0);
    } catch (e) {
      throw fsError(e);
    }
    if (this.#needDrain) {
      this.#needDrain = false;
      nextTick(() => this.emit("drain"));
    }
  }

  flush(cb) {
    if (this.#fd < 0 || this.#writing) {
      if (cb) this.once("write", () => this.flush(cb));
      return;
    }
    try {
      this.flushSync();
    } catch (e) {
      if (cb) nextTick(cb, e);
      else this.emit("error", e);
      return;
    }
    if (cb) nextTick(cb);
  }

  end() {
    if (this.#destroyed || this.#ending) return;
    this.#ending = true;
    if (this.#writing || this.#fd < 0) return;
    if (this.#sync) {
      this.flushSync();
      this.#finish();
    } else if (this.#len > 0) {
      this.#write();
    } else {
      this.#finish();
    }
  }

  #finish() {
    if (this.#timer) clearInterval(this.#timer);
    const fd = this.#fd;
    const done = () => {
      this.emit("finish");
      this.emit("close");
    };
    if (this.#fsync) {
      try {
        op_fs_fd_op(0, fd, 0);
      } catch {
        // best effort
      }
    }
    if (fd <= 2) {
      nextTick(done);
      return;
    }
    if (this.#sync) {
      try {
        op_fs_close(fd);
      } catch {
        // already closed
      }
      nextTick(done);
      return;
    }
    op_fs_close_async(fd).then(done, done);
  }

  reopen(file) {
    if (this.#destroyed) throw new Error("Utf8Stream destroyed");
    const old = this.#fd;
    const target = file ?? this.#file;
    if (typeof target !== "string") throw new Error("Unable to reopen a file descriptor, you must pass a file");
    this.once("ready", () => {
      if (old > 2) {
        try {
          op_fs_close(old);
        } catch {
          // ignore
        }
      }
    });
    this.#open(target);
  }

  destroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    if (this.#timer) clearInterval(this.#timer);
    const fd = this.#fd;
    if (fd > 2) {
      try {
        op_fs_close(fd);
      } catch {
        // ignore
      }
    }
    nextTick(() => this.emit("close"));
  }
}
