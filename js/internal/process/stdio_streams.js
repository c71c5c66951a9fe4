// Stream classes over raw fds used for process.stdout/stderr/stdin and as
// the base of tty.WriteStream / tty.ReadStream. Writes are synchronous (as
// Node does for files, pipes and TTYs on Linux); reads run on the blocking
// pool and only keep the event loop alive while the stream is being read.
import { core } from "ext:core/mod.js";
import { op_stdio_fd_type, op_stdio_read, op_stdio_write, op_stdio_write_str } from "ext:core/ops";
import { errnoException, fromOpError } from "ext:host/internal/errors.js";
import { nextTick } from "ext:host/internal/timers.js";
import { Readable } from "ext:host/internal/streams/readable.js";
import { Writable } from "ext:host/internal/streams/writable.js";
import { getBuffer } from "ext:host/internal/streams/utils.js";

// A failed write/read on a stream fd reads like Node's stream errors
// ("write EPIPE"), not like fs errors.
function streamError(e) {
  if (e && typeof e === "object" && typeof e.errno === "number" && e.syscall) {
    return errnoException(-Math.abs(e.errno), e.syscall);
  }
  return fromOpError(e);
}

// Node's _type for a standard stream: "tty", "fs" or "pipe".
export function stdioType(fd) {
  const t = op_stdio_fd_type(fd);
  if (t === "tty") return "tty";
  if (t === "pipe" || t === "socket") return "pipe";
  if (t === "closed") return "closed";
  return "fs";
}

function writeChunk(fd, chunk, encoding) {
  if (typeof chunk === "string") {
    if (!encoding || encoding === "utf8" || encoding === "utf-8" || encoding === "buffer") {
      op_stdio_write_str(fd, chunk);
    } else {
      op_stdio_write(fd, getBuffer().from(chunk, encoding));
    }
  } else {
    op_stdio_write(fd, chunk);
  }
}

const kShutdown = Symbol("kShutdown");

export class FdWriteStream extends Writable {
  constructor(fd, options) {
    super({ decodeStrings: false, ...options });
    this.fd = fd;
    this[kShutdown] = false;
  }
  _write(chunk, encoding, cb) {
    if (this[kShutdown]) {
      cb(errnoException(-32, "write"));
      return;
    }
    try {
      writeChunk(this.fd, chunk, encoding);
    } catch (e) {
      cb(streamError(e));
      return;
    }
    cb();
  }
  _writev(chunks, cb) {
    if (this[kShutdown]) {
      cb(errnoException(-32, "write"));
      return;
    }
    try {
      for (let i = 0; i < chunks.length; i++) writeChunk(this.fd, chunks[i].chunk, chunks[i].encoding);
    } catch (e) {
      cb(streamError(e));
      return;
    }
    cb();
  }
}

// end() on a pipe shuts the writing side down (as a socket would): later
// writes fail with EPIPE.
export function pipeFinal(cb) {
  this[kShutdown] = true;
  cb();
}

// Standard streams are never really destroyed (Node's dummyDestroy): the
// error and 'close' are still reported, and the fd stays usable.
export function stdioDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) nextTick(() => this.emit("close"));
}

const kPending = Symbol("kPending");
const kPausedByUser = Symbol("kPausedByUser");
const kUnrefed = Symbol("kUnrefed");

export class FdReadStream extends Readable {
  constructor(fd, options) {
    super({ highWaterMark: 65536, ...options });
    this.fd = fd;
    this[kPending] = null;
    this[kPausedByUser] = false;
    this[kUnrefed] = false;
  }
  _read() {
    if (this[kPending] !== null) return;
    const p = op_stdio_read(this.fd);
    this[kPending] = p;
    if (this[kPausedByUser] || this[kUnrefed]) core.unrefOpPromise(p);
    p.then(
      (buf) => {
        this[kPending] = null;
        if (buf.length === 0) {
          this.push(null);
        } else {
          this.push(getBuffer().from(buf.buffer, buf.byteOffset, buf.length));
        }
      },
      (err) => {
        this[kPending] = null;
        this.destroy(streamError(err));
      },
    );
  }
  pause() {
    this[kPausedByUser] = true;
    if (this[kPending] !== null) core.unrefOpPromise(this[kPending]);
    return super.pause();
  }
  resume() {
    this[kPausedByUser] = false;
    if (this[kPending] !== null && !this[kUnrefed]) core.refOpPromise(this[kPending]);
    return super.resume();
  }
  ref() {
    this[kUnrefed] = false;
    if (this[kPending] !== null && !this[kPausedByUser]) core.refOpPromise(this[kPending]);
    return this;
  }
  unref() {
    this[kUnrefed] = true;
    if (this[kPending] !== null) core.unrefOpPromise(this[kPending]);
    return this;
  }
}
