// WHATWG Streams: ReadableStream (default and byte sources, default and
// BYOB readers), WritableStream, TransformStream, the queuing strategies and
// TextEncoderStream / TextDecoderStream, written after the Streams Standard's
// abstract operations. Every public object carries one internal record under
// kS; the algorithms below work on those records.
import { codes, E } from "ext:host/internal/errors.js";
import { isPoolArrayBuffer } from "ext:host/buffer.js";
import {
  kControllerErrorFunction,
  kIsClosedPromise,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
  kIsWritable,
} from "ext:host/internal/streams/utils.js";

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR } =
  codes;

if (codes.ERR_ARG_NOT_ITERABLE === undefined) E("ERR_ARG_NOT_ITERABLE", "%s must be iterable", TypeError);

const kS = Symbol("kState");
const kInspect = Symbol.for("nodejs.util.inspect.custom");
const kNew = Symbol("kNew");

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function invalidState(msg) {
  return new ERR_INVALID_STATE.TypeError(msg);
}

function attach(obj, rec) {
  Object.defineProperty(obj, kS, { __proto__: null, value: rec, writable: false, enumerable: false, configurable: false });
  rec.api = obj;
  return obj;
}

function slots(obj, kind) {
  const rec = obj !== null && (typeof obj === "object" || typeof obj === "function") ? obj[kS] : undefined;
  if (rec === undefined || rec.kind !== kind) throw new ERR_INVALID_THIS(kind);
  return rec;
}

function inspectAs(self, name, data, depth, options, inspect) {
  // Node shows a web stream object past the depth limit as undefined.
  if (depth < 0) return undefined;
  const opts = { ...options, depth: options?.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

// ---------------------------------------------------------------- promises

function deferred() {
  const d = { promise: undefined, resolve: undefined, reject: undefined, state: "pending" };
  d.promise = new Promise((resolve, reject) => {
    d.resolve = (v) => {
      if (d.state === "pending") d.state = "fulfilled";
      resolve(v);
    };
    d.reject = (e) => {
      if (d.state === "pending") d.state = "rejected";
      reject(e);
    };
  });
  return d;
}

function resolvedDeferred(value) {
  const d = deferred();
  d.resolve(value);
  return d;
}

function rejectedDeferred(reason) {
  const d = deferred();
  d.reject(reason);
  setHandled(d.promise);
  return d;
}

function nop() {}

function setHandled(promise) {
  promise.then(undefined, nop);
}

// Call a user callback; its result or throw as a promise. (Fixed arity:
// these run once per chunk.)
function promiseCall(fn, thisArg, a, b) {
  try {
    return Promise.resolve(fn.call(thisArg, a, b));
  } catch (err) {
    return Promise.reject(err);
  }
}

const resolvedUndefined = () => Promise.resolve(undefined);

// An optional callback of a source/sink/transformer: undefined when absent
// (null counts as absent), ERR_INVALID_ARG_TYPE when not a function.
function callbackOf(obj, key, prefix) {
  const fn = obj[key];
  if (fn === undefined || fn === null) return undefined;
  if (typeof fn !== "function") throw new ERR_INVALID_ARG_TYPE(`${prefix}.${key}`, "Function", fn);
  return fn;
}

function startOf(obj, message) {
  const fn = obj.start;
  if (fn !== undefined && typeof fn !== "function") throw new TypeError(message);
  return fn;
}

// ---------------------------------------------------------------- queues

function resetQueue(c) {
  c.queue = [];
  c.queueTotalSize = 0;
}

function enqueueValueWithSize(c, value, original) {
  const size = +original;
  if (size !== size || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError("size", original);
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}

function dequeueValue(c) {
  const pair = c.queue.shift();
  c.queueTotalSize -= pair.size;
  if (c.queueTotalSize < 0) c.queueTotalSize = 0;
  return pair.value;
}

// ---------------------------------------------------------------- strategies

function extractHighWaterMark(strategy, defaultHWM) {
  const hwm = strategy?.highWaterMark;
  if (hwm === undefined) return defaultHWM;
  const n = +hwm;
  if (n !== n || n < 0) throw new ERR_INVALID_ARG_VALUE.RangeError("strategy.highWaterMark", hwm);
  return n;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  if (typeof size !== "function") throw new ERR_INVALID_ARG_TYPE("strategy.size", "Function", size);
  return (chunk) => size(chunk);
}

function checkStrategy(strategy, name = "strategy") {
  if (strategy !== undefined && strategy !== null && typeof strategy !== "object" && typeof strategy !== "function") {
    throw new ERR_INVALID_ARG_TYPE(name, "object", strategy);
  }
  return strategy ?? {};
}

function byteLengthSize(chunk) {
  return chunk.byteLength;
}

function countSize() {
  return 1;
}

function strategyInit(init) {
  if (init === null || typeof init !== "object") throw new ERR_INVALID_ARG_TYPE("init", "object", init);
  if (init.highWaterMark === undefined) throw new codes.ERR_MISSING_OPTION("init.highWaterMark");
  return +init.highWaterMark;
}

export class ByteLengthQueuingStrategy {
  constructor(init) {
    attach(this, { kind: "ByteLengthQueuingStrategy", highWaterMark: strategyInit(init) });
  }

  get highWaterMark() {
    return slots(this, "ByteLengthQueuingStrategy").highWaterMark;
  }

  get size() {
    slots(this, "ByteLengthQueuingStrategy");
    return byteLengthSize;
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, "ByteLengthQueuingStrategy", { highWaterMark: this.highWaterMark }, depth, options, inspect);
  }
}

export class CountQueuingStrategy {
  constructor(init) {
    attach(this, { kind: "CountQueuingStrategy", highWaterMark: strategyInit(init) });
  }

  get highWaterMark() {
    return slots(this, "CountQueuingStrategy").highWaterMark;
  }

  get size() {
    slots(this, "CountQueuingStrategy");
    return countSize;
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, "CountQueuingStrategy", { highWaterMark: this.highWaterMark }, depth, options, inspect);
  }
}

// ================================================================ Readable

function newReadableRecord() {
  return {
    kind: "ReadableStream",
    state: "readable",
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
    closed: deferred(),
  };
}

function isLocked(stream) {
  return stream.reader !== undefined;
}

export class ReadableStream {
  constructor(source = undefined, strategy = {}) {
    if (source !== undefined && ((source === null) || (typeof source !== "object" && typeof source !== "function"))) {
      throw new ERR_INVALID_ARG_TYPE("source", "object", source);
    }
    strategy = checkStrategy(strategy);
    const stream = newReadableRecord();
    setHandled(stream.closed.promise);
    attach(this, stream);
    if (source === undefined) source = {};
    const type = source.type;
    if (type !== undefined && `${type}` === "bytes") {
      if (strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError("strategy.size", strategy.size, "must be undefined for byte streams");
      }
      const hwm = extractHighWaterMark(strategy, 0);
      setUpByteControllerFromSource(stream, source, hwm);
    } else if (type === undefined) {
      const size = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      setUpDefaultControllerFromSource(stream, source, hwm, size);
    } else {
      throw new ERR_INVALID_ARG_VALUE("source.type", type);
    }
  }

  get locked() {
    return isLocked(slots(this, "ReadableStream"));
  }

  cancel(reason = undefined) {
    let stream;
    try {
      stream = slots(this, "ReadableStream");
    } catch (err) {
      return Promise.reject(err);
    }
    if (isLocked(stream)) return Promise.reject(invalidState("ReadableStream is locked"));
    return readableStreamCancel(stream, reason);
  }

  getReader(options = undefined) {
    const stream = slots(this, "ReadableStream");
    if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
      throw new ERR_INVALID_ARG_TYPE("options", "Object", options);
    }
    const mode = options?.mode;
    if (mode === undefined) return acquireDefaultReader(stream).api;
    if (`${mode}` !== "byob") throw new ERR_INVALID_ARG_VALUE("options.mode", mode);
    return acquireBYOBReader(stream).api;
  }

  pipeThrough(transform, options = {}) {
    const stream = slots(this, "ReadableStream");
    const readable = transform?.readable;
    const writable = transform?.writable;
    if (readable?.[kS]?.kind !== "ReadableStream") {
      throw new ERR_INVALID_ARG_TYPE("transform.readable", "ReadableStream", readable);
    }
    if (writable?.[kS]?.kind !== "WritableStream") {
      throw new ERR_INVALID_ARG_TYPE("transform.writable", "WritableStream", writable);
    }
    const opts = pipeOptions(options);
    if (isLocked(stream)) throw invalidState("The ReadableStream is locked");
    if (isWritableLocked(writable[kS])) throw invalidState("The WritableStream is locked");
    const promise = readableStreamPipeTo(stream, writable[kS], opts.preventClose, opts.preventAbort,
      opts.preventCancel, opts.signal);
    setHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      const stream = slots(this, "ReadableStream");
      if (destination?.[kS]?.kind !== "WritableStream") {
        throw new ERR_INVALID_ARG_TYPE("transform.writable", "WritableStream", destination);
      }
      const opts = pipeOptions(options);
      if (isLocked(stream)) throw invalidState("The ReadableStream is locked");
      if (isWritableLocked(destination[kS])) throw invalidState("The WritableStream is locked");
      return readableStreamPipeTo(stream, destination[kS], opts.preventClose, opts.preventAbort, opts.preventCancel,
        opts.signal);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    const stream = slots(this, "ReadableStream");
    return readableStreamTee(stream).map((r) => r.api);
  }

  values(options = {}) {
    const stream = slots(this, "ReadableStream");
    const preventCancel = !!options?.preventCancel;
    const reader = acquireDefaultReader(stream);
    // As in Node, each iterator also carries next/return/@@asyncIterator as
    // own enumerable properties.
    const it = Object.create(ReadableStreamAsyncIteratorPrototype, {
      next: {
        __proto__: null,
        value: ReadableStreamAsyncIteratorPrototype.next,
        writable: true,
        enumerable: true,
        configurable: true,
      },
      return: {
        __proto__: null,
        value: ReadableStreamAsyncIteratorPrototype.return,
        writable: true,
        enumerable: true,
        configurable: true,
      },
      [Symbol.asyncIterator]: { __proto__: null, value: returnSelf, writable: true, enumerable: true, configurable: true },
    });
    attach(it, { kind: "ReadableStreamAsyncIterator", reader, preventCancel, finished: false, started: false, current: undefined });
    return it;
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable).api;
  }

  get [kIsDisturbed]() {
    return this[kS].disturbed;
  }

  get [kIsErrored]() {
    return this[kS].state === "errored";
  }

  get [kIsReadable]() {
    return this[kS].state === "readable";
  }

  get [kIsClosedPromise]() {
    return this[kS].closed;
  }

  get [kControllerErrorFunction]() {
    const stream = this[kS];
    return (err) => {
      const c = stream.controller;
      if (c.kind === "ReadableByteStreamController") byteControllerError(c, err);
      else defaultControllerError(c, err);
    };
  }

  [kInspect](depth, options, inspect) {
    const stream = this[kS];
    return inspectAs(this, "ReadableStream", {
      locked: isLocked(stream),
      state: stream.state,
      supportsBYOB: stream.controller?.kind === "ReadableByteStreamController",
    }, depth, options, inspect);
  }
}
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: ReadableStream.prototype.values,
  writable: true,
  enumerable: false,
  configurable: true,
});
Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "ReadableStream",
  configurable: true,
});

