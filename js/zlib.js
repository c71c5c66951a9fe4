// node:zlib -- deflate/inflate/gzip/gunzip/raw/unzip and brotli, as
// one-shot sync and callback forms and as Transform streams. The work is
// done per chunk by Rust ops (ops/src/zlib.rs); chunks of 32 KiB and more
// (and finishing flushes of compressors) run on the blocking thread pool.
import {
  op_zlib_brotli_new,
  op_zlib_close,
  op_zlib_crc32,
  op_zlib_crc32_str,
  op_zlib_new,
  op_zlib_params,
  op_zlib_reset,
  op_zlib_total_in,
  op_zlib_write,
  op_zlib_write_async,
} from "ext:core/ops";
import { Buffer, FastBuffer, kMaxLength } from "ext:host/buffer.js";
import { Transform, finished } from "ext:host/stream.js";
import { E, codes } from "ext:host/internal/errors.js";
import { validateFunction, validateUint32 } from "ext:host/internal/validators.js";
import { constants } from "ext:host/internal/zlib/constants.js";

function define(key, msg, Base) {
  if (codes[key] === undefined) E(key, msg, Base);
}
define("ERR_BROTLI_INVALID_PARAM", "%s is not a valid Brotli parameter", RangeError);
define("ERR_ZLIB_INITIALIZATION_FAILED", "Initialization failed", Error);
define("ERR_BUFFER_TOO_LARGE", "Cannot create a Buffer larger than %s bytes", RangeError);

const {
  ERR_BROTLI_INVALID_PARAM,
  ERR_BUFFER_TOO_LARGE,
  ERR_INVALID_ARG_TYPE,
  ERR_OUT_OF_RANGE,
  ERR_ZLIB_INITIALIZATION_FAILED,
} = codes;

const {
  Z_NO_FLUSH, Z_BLOCK, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL,
  Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// zlib's return codes, both directions (zlib.codes).
const codeTable = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const key of Object.keys(codeTable)) codeTable[codeTable[key]] = key;
Object.freeze(codeTable);

const kFlushFlag = Symbol("kFlushFlag");
const kError = Symbol("kError");
const kMode = Symbol("kMode");
const kOutputLength = Symbol("kOutputLength");

// ---- argument checks, with Node's messages ----

function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== "number") throw new ERR_INVALID_ARG_TYPE(name, "number", number);
  throw new ERR_OUT_OF_RANGE(name, "a finite number", number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    const range = upper === Infinity ? `>= ${lower}` : `>= ${lower} and <= ${upper}`;
    throw new ERR_OUT_OF_RANGE(name, range, number);
  }
  return number;
}

function checkRange(number, name, lower, upper) {
  if (typeof number !== "number") throw new ERR_INVALID_ARG_TYPE(name, "number", number);
  if (!Number.isFinite(number)) throw new ERR_OUT_OF_RANGE(name, "a finite number", number);
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
}

function isArrayBufferLike(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== "undefined" && v instanceof SharedArrayBuffer);
}

// Input of the one-shot forms: string (UTF-8), ArrayBuffer or a view.
function inputBytes(buffer) {
  if (typeof buffer === "string") return Buffer.from(buffer);
  if (buffer instanceof Uint8Array) return buffer;
  if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (isArrayBufferLike(buffer)) return new Uint8Array(buffer);
  throw new ERR_INVALID_ARG_TYPE("buffer", ["string", "Buffer", "TypedArray", "DataView", "ArrayBuffer"], buffer);
}

function asBuffer(u8) {
  return new FastBuffer(u8.buffer, u8.byteOffset, u8.byteLength);
}

// An op error ({message, errno, code}) as Node's zlib error.
function zlibError(e) {
  if (e === null || typeof e !== "object" || typeof e.errno !== "number") return e;
  const err = new Error(e.message);
  err.errno = e.errno;
  err.code = e.code;
  return err;
}

// ---- engine setup shared by streams and one-shot forms ----

const kEmpty = new Uint8Array(0);

