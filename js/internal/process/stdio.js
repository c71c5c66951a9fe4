// process.stdout / stderr / stdin. Minimal synchronous writers until the
// stream-based versions land.
import { op_stdio_fd_type, op_stdio_window_size, op_stdio_write, op_stdio_write_str } from "ext:core/ops";
import { EventEmitter } from "ext:host/events.js";

class SyncWriter extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = op_stdio_fd_type(fd);
    this.isTTY = this._type === "tty" ? true : undefined;
    this.writable = true;
    this._isStdio = true;
  }
  get columns() {
    return this.isTTY ? op_stdio_window_size(this.fd)?.[0] : undefined;
  }
  get rows() {
    return this.isTTY ? op_stdio_window_size(this.fd)?.[1] : undefined;
  }
  write(chunk, encoding, cb) {
    if (typeof encoding === "function") {
      cb = encoding;
    }
    if (typeof chunk === "string") op_stdio_write_str(this.fd, chunk);
    else op_stdio_write(this.fd, chunk);
    if (cb) globalThis.process.nextTick(cb);
    return true;
  }
  end(chunk, encoding, cb) {
    if (typeof chunk === "function") {
      cb = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof cb === "function") globalThis.process.nextTick(cb);
    return this;
  }
}

export function createStdout() {
  return new SyncWriter(1);
}
export function createStderr() {
  return new SyncWriter(2);
}
export function createStdin() {
  const stdin = new EventEmitter();
  stdin.fd = 0;
  stdin.isTTY = op_stdio_fd_type(0) === "tty" ? true : undefined;
  return stdin;
}