function pipeOptions(options) {
  if (options === null || (typeof options !== "object" && typeof options !== "function")) {
    if (options === undefined) options = {};
    else throw new ERR_INVALID_ARG_TYPE("options", "Object", options);
  }
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof globalThis.AbortSignal)) {
    throw new ERR_INVALID_ARG_TYPE("options.signal", "AbortSignal", signal);
  }
  return {
    preventClose: !!options.preventClose,
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    signal,
  };
}

function createReadableRecord(startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm = 1, size = () => 1) {
  const stream = newReadableRecord();
  setHandled(stream.closed.promise);
  attach(Object.create(ReadableStream.prototype), stream);
  const c = newDefaultControllerRecord();
  setUpDefaultController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, size);
  return stream;
}

function createReadableByteRecord(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = newReadableRecord();
  setHandled(stream.closed.promise);
  attach(Object.create(ReadableStream.prototype), stream);
  const c = newByteControllerRecord();
  setUpByteController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

function showValue(value) {
  const inspect = globalThis[Symbol.for("host.inspect")];
  return value !== null && typeof value === "object" && typeof inspect === "function" ? inspect(value) : String(value);
}

function readableStreamFromIterable(iterable) {
  let iterator;
  // null/undefined fail on the property read, as in Node.
  const asyncMethod = iterable[Symbol.asyncIterator];
  if (asyncMethod !== undefined && asyncMethod !== null) {
    if (typeof asyncMethod !== "function") throw new codes.ERR_ARG_NOT_ITERABLE(showValue(iterable));
    iterator = Reflect.apply(asyncMethod, iterable, []);
  } else {
    const syncMethod = iterable[Symbol.iterator];
    if (typeof syncMethod !== "function") throw new codes.ERR_ARG_NOT_ITERABLE(showValue(iterable));
    const syncIterator = Reflect.apply(syncMethod, iterable, []);
    if (syncIterator === null || typeof syncIterator !== "object") {
      throw new ERR_INVALID_STATE.TypeError("The iterator method must return an object");
    }
    iterator = asyncFromSyncIterator(syncIterator);
  }
  if (iterator === null || typeof iterator !== "object") {
    throw new ERR_INVALID_STATE.TypeError("The iterator method must return an object");
  }
  const nextMethod = iterator.next;
  let stream;
  const pull = () => {
    let result;
    try {
      result = Promise.resolve(Reflect.apply(nextMethod, iterator, []));
    } catch (err) {
      return Promise.reject(err);
    }
    return result.then((r) => {
      if (r === null || typeof r !== "object") {
        throw new ERR_INVALID_STATE.TypeError("The promise returned by the iterator.next() method must fulfill with an object");
      }
      if (r.done) defaultControllerClose(stream.controller);
      else defaultControllerEnqueue(stream.controller, r.value);
    });
  };
  const cancel = (reason) => {
    let ret;
    try {
      ret = iterator.return;
      if (ret === undefined || ret === null) return Promise.resolve();
      return Promise.resolve(Reflect.apply(ret, iterator, [reason])).then((r) => {
        if (r === null || typeof r !== "object") {
          throw new ERR_INVALID_STATE.TypeError("The promise returned by the iterator.return() method must fulfill with an object");
        }
      });
    } catch (err) {
      return Promise.reject(err);
    }
  };
  stream = createReadableRecord(() => undefined, pull, cancel, 0);
  return stream;
}

function asyncFromSyncIterator(syncIterator) {
  const next = syncIterator.next;
  return {
    next(v) {
      const r = Reflect.apply(next, syncIterator, [v]);
      return Promise.resolve(r.value).then((value) => ({ value, done: !!r.done }));
    },
    return(v) {
      const ret = syncIterator.return;
      if (ret === undefined || ret === null) return Promise.resolve({ value: v, done: true });
      const r = Reflect.apply(ret, syncIterator, [v]);
      return Promise.resolve(r.value).then((value) => ({ value, done: !!r.done }));
    },
  };
}

// ---------------------------------------------------------------- readers

function readerGenericInitialize(reader, stream) {
  reader.stream = stream;
  stream.reader = reader;
  if (stream.state === "readable") {
    reader.closed = deferred();
  } else if (stream.state === "closed") {
    reader.closed = resolvedDeferred(undefined);
  } else {
    reader.closed = rejectedDeferred(stream.storedError);
  }
}

function readerGenericRelease(reader) {
  const stream = reader.stream;
  const err = invalidState("Reader released");
  if (stream.state === "readable") {
    reader.closed.reject(err);
  } else {
    reader.closed = rejectedDeferred(err);
  }
  setHandled(reader.closed.promise);
  stream.controller.releaseSteps();
  stream.reader = undefined;
  reader.stream = undefined;
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader.stream, reason);
}

function newDefaultReaderRecord() {
  return { kind: "ReadableStreamDefaultReader", stream: undefined, closed: undefined, readRequests: [] };
}

function setUpDefaultReader(reader, stream) {
  if (isLocked(stream)) throw invalidState("ReadableStream is locked");
  readerGenericInitialize(reader, stream);
  reader.readRequests = [];
}

function acquireDefaultReader(stream) {
  const reader = newDefaultReaderRecord();
  setUpDefaultReader(reader, stream);
  attach(Object.create(ReadableStreamDefaultReader.prototype), reader);
  return reader;
}

function defaultReaderRead(reader, req) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === "closed") req.close();
  else if (stream.state === "errored") req.error(stream.storedError);
  else stream.controller.pullSteps(req);
}

function defaultReaderErrorReadRequests(reader, e) {
  const reqs = reader.readRequests;
  reader.readRequests = [];
  for (const req of reqs) req.error(e);
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  defaultReaderErrorReadRequests(reader, invalidState("Releasing reader"));
}

class ReaderReadRequest {
  constructor() {
    const { promise, resolve, reject } = Promise.withResolvers();
    this.promise = promise;
    this.resolve = resolve;
    this.reject = reject;
  }

  chunk(value) {
    this.resolve({ value, done: false });
  }

  close() {
    this.resolve({ value: undefined, done: true });
  }

  error(e) {
    this.reject(e);
  }
}

export class ReadableStreamDefaultReader {
  constructor(stream) {
    const s = stream?.[kS];
    if (s?.kind !== "ReadableStream") throw new ERR_INVALID_ARG_TYPE("stream", "ReadableStream", stream);
    const reader = newDefaultReaderRecord();
    setUpDefaultReader(reader, s);
    attach(this, reader);
  }

  read() {
    let reader;
    try {
      reader = slots(this, "ReadableStreamDefaultReader");
    } catch (err) {
      return Promise.reject(err);
    }
    if (reader.stream === undefined) {
      return Promise.reject(invalidState("The reader is not attached to a stream"));
    }
    const stream = reader.stream;
    const c = stream.controller;
    if (stream.state === "readable" && c.kind === "ReadableStreamDefaultController" && c.queue.length > 0) {
      // Data is queued: answer at once (Node's result object has done first).
      stream.disturbed = true;
      const value = dequeueValue(c);
      if (c.closeRequested && c.queue.length === 0) {
        defaultControllerClearAlgorithms(c);
        readableStreamClose(stream);
      } else {
        defaultControllerCallPullIfNeeded(c);
      }
      return Promise.resolve({ done: false, value });
    }
    const req = new ReaderReadRequest();
    defaultReaderRead(reader, req);
    return req.promise;
  }

  releaseLock() {
    const reader = slots(this, "ReadableStreamDefaultReader");
    if (reader.stream === undefined) return;
    defaultReaderRelease(reader);
  }

  get closed() {
    try {
      return slots(this, "ReadableStreamDefaultReader").closed.promise;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  cancel(reason = undefined) {
    let reader;
    try {
      reader = slots(this, "ReadableStreamDefaultReader");
    } catch (err) {
      return Promise.reject(err);
    }
    if (reader.stream === undefined) {
      return Promise.reject(invalidState("The reader is not attached to a stream"));
    }
    return readerGenericCancel(reader, reason);
  }

  [kInspect](depth, options, inspect) {
    const reader = this[kS];
    return inspectAs(this, "ReadableStreamDefaultReader", {
      stream: reader.stream?.api,
      readRequests: reader.readRequests.length,
      close: reader.closed.promise,
    }, depth, options, inspect);
  }
}
Object.defineProperty(ReadableStreamDefaultReader.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "ReadableStreamDefaultReader",
  configurable: true,
});

function newBYOBReaderRecord() {
  return { kind: "ReadableStreamBYOBReader", stream: undefined, closed: undefined, readIntoRequests: [] };
}

function setUpBYOBReader(reader, stream) {
  if (isLocked(stream)) throw invalidState("ReadableStream is locked");
  if (stream.controller.kind !== "ReadableByteStreamController") {
    throw new ERR_INVALID_ARG_VALUE("stream", stream.api, "must be a byte stream");
  }
  readerGenericInitialize(reader, stream);
  reader.readIntoRequests = [];
}

function acquireBYOBReader(stream) {
  const reader = newBYOBReaderRecord();
  setUpBYOBReader(reader, stream);
  attach(Object.create(ReadableStreamBYOBReader.prototype), reader);
  return reader;
}

function byobReaderErrorReadIntoRequests(reader, e) {
  const reqs = reader.readIntoRequests;
  reader.readIntoRequests = [];
  for (const req of reqs) req.error(e);
}

function byobReaderRelease(reader) {
  readerGenericRelease(reader);
  byobReaderErrorReadIntoRequests(reader, invalidState("Releasing reader"));
}

export class ReadableStreamBYOBReader {
  constructor(stream) {
    const s = stream?.[kS];
    if (s?.kind !== "ReadableStream") throw new ERR_INVALID_ARG_TYPE("stream", "ReadableStream", stream);
    const reader = newBYOBReaderRecord();
    setUpBYOBReader(reader, s);
    attach(this, reader);
  }

