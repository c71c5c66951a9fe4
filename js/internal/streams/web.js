// Cheap Readable.fromWeb / toWeb and Writable.fromWeb / toWeb over the
// global WHATWG stream classes (when the host provides them).
import { codes } from "ext:host/internal/errors.js";
import * as destroyImpl from "ext:host/internal/streams/destroy.js";
import { isReadableStream, isWritableStream } from "ext:host/internal/streams/utils.js";

export function readableFromWeb(Readable, readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE("readableStream", "ReadableStream", readableStream);
  }
  const reader = readableStream.getReader();
  let closed = false;
  const r = new Readable({
    objectMode: !!options.objectMode,
    highWaterMark: options.highWaterMark,
    encoding: options.encoding,
    signal: options.signal,
    read() {
      reader.read().then(
        ({ value, done }) => {
          if (done) {
            closed = true;
            r.push(null);
          } else {
            r.push(value);
          }
        },
        (err) => destroyImpl.destroyer(r, err),
      );
    },
    destroy(err, cb) {
      if (closed) return cb(err);
      reader.cancel(err).then(
        () => cb(err),
        (e) => cb(e || err),
      );
    },
  });
  return r;
}

export function readableToWeb(streamReadable, options = {}) {
  const RS = globalThis.ReadableStream;
  if (typeof RS !== "function") throw new codes.ERR_METHOD_NOT_IMPLEMENTED("Readable.toWeb()");
  const objectMode = streamReadable.readableObjectMode;
  let controller;
  const strategy = options.strategy ?? { highWaterMark: objectMode ? 16 : 65536 };
  function onData(chunk) {
    if (!objectMode && typeof chunk !== "string") chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  let closed = false;
  streamReadable.on("data", onData);
  streamReadable.once("end", () => {
    if (!closed) {
      closed = true;
      controller.close();
    }
  });
  streamReadable.once("error", (err) => {
    closed = true;
    controller.error(err);
  });
  streamReadable.pause();
  return new RS(
    {
      start(c) {
        controller = c;
      },
      pull() {
        streamReadable.resume();
      },
      cancel(reason) {
        destroyImpl.destroyer(streamReadable, reason);
      },
    },
    strategy,
  );
}

export function writableFromWeb(Writable, writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE("writableStream", "WritableStream", writableStream);
  }
  const writer = writableStream.getWriter();
  return new Writable({
    objectMode: !!options.objectMode,
    decodeStrings: options.decodeStrings,
    highWaterMark: options.highWaterMark,
    signal: options.signal,
    write(chunk, encoding, cb) {
      writer.ready.then(() => writer.write(chunk)).then(() => cb(), cb);
    },
    final(cb) {
      writer.close().then(() => cb(), cb);
    },
    destroy(err, cb) {
      writer.abort(err).then(
        () => cb(err),
        () => cb(err),
      );
    },
  });
}

export function writableToWeb(streamWritable) {
  const WS = globalThis.WritableStream;
  if (typeof WS !== "function") throw new codes.ERR_METHOD_NOT_IMPLEMENTED("Writable.toWeb()");
  return new WS({
    write(chunk) {
      return new Promise((resolve, reject) => {
        streamWritable.write(chunk, (err) => (err ? reject(err) : resolve()));
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        streamWritable.end((err) => (err ? reject(err) : resolve()));
      });
    },
    abort(reason) {
      destroyImpl.destroyer(streamWritable, reason);
    },
  }, { highWaterMark: streamWritable.writableHighWaterMark });
}

// Duplex.fromWeb: one Duplex reading from pair.readable and writing to
// pair.writable, honouring encoding / objectMode / decodeStrings.
export function duplexFromWeb(Duplex, pair, options = {}) {
  if (pair === null || typeof pair !== "object") throw new codes.ERR_INVALID_ARG_TYPE("pair", "Object", pair);
  if (!isReadableStream(pair.readable)) {
    throw new codes.ERR_INVALID_ARG_TYPE("pair.readable", "ReadableStream", pair.readable);
  }
  if (!isWritableStream(pair.writable)) {
    throw new codes.ERR_INVALID_ARG_TYPE("pair.writable", "WritableStream", pair.writable);
  }
  const objectMode = !!options.objectMode;
  const decodeStrings = options.decodeStrings ?? true;
  const writer = pair.writable.getWriter();
  const reader = pair.readable.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const toBytes = (chunk, encoding) => {
    if (typeof chunk === "string" && decodeStrings && !objectMode) {
      chunk = globalThis.Buffer.from(chunk, encoding);
    }
    return chunk;
  };
  const d = new Duplex({
    allowHalfOpen: options.allowHalfOpen,
    decodeStrings,
    encoding: options.encoding,
    highWaterMark: options.highWaterMark,
    objectMode,
    signal: options.signal,
    write(chunk, encoding, cb) {
      writer.ready.then(() => writer.write(toBytes(chunk, encoding))).then(() => cb(), cb);
    },
    final(cb) {
      writer.close().then(
        () => {
          writableClosed = true;
          cb();
        },
        cb,
      );
    },
    read() {
      reader.read().then(
        ({ value, done }) => {
          if (done) {
            readableClosed = true;
            d.push(null);
          } else {
            d.push(value);
          }
        },
        (err) => destroyImpl.destroyer(d, err),
      );
    },
    destroy(err, cb) {
      const jobs = [];
      if (!writableClosed) jobs.push(writer.abort(err).catch(() => {}));
      if (!readableClosed) jobs.push(reader.cancel(err).catch(() => {}));
      Promise.all(jobs).then(() => cb(err), () => cb(err));
    },
  });
  writer.closed.then(
    () => {
      writableClosed = true;
    },
    (err) => {
      writableClosed = true;
      destroyImpl.destroyer(d, err);
    },
  );
  reader.closed.then(
    () => {
      readableClosed = true;
    },
    (err) => {
      readableClosed = true;
      destroyImpl.destroyer(d, err);
    },
  );
  return d;
}
