// A stream over a pipe resource (ops/src/pipe.rs): child.stdin, stdout,
// stderr and the extra pipes of a stdio array. It is a Duplex from
// ext:host/stream.js (Node's child streams are net.Sockets); until that
// module provides Duplex, a small EventEmitter-based stand-in with the same
// surface is used. The class is chosen on first use (never at build time).
import { core } from "ext:core/mod.js";
import { op_pipe_fd, op_pipe_read, op_pipe_shutdown, op_pipe_try_write, op_pipe_write } from "ext:core/ops";
import { EventEmitter } from "ext:host/events.js";
import stream from "ext:host/stream.js";
import { errnoException, codes } from "ext:host/internal/errors.js";
import { nextTick } from "ext:host/internal/timers.js";
import { triggerUncaughtException } from "ext:host/internal/process/execution.js";

/** A Uint8Array as a Buffer (no copy) when Buffer exists. */
export function toBuffer(u8) {
  const B = globalThis.Buffer;
  return B ? B.from(u8.buffer, u8.byteOffset, u8.byteLength) : u8;
}

/** Bytes of a write() chunk. */
export function toBytes(chunk, encoding) {
  if (typeof chunk === "string") {
    const B = globalThis.Buffer;
    if (B && encoding && encoding !== "utf8" && encoding !== "utf-8") return B.from(chunk, encoding);
    return core.encode(chunk);
  }
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new codes.ERR_INVALID_ARG_TYPE("chunk", ["string", "Buffer", "TypedArray", "DataView"], chunk);
}

/** Decode bytes with a Node encoding name. */
export function decodeBytes(u8, encoding) {
  const B = globalThis.Buffer;
  if (B) return toBuffer(u8).toString(encoding);
  return core.decode(u8);
}

function guard(fn) {
  try {
    fn();
  } catch (err) {
    triggerUncaughtException(err, false);
  }
}

// ---- shared pipe plumbing -------------------------------------------------

class PipeHandle {
  constructor(rid) {
    this.rid = rid;
    this.refed = true;
    this.pending = null;
    this.closed = false;
  }
  get fd() {
    return this.closed ? -1 : op_pipe_fd(this.rid);
  }
  read() {
    const p = op_pipe_read(this.rid);
    this.pending = p;
    if (!this.refed) core.unrefOpPromise(p);
    return p;
  }
  ref() {
    this.refed = true;
    if (this.pending) core.refOpPromise(this.pending);
  }
  unref() {
    this.refed = false;
    if (this.pending) core.unrefOpPromise(this.pending);
  }
  // Write all of `bytes`; cb(err) once written.
  write(bytes, cb) {
    if (this.closed) {
      nextTick(cb, errnoException(9, "write"));
      return;
    }
    const n = op_pipe_try_write(this.rid, bytes);
    if (n === bytes.length) {
      cb(null);
      return;
    }
    if (n < 0) {
      cb(errnoException(-n, "write"));
      return;
    }
    op_pipe_write(this.rid, bytes, n).then(
      () => cb(null),
      (e) => cb(errnoException(e?.errno ?? 5, "write")),
    );
  }
  shutdown() {
    if (!this.closed && !op_pipe_shutdown(this.rid)) this.close();
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    try {
      core.close(this.rid);
    } catch {
      // already gone
    }
  }
}

// ---- the Duplex-based class -------------------------------------------------