  read(view, options = {}) {
    let reader;
    try {
      reader = slots(this, "ReadableStreamBYOBReader");
    } catch (err) {
      return Promise.reject(err);
    }
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE("view", ["Buffer", "TypedArray", "DataView"], view));
    }
    if (view.byteLength === 0) return Promise.reject(invalidState("View or Viewed ArrayBuffer is zero-length or detached"));
    if (view.buffer.byteLength === 0 || view.buffer.detached) {
      return Promise.reject(invalidState("Viewed ArrayBuffer is detached"));
    }
    let min = options?.min ?? 1;
    min = +min;
    if (!(min > 0)) {
      return Promise.reject(new ERR_INVALID_ARG_VALUE("options.min", options?.min, "must be greater than 0"));
    }
    const length = view instanceof DataView ? view.byteLength : view.length;
    if (min > length) {
      return Promise.reject(new codes.ERR_OUT_OF_RANGE("options.min",
        view instanceof DataView ? "<= view.byteLength" : "<= view.length", min));
    }
    if (reader.stream === undefined) {
      return Promise.reject(invalidState("The reader is not attached to a stream"));
    }
    const d = deferred();
    const req = {
      chunk: (value) => d.resolve({ value, done: false }),
      close: (value) => d.resolve({ value, done: true }),
      error: (e) => d.reject(e),
    };
    const stream = reader.stream;
    stream.disturbed = true;
    if (stream.state === "errored") req.error(stream.storedError);
    else byteControllerPullInto(stream.controller, view, min, req);
    return d.promise;
  }

  releaseLock() {
    const reader = slots(this, "ReadableStreamBYOBReader");
    if (reader.stream === undefined) return;
    byobReaderRelease(reader);
  }

  get closed() {
    try {
      return slots(this, "ReadableStreamBYOBReader").closed.promise;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  cancel(reason = undefined) {
    let reader;
    try {
      reader = slots(this, "ReadableStreamBYOBReader");
    } catch (err) {
      return Promise.reject(err);
    }
    if (reader.stream === undefined) {
      return Promise.reject(invalidState("The reader is not attached to a stream"));
    }
    return readerGenericCancel(reader, reason);
  }

  [kInspect](depth, options, inspect) {
    const reader = this[kS];
    return inspectAs(this, "ReadableStreamBYOBReader", {
      stream: reader.stream?.api,
      readIntoRequests: reader.readIntoRequests.length,
      close: reader.closed.promise,
    }, depth, options, inspect);
  }
}
Object.defineProperty(ReadableStreamBYOBReader.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "ReadableStreamBYOBReader",
  configurable: true,
});

// ---------------------------------------------------------------- async iterator

// The async iterator. Timing follows Node: the first next() waits one
// microtask (so the source has started), later calls chain on the
// previous result only while it is still pending.
function iteratorNextSteps(it) {
  if (it.finished) return Promise.resolve({ done: true, value: undefined });
  const reader = it.reader;
  if (reader.stream === undefined) {
    return Promise.reject(invalidState("The reader is not bound to a ReadableStream"));
  }
  const req = new IteratorReadRequest(it);
  defaultReaderRead(reader, req);
  return req.promise;
}

class IteratorReadRequest {
  constructor(it) {
    const { promise, resolve, reject } = Promise.withResolvers();
    this.it = it;
    this.promise = promise;
    this.resolve = resolve;
    this.reject = reject;
  }

  chunk(value) {
    this.it.current = undefined;
    this.resolve({ value, done: false });
  }

  close() {
    const it = this.it;
    it.current = undefined;
    it.finished = true;
    readerGenericRelease(it.reader);
    this.resolve({ done: true, value: undefined });
  }

  error(e) {
    const it = this.it;
    it.current = undefined;
    it.finished = true;
    readerGenericRelease(it.reader);
    this.reject(e);
  }
}

async function iteratorReturnSteps(it, value) {
  if (it.finished) return { done: true, value };
  it.finished = true;
  const reader = it.reader;
  if (reader.stream === undefined) throw invalidState("The reader is not bound to a ReadableStream");
  if (!it.preventCancel) {
    const result = readerGenericCancel(reader, value);
    readerGenericRelease(reader);
    await result;
    return { done: true, value };
  }
  readerGenericRelease(reader);
  return { done: true, value };
}

const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: {
    __proto__: null,
    writable: true,
    enumerable: true,
    configurable: true,
    value: function next() {
      let it;
      try {
        it = slots(this, "ReadableStreamAsyncIterator");
      } catch (err) {
        return Promise.reject(err);
      }
      if (!it.started) {
        it.started = true;
        it.current = Promise.resolve();
      }
      const steps = () => iteratorNextSteps(it);
      if (it.current !== undefined) {
        it.current = it.current.then(steps, steps);
        return it.current;
      }
      // A read answered at once leaves nothing to chain on.
      it.current = null;
      const promise = steps();
      if (it.current === null) it.current = promise;
      return promise;
    },
  },
  return: {
    __proto__: null,
    writable: true,
    enumerable: true,
    configurable: true,
    value: function (value) {
      let it;
      try {
        it = slots(this, "ReadableStreamAsyncIterator");
      } catch (err) {
        return Promise.reject(err);
      }
      const steps = () => iteratorReturnSteps(it, value);
      return it.current !== undefined ? it.current.then(steps, steps) : steps();
    },
  },
});
Object.defineProperty(ReadableStreamAsyncIteratorPrototype.return, "name", { value: "return" });

function returnSelf() {
  return this;
}
Object.defineProperty(returnSelf, "name", { value: "[Symbol.asyncIterator]" });

// ---------------------------------------------------------------- stream ops

function addReadRequest(stream, req) {
  stream.reader.readRequests.push(req);
}

function numReadRequests(stream) {
  return stream.reader.readRequests.length;
}

function numReadIntoRequests(stream) {
  return stream.reader.readIntoRequests.length;
}

function hasDefaultReader(stream) {
  return stream.reader !== undefined && stream.reader.kind === "ReadableStreamDefaultReader";
}

function hasBYOBReader(stream) {
  return stream.reader !== undefined && stream.reader.kind === "ReadableStreamBYOBReader";
}

function fulfillReadRequest(stream, chunk, done) {
  const req = stream.reader.readRequests.shift();
  if (done) req.close();
  else req.chunk(chunk);
}

function fulfillReadIntoRequest(stream, chunk, done) {
  const req = stream.reader.readIntoRequests.shift();
  if (done) req.close(chunk);
  else req.chunk(chunk);
}

function readableStreamClose(stream) {
  stream.state = "closed";
  stream.closed.resolve(undefined);
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closed.resolve(undefined);
  if (reader.kind === "ReadableStreamDefaultReader") {
    const reqs = reader.readRequests;
    reader.readRequests = [];
    for (const req of reqs) req.close();
  }
}

function readableStreamError(stream, e) {
  stream.state = "errored";
  stream.storedError = e;
  stream.closed.reject(e);
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closed.reject(e);
  setHandled(reader.closed.promise);
  if (reader.kind === "ReadableStreamDefaultReader") defaultReaderErrorReadRequests(reader, e);
  else byobReaderErrorReadIntoRequests(reader, e);
}

function readableStreamCancel(stream, reason) {
  stream.disturbed = true;
  if (stream.state === "closed") return Promise.resolve(undefined);
  if (stream.state === "errored") return Promise.reject(stream.storedError);
  readableStreamClose(stream);
  const reader = stream.reader;
  if (reader !== undefined && reader.kind === "ReadableStreamBYOBReader") {
    const reqs = reader.readIntoRequests;
    reader.readIntoRequests = [];
    for (const req of reqs) req.close(undefined);
  }
  return stream.controller.cancelSteps(reason).then(nop);
}

// ---------------------------------------------------------------- default controller

function newDefaultControllerRecord() {
  return {
    kind: "ReadableStreamDefaultController",
    stream: undefined,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategySizeAlgorithm: undefined,
    strategyHWM: 0,
    pullAlgorithm: undefined,
    cancelAlgorithm: undefined,
    pullSteps: undefined,
    cancelSteps: undefined,
    releaseSteps: nop,
  };
}

function setUpDefaultController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, size) {
  c.stream = stream;
  resetQueue(c);
  c.started = false;
  c.closeRequested = false;
  c.pullAgain = false;
  c.pulling = false;
  c.strategySizeAlgorithm = size;
  c.strategyHWM = hwm;
  c.pullAlgorithm = pullAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
  c.pullSteps = (req) => defaultControllerPullSteps(c, req);
  c.cancelSteps = (reason) => {
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    defaultControllerClearAlgorithms(c);
    return result;
  };
  c.releaseSteps = nop;
  if (c.api === undefined) attach(Object.create(ReadableStreamDefaultController.prototype), c);
  stream.controller = c;
  const startResult = startAlgorithm(c.api);
  new Promise((r) => r(startResult)).then(
    () => {
      c.started = true;
      defaultControllerCallPullIfNeeded(c);
    },
    (r) => defaultControllerError(c, r),
  );
}

function setUpDefaultControllerFromSource(stream, source, hwm, size) {
  const c = newDefaultControllerRecord();
  attach(Object.create(ReadableStreamDefaultController.prototype), c);
  const start = startOf(source, "Bind must be called on a function");
  const pull = callbackOf(source, "pull", "source");
  const cancel = callbackOf(source, "cancel", "source");
  const startAlgorithm = start === undefined ? () => undefined : (api) => Reflect.apply(start, source, [api]);
  const pullAlgorithm = pull === undefined ? resolvedUndefined : () => promiseCall(pull, source, c.api);
  const cancelAlgorithm = cancel === undefined ? resolvedUndefined : (reason) => promiseCall(cancel, source, reason);
  setUpDefaultController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, size);
}

function defaultControllerPullSteps(c, req) {
  const stream = c.stream;
  if (c.queue.length > 0) {
    const chunk = dequeueValue(c);
    if (c.closeRequested && c.queue.length === 0) {
      defaultControllerClearAlgorithms(c);
      readableStreamClose(stream);
    } else {
      defaultControllerCallPullIfNeeded(c);
    }
    req.chunk(chunk);
  } else {
    addReadRequest(stream, req);
    defaultControllerCallPullIfNeeded(c);
  }
}

function defaultControllerCallPullIfNeeded(c) {
  if (!defaultControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  if (c.onPulled === undefined) {
    c.onPulled = () => {
      c.pulling = false;
      if (c.pullAgain) {
        c.pullAgain = false;
        defaultControllerCallPullIfNeeded(c);
      }
    };
    c.onPullFailed = (e) => defaultControllerError(c, e);
  }
  c.pullAlgorithm().then(c.onPulled, c.onPullFailed);
}

function defaultControllerShouldCallPull(c) {
  const stream = c.stream;
  if (!defaultControllerCanCloseOrEnqueue(c)) return false;
  if (!c.started) return false;
  if (isLocked(stream) && hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  return defaultControllerGetDesiredSize(c) > 0;
}

function defaultControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function defaultControllerClose(c) {
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    defaultControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function defaultControllerEnqueue(c, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  const stream = c.stream;
  if (isLocked(stream) && hasDefaultReader(stream) && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.strategySizeAlgorithm(chunk);
    } catch (err) {
      defaultControllerError(c, err);
      throw err;
    }
    try {
      enqueueValueWithSize(c, chunk, size);
    } catch (err) {
      defaultControllerError(c, err);
      throw err;
    }
  }
  defaultControllerCallPullIfNeeded(c);
}

function defaultControllerError(c, e) {
  const stream = c.stream;
  if (stream.state !== "readable") return;
  resetQueue(c);
  defaultControllerClearAlgorithms(c);
  readableStreamError(stream, e);
}

function defaultControllerGetDesiredSize(c) {
  const state = c.stream.state;
  if (state === "errored") return null;
  if (state === "closed") return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function defaultControllerHasBackpressure(c) {
  return !defaultControllerShouldCallPull(c);
}

function defaultControllerCanCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream.state === "readable";
}

export class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kNew) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    return defaultControllerGetDesiredSize(slots(this, "ReadableStreamDefaultController"));
  }

  close() {
    const c = slots(this, "ReadableStreamDefaultController");
    if (!defaultControllerCanCloseOrEnqueue(c)) throw invalidState("Controller is already closed");
    defaultControllerClose(c);
  }

  enqueue(chunk = undefined) {
    const c = slots(this, "ReadableStreamDefaultController");
    if (!defaultControllerCanCloseOrEnqueue(c)) throw invalidState("Controller is already closed");
    defaultControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    defaultControllerError(slots(this, "ReadableStreamDefaultController"), e);
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, "ReadableStreamDefaultController", {}, depth, options, inspect);
  }
}
Object.defineProperty(ReadableStreamDefaultController.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "ReadableStreamDefaultController",
  configurable: true,
});

