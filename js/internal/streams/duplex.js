// stream.Duplex, Transform, PassThrough
import { nextTick } from "ext:host/internal/timers.js";
import { Readable } from "ext:host/internal/streams/readable.js";
import { Writable } from "ext:host/internal/streams/writable.js";
import { codes } from "ext:host/internal/errors.js";
import { streamClasses } from "ext:host/internal/streams/utils.js";

export function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);
streamClasses.Duplex = Duplex;

for (const method of Object.getOwnPropertyNames(Writable.prototype)) {
  // Node's Duplex has no writableAborted.
  if (method === "constructor" || method === "destroy" || method === "destroyed" || method === "writableAborted") {
    continue;
  }
  if (!Object.prototype.hasOwnProperty.call(Duplex.prototype, method) &&
      !Object.prototype.hasOwnProperty.call(Readable.prototype, method)) {
    Object.defineProperty(Duplex.prototype, method, Object.getOwnPropertyDescriptor(Writable.prototype, method));
  }
}
for (const key of ["write", "cork", "uncork", "setDefaultEncoding", "end", "_write", "_writev"]) {
  Object.defineProperty(Duplex.prototype, key, Object.getOwnPropertyDescriptor(Writable.prototype, key));
}
// Both sides' getters.
for (const key of ["writable", "writableHighWaterMark", "writableObjectMode", "writableBuffer", "writableLength",
  "writableFinished", "writableCorked", "writableEnded", "writableNeedDrain"]) {
  Object.defineProperty(Duplex.prototype, key, Object.getOwnPropertyDescriptor(Writable.prototype, key));
}
Object.defineProperty(Duplex.prototype, "destroyed", {
  configurable: true,
  enumerable: false,
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
});
Duplex.prototype.destroy = Writable.prototype.destroy;

// ---- Transform ----------------------------------------------------------
const kCallback = Symbol("kCallback");

export function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  const readableHighWaterMark = options ? getReadableHwm(options) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);
  this._readableState.sync = false;
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === "function") this._transform = options.transform;
    if (typeof options.flush === "function") this._flush = options.flush;
  }
  this.on("prefinish", prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);
streamClasses.Transform = Transform;

function getReadableHwm(options) {
  const v = options.readableHighWaterMark ?? options.highWaterMark;
  return v;
}

function final(cb) {
  if (typeof this._flush === "function" && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function () {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED("_transform()");
};

Transform.prototype._write = function (chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const length = rState.length;
  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) this.push(val);
    if (rState.ended) {
      nextTick(callback);
    } else if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
      callback();
    } else {
      this[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function () {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

export function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);
streamClasses.PassThrough = PassThrough;

PassThrough.prototype._transform = function (chunk, encoding, cb) {
  cb(null, chunk);
};

// ---- duplexPair ---------------------------------------------------------
const kOther = Symbol("kOther");
const kPairCallback = Symbol("kPairCallback");

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kOther] = null;
    this[kPairCallback] = null;
  }
  _read() {
    const cb = this[kPairCallback];
    if (cb) {
      this[kPairCallback] = null;
      cb();
    }
  }
  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      nextTick(callback);
    } else {
      this[kOther].push(chunk);
      this[kOther][kPairCallback] = callback;
    }
  }
  _final(callback) {
    this[kOther].on("end", callback);
    this[kOther].push(null);
  }
}

export function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a[kOther] = b;
  b[kOther] = a;
  return [a, b];
}