// Validated settings of a zlib (deflate family) engine.
function zlibSettings(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary = kEmpty;
  if (opts) {
    if ((mode === GUNZIP || mode === UNZIP || mode === INFLATE) &&
        (opts.windowBits === 0 || opts.windowBits === undefined)) {
      windowBits = opts.windowBits === 0 ? 0 : Z_DEFAULT_WINDOWBITS;
    } else {
      windowBits = checkRangesOrGetDefault(opts.windowBits, "options.windowBits",
        mode === GZIP ? 9 : Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, "options.level", Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, "options.memLevel", Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, "options.strategy", Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    const dict = opts.dictionary;
    if (dict !== undefined) {
      if (ArrayBuffer.isView(dict)) dictionary = new Uint8Array(dict.buffer, dict.byteOffset, dict.byteLength);
      else if (isArrayBufferLike(dict)) dictionary = new Uint8Array(dict);
      else {
        throw new ERR_INVALID_ARG_TYPE("options.dictionary",
          ["Buffer", "TypedArray", "DataView", "ArrayBuffer"], dict);
      }
    }
  }
  // zlib takes 8 for deflate but means 9 (and raw deflate refuses 8).
  let wb = windowBits;
  if (wb === 8 && (mode === DEFLATE || mode === DEFLATERAW)) wb = 9;
  if (wb === 8 && mode === INFLATERAW) wb = 9;
  return { windowBits, wb, level, memLevel, strategy, dictionary };
}

function newZlibHandle(mode, s, chunkSize) {
  const handle = op_zlib_new(mode, s.level, s.wb, s.memLevel, s.strategy, s.dictionary,
    Math.min(Math.floor(chunkSize), 1 << 30));
  if (handle === null) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  return handle;
}

function brotliParams(opts, mode) {
  const pairs = [];
  if (opts && opts.params !== undefined && opts.params !== null) {
    const params = opts.params;
    for (const origKey of Object.keys(params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > 255 || (key | 0) !== key) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = params[origKey];
      if (typeof value !== "number" && typeof value !== "boolean") {
        throw new ERR_INVALID_ARG_TYPE("options.params[key]", "number", params[origKey]);
      }
      // Parameters the brotli library knows: encoder 0..8, decoder 0..1.
      if (mode === BROTLI_ENCODE ? key > 8 : key > 1) {
        if (mode === BROTLI_ENCODE) throw new ERR_BROTLI_INVALID_PARAM(origKey);
        throw new ERR_ZLIB_INITIALIZATION_FAILED();
      }
      pairs.push(key, Number(value) >>> 0);
    }
  }
  return new Uint32Array(pairs);
}

function newBrotliHandle(mode, params) {
  const handle = op_zlib_brotli_new(mode, params);
  if (handle === null) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  return handle;
}

function isBrotliMode(mode) {
  return mode === BROTLI_ENCODE || mode === BROTLI_DECODE;
}

// Common options of every engine: chunkSize, flush, finishFlush,
// maxOutputLength, info.
function commonSettings(opts, mode) {
  const brotli = isBrotliMode(mode);
  const maxFlush = brotli ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK;
  const defFlush = brotli ? BROTLI_OPERATION_PROCESS : Z_NO_FLUSH;
  const defFinish = brotli ? BROTLI_OPERATION_FINISH : Z_FINISH;
  let chunkSize = Z_DEFAULT_CHUNK;
  let flush = defFlush;
  let finishFlush = defFinish;
  let maxOutputLength = kMaxLength;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, "options.chunkSize")) chunkSize = Z_DEFAULT_CHUNK;
    else if (chunkSize < Z_MIN_CHUNK) throw new ERR_OUT_OF_RANGE("options.chunkSize", `>= ${Z_MIN_CHUNK}`, chunkSize);
    flush = checkRangesOrGetDefault(opts.flush, "options.flush", 0, maxFlush, defFlush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, "options.finishFlush", 0, maxFlush, defFinish);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, "options.maxOutputLength", 1, kMaxLength, kMaxLength);
  }
  return { chunkSize, flush, finishFlush, maxOutputLength };
}

function normalizeOpts(opts) {
  return opts !== null && typeof opts === "object" ? opts : undefined;
}

// ---- streams ----

// The shared Transform: subclasses set up the engine.
class ZlibBase extends Transform {
  constructor(opts, mode, handle, common) {
    super({ autoDestroy: true, ...opts });
    this.bytesWritten = 0;
    this._handle = handle;
    this._outBuffer = null;
    this._outOffset = 0;
    this._chunkSize = common.chunkSize;
    this._defaultFlushFlag = common.flush;
    this._finishFlushFlag = common.finishFlush;
    this._defaultFullFlushFlag = isBrotliMode(mode) ? BROTLI_OPERATION_FLUSH : Z_FULL_FLUSH;
    this._info = opts ? opts.info : undefined;
    this._maxOutputLength = common.maxOutputLength;
    this._rejectGarbageAfterEnd = false;
    this[kError] = null;
    this[kMode] = mode;
    this[kOutputLength] = 0;
  }