// ---------------------------------------------------------------- byte controller

function newByteControllerRecord() {
  return {
    kind: "ReadableByteStreamController",
    stream: undefined,
    byobRequest: null,
    pendingPullIntos: [],
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategyHWM: 0,
    pullAlgorithm: undefined,
    cancelAlgorithm: undefined,
    autoAllocateChunkSize: undefined,
    pullSteps: undefined,
    cancelSteps: undefined,
    releaseSteps: undefined,
  };
}

function transferBuffer(buffer) {
  if (isPoolArrayBuffer(buffer)) throw new TypeError("ArrayBuffer is not detachable and could not be cloned.");
  return buffer.transfer();
}

function isDetached(buffer) {
  return buffer.detached === true;
}

function setUpByteController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, autoAllocateChunkSize) {
  c.stream = stream;
  c.pullAgain = false;
  c.pulling = false;
  c.byobRequest = null;
  c.queue = [];
  c.queueTotalSize = 0;
  c.closeRequested = false;
  c.started = false;
  c.strategyHWM = hwm;
  c.pullAlgorithm = pullAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
  c.autoAllocateChunkSize = autoAllocateChunkSize;
  c.pendingPullIntos = [];
  c.pullSteps = (req) => byteControllerPullSteps(c, req);
  c.cancelSteps = (reason) => {
    byteControllerClearPendingPullIntos(c);
    c.queue = [];
    c.queueTotalSize = 0;
    const result = c.cancelAlgorithm(reason);
    byteControllerClearAlgorithms(c);
    return result;
  };
  c.releaseSteps = () => {
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      first.readerType = "none";
      c.pendingPullIntos = [first];
    }
  };
  if (c.api === undefined) attach(Object.create(ReadableByteStreamController.prototype), c);
  stream.controller = c;
  const startResult = startAlgorithm(c.api);
  new Promise((r) => r(startResult)).then(
    () => {
      c.started = true;
      byteControllerCallPullIfNeeded(c);
    },
    (r) => byteControllerError(c, r),
  );
}

function setUpByteControllerFromSource(stream, source, hwm) {
  const c = newByteControllerRecord();
  attach(Object.create(ReadableByteStreamController.prototype), c);
  const start = startOf(source, "Bind must be called on a function");
  const pull = callbackOf(source, "pull", "source");
  const cancel = callbackOf(source, "cancel", "source");
  const startAlgorithm = start === undefined ? () => undefined : (api) => Reflect.apply(start, source, [api]);
  const pullAlgorithm = pull === undefined ? resolvedUndefined : () => promiseCall(pull, source, c.api);
  const cancelAlgorithm = cancel === undefined ? resolvedUndefined : (reason) => promiseCall(cancel, source, reason);
  let autoAllocate = source.autoAllocateChunkSize;
  if (autoAllocate !== undefined) {
    autoAllocate = +autoAllocate;
    if (!(autoAllocate > 0) || autoAllocate !== Math.trunc(autoAllocate)) {
      throw new ERR_INVALID_ARG_VALUE.RangeError("source.autoAllocateChunkSize", source.autoAllocateChunkSize);
    }
  }
  setUpByteController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, autoAllocate);
}

function byteControllerGetBYOBRequest(c) {
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled);
    const req = attach(Object.create(ReadableStreamBYOBRequest.prototype), {
      kind: "ReadableStreamBYOBRequest",
      controller: c,
      view,
    });
    c.byobRequest = req[kS];
  }
  return c.byobRequest === null ? null : c.byobRequest.api;
}

function byteControllerGetDesiredSize(c) {
  const state = c.stream.state;
  if (state === "errored") return null;
  if (state === "closed") return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function byteControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function byteControllerInvalidateBYOBRequest(c) {
  if (c.byobRequest === null) return;
  c.byobRequest.controller = undefined;
  c.byobRequest.view = null;
  c.byobRequest = null;
}

function byteControllerClearPendingPullIntos(c) {
  byteControllerInvalidateBYOBRequest(c);
  c.pendingPullIntos = [];
}

function byteControllerError(c, e) {
  const stream = c.stream;
  if (stream.state !== "readable") return;
  byteControllerClearPendingPullIntos(c);
  c.queue = [];
  c.queueTotalSize = 0;
  byteControllerClearAlgorithms(c);
  readableStreamError(stream, e);
}

function byteControllerClose(c) {
  const stream = c.stream;
  if (c.closeRequested || stream.state !== "readable") return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState("Partial read");
      byteControllerError(c, e);
      throw e;
    }
  }
  byteControllerClearAlgorithms(c);
  readableStreamClose(stream);
}

function byteControllerEnqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function byteControllerEnqueueClonedChunkToQueue(c, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (err) {
    byteControllerError(c, err);
    throw err;
  }
  byteControllerEnqueueChunkToQueue(c, clone, 0, byteLength);
}

function byteControllerEnqueueDetachedPullIntoToQueue(c, pullInto) {
  if (pullInto.bytesFilled > 0) {
    byteControllerEnqueueClonedChunkToQueue(c, pullInto.buffer, pullInto.byteOffset, pullInto.bytesFilled);
  }
  c.pendingPullIntos.shift();
}

