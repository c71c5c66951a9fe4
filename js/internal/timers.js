// Node's Timeout and Immediate objects over deno_core's timer lists and
// immediate queue (which already run in Node's phase order).
import { core } from "ext:core/mod.js";
import { op_module_call_guarded } from "ext:core/ops";
import { codes } from "ext:host/internal/errors.js";
import { decorateThrowSite, triggerUncaughtException } from "ext:host/internal/process/execution.js";

const { ERR_INVALID_ARG_TYPE } = codes;
const kHandle = Symbol("kHandle");
const kRefed = Symbol("kRefed");
const TIMEOUT_MAX = 2 ** 31 - 1;

// Node's own timer ids start at 1 and grow per process; [Symbol.toPrimitive]
// returns it so `clearTimeout(+t)` works.
const byId = new Map();

// Node warns about a negative or NaN delay once per process, about an
// overflowing one every time.
let warnedNegative = false;
let warnedNaN = false;

function normalizeDelay(given) {
  let after = given * 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    const warn = globalThis.process?.emitWarning;
    if (after > TIMEOUT_MAX) {
      warn?.(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, "TimeoutOverflowWarning");
    } else if (after < 0) {
      if (!warnedNegative) {
        warnedNegative = true;
        warn?.(`${after} is a negative number.\nTimeout duration was set to 1.`, "TimeoutNegativeWarning");
      }
    } else if (Number.isNaN(after) && given !== undefined) {
      if (!warnedNaN) {
        warnedNaN = true;
        warn?.(`${after} is not a number.\nTimeout duration was set to 1.`, "TimeoutNaNWarning");
      }
    }
    after = 1;
  }
  return after;
}

export class Timeout {
  constructor(callback, after, args, isRepeat, isRefed = true) {
    this._idleTimeout = normalizeDelay(after);
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = Math.floor(globalThis.performance?.now() ?? 0);
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? this._idleTimeout : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHandle] = null;
    this._start();
  }
  _start() {
    const self = this;
    // The callback runs in the async context (AsyncLocalStorage) of the
    // code that scheduled it.
    const context = core.getAsyncContext();
    this[kHandle] = core.createTimer(
      function onTimeout() {
        if (!self._repeat) {
          self._destroyed = true;
          byId.delete(self[kHandle]?._timerId ?? -1);
        }
        const previous = core.getAsyncContext();
        core.setAsyncContext(context);
        try {
          runGuarded(self._onTimeout, self, self._timerArgs);
        } finally {
          core.setAsyncContext(previous);
        }
      },
      this._idleTimeout,
      undefined,
      this._repeat !== null,
      this[kRefed],
    );
  }
  refresh() {
    if (this[kHandle] !== null && !this._destroyed) core.refreshTimer(this[kHandle]);
    return this;
  }
  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (this[kHandle]) core.refTimer(this[kHandle]);
    }
    return this;
  }
  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (this[kHandle]) core.unrefTimer(this[kHandle]);
    }
    return this;
  }
  hasRef() {
    return this[kRefed];
  }
  close() {
    clearTimeout(this);
    return this;
  }
  [Symbol.toPrimitive]() {
    const id = this[kHandle]?._timerId ?? 0;
    byId.set(id, this);
    return id;
  }
  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

// Run a user callback; an exception goes to the uncaught-exception path with
// V8's throw location (the arrow Node prints), which a plain catch loses.
function runGuarded(fn, thisArg, args) {
  const failure = op_module_call_guarded(() => (args === undefined ? Reflect.apply(fn, thisArg, []) : Reflect.apply(fn, thisArg, args)));
  if (failure === null) return;
  const [err, file, line, start, end, source] = failure;
  const site = file !== undefined ? [file, line, start, end, source] : undefined;
  if (site) decorateThrowSite(err, site);
  triggerUncaughtException(err, false, site);
}

function guardedImmediate(callback) {
  return function (...args) {
    runGuarded(callback, this, args);
  };
}

function inContext(context, callback) {
  return function (...args) {
    const previous = core.getAsyncContext();
    core.setAsyncContext(context);
    try {
      return Reflect.apply(callback, this, args);
    } finally {
      core.setAsyncContext(previous);
    }
  };
}

export class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    const context = core.getAsyncContext();
    const guarded = guardedImmediate(callback);
    this._onImmediate = context === undefined ? guarded : inContext(context, guarded);
    this._argv = args;
    this._destroyed = false;
    // Read by core's immediate queue; not own enumerable keys in Node.
    Object.defineProperty(this, "asyncId", { value: 0, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(this, "triggerAsyncId", { value: 0, writable: true, configurable: true, enumerable: false });
    this[core.kRefed] = false;
    this.ref();
    core.queueImmediate(this);
  }
  ref() {
    if (!this[core.kRefed] && !this._destroyed) {
      this[core.kRefed] = true;
      core.immediateRefCount(true);
    }
    return this;
  }
  unref() {
    if (this[core.kRefed]) {
      this[core.kRefed] = false;
      core.immediateRefCount(false);
    }
    return this;
  }
  hasRef() {
    return !!this[core.kRefed];
  }
  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function checkCallback(callback) {
  if (typeof callback !== "function") throw new ERR_INVALID_ARG_TYPE("callback", "Function", callback);
}

export function setTimeout(callback, after, ...args) {
  checkCallback(callback);
  return new Timeout(callback, after, args.length ? args : undefined, false);
}

export function setInterval(callback, repeat, ...args) {
  checkCallback(callback);
  return new Timeout(callback, repeat, args.length ? args : undefined, true);
}

export function clearTimeout(timer) {
  if (timer && timer[kHandle] !== undefined) {
    if (timer[kHandle] !== null && !timer._destroyed) core.cancelTimer(timer[kHandle]);
    timer._destroyed = true;
    return;
  }
  if (typeof timer === "number" || typeof timer === "string") {
    const t = byId.get(Number(timer));
    if (t) {
      byId.delete(Number(timer));
      clearTimeout(t);
    }
  }
}

export function clearInterval(timer) {
  clearTimeout(timer);
}

export function setImmediate(callback, ...args) {
  checkCallback(callback);
  return new Immediate(callback, args.length ? args : undefined);
}

export function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  // core's clearImmediate unlinks it, drops its ref and marks it destroyed.
  core.clearImmediate(immediate);
}

export function nextTick(callback, ...args) {
  checkCallback(callback);
  if (globalThis.process?._exiting) return;
  core.queueNextTick({ callback, args: args.length ? args : undefined, snapshot: core.getAsyncContext() });
}