  get _closed() {
    return !this._handle;
  }

  reset() {
    if (!this._handle) return;
    op_zlib_reset(this._handle);
  }

  _flush(callback) {
    this._transform(Buffer.alloc(0), "", callback);
  }

  _final(callback) {
    callback();
  }

  flush(kind, callback) {
    if (typeof kind === "function" || (kind === undefined && !callback)) {
      callback = kind;
      kind = this._defaultFullFlushFlag;
    } else if (kind !== undefined) {
      checkRange(kind, "kind", 0, isBrotliMode(this[kMode]) ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK);
    }
    if (this.writableFinished) {
      if (callback) process.nextTick(callback);
    } else if (this.writableEnded) {
      if (callback) this.once("end", callback);
    } else {
      const buf = Buffer.alloc(0);
      buf[kFlushFlag] = kind;
      this.write(buf, "", callback);
    }
  }

  close(callback) {
    if (callback) finished(this, callback);
    this.destroy();
  }

  _destroy(err, callback) {
    closeHandle(this);
    callback(err);
  }

  _transform(chunk, encoding, cb) {
    let flushFlag = this._defaultFlushFlag;
    if (typeof chunk[kFlushFlag] === "number") {
      flushFlag = chunk[kFlushFlag];
    } else if (this.writableEnded && this.writableLength === chunk.byteLength) {
      flushFlag = this._finishFlushFlag;
    }
    processChunk(this, chunk, flushFlag, cb);
  }

  _processChunk(chunk, flushFlag, cb) {
    if (typeof cb === "function") return processChunk(this, chunk, flushFlag, cb);
    const handle = this._handle;
    if (!handle) throw new ERR_ZLIB_INITIALIZATION_FAILED();
    let out;
    try {
      out = op_zlib_write(handle, flushFlag, chunk);
    } catch (e) {
      const err = zlibError(e);
      closeHandle(this);
      this.destroy(err);
      throw err;
    }
    updateBytesWritten(this, chunk);
    return asBuffer(out);
  }
}

function closeHandle(stream) {
  if (stream._handle) {
    op_zlib_close(stream._handle);
    stream._handle = null;
  }
}

function updateBytesWritten(stream, chunk) {
  const total = op_zlib_total_in(stream._handle);
  if (total >= 0) stream.bytesWritten = total;
  else stream.bytesWritten += chunk.byteLength;
}

function processChunk(stream, chunk, flushFlag, cb) {
  const handle = stream._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  const bytes = chunk instanceof Uint8Array ? chunk
    : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  op_zlib_write_async(handle, flushFlag, bytes).then((out) => {
    if (stream.destroyed || stream._handle !== handle) {
      cb();
      return;
    }
    updateBytesWritten(stream, chunk);
    const n = out.byteLength;
    if (n > 0) {
      stream[kOutputLength] += n;
      if (stream[kOutputLength] > stream._maxOutputLength) {
        stream.destroy(new ERR_BUFFER_TOO_LARGE(stream._maxOutputLength));
        return;
      }
      const size = stream._chunkSize;
      if (n <= size) {
        stream.push(asBuffer(out));
      } else {
        const buf = asBuffer(out);
        for (let off = 0; off < n; off += size) stream.push(buf.subarray(off, Math.min(off + size, n)));
      }
    }
    cb();
  }, (e) => {
    const err = zlibError(e);
    stream[kError] = err;
    closeHandle(stream);
    stream.destroy(err);
  });
}

class Zlib extends ZlibBase {
  constructor(opts, mode) {
    opts = normalizeOpts(opts);
    const common = commonSettings(opts, mode);
    if (isBrotliMode(mode)) {
      super(opts, mode, newBrotliHandle(mode, brotliParams(opts, mode)), common);
      return;
    }
    const s = zlibSettings(opts, mode);
    const handle = newZlibHandle(mode, s, common.chunkSize);
    super(opts, mode, handle, common);
    this._level = s.level;
    this._strategy = s.strategy;
    this._mode = mode;
  }