function byteControllerEnqueue(c, chunk) {
  const stream = c.stream;
  if (c.closeRequested || stream.state !== "readable") return;
  const buffer = chunk.buffer;
  const byteOffset = chunk.byteOffset;
  const byteLength = chunk.byteLength;
  if (isDetached(buffer)) throw invalidState("chunk's buffer is detached");
  const transferred = transferBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState("The BYOB request's buffer has been detached");
    byteControllerInvalidateBYOBRequest(c);
    first.buffer = transferBuffer(first.buffer);
    if (first.readerType === "none") byteControllerEnqueueDetachedPullIntoToQueue(c, first);
  }
  if (hasDefaultReader(stream)) {
    byteControllerProcessReadRequestsUsingQueue(c);
    if (numReadRequests(stream) === 0) {
      byteControllerEnqueueChunkToQueue(c, transferred, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) c.pendingPullIntos.shift();
      fulfillReadRequest(stream, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    byteControllerEnqueueChunkToQueue(c, transferred, byteOffset, byteLength);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(c);
    for (const pullInto of filled) byteControllerCommitPullIntoDescriptor(stream, pullInto);
  } else {
    byteControllerEnqueueChunkToQueue(c, transferred, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(c);
}

function byteControllerProcessReadRequestsUsingQueue(c) {
  const reader = c.stream.reader;
  while (reader.readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    byteControllerFillReadRequestFromQueue(c, reader.readRequests.shift());
  }
}

function byteControllerFillReadRequestFromQueue(c, req) {
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(c);
  req.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerHandleQueueDrain(c) {
  if (c.queueTotalSize === 0 && c.closeRequested) {
    byteControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  } else {
    byteControllerCallPullIfNeeded(c);
  }
}

function byteControllerProcessPullIntoDescriptorsUsingQueue(c) {
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const pullInto = c.pendingPullIntos[0];
    if (byteControllerFillPullIntoDescriptorFromQueue(c, pullInto)) {
      c.pendingPullIntos.shift();
      filled.push(pullInto);
    }
  }
  return filled;
}

function byteControllerFillPullIntoDescriptorFromQueue(c, pullInto) {
  const maxBytesToCopy = Math.min(c.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let remaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullInto.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullInto.minimumFill) {
    remaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  while (remaining > 0) {
    const head = c.queue[0];
    const n = Math.min(remaining, head.byteLength);
    const destStart = pullInto.byteOffset + pullInto.bytesFilled;
    new Uint8Array(pullInto.buffer, destStart, n).set(new Uint8Array(head.buffer, head.byteOffset, n));
    if (head.byteLength === n) {
      c.queue.shift();
    } else {
      head.byteOffset += n;
      head.byteLength -= n;
    }
    c.queueTotalSize -= n;
    pullInto.bytesFilled += n;
    remaining -= n;
  }
  return ready;
}

function byteControllerConvertPullIntoDescriptor(pullInto) {
  const buffer = transferBuffer(pullInto.buffer);
  const Ctor = pullInto.viewConstructor;
  return new Ctor(buffer, pullInto.byteOffset, pullInto.bytesFilled / pullInto.elementSize);
}

function byteControllerCommitPullIntoDescriptor(stream, pullInto) {
  const done = stream.state === "closed";
  const filledView = byteControllerConvertPullIntoDescriptor(pullInto);
  if (pullInto.readerType === "default") fulfillReadRequest(stream, filledView, done);
  else fulfillReadIntoRequest(stream, filledView, done);
}

function byteControllerPullSteps(c, req) {
  const stream = c.stream;
  if (c.queueTotalSize > 0) {
    byteControllerFillReadRequestFromQueue(c, req);
    return;
  }
  const autoAllocate = c.autoAllocateChunkSize;
  if (autoAllocate !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(autoAllocate);
    } catch (err) {
      req.error(err);
      return;
    }
    c.pendingPullIntos.push({
      buffer,
      bufferByteLength: autoAllocate,
      byteOffset: 0,
      byteLength: autoAllocate,
      bytesFilled: 0,
      minimumFill: 1,
      elementSize: 1,
      viewConstructor: Uint8Array,
      readerType: "default",
    });
  }
  addReadRequest(stream, req);
  byteControllerCallPullIfNeeded(c);
}

function byteControllerShouldCallPull(c) {
  const stream = c.stream;
  if (stream.state !== "readable") return false;
  if (c.closeRequested) return false;
  if (!c.started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return byteControllerGetDesiredSize(c) > 0;
}

function byteControllerCallPullIfNeeded(c) {
  if (!byteControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(
    () => {
      c.pulling = false;
      if (c.pullAgain) {
        c.pullAgain = false;
        byteControllerCallPullIfNeeded(c);
      }
    },
    (e) => byteControllerError(c, e),
  );
}

function viewInfo(view) {
  if (view instanceof DataView) return { elementSize: 1, ctor: DataView };
  return { elementSize: view.BYTES_PER_ELEMENT, ctor: view.constructor };
}

function byteControllerPullInto(c, view, min, req) {
  const stream = c.stream;
  const { elementSize, ctor } = viewInfo(view);
  const minimumFill = min * elementSize;
  if (isDetached(view.buffer)) {
    req.error(invalidState("The view's buffer is detached"));
    return;
  }
  const byteOffset = view.byteOffset;
  const byteLength = view.byteLength;
  let buffer;
  try {
    buffer = transferBuffer(view.buffer);
  } catch (err) {
    req.error(err);
    return;
  }
  const pullInto = {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    viewConstructor: ctor,
    readerType: "byob",
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(pullInto);
    stream.reader.readIntoRequests.push(req);
    return;
  }
  if (stream.state === "closed") {
    req.close(new ctor(pullInto.buffer, pullInto.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (byteControllerFillPullIntoDescriptorFromQueue(c, pullInto)) {
      const filledView = byteControllerConvertPullIntoDescriptor(pullInto);
      byteControllerHandleQueueDrain(c);
      req.chunk(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState("Controller is already closed");
      byteControllerError(c, e);
      req.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(pullInto);
  stream.reader.readIntoRequests.push(req);
  byteControllerCallPullIfNeeded(c);
}

function byteControllerRespond(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  const state = c.stream.state;
  if (state === "closed") {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE("bytesWritten", bytesWritten);
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE("bytesWritten", bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError("bytesWritten", bytesWritten);
    }
  }
  first.buffer = transferBuffer(first.buffer);
  byteControllerRespondInternal(c, bytesWritten);
}

function byteControllerRespondInternal(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(c);
  const stream = c.stream;
  if (stream.state === "closed") {
    if (first.readerType === "none") c.pendingPullIntos.shift();
    if (hasBYOBReader(stream)) {
      while (numReadIntoRequests(stream) > 0) {
        byteControllerCommitPullIntoDescriptor(stream, c.pendingPullIntos.shift());
      }
    }
  } else {
    byteControllerRespondInReadableState(c, bytesWritten, first);
  }
  byteControllerCallPullIfNeeded(c);
}

function byteControllerRespondInReadableState(c, bytesWritten, pullInto) {
  pullInto.bytesFilled += bytesWritten;
  if (pullInto.readerType === "none") {
    byteControllerEnqueueDetachedPullIntoToQueue(c, pullInto);
    for (const p of byteControllerProcessPullIntoDescriptorsUsingQueue(c)) {
      byteControllerCommitPullIntoDescriptor(c.stream, p);
    }
    return;
  }
  if (pullInto.bytesFilled < pullInto.minimumFill) return;
  c.pendingPullIntos.shift();
  const remainder = pullInto.bytesFilled % pullInto.elementSize;
  if (remainder > 0) {
    const end = pullInto.byteOffset + pullInto.bytesFilled;
    byteControllerEnqueueClonedChunkToQueue(c, pullInto.buffer, end - remainder, remainder);
  }
  pullInto.bytesFilled -= remainder;
  const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(c);
  byteControllerCommitPullIntoDescriptor(c.stream, pullInto);
  for (const p of filled) byteControllerCommitPullIntoDescriptor(c.stream, p);
}

function byteControllerRespondWithNewView(c, view) {
  const first = c.pendingPullIntos[0];
  const state = c.stream.state;
  if (state === "closed") {
    if (view.byteLength !== 0) throw new ERR_INVALID_ARG_VALUE("view", view, "must have zero length when closed");
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE("view", view, "must not have zero length");
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError("view", view, "has an invalid offset");
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError("view", view, "has an invalid buffer length");
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError("view", view, "is too large");
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferBuffer(view.buffer);
  byteControllerRespondInternal(c, viewByteLength);
}

export class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kNew) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    return byteControllerGetBYOBRequest(slots(this, "ReadableByteStreamController"));
  }

  get desiredSize() {
    return byteControllerGetDesiredSize(slots(this, "ReadableByteStreamController"));
  }

  close() {
    const c = slots(this, "ReadableByteStreamController");
    if (c.closeRequested) throw invalidState("Controller is already closed");
    if (c.stream.state !== "readable") throw invalidState("ReadableStream is already closed");
    byteControllerClose(c);
  }

  enqueue(chunk) {
    const c = slots(this, "ReadableByteStreamController");
    if (!ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE("buffer", ["Buffer", "TypedArray", "DataView"], chunk);
    }
    if (chunk.byteLength === 0) throw invalidState("chunk ArrayBuffer is zero-length or detached");
    if (chunk.buffer.byteLength === 0) throw invalidState("chunk ArrayBuffer is zero-length or detached");
    if (c.closeRequested) throw invalidState("Controller is already closed");
    if (c.stream.state !== "readable") throw invalidState("ReadableStream is already closed");
    byteControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    byteControllerError(slots(this, "ReadableByteStreamController"), e);
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, "ReadableByteStreamController", {}, depth, options, inspect);
  }
}
Object.defineProperty(ReadableByteStreamController.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "ReadableByteStreamController",
  configurable: true,
});

export class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kNew) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    return slots(this, "ReadableStreamBYOBRequest").view;
  }

  respond(bytesWritten) {
    const req = slots(this, "ReadableStreamBYOBRequest");
    const n = +bytesWritten;
    if (n !== n || n < 0 || n !== Math.trunc(n)) throw new ERR_INVALID_ARG_VALUE("bytesWritten", bytesWritten);
    if (req.controller === undefined) throw invalidState("This BYOB request has been invalidated");
    if (isDetached(req.view.buffer) || req.view.buffer.byteLength === 0) {
      throw invalidState("The BYOB request's buffer has been detached");
    }
    byteControllerRespond(req.controller, n);
  }

  respondWithNewView(view) {
    const req = slots(this, "ReadableStreamBYOBRequest");
    if (!ArrayBuffer.isView(view)) {
      throw new ERR_INVALID_ARG_TYPE("view", ["Buffer", "TypedArray", "DataView"], view);
    }
    if (req.controller === undefined) throw invalidState("This BYOB request has been invalidated");
    if (isDetached(view.buffer)) throw invalidState("The view's buffer is detached");
    byteControllerRespondWithNewView(req.controller, view);
  }

  [kInspect](depth, options, inspect) {
    const req = this[kS];
    return inspectAs(this, "ReadableStreamBYOBRequest", {
      view: req.view,
      controller: req.controller?.api,
    }, depth, options, inspect);
  }
}
Object.defineProperty(ReadableStreamBYOBRequest.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "ReadableStreamBYOBRequest",
  configurable: true,
});

// ---------------------------------------------------------------- tee

function cloneChunk(chunk) {
  if (ArrayBuffer.isView(chunk)) {
    const copy = chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength);
    const Ctor = chunk instanceof DataView ? DataView : chunk.constructor;
    const size = chunk instanceof DataView ? 1 : chunk.BYTES_PER_ELEMENT;
    return new Ctor(copy, 0, chunk.byteLength / size);
  }
  return chunk;
}

function readableStreamTee(stream) {
  const isBytes = stream.controller.kind === "ReadableByteStreamController";
  const reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  const pullAlgorithm = () => {
    if (reading) {
      readAgain = true;
      return Promise.resolve(undefined);
    }
    reading = true;
    defaultReaderRead(reader, {
      chunk: (chunk) => {
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          const chunk2 = isBytes && !canceled1 ? cloneChunk(chunk) : chunk;
          if (!canceled1) defaultControllerEnqueue(branch1.controller, chunk1);
          if (!canceled2) defaultControllerEnqueue(branch2.controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close: () => {
        reading = false;
        if (!canceled1) defaultControllerClose(branch1.controller);
        if (!canceled2) defaultControllerClose(branch2.controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error: () => {
        reading = false;
      },
    });
    return Promise.resolve(undefined);
  };

  const cancel1 = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) {
      cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  };
  const cancel2 = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) {
      cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  };
  branch1 = createReadableRecord(nop, pullAlgorithm, cancel1);
  branch2 = createReadableRecord(nop, pullAlgorithm, cancel2);
  reader.closed.promise.then(undefined, (r) => {
    defaultControllerError(branch1.controller, r);
    defaultControllerError(branch2.controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

// ---------------------------------------------------------------- pipeTo

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = acquireDefaultReader(source);
  const writer = acquireWriter(dest);
  source.disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve(undefined);
  const result = deferred();
  let abortAlgorithm;

  const waitForWritesToFinish = () => {
    const old = currentWrite;
    const again = () => (old !== currentWrite ? waitForWritesToFinish() : undefined);
    return old.then(again, again);
  };

  const finalize = (isError, error) => {
    writerRelease(writer);
    readerGenericRelease(reader);
    defaultReaderErrorReadRequests(reader, invalidState("Releasing reader"));
    if (signal !== undefined) signal.removeEventListener("abort", abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve(undefined);
  };

  const shutdownWithAction = (action, originalIsError, originalError) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      action().then(
        () => finalize(originalIsError, originalError),
        (newError) => finalize(true, newError),
      );
    };
    if (dest.state === "writable" && !writableCloseQueuedOrInFlight(dest)) {
      waitForWritesToFinish().then(doTheRest);
    } else {
      doTheRest();
    }
  };

  const shutdown = (isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest.state === "writable" && !writableCloseQueuedOrInFlight(dest)) {
      waitForWritesToFinish().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  };

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest.state === "writable" ? writableStreamAbort(dest, error) : Promise.resolve(undefined)));
      }
      if (!preventCancel) {
        actions.push(() => (source.state === "readable" ? readableStreamCancel(source, error) : Promise.resolve(undefined)));
      }
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener("abort", abortAlgorithm, { once: true });
  }

  // One read of the pipe loop: the chunk is written a microtask later.
  class PipeReadRequest {
    constructor() {
      const { promise, resolve, reject } = Promise.withResolvers();
      this.promise = promise;
      this.resolve = resolve;
      this.reject = reject;
    }

    chunk(chunk) {
      queueMicrotask(() => {
        currentWrite = writerWrite(writer, chunk);
        setHandled(currentWrite);
        this.resolve(false);
      });
    }

    close() {
      this.resolve(true);
    }

    error(e) {
      this.reject(e);
    }
  }

  const pipeStep = async () => {
    if (shuttingDown) return true;
    await writer.ready.promise;
    if (shuttingDown) return true;
    const req = new PipeReadRequest();
    defaultReaderRead(reader, req);
    return req.promise;
  };

  const pipeLoop = async () => {
    while (!(await pipeStep()));
  };

  // Errors must be propagated forward.
  const onSourceError = (storedError) => {
    if (!preventAbort) shutdownWithAction(() => writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  // Errors must be propagated backward.
  const onDestError = (storedError) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  // Closing must be propagated forward.
  const onSourceClose = () => {
    if (!preventClose) shutdownWithAction(() => writerCloseWithErrorPropagation(writer));
    else shutdown();
  };

  if (source.state === "errored") onSourceError(source.storedError);
  else reader.closed.promise.then(undefined, onSourceError);
  if (dest.state === "errored") onDestError(dest.storedError);
  else writer.closed.promise.then(undefined, onDestError);
  if (source.state === "closed") onSourceClose();
  else reader.closed.promise.then(onSourceClose, nop);
  // Closing must be propagated backward.
  if (writableCloseQueuedOrInFlight(dest) || dest.state === "closed") {
    const destClosed = invalidState("the destination writable stream closed before all data could be piped to it");
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }
  setHandled(pipeLoop());
  return result.promise;
}

// ================================================================ Writable

function newWritableRecord() {
  return {
    kind: "WritableStream",
    state: "writable",
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
    closed: deferred(),
  };
}

function isWritableLocked(stream) {
  return stream.writer !== undefined;
}

export class WritableStream {
  constructor(sink = undefined, strategy = {}) {
    if (sink !== undefined && ((sink === null) || (typeof sink !== "object" && typeof sink !== "function"))) {
      throw new ERR_INVALID_ARG_TYPE("sink", "object", sink);
    }
    strategy = checkStrategy(strategy);
    if (sink === undefined) sink = {};
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError("type", sink.type);
    const stream = newWritableRecord();
    setHandled(stream.closed.promise);
    attach(this, stream);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    setUpWritableControllerFromSink(stream, sink, hwm, size);
  }

  get locked() {
    return isWritableLocked(slots(this, "WritableStream"));
  }

  abort(reason = undefined) {
    let stream;
    try {
      stream = slots(this, "WritableStream");
    } catch (err) {
      return Promise.reject(err);
    }
    if (isWritableLocked(stream)) return Promise.reject(invalidState("WritableStream is locked"));
    return writableStreamAbort(stream, reason);
  }

  close() {
    let stream;
    try {
      stream = slots(this, "WritableStream");
    } catch (err) {
      return Promise.reject(err);
    }
    if (isWritableLocked(stream)) return Promise.reject(invalidState("WritableStream is locked"));
    if (writableCloseQueuedOrInFlight(stream)) return Promise.reject(invalidState("Failure closing WritableStream"));
    return writableStreamClose(stream);
  }

  getWriter() {
    return acquireWriter(slots(this, "WritableStream")).api;
  }

  get [kIsErrored]() {
    return this[kS].state === "errored";
  }

  get [kIsWritable]() {
    return this[kS].state === "writable";
  }

  get [kIsClosedPromise]() {
    return this[kS].closed;
  }

  get [kControllerErrorFunction]() {
    const stream = this[kS];
    return (err) => writableControllerErrorIfNeeded(stream.controller, err);
  }

  [kInspect](depth, options, inspect) {
    const stream = this[kS];
    return inspectAs(this, "WritableStream", {
      locked: isWritableLocked(stream),
      state: stream.state,
    }, depth, options, inspect);
  }
}
Object.defineProperty(WritableStream.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "WritableStream",
  configurable: true,
});

function createWritableRecord(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, size) {
  const stream = newWritableRecord();
  setHandled(stream.closed.promise);
  attach(Object.create(WritableStream.prototype), stream);
  const c = newWritableControllerRecord();
  setUpWritableController(stream, c, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, size);
  return stream;
}

function writableStreamAbort(stream, reason) {
  if (stream.state === "closed" || stream.state === "errored") return Promise.resolve(undefined);
  stream.controller.abortController.abort(reason);
  const state = stream.state;
  if (state === "closed" || state === "errored") return Promise.resolve(undefined);
  if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === "erroring") {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = deferred();
  stream.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const state = stream.state;
  if (state === "closed" || state === "errored") {
    return Promise.reject(invalidState(`WritableStream is ${state}`));
  }
  const promise = deferred();
  stream.closeRequest = promise;
  const writer = stream.writer;
  if (writer !== undefined && stream.backpressure && state === "writable") writer.ready.resolve(undefined);
  writableControllerClose(stream.controller);
  return promise.promise;
}

function writableStreamAddWriteRequest(stream) {
  const request = Promise.withResolvers();
  stream.writeRequests.push(request);
  return request.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream.state === "writable") {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const c = stream.controller;
  stream.state = "erroring";
  stream.storedError = reason;
  const writer = stream.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!writableHasOperationMarkedInFlight(stream) && c.started) writableStreamFinishErroring(stream);
}

function writableStreamFinishErroring(stream) {
  stream.state = "errored";
  const c = stream.controller;
  resetQueue(c);
  const storedError = stream.storedError;
  const reqs = stream.writeRequests;
  stream.writeRequests = [];
  for (const req of reqs) req.reject(storedError);
  const abortRequest = stream.pendingAbortRequest;
  if (abortRequest === undefined) {
    writableRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    writableRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const result = c.abortSteps(abortRequest.reason);
  result.then(
    () => {
      abortRequest.promise.resolve(undefined);
      writableRejectCloseAndClosedPromiseIfNeeded(stream);
    },
    (reason) => {
      abortRequest.promise.reject(reason);
      writableRejectCloseAndClosedPromiseIfNeeded(stream);
    },
  );
}

function writableFinishInFlightWrite(stream) {
  stream.inFlightWriteRequest.resolve(undefined);
  stream.inFlightWriteRequest = undefined;
}

function writableFinishInFlightWriteWithError(stream, error) {
  stream.inFlightWriteRequest.reject(error);
  stream.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableFinishInFlightClose(stream) {
  stream.inFlightCloseRequest.resolve(undefined);
  stream.inFlightCloseRequest = undefined;
  if (stream.state === "erroring") {
    stream.storedError = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.promise.resolve(undefined);
      stream.pendingAbortRequest = undefined;
    }
  }
  stream.state = "closed";
  stream.closed.resolve(undefined);
  const writer = stream.writer;
  if (writer !== undefined) writer.closed.resolve(undefined);
}

function writableFinishInFlightCloseWithError(stream, error) {
  stream.inFlightCloseRequest.reject(error);
  stream.inFlightCloseRequest = undefined;
  if (stream.pendingAbortRequest !== undefined) {
    stream.pendingAbortRequest.promise.reject(error);
    stream.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableCloseQueuedOrInFlight(stream) {
  return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function writableHasOperationMarkedInFlight(stream) {
  return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function writableRejectCloseAndClosedPromiseIfNeeded(stream) {
  if (stream.closeRequest !== undefined) {
    stream.closeRequest.reject(stream.storedError);
    stream.closeRequest = undefined;
  }
  stream.closed.reject(stream.storedError);
  const writer = stream.writer;
  if (writer !== undefined) {
    writer.closed.reject(stream.storedError);
    setHandled(writer.closed.promise);
  }
}

function writableUpdateBackpressure(stream, backpressure) {
  const writer = stream.writer;
  if (writer !== undefined && backpressure !== stream.backpressure) {
    if (backpressure) writer.ready = deferred();
    else writer.ready.resolve(undefined);
  }
  stream.backpressure = backpressure;
}

// ---------------------------------------------------------------- writer

function newWriterRecord() {
  return { kind: "WritableStreamDefaultWriter", stream: undefined, ready: undefined, closed: undefined };
}

function setUpWriter(writer, stream) {
  if (isWritableLocked(stream)) throw invalidState("WritableStream is locked");
  writer.stream = stream;
  stream.writer = writer;
  const state = stream.state;
  if (state === "writable") {
    writer.ready = !writableCloseQueuedOrInFlight(stream) && stream.backpressure ? deferred() : resolvedDeferred(undefined);
    writer.closed = deferred();
  } else if (state === "erroring") {
    writer.ready = rejectedDeferred(stream.storedError);
    writer.closed = deferred();
  } else if (state === "closed") {
    writer.ready = resolvedDeferred(undefined);
    writer.closed = resolvedDeferred(undefined);
  } else {
    writer.ready = rejectedDeferred(stream.storedError);
    writer.closed = rejectedDeferred(stream.storedError);
  }
}

function acquireWriter(stream) {
  const writer = newWriterRecord();
  setUpWriter(writer, stream);
  attach(Object.create(WritableStreamDefaultWriter.prototype), writer);
  return writer;
}

function writerEnsureReadyPromiseRejected(writer, error) {
  if (writer.ready.state === "pending") writer.ready.reject(error);
  else writer.ready = rejectedDeferred(error);
  setHandled(writer.ready.promise);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  if (writer.closed.state === "pending") writer.closed.reject(error);
  else writer.closed = rejectedDeferred(error);
  setHandled(writer.closed.promise);
}

function writerGetDesiredSize(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (state === "errored" || state === "erroring") return null;
  if (state === "closed") return 0;
  return writableControllerGetDesiredSize(stream.controller);
}

function writerRelease(writer) {
  const stream = writer.stream;
  const releasedError = invalidState("Writer has been released");
  writerEnsureReadyPromiseRejected(writer, releasedError);
  writerEnsureClosedPromiseRejected(writer, releasedError);
  stream.writer = undefined;
  writer.stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer.stream;
  const c = stream.controller;
  const chunkSize = writableControllerGetChunkSize(c, chunk);
  if (stream !== writer.stream) return Promise.reject(invalidState("Writer has been released"));
  const state = stream.state;
  if (state === "errored") return Promise.reject(stream.storedError);
  if (writableCloseQueuedOrInFlight(stream) || state === "closed") {
    return Promise.reject(invalidState("WritableStream is closed"));
  }
  if (state === "erroring") return Promise.reject(stream.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableControllerWrite(c, chunk, chunkSize);
  return promise;
}

function writerClose(writer) {
  return writableStreamClose(writer.stream);
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (writableCloseQueuedOrInFlight(stream) || state === "closed") return Promise.resolve(undefined);
  if (state === "errored") return Promise.reject(stream.storedError);
  return writerClose(writer);
}

export class WritableStreamDefaultWriter {
  constructor(stream) {
    const s = stream?.[kS];
    if (s?.kind !== "WritableStream") throw new ERR_INVALID_ARG_TYPE("stream", "WritableStream", stream);
    const writer = newWriterRecord();
    setUpWriter(writer, s);
    attach(this, writer);
  }

  get closed() {
    try {
      return slots(this, "WritableStreamDefaultWriter").closed.promise;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  get desiredSize() {
    const writer = slots(this, "WritableStreamDefaultWriter");
    if (writer.stream === undefined) throw invalidState("Writer is not bound to a WritableStream");
    return writerGetDesiredSize(writer);
  }

  get ready() {
    try {
      return slots(this, "WritableStreamDefaultWriter").ready.promise;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  abort(reason = undefined) {
    let writer;
    try {
      writer = slots(this, "WritableStreamDefaultWriter");
    } catch (err) {
      return Promise.reject(err);
    }
    if (writer.stream === undefined) return Promise.reject(invalidState("Writer is not bound to a WritableStream"));
    return writableStreamAbort(writer.stream, reason);
  }

  close() {
    let writer;
    try {
      writer = slots(this, "WritableStreamDefaultWriter");
    } catch (err) {
      return Promise.reject(err);
    }
    const stream = writer.stream;
    if (stream === undefined) return Promise.reject(invalidState("Writer is not bound to a WritableStream"));
    if (writableCloseQueuedOrInFlight(stream)) return Promise.reject(invalidState("Failure to close WritableStream"));
    return writerClose(writer);
  }

  releaseLock() {
    const writer = slots(this, "WritableStreamDefaultWriter");
    if (writer.stream === undefined) return;
    writerRelease(writer);
  }

  write(chunk = undefined) {
    let writer;
    try {
      writer = slots(this, "WritableStreamDefaultWriter");
    } catch (err) {
      return Promise.reject(err);
    }
    if (writer.stream === undefined) return Promise.reject(invalidState("Writer is not bound to a WritableStream"));
    return writerWrite(writer, chunk);
  }

  [kInspect](depth, options, inspect) {
    const writer = this[kS];
    return inspectAs(this, "WritableStreamDefaultWriter", {
      stream: writer.stream?.api,
      close: writer.closed.promise,
      ready: writer.ready.promise,
      desiredSize: writer.stream === undefined ? undefined : writerGetDesiredSize(writer),
    }, depth, options, inspect);
  }
}
Object.defineProperty(WritableStreamDefaultWriter.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "WritableStreamDefaultWriter",
  configurable: true,
});

// ---------------------------------------------------------------- writable controller

const closeSentinel = Symbol("close");

function newWritableControllerRecord() {
  return {
    kind: "WritableStreamDefaultController",
    stream: undefined,
    queue: [],
    queueTotalSize: 0,
    abortController: undefined,
    started: false,
    strategySizeAlgorithm: undefined,
    strategyHWM: 1,
    writeAlgorithm: undefined,
    closeAlgorithm: undefined,
    abortAlgorithm: undefined,
    abortSteps: undefined,
  };
}

function setUpWritableController(stream, c, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, size) {
  c.stream = stream;
  stream.controller = c;
  resetQueue(c);
  c.abortController = new globalThis.AbortController();
  c.started = false;
  c.strategySizeAlgorithm = size;
  c.strategyHWM = hwm;
  c.writeAlgorithm = writeAlgorithm;
  c.closeAlgorithm = closeAlgorithm;
  c.abortAlgorithm = abortAlgorithm;
  c.abortSteps = (reason) => {
    const result = c.abortAlgorithm(reason);
    writableControllerClearAlgorithms(c);
    return result;
  };
  if (c.api === undefined) attach(Object.create(WritableStreamDefaultController.prototype), c);
  writableUpdateBackpressure(stream, writableControllerGetBackpressure(c));
  const startResult = startAlgorithm(c.api);
  new Promise((r) => r(startResult)).then(
    () => {
      c.started = true;
      writableControllerAdvanceQueueIfNeeded(c);
    },
    (r) => {
      c.started = true;
      writableStreamDealWithRejection(stream, r);
    },
  );
}

function setUpWritableControllerFromSink(stream, sink, hwm, size) {
  const c = newWritableControllerRecord();
  attach(Object.create(WritableStreamDefaultController.prototype), c);
  const start = startOf(sink, "Bind must be called on a function");
  const write = callbackOf(sink, "write", "sink");
  const close = callbackOf(sink, "close", "sink");
  const abort = callbackOf(sink, "abort", "sink");
  const startAlgorithm = start === undefined ? () => undefined : (api) => Reflect.apply(start, sink, [api]);
  const writeAlgorithm = write === undefined ? resolvedUndefined : (chunk) => promiseCall(write, sink, chunk, c.api);
  const closeAlgorithm = close === undefined ? resolvedUndefined : () => promiseCall(close, sink);
  const abortAlgorithm = abort === undefined ? resolvedUndefined : (reason) => promiseCall(abort, sink, reason);
  setUpWritableController(stream, c, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, size);
}

function writableControllerClearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function writableControllerClose(c) {
  enqueueValueWithSize(c, closeSentinel, 0);
  writableControllerAdvanceQueueIfNeeded(c);
}

function writableControllerGetChunkSize(c, chunk) {
  if (c.strategySizeAlgorithm === undefined) return 1;
  try {
    return c.strategySizeAlgorithm(chunk);
  } catch (err) {
    writableControllerErrorIfNeeded(c, err);
    return 1;
  }
}

function writableControllerGetDesiredSize(c) {
  return c.strategyHWM - c.queueTotalSize;
}

function writableControllerWrite(c, chunk, chunkSize) {
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (err) {
    writableControllerErrorIfNeeded(c, err);
    return;
  }
  const stream = c.stream;
  if (!writableCloseQueuedOrInFlight(stream) && stream.state === "writable") {
    writableUpdateBackpressure(stream, writableControllerGetBackpressure(c));
  }
  writableControllerAdvanceQueueIfNeeded(c);
}

function writableControllerAdvanceQueueIfNeeded(c) {
  const stream = c.stream;
  if (!c.started) return;
  if (stream.inFlightWriteRequest !== undefined) return;
  const state = stream.state;
  if (state === "erroring") {
    writableStreamFinishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = c.queue[0].value;
  if (value === closeSentinel) writableControllerProcessClose(c);
  else writableControllerProcessWrite(c, value);
}

function writableControllerErrorIfNeeded(c, error) {
  if (c.stream.state === "writable") writableControllerError(c, error);
}

function writableControllerProcessClose(c) {
  const stream = c.stream;
  stream.inFlightCloseRequest = stream.closeRequest;
  stream.closeRequest = undefined;
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  writableControllerClearAlgorithms(c);
  sinkClosePromise.then(
    () => writableFinishInFlightClose(stream),
    (reason) => writableFinishInFlightCloseWithError(stream, reason),
  );
}

function writableControllerProcessWrite(c, chunk) {
  const stream = c.stream;
  stream.inFlightWriteRequest = stream.writeRequests.shift();
  if (c.onWritten === undefined) {
    c.onWritten = () => {
      writableFinishInFlightWrite(stream);
      const state = stream.state;
      dequeueValue(c);
      if (!writableCloseQueuedOrInFlight(stream) && state === "writable") {
        writableUpdateBackpressure(stream, writableControllerGetBackpressure(c));
      }
      writableControllerAdvanceQueueIfNeeded(c);
    };
    c.onWriteFailed = (reason) => {
      if (stream.state === "writable") writableControllerClearAlgorithms(c);
      writableFinishInFlightWriteWithError(stream, reason);
    };
  }
  c.writeAlgorithm(chunk).then(c.onWritten, c.onWriteFailed);
}

function writableControllerGetBackpressure(c) {
  return writableControllerGetDesiredSize(c) <= 0;
}

function writableControllerError(c, error) {
  writableControllerClearAlgorithms(c);
  writableStreamStartErroring(c.stream, error);
}

export class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kNew) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    return slots(this, "WritableStreamDefaultController").abortController.signal;
  }

  error(e = undefined) {
    const c = slots(this, "WritableStreamDefaultController");
    if (c.stream.state !== "writable") return;
    writableControllerError(c, e);
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, "WritableStreamDefaultController", { stream: this[kS].stream.api }, depth, options, inspect);
  }
}
Object.defineProperty(WritableStreamDefaultController.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "WritableStreamDefaultController",
  configurable: true,
});

// ================================================================ Transform

export class TransformStream {
  constructor(transformer = undefined, writableStrategy = {}, readableStrategy = {}) {
    if (transformer !== undefined && ((transformer === null) || (typeof transformer !== "object" && typeof transformer !== "function"))) {
      throw new ERR_INVALID_ARG_TYPE("transformer", "object", transformer);
    }
    writableStrategy = checkStrategy(writableStrategy, "writableStrategy");
    readableStrategy = checkStrategy(readableStrategy, "readableStrategy");
    if (transformer === undefined) transformer = {};
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError("transformer.readableType", transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError("transformer.writableType", transformer.writableType);
    }
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const startPromise = deferred();
    const stream = { kind: "TransformStream" };
    attach(this, stream);
    initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize);
    setUpTransformControllerFromTransformer(stream, transformer);
    const start = startOf(transformer, "FunctionPrototypeCall is not a function");
    if (start !== undefined) {
      startPromise.resolve(Reflect.apply(start, transformer, [stream.controller.api]));
    } else {
      startPromise.resolve(undefined);
    }
  }

  get readable() {
    return slots(this, "TransformStream").readable.api;
  }

  get writable() {
    return slots(this, "TransformStream").writable.api;
  }

  [kInspect](depth, options, inspect) {
    const stream = this[kS];
    return inspectAs(this, "TransformStream", {
      readable: stream.readable?.api,
      writable: stream.writable?.api,
      backpressure: stream.backpressure,
    }, depth, options, inspect);
  }
}
Object.defineProperty(TransformStream.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "TransformStream",
  configurable: true,
});

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const startAlgorithm = () => startPromise.promise;
  stream.backpressure = undefined;
  stream.backpressureChangePromise = undefined;
  stream.controller = undefined;
  stream.finish = undefined;
  stream.writable = createWritableRecord(
    startAlgorithm,
    (chunk) => transformSinkWrite(stream, chunk),
    () => transformSinkClose(stream),
    (reason) => transformSinkAbort(stream, reason),
    writableHWM,
    writableSize,
  );
  stream.readable = createReadableRecord(
    startAlgorithm,
    () => transformSourcePull(stream),
    (reason) => transformSourceCancel(stream, reason),
    readableHWM,
    readableSize,
  );
  transformSetBackpressure(stream, true);
}

function transformStreamError(stream, e) {
  defaultControllerError(stream.readable.controller, e);
  transformErrorWritableAndUnblockWrite(stream, e);
}

function transformErrorWritableAndUnblockWrite(stream, e) {
  transformControllerClearAlgorithms(stream.controller);
  writableControllerErrorIfNeeded(stream.writable.controller, e);
  transformUnblockWrite(stream);
}

function transformUnblockWrite(stream) {
  if (stream.backpressure) transformSetBackpressure(stream, false);
}

function transformSetBackpressure(stream, backpressure) {
  if (stream.backpressureChangePromise !== undefined) stream.backpressureChangePromise.resolve(undefined);
  stream.backpressureChangePromise = deferred();
  stream.backpressure = backpressure;
}

function setUpTransformControllerFromTransformer(stream, transformer) {
  const c = {
    kind: "TransformStreamDefaultController",
    stream,
    transformAlgorithm: undefined,
    flushAlgorithm: undefined,
    cancelAlgorithm: undefined,
  };
  attach(Object.create(TransformStreamDefaultController.prototype), c);
  const transform = callbackOf(transformer, "transform", "transformer");
  const flush = callbackOf(transformer, "flush", "transformer");
  const cancel = callbackOf(transformer, "cancel", "transformer");
  c.transformAlgorithm = transform === undefined
    ? (chunk) => {
      try {
        transformControllerEnqueue(c, chunk);
        return Promise.resolve(undefined);
      } catch (err) {
        return Promise.reject(err);
      }
    }
    : (chunk) => promiseCall(transform, transformer, chunk, c.api);
  c.flushAlgorithm = flush === undefined ? resolvedUndefined : () => promiseCall(flush, transformer, c.api);
  c.cancelAlgorithm = cancel === undefined ? resolvedUndefined : (reason) => promiseCall(cancel, transformer, reason);
  stream.controller = c;
}

function transformControllerClearAlgorithms(c) {
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function transformControllerEnqueue(c, chunk) {
  const stream = c.stream;
  const rc = stream.readable.controller;
  if (!defaultControllerCanCloseOrEnqueue(rc)) throw invalidState("Unable to enqueue");
  try {
    defaultControllerEnqueue(rc, chunk);
  } catch (err) {
    transformErrorWritableAndUnblockWrite(stream, err);
    throw stream.readable.storedError;
  }
  const backpressure = defaultControllerHasBackpressure(rc);
  if (backpressure !== stream.backpressure) transformSetBackpressure(stream, true);
}

function transformControllerPerformTransform(c, chunk) {
  if (c.onTransformFailed === undefined) {
    c.onTransformFailed = (r) => {
      transformStreamError(c.stream, r);
      throw r;
    };
  }
  return c.transformAlgorithm(chunk).then(undefined, c.onTransformFailed);
}

function transformControllerTerminate(c) {
  const stream = c.stream;
  defaultControllerClose(stream.readable.controller);
  transformErrorWritableAndUnblockWrite(stream, invalidState("TransformStream has been terminated"));
}

function transformSinkWrite(stream, chunk) {
  const c = stream.controller;
  if (stream.backpressure) {
    return stream.backpressureChangePromise.promise.then(() => {
      const writable = stream.writable;
      if (writable.state === "erroring") throw writable.storedError;
      return transformControllerPerformTransform(c, chunk);
    });
  }
  return transformControllerPerformTransform(c, chunk);
}

function transformSinkAbort(stream, reason) {
  const c = stream.controller;
  if (stream.finish !== undefined) return stream.finish.promise;
  const readable = stream.readable;
  const finish = stream.finish = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  transformControllerClearAlgorithms(c);
  cancelPromise.then(
    () => {
      if (readable.state === "errored") {
        finish.reject(readable.storedError);
      } else {
        defaultControllerError(readable.controller, reason);
        finish.resolve(undefined);
      }
    },
    (r) => {
      defaultControllerError(readable.controller, r);
      finish.reject(r);
    },
  );
  return finish.promise;
}

function transformSinkClose(stream) {
  const c = stream.controller;
  if (stream.finish !== undefined) return stream.finish.promise;
  const readable = stream.readable;
  const finish = stream.finish = deferred();
  const flushPromise = c.flushAlgorithm();
  transformControllerClearAlgorithms(c);
  flushPromise.then(
    () => {
      if (readable.state === "errored") {
        finish.reject(readable.storedError);
      } else {
        defaultControllerClose(readable.controller);
        finish.resolve(undefined);
      }
    },
    (r) => {
      defaultControllerError(readable.controller, r);
      finish.reject(r);
    },
  );
  return finish.promise;
}

function transformSourcePull(stream) {
  transformSetBackpressure(stream, false);
  return stream.backpressureChangePromise.promise;
}

function transformSourceCancel(stream, reason) {
  const c = stream.controller;
  if (stream.finish !== undefined) return stream.finish.promise;
  const writable = stream.writable;
  const finish = stream.finish = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  transformControllerClearAlgorithms(c);
  cancelPromise.then(
    () => {
      if (writable.state === "errored") {
        finish.reject(writable.storedError);
      } else {
        writableControllerErrorIfNeeded(writable.controller, reason);
        transformUnblockWrite(stream);
        finish.resolve(undefined);
      }
    },
    (r) => {
      writableControllerErrorIfNeeded(writable.controller, r);
      transformUnblockWrite(stream);
      finish.reject(r);
    },
  );
  return finish.promise;
}

export class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kNew) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    const c = slots(this, "TransformStreamDefaultController");
    return defaultControllerGetDesiredSize(c.stream.readable.controller);
  }

  enqueue(chunk = undefined) {
    transformControllerEnqueue(slots(this, "TransformStreamDefaultController"), chunk);
  }

  error(reason = undefined) {
    transformStreamError(slots(this, "TransformStreamDefaultController").stream, reason);
  }

  terminate() {
    transformControllerTerminate(slots(this, "TransformStreamDefaultController"));
  }

  [kInspect](depth, options, inspect) {
    const stream = this[kS].stream;
    return inspectAs(this, "TransformStreamDefaultController", { stream: stream.api }, depth, options, inspect);
  }
}
Object.defineProperty(TransformStreamDefaultController.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "TransformStreamDefaultController",
  configurable: true,
});

