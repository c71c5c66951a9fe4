// Duplex.from(...) and stream.compose(...)
import { AbortError, codes } from "ext:host/internal/errors.js";
import { nextTick } from "ext:host/internal/timers.js";
import * as destroyImpl from "ext:host/internal/streams/destroy.js";
import { eos } from "ext:host/internal/streams/end-of-stream.js";
import { from } from "ext:host/internal/streams/from.js";
import { pipeline } from "ext:host/internal/streams/pipeline.js";
import { Duplex } from "ext:host/internal/streams/duplex.js";
import {
  isDuplexNodeStream,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableNodeStream,
  isReadableStream,
  isTransformStream,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
  streamClasses,
} from "ext:host/internal/streams/utils.js";
import { readableFromWeb, writableFromWeb } from "ext:host/internal/streams/web.js";

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS } = codes;

class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    if (options?.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options?.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  }
}

export function duplexFrom(body, name = "body") {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return _duplexify({ readable: body });
  if (isWritableNodeStream(body)) return _duplexify({ writable: body });
  if (isNodeStream(body)) return _duplexify({ writable: false, readable: false });
  if (isReadableStream(body)) return _duplexify({ readable: readableFromWeb(streamClasses.Readable, body) });
  if (isWritableStream(body)) return _duplexify({ writable: writableFromWeb(streamClasses.Writable, body) });
  if (typeof body === "function") {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value?.then;
    if (typeof then === "function") {
      let d;
      const promise = then.call(
        value,
        (val) => {
          if (val != null) throw new ERR_INVALID_RETURN_VALUE("nully", "body", val);
        },
        (err) => {
          destroyImpl.destroyer(d, err);
        },
      );
      return (d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              nextTick(cb, null);
            } catch (err) {
              nextTick(cb, err);
            }
          });
        },
        destroy,
      }));
    }
    throw new ERR_INVALID_RETURN_VALUE("Iterable, AsyncIterable or AsyncFunction", name, value);
  }
  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });
  if (typeof body?.then === "function") {
    let d;
    body.then(
      (val) => {
        if (val != null) d.push(val);
        d.push(null);
      },
      (err) => {
        destroyImpl.destroyer(d, err);
      },
    );
    return (d = new Duplexify({ objectMode: true, writable: false, read() {} }));
  }
  if (typeof body === "object" && body !== null && (body.readable !== undefined || body.writable !== undefined)) {
    const readable = body.readable ? (isReadableNodeStream(body.readable) ? body.readable : duplexFrom(body.readable)) : undefined;
    const writable = body.writable ? (isWritableNodeStream(body.writable) ? body.writable : duplexFrom(body.writable)) : undefined;
    return _duplexify({ readable, writable });
  }
  throw new ERR_INVALID_ARG_TYPE(
    name,
    ["Blob", "ReadableStream", "WritableStream", "Stream", "Iterable", "AsyncIterable", "Function",
      "{ readable, writable } pair", "Promise"],
    body,
  );
}

function fromAsyncGen(fn) {
  let { promise, resolve } = Promise.withResolvers();
  const ac = typeof AbortController === "function" ? new AbortController() : { signal: {}, abort() {} };
  const signal = ac.signal;
  const value = fn(
    (async function* () {
      while (true) {
        const _promise = promise;
        promise = null;
        const { chunk, done, cb } = await _promise;
        nextTick(cb);
        if (done) return;
        if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
        ({ promise, resolve } = Promise.withResolvers());
        yield chunk;
      }
    })(),
    { signal },
  );
  return {
    value,
    write(chunk, encoding, cb) {
      const _resolve = resolve;
      resolve = null;
      _resolve({ chunk, done: false, cb });
    },
    final(cb) {
      const _resolve = resolve;
      resolve = null;
      _resolve({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function _duplexify(pair) {
  const r = pair.readable && typeof pair.readable.read !== "function" ? null : pair.readable;
  const w = pair.writable;
  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyImpl.destroyer(r, err);
      onfinished(err);
    });
    d._write = function (chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function (callback) {
      w.end();
      onfinish = callback;
    };
    w.on("drain", function () {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on("finish", function () {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyImpl.destroyer(r, err);
      onfinished(err);
    });
    r.on("readable", function () {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on("end", function () {
      d.push(null);
    });
    d._read = function () {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyImpl.destroyer(w, err);
      destroyImpl.destroyer(r, err);
    }
  };
  return d;
}

export function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS("streams");
  if (streams.length === 1) return duplexFrom(streams[0], "streams[0]");
  const orgStreams = [...streams];
  if (typeof streams[0] === "function") streams[0] = duplexFrom(streams[0], "streams[0]");
  if (typeof streams[streams.length - 1] === "function") {
    const idx = streams.length - 1;
    streams[idx] = duplexFrom(streams[idx], `streams[${idx}]`);
  }
  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n])) continue;
    if (n < streams.length - 1 && !isReadable(streams[n])) {
      throw new codes.ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], "must be readable");
    }
    if (n > 0 && !isWritable(streams[n])) {
      throw new codes.ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], "must be writable");
    }
  }
  const head = streams[0];
  const tail = pipeline(streams, onfinished);
  // Web streams take part too: a TransformStream or WritableStream head is
  // written through its writer, a TransformStream or ReadableStream tail
  // read through its reader.
  const writable = isNodeStream(head) ? !!isWritable(head) : isTransformStream(head) || isWritableStream(head);
  const readable = isNodeStream(tail) ? !!isReadable(tail) : isTransformStream(tail) || isReadableStream(tail);
  let d;
  let onclose;
  let ondrain;
  let onfinish;
  let onreadable;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }

  d = new Duplex({
    writableObjectMode: !!head?.writableObjectMode,
    readableObjectMode: !!tail?.readableObjectMode,
    writable,
    readable,
  });

  const finishNow = function () {
    if (onfinish) {
      const cb = onfinish;
      onfinish = null;
      cb();
    }
  };

  if (writable && isNodeStream(head)) {
    d._write = function (chunk, encoding, callback) {
      if (head.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function (callback) {
      head.end();
      onfinish = callback;
    };
    head.on("drain", function () {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
  } else if (writable) {
    const writer = (isTransformStream(head) ? head.writable : head).getWriter();
    d._write = async function (chunk, encoding, callback) {
      try {
        await writer.ready;
        writer.write(chunk).catch(() => {});
        callback();
      } catch (err) {
        callback(err);
      }
    };
    d._final = async function (callback) {
      try {
        await writer.ready;
        writer.close().catch(() => {});
        onfinish = callback;
      } catch (err) {
        callback(err);
      }
    };
  }
  if (writable) {
    if (isNodeStream(tail)) tail.on("finish", finishNow);
    else eos(isTransformStream(tail) ? tail.readable : tail, finishNow);
  }

  if (readable && !isNodeStream(tail)) {
    const reader = (isTransformStream(tail) ? tail.readable : tail).getReader();
    d._read = async function () {
      while (true) {
        try {
          const { value, done } = await reader.read();
          if (done) {
            d.push(null);
            return;
          }
          if (!d.push(value)) return;
        } catch {
          return;
        }
      }
    };
  } else if (readable) {
    tail.on("readable", function () {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    tail.on("end", function () {
      d.push(null);
    });
    d._read = function () {
      while (true) {
        const buf = tail.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      if (isNodeStream(tail)) destroyImpl.destroyer(tail, err);
    }
  };
  return d;
}