  params(level, strategy, callback) {
    checkRange(level, "level", Z_MIN_LEVEL, Z_MAX_LEVEL);
    checkRange(strategy, "strategy", Z_DEFAULT_STRATEGY, Z_FIXED);
    if (this._level !== level || this._strategy !== strategy) {
      this.flush(Z_SYNC_FLUSH, () => {
        if (this._handle) {
          let out;
          try {
            out = op_zlib_params(this._handle, level, strategy);
          } catch (e) {
            this.destroy(zlibError(e));
            return;
          }
          if (out.byteLength > 0) this.push(asBuffer(out));
          this._level = level;
          this._strategy = strategy;
        }
        if (callback) callback();
      });
    } else if (callback) {
      process.nextTick(callback);
    }
  }
}

class Deflate extends Zlib {
  constructor(opts) { super(opts, DEFLATE); }
}
class Inflate extends Zlib {
  constructor(opts) { super(opts, INFLATE); }
}
class Gzip extends Zlib {
  constructor(opts) { super(opts, GZIP); }
}
class Gunzip extends Zlib {
  constructor(opts) { super(opts, GUNZIP); }
}
class DeflateRaw extends Zlib {
  constructor(opts) { super(opts, DEFLATERAW); }
}
class InflateRaw extends Zlib {
  constructor(opts) { super(opts, INFLATERAW); }
}
class Unzip extends Zlib {
  constructor(opts) { super(opts, UNZIP); }
}

class Brotli extends Zlib {
  constructor(opts, mode) {
    super(opts, mode);
  }
}
class BrotliCompress extends Brotli {
  constructor(opts) { super(opts, BROTLI_ENCODE); }
}
class BrotliDecompress extends Brotli {
  constructor(opts) { super(opts, BROTLI_DECODE); }
}

// Node's zlib classes may still be called without `new` (deprecated,
// DEP0184): the exported constructors are functions over the classes.
const deprecationWarned = new Set();
function callable(Cls) {
  const name = Cls.name;
  const Ctor = {
    [name]: function (opts) {
      if (new.target === undefined) {
        if (!deprecationWarned.has(name)) {
          deprecationWarned.add(name);
          process.emitWarning(`Instantiating ${name} without the 'new' keyword has been deprecated.`,
            "DeprecationWarning", "DEP0184");
        }
        return new Cls(opts);
      }
      return Reflect.construct(Cls, [opts], new.target);
    },
  }[name];
  Ctor.prototype = Cls.prototype;
  Object.defineProperty(Cls.prototype, "constructor", {
    value: Ctor, writable: true, enumerable: false, configurable: true,
  });
  Object.setPrototypeOf(Ctor, Object.getPrototypeOf(Cls));
  return Ctor;
}

const classes = {
  Deflate: callable(Deflate),
  Inflate: callable(Inflate),
  Gzip: callable(Gzip),
  Gunzip: callable(Gunzip),
  DeflateRaw: callable(DeflateRaw),
  InflateRaw: callable(InflateRaw),
  Unzip: callable(Unzip),
  BrotliCompress: callable(BrotliCompress),
  BrotliDecompress: callable(BrotliDecompress),
};

// ---- one-shot forms ----

function engineFor(mode, opts) {
  opts = normalizeOpts(opts);
  const common = commonSettings(opts, mode);
  const handle = isBrotliMode(mode)
    ? newBrotliHandle(mode, brotliParams(opts, mode))
    : newZlibHandle(mode, zlibSettings(opts, mode), common.chunkSize);
  return { handle, common, opts };
}

function syncForm(mode, Cls) {
  return function (buffer, opts) {
    const bytes = inputBytes(buffer);
    opts = normalizeOpts(opts);
    if (opts && opts.info) {
      const engine = new Cls(opts);
      const out = runSync(engine._handle, engine._finishFlushFlag, bytes, engine._maxOutputLength);
      updateBytesWritten(engine, bytes);
      closeHandle(engine);
      return { buffer: out, engine };
    }
    const { handle, common } = engineFor(mode, opts);
    try {
      return runSync(handle, common.finishFlush, bytes, common.maxOutputLength);
    } finally {
      op_zlib_close(handle);
    }
  };
}

function runSync(handle, flush, bytes, maxOutputLength) {
  let out;
  try {
    out = op_zlib_write(handle, flush, bytes);
  } catch (e) {
    throw zlibError(e);
  }
  if (out.byteLength > maxOutputLength) throw new ERR_BUFFER_TOO_LARGE(maxOutputLength);
  return asBuffer(out);
}