// ================================================================ encoding streams

export class TextEncoderStream {
  constructor() {
    let pending = "";
    const encoder = new globalThis.TextEncoder();
    const transform = new TransformStream({
      transform(chunk, controller) {
        let s = pending + `${chunk}`;
        pending = "";
        if (s.length === 0) return;
        const last = s.charCodeAt(s.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pending = s.slice(-1);
          s = s.slice(0, -1);
        }
        if (s.length > 0) controller.enqueue(encoder.encode(s));
      },
      flush(controller) {
        if (pending !== "") controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
    attach(this, { kind: "TextEncoderStream", transform });
  }

  get encoding() {
    slots(this, "TextEncoderStream");
    return "utf-8";
  }

  get readable() {
    return slots(this, "TextEncoderStream").transform.readable;
  }

  get writable() {
    return slots(this, "TextEncoderStream").transform.writable;
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, "TextEncoderStream", {
      encoding: "utf-8",
      readable: this.readable,
      writable: this.writable,
    }, depth, options, inspect);
  }
}
Object.defineProperty(TextEncoderStream.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "TextEncoderStream",
  configurable: true,
});

export class TextDecoderStream {
  constructor(encoding = "utf-8", options = {}) {
    const decoder = new globalThis.TextDecoder(encoding, options);
    const transform = new TransformStream({
      transform(chunk, controller) {
        if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer) && !(chunk instanceof SharedArrayBuffer)) {
          throw new ERR_INVALID_ARG_TYPE("input", ["ArrayBuffer", "ArrayBufferView"], chunk);
        }
        const value = decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush(controller) {
        const value = decoder.decode();
        if (value) controller.enqueue(value);
      },
    });
    attach(this, { kind: "TextDecoderStream", transform, decoder });
  }

