// process.stdout / stderr / stdin as real streams.
import { Readable } from "ext:host/internal/streams/readable.js";
import { Writable } from "ext:host/internal/streams/writable.js";
import { FdReadStream, FdWriteStream, pipeFinal, stdioDestroy, stdioType } from "ext:host/internal/process/stdio_streams.js";
import { ReadStream as TtyReadStream, WriteStream as TtyWriteStream } from "ext:host/tty.js";

// Named like the classes Node uses for these fds.
class Socket extends FdWriteStream {}
class SyncWriteStream extends FdWriteStream {}
class StdinSocket extends FdReadStream {}
Object.defineProperty(StdinSocket, "name", { value: "Socket" });
class ReadStream extends FdReadStream {}

function createWritableStdioStream(fd) {
  const type = stdioType(fd);
  let stream;
  if (type === "tty") {
    stream = new TtyWriteStream(fd);
  } else if (type === "closed") {
    stream = new Writable({
      write(buf, enc, cb) {
        cb();
      },
    });
  } else {
    stream = type === "pipe" ? new Socket(fd) : new SyncWriteStream(fd);
    stream._type = type;
    if (type === "pipe") stream._final = pipeFinal;
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = stdioDestroy;
  if (type === "tty") {
    try {
      globalThis.process.on("SIGWINCH", () => stream._refreshSize());
    } catch {
      // no signal watching here (e.g. inside a worker)
    }
  }
  return stream;
}

export function createStdout() {
  return createWritableStdioStream(1);
}

export function createStderr() {
  return createWritableStdioStream(2);
}

export function createStdin() {
  const type = stdioType(0);
  let stdin;
  if (type === "tty") {
    stdin = new TtyReadStream(0);
  } else if (type === "closed") {
    stdin = new Readable({ read() {} });
    stdin.push(null);
  } else {
    // Like Node: a pipe is a socket (closes after 'end'); a file is an
    // fs.ReadStream with autoClose off (no 'close').
    stdin = type === "pipe" ? new StdinSocket(0) : new ReadStream(0, { autoDestroy: false });
  }
  stdin.fd = 0;
  return stdin;
}