function asyncForm(mode, Cls) {
  return function (buffer, opts, callback) {
    if (typeof opts === "function") {
      callback = opts;
      opts = {};
    }
    const bytes = inputBytes(buffer);
    validateFunction(callback, "callback");
    opts = normalizeOpts(opts);
    let handle, flush, max, engine;
    if (opts && opts.info) {
      engine = new Cls(opts);
      handle = engine._handle;
      flush = engine._finishFlushFlag;
      max = engine._maxOutputLength;
    } else {
      const e = engineFor(mode, opts);
      handle = e.handle;
      flush = e.common.finishFlush;
      max = e.common.maxOutputLength;
    }
    op_zlib_write_async(handle, flush, bytes).then((out) => {
      let err = null;
      let res;
      if (out.byteLength > max) err = new ERR_BUFFER_TOO_LARGE(max);
      else res = asBuffer(out);
      if (engine) {
        updateBytesWritten(engine, bytes);
        closeHandle(engine);
        if (!err) res = { buffer: res, engine };
      } else {
        op_zlib_close(handle);
      }
      if (err) process.nextTick(callback, err);
      else process.nextTick(callback, null, res);
    }, (e) => {
      if (engine) closeHandle(engine);
      else op_zlib_close(handle);
      process.nextTick(callback, zlibError(e));
    });
  };
}

// ---- crc32 ----

function crc32(data, value = 0) {
  if (typeof data !== "string" && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE("data", ["string", "Buffer", "TypedArray", "DataView"], data);
  }
  validateUint32(value, "value");
  if (typeof data === "string") return op_zlib_crc32_str(data, value);
  const bytes = data instanceof Uint8Array ? data
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return op_zlib_crc32(bytes, value);
}

function factory(Cls) {
  return function (opts) {
    return new Cls(opts);
  };
}

const zlib = {
  crc32,
  ...classes,
  deflate: asyncForm(DEFLATE, Deflate),
  deflateSync: syncForm(DEFLATE, Deflate),
  gzip: asyncForm(GZIP, Gzip),
  gzipSync: syncForm(GZIP, Gzip),
  deflateRaw: asyncForm(DEFLATERAW, DeflateRaw),
  deflateRawSync: syncForm(DEFLATERAW, DeflateRaw),
  unzip: asyncForm(UNZIP, Unzip),
  unzipSync: syncForm(UNZIP, Unzip),
  inflate: asyncForm(INFLATE, Inflate),
  inflateSync: syncForm(INFLATE, Inflate),
  gunzip: asyncForm(GUNZIP, Gunzip),
  gunzipSync: syncForm(GUNZIP, Gunzip),
  inflateRaw: asyncForm(INFLATERAW, InflateRaw),
  inflateRawSync: syncForm(INFLATERAW, InflateRaw),
  brotliCompress: asyncForm(BROTLI_ENCODE, BrotliCompress),
  brotliCompressSync: syncForm(BROTLI_ENCODE, BrotliCompress),
  brotliDecompress: asyncForm(BROTLI_DECODE, BrotliDecompress),
  brotliDecompressSync: syncForm(BROTLI_DECODE, BrotliDecompress),
  createDeflate: factory(Deflate),
  createInflate: factory(Inflate),
  createDeflateRaw: factory(DeflateRaw),
  createInflateRaw: factory(InflateRaw),
  createGzip: factory(Gzip),
  createGunzip: factory(Gunzip),
  createUnzip: factory(Unzip),
  createBrotliCompress: factory(BrotliCompress),
  createBrotliDecompress: factory(BrotliDecompress),
};

// Node names the one-shot functions after their keys (asyncBufferWrapper
// etc. in its stack traces); keep plain names.
for (const key of Object.keys(zlib)) {
  const fn = zlib[key];
  if (typeof fn === "function" && !classes[key] && fn.name !== key) {
    Object.defineProperty(fn, "name", { value: key });
  }
}

Object.defineProperty(zlib, "constants", {
  value: constants, writable: false, enumerable: true, configurable: false,
});
Object.defineProperty(zlib, "codes", {
  value: codeTable, writable: false, enumerable: true, configurable: false,
});

export { ZlibBase, kFlushFlag };
export default zlib;