function makeDuplexClass(Duplex) {
  return class Pipe extends Duplex {
    constructor(rid, { readable = true, writable = true } = {}) {
      super({ allowHalfOpen: false, readable, writable, emitClose: true, autoDestroy: true });
      this._handle = rid == null ? null : new PipeHandle(rid);
      this._reading = false;
      this._hadError = false;
      if (this._handle === null && readable) this.push(null);
      this.on("error", () => {
        this._hadError = true;
      });
      // Like a net.Socket over a handle: start filling the buffer now.
      if (readable && this._handle) this.read(0);
    }
    get fd() {
      return this._handle ? this._handle.fd : -1;
    }
    _read() {
      if (this._reading || !this._handle) return;
      this._reading = true;
      const step = () => {
        this._handle.read().then(
          (chunk) => {
            this._handle && (this._handle.pending = null);
            guard(() => {
              if (chunk.length === 0) {
                this._reading = false;
                this.push(null);
                return;
              }
              if (this.push(toBuffer(chunk)) && !this.destroyed && this._handle && !this._handle.closed) step();
              else this._reading = false;
            });
          },
          (err) => {
            this._reading = false;
            this.destroy(errnoException(err?.errno ?? 5, "read"));
          },
        );
      };
      step();
    }
    _write(chunk, encoding, cb) {
      if (!this._handle) {
        cb(errnoException(32, "write"));
        return;
      }
      this._handle.write(toBytes(chunk, encoding), (err) => cb(err ?? undefined));
    }
    _final(cb) {
      if (this._handle) this._handle.shutdown();
      cb();
    }
    _destroy(err, cb) {
      if (this._handle) this._handle.close();
      cb(err);
    }
    ref() {
      this._handle?.ref();
      return this;
    }
    unref() {
      this._handle?.unref();
      return this;
    }
  };
}

// ---- the stand-in (no stream.Duplex yet) ----------------------------------

