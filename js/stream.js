// node:stream
import { Stream } from "ext:host/internal/streams/legacy.js";
import { Readable } from "ext:host/internal/streams/readable.js";
import { Writable } from "ext:host/internal/streams/writable.js";
import { Duplex, PassThrough, Transform, duplexPair } from "ext:host/internal/streams/duplex.js";
import { eos, finished as finishedPromise } from "ext:host/internal/streams/end-of-stream.js";
import { pipeline } from "ext:host/internal/streams/pipeline.js";
import { addAbortSignal } from "ext:host/internal/streams/add-abort-signal.js";
import { compose, duplexFrom } from "ext:host/internal/streams/duplexify.js";
import { destroyer } from "ext:host/internal/streams/destroy.js";
import * as operators from "ext:host/internal/streams/operators.js";
import * as web from "ext:host/internal/streams/web.js";
import promises from "ext:host/stream/promises.js";
import {
  getBuffer,
  getDefaultHighWaterMark,
  isDestroyed,
  isDisturbed,
  isErrored,
  isReadable,
  isWritable,
  setDefaultHighWaterMark,
  streamClasses,
} from "ext:host/internal/streams/utils.js";
import { codes } from "ext:host/internal/errors.js";

streamClasses.Readable = Readable;

for (const key of Object.keys(operators.streamReturningOperators)) {
  const op = operators.streamReturningOperators[key];
  Object.defineProperty(Readable.prototype, key, {
    configurable: true,
    enumerable: false,
    writable: true,
    value: {
      [key](...args) {
        if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
        return Readable.from(Reflect.apply(op, this, args));
      },
    }[key],
  });
}
for (const key of Object.keys(operators.promiseReturningOperators)) {
  const op = operators.promiseReturningOperators[key];
  Object.defineProperty(Readable.prototype, key, {
    configurable: true,
    enumerable: false,
    writable: true,
    value: {
      [key](...args) {
        if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
        return Reflect.apply(op, this, args);
      },
    }[key],
  });
}
Object.defineProperty(Readable.prototype, "compose", {
  configurable: true,
  enumerable: false,
  writable: true,
  value: function compose2(stream, options) {
    if (options?.signal) addAbortSignal(options.signal, stream);
    const composed = compose(this, stream);
    return composed;
  },
});

Duplex.from = function (body) {
  return duplexFrom(body, "body");
};
Readable.fromWeb = (rs, options) => web.readableFromWeb(Readable, rs, options);
Readable.toWeb = (r, options) => web.readableToWeb(r, options);
Writable.fromWeb = (ws, options) => web.writableFromWeb(Writable, ws, options);
Writable.toWeb = (w) => web.writableToWeb(w);
Duplex.fromWeb = (pair, options) => web.duplexFromWeb(Duplex, pair, options);
Duplex.toWeb = (duplex) => ({ readable: web.readableToWeb(duplex), writable: web.writableToWeb(duplex) });

Stream.isDestroyed = isDestroyed;
Stream.isDisturbed = isDisturbed;
Stream.isErrored = isErrored;
Stream.isReadable = isReadable;
Stream.isWritable = isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Object.defineProperty(Stream, "promises", {
  configurable: true,
  enumerable: true,
  get() {
    return promises;
  },
});
Object.defineProperty(pipeline, Symbol.for("nodejs.util.promisify.custom"), {
  enumerable: true,
  get() {
    return promises.pipeline;
  },
});
Object.defineProperty(eos, Symbol.for("nodejs.util.promisify.custom"), {
  enumerable: true,
  get() {
    return promises.finished;
  },
});
Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => getBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
void finishedPromise;

export { Stream, Readable, Writable, Duplex, Transform, PassThrough, pipeline, eos as finished, addAbortSignal, compose };
export default Stream;