  get encoding() {
    return slots(this, "TextDecoderStream").decoder.encoding;
  }

  get fatal() {
    return slots(this, "TextDecoderStream").decoder.fatal;
  }

  get ignoreBOM() {
    return slots(this, "TextDecoderStream").decoder.ignoreBOM;
  }

  get readable() {
    return slots(this, "TextDecoderStream").transform.readable;
  }

  get writable() {
    return slots(this, "TextDecoderStream").transform.writable;
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, "TextDecoderStream", {
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    }, depth, options, inspect);
  }
}
Object.defineProperty(TextDecoderStream.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "TextDecoderStream",
  configurable: true,
});

// ================================================================ compression

function zlibModule() {
  const get = globalThis.process?.getBuiltinModule;
  const zlib = typeof get === "function" ? get("zlib") : undefined;
  if (zlib === undefined) throw new codes.ERR_METHOD_NOT_IMPLEMENTED("CompressionStream");
  return zlib;
}

// A readable/writable pair over a zlib Duplex.
function pairFromDuplex(handle) {
  let controller;
  const readable = createReadableRecord(
    (c) => {
      controller = c;
    },
    () => {
      handle.resume();
      return Promise.resolve(undefined);
    },
    (reason) => {
      handle.destroy(reason);
      return Promise.resolve(undefined);
    },
    0,
  );
  handle.on("data", (chunk) => {
    const rc = readable.controller;
    if (!defaultControllerCanCloseOrEnqueue(rc)) return;
    defaultControllerEnqueue(rc, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (defaultControllerGetDesiredSize(rc) <= 0) handle.pause();
  });
  handle.on("end", () => {
    const rc = readable.controller;
    if (defaultControllerCanCloseOrEnqueue(rc)) defaultControllerClose(rc);
  });
  handle.on("error", (err) => {
    if (typeof err?.code === "string" && err.code.startsWith("Z_")) {
      // As Node: zlib failures surface as a bare TypeError carrying the code.
      const wrapped = new TypeError(undefined, { cause: err });
      wrapped.code = err.code;
      err = wrapped;
    }
    defaultControllerError(readable.controller, err);
    writableControllerErrorIfNeeded(writable.controller, err);
  });
  handle.pause();
  void controller;
  const writable = createWritableRecord(
    () => undefined,
    (chunk) => {
      if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer)) {
        return Promise.reject(new ERR_INVALID_ARG_TYPE("chunk", ["ArrayBuffer", "Buffer", "TypedArray", "DataView"], chunk));
      }
      const bytes = ArrayBuffer.isView(chunk)
        ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : new Uint8Array(chunk);
      return new Promise((resolve, reject) => {
        handle.write(bytes, (err) => (err ? reject(err) : resolve()));
      });
    },
    () => new Promise((resolve) => {
      handle.end(() => resolve());
    }),
    (reason) => {
      handle.destroy(reason);
      return Promise.resolve(undefined);
    },
    1,
    () => 1,
  );
  return { readable: readable.api, writable: writable.api };
}