class FallbackPipe extends EventEmitter {
  constructor(rid, { readable = true, writable = true } = {}) {
    super();
    this._handle = rid == null ? null : new PipeHandle(rid);
    this.readable = readable;
    this.writable = writable;
    this.destroyed = false;
    this.readableEnded = !readable;
    this.writableEnded = !writable;
    this.writableFinished = !writable;
    this._encoding = null;
    this._flowing = null;
    this._reading = false;
    this._buffer = [];
    this._eof = !readable || this._handle === null;
    this._writeQueue = [];
    this._writing = false;
    this._ending = false;
    this._closeEmitted = false;
    this._readableDone = !readable;
    this._writableDone = !writable;
    this.on("newListener", (ev) => {
      if (ev === "data" && this._flowing !== false) nextTick(() => this.resume());
      if (ev === "end" || ev === "readable") nextTick(() => this._startReading());
    });
    if (this._eof && readable) nextTick(() => this._maybeEnd());
    if (readable && this._handle) this._startReading();
  }
  get fd() {
    return this._handle ? this._handle.fd : -1;
  }
  get readableFlowing() {
    return this._flowing;
  }
  get readableEncoding() {
    return this._encoding;
  }
  get _readableState() {
    return { readableListening: this.listenerCount("data") > 0 || this.listenerCount("readable") > 0, flowing: this._flowing };
  }
  setEncoding(enc) {
    this._encoding = enc ?? "utf8";
    if (!globalThis.Buffer) this._decoder = new TextDecoder();
    return this;
  }
  _startReading() {
    if (this._reading || this._eof || !this._handle || this.destroyed) return;
    this._reading = true;
    const step = () => {
      this._handle.read().then(
        (chunk) => {
          guard(() => {
            if (chunk.length === 0) {
              this._reading = false;
              this._eof = true;
              this._maybeEnd();
              return;
            }
            this._buffer.push(toBuffer(chunk));
            this._flush();
            if (this._flowing !== false && !this.destroyed && !this._handle.closed) step();
            else this._reading = false;
          });
        },
        (err) => {
          this._reading = false;
          this.destroy(errnoException(err?.errno ?? 5, "read"));
        },
      );
    };
    step();
  }
  _flush() {
    while (this._flowing && this._buffer.length) {
      let chunk = this._buffer.shift();
      if (this._encoding) {
        chunk = this._decoder ? this._decoder.decode(chunk, { stream: true }) : decodeBytes(chunk, this._encoding);
      }
      this.emit("data", chunk);
    }
    this._maybeEnd();
  }
  _maybeEnd() {
    if (this._eof && this._buffer.length === 0 && this._flowing && !this.readableEnded) {
      this.readableEnded = true;
      this.readable = false;
      nextTick(() => {
        this.emit("end");
        this._readableDone = true;
        // allowHalfOpen false: the end of reading ends writing too.
        if (!this._ending && !this._writableDone) this.end();
        this._maybeClose();
      });
    }
  }
  resume() {
    this._flowing = true;
    this._flush();
    this._startReading();
    return this;
  }
  pause() {
    this._flowing = false;
    return this;
  }
  isPaused() {
    return this._flowing === false;
  }
  read() {
    if (!this._buffer.length) return null;
    const b = this._buffer.shift();
    return this._encoding ? decodeBytes(b, this._encoding) : b;
  }
  pipe(dest, opts) {
    this.on("data", (chunk) => {
      if (dest.write(chunk) === false && typeof dest.once === "function") {
        this.pause();
        dest.once("drain", () => this.resume());
      }
    });
    if (!opts || opts.end !== false) {
      if (!dest._isStdio) this.on("end", () => dest.end());
    }
    dest.emit?.("pipe", this);
    return dest;
  }
  unpipe() {
    return this;
  }
  async *[Symbol.asyncIterator]() {
    const chunks = [];
    let done = false;
    let wake = null;
    this.on("data", (c) => {
      chunks.push(c);
      wake?.();
    });
    this.on("end", () => {
      done = true;
      wake?.();
    });
    for (;;) {
      if (chunks.length) {
        yield chunks.shift();
        continue;
      }
      if (done) return;
      await new Promise((r) => (wake = r));
      wake = null;
    }
  }
  write(chunk, encoding, cb) {
    if (typeof encoding === "function") {
      cb = encoding;
      encoding = undefined;
    }
    if (this._ending || this.destroyed) {
      const err = new codes.ERR_STREAM_WRITE_AFTER_END();
      nextTick(() => {
        cb?.(err);
        this.emit("error", err);
      });
      return false;
    }
    this._writeQueue.push([toBytes(chunk, encoding), cb]);
    this._pump();
    return true;
  }
  _pump() {
    if (this._writing) return;
    const next = this._writeQueue.shift();
    if (!next) {
      if (this._ending && !this.writableFinished) {
        this._handle?.shutdown();
        this.writableFinished = true;
        this.writable = false;
        nextTick(() => {
          this.emit("finish");
          this._writableDone = true;
          this._maybeClose();
        });
      }
      return;
    }
    if (!this._handle) {
      nextTick(() => this.destroy(errnoException(32, "write")));
      return;
    }
    this._writing = true;
    this._handle.write(next[0], (err) => {
      this._writing = false;
      if (err) {
        next[1]?.(err);
        this.destroy(err);
        return;
      }
      if (next[1]) nextTick(next[1]);
      this._pump();
    });
  }
  end(chunk, encoding, cb) {
    if (typeof chunk === "function") {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === "function") {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    this._ending = true;
    this.writableEnded = true;
    if (cb) this.once("finish", cb);
    this._pump();
    return this;
  }
  _maybeClose() {
    if (this._readableDone && this._writableDone) this.destroy();
  }
  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.readable = false;
    this.writable = false;
    this._handle?.close();
    nextTick(() => {
      if (err) this.emit("error", err);
      if (!this._closeEmitted) {
        this._closeEmitted = true;
        this.emit("close", !!err);
      }
    });
    return this;
  }
  ref() {
    this._handle?.ref();
    return this;
  }
  unref() {
    this._handle?.unref();
    return this;
  }
}

let PipeClass;

/** The stream class for pipes, chosen on first use. */
export function pipeClass() {
  if (PipeClass) return PipeClass;
  const Duplex = stream?.Duplex;
  PipeClass = typeof Duplex === "function" ? makeDuplexClass(Duplex) : FallbackPipe;
  // Node's child stdio streams are net.Sockets; inspect() shows "Socket".
  Object.defineProperty(PipeClass, "name", { value: "Socket" });
  return PipeClass;
}

/** A stream over pipe resource `rid` (null: an already-closed pipe). */
export function createPipeStream(rid, opts) {
  const C = pipeClass();
  return new C(rid, opts);
}