function checkFormat(format, what) {
  if (format !== "deflate" && format !== "deflate-raw" && format !== "gzip") {
    const err = new TypeError(
      `Failed to construct '${what}': 1st argument '${format}' is not a valid enum value of type CompressionFormat.`,
    );
    err.code = "ERR_INVALID_ARG_VALUE";
    throw err;
  }
}

export class CompressionStream {
  constructor(format) {
    format = `${format}`;
    checkFormat(format, new.target === DecompressionStream ? "DecompressionStream" : "CompressionStream");
    const zlib = zlibModule();
    const handle = format === "deflate"
      ? zlib.createDeflate()
      : format === "gzip"
      ? zlib.createGzip()
      : zlib.createDeflateRaw();
    attach(this, { kind: "CompressionStream", pair: pairFromDuplex(handle) });
  }

  get readable() {
    return slots(this, "CompressionStream").pair.readable;
  }

  get writable() {
    return slots(this, "CompressionStream").pair.writable;
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, "CompressionStream", { readable: this.readable, writable: this.writable }, depth, options,
      inspect);
  }
}
Object.defineProperty(CompressionStream.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "CompressionStream",
  configurable: true,
});

export class DecompressionStream {
  constructor(format) {
    format = `${format}`;
    checkFormat(format, new.target === DecompressionStream ? "DecompressionStream" : "CompressionStream");
    const zlib = zlibModule();
    const handle = format === "deflate"
      ? zlib.createInflate()
      : format === "gzip"
      ? zlib.createGunzip()
      : zlib.createInflateRaw();
    attach(this, { kind: "DecompressionStream", pair: pairFromDuplex(handle) });
  }

  get readable() {
    return slots(this, "DecompressionStream").pair.readable;
  }

  get writable() {
    return slots(this, "DecompressionStream").pair.writable;
  }

  [kInspect](depth, options, inspect) {
    return inspectAs(this, "DecompressionStream", { readable: this.readable, writable: this.writable }, depth, options,
      inspect);
  }
}
Object.defineProperty(DecompressionStream.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: "DecompressionStream",
  configurable: true,
});

// ReadableStreamTee is exported by node:stream/web as an internal helper.
export function ReadableStreamTee(stream) {
  return readableStreamTee(slots(stream, "ReadableStream")).map((r) => r.api);
}

// Make the public prototype methods enumerable, as WebIDL does.
for (const Class of [
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, TransformStream, TransformStreamDefaultController,
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, ByteLengthQueuingStrategy,
  CountQueuingStrategy, TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream,
]) {
  for (const name of Object.getOwnPropertyNames(Class.prototype)) {
    if (name === "constructor") continue;
    const desc = Object.getOwnPropertyDescriptor(Class.prototype, name);
    desc.enumerable = true;
    Object.defineProperty(Class.prototype, name, desc);
  }
}
for (const name of ["from"]) {
  const desc = Object.getOwnPropertyDescriptor(ReadableStream, name);
  desc.enumerable = true;
  Object.defineProperty(ReadableStream, name, desc);
}

/** Internal helpers for other host modules (Blob.stream, Readable.toWeb). */
export const internals = {
  isReadableStream: (v) => v?.[kS]?.kind === "ReadableStream",
  isWritableStream: (v) => v?.[kS]?.kind === "WritableStream",
  isTransformStream: (v) => v?.[kS]?.kind === "TransformStream",
};
