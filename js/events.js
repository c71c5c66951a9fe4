// node:events -- EventEmitter and the module's helpers. The web classes
// (EventTarget, Event, AbortController, ...) are named exports only; the
// bootstrap turns them into globals.
import { AbortError, codes } from "ext:host/internal/errors.js";
import {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
  validateString,
} from "ext:host/internal/validators.js";
import { decorateThrowSite } from "ext:host/internal/process/execution.js";
import {
  CustomEvent,
  Event,
  EventTarget,
  eventTargetListeners,
  isEventTarget,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
  kResistStopPropagation,
  NodeEventTarget,
  setDefaultMaxListenersGetter,
} from "ext:host/internal/event_target.js";
import { AbortController, AbortSignal } from "ext:host/internal/abort_controller.js";
import { DOMException } from "ext:host/internal/dom_exception.js";
import { AsyncResource } from "ext:host/async_hooks.js";

const { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR } = codes;

const kCapture = Symbol("kCapture");
const kShapeMode = Symbol("shapeMode");
const kErrorMonitor = Symbol("events.errorMonitor");
const kRejection = Symbol.for("nodejs.rejection");
const kEnhanceStack = Symbol("kEnhanceStack");
const kAsyncResource = Symbol("kAsyncResource");
let defaultMaxListeners = 10;

setDefaultMaxListenersGetter(() => defaultMaxListeners);

// ---- EventEmitter ----------------------------------------------------------

export function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false });

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // _events was set up by the caller: keep its keys, blank values instead.
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, "options.captureRejections");
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Follow the current global default.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

function checkListener(listener) {
  if (typeof listener !== "function") throw new ERR_INVALID_ARG_TYPE("listener", "Function", listener);
}

function maxListenersOf(target) {
  return target._maxListeners === undefined ? defaultMaxListeners : target._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, "setMaxListeners", 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// The throw site Node shows above an unhandled 'error' event.
let kArrowSymbol;
function markEventsThrowSite(err) {
  if (err === null || (typeof err !== "object" && typeof err !== "function")) return;
  try {
    if (kArrowSymbol === undefined) {
      const probe = {};
      decorateThrowSite(probe, ["", 0, 0, 0, ""]);
      kArrowSymbol = Object.getOwnPropertySymbols(probe)[0] ?? null;
    }
    if (kArrowSymbol === null || Object.prototype.hasOwnProperty.call(err, kArrowSymbol)) return;
    Object.defineProperty(err, kArrowSymbol, {
      value: ["node:events", 505, 4, 5, "    throw er; // Unhandled 'error' event"],
      configurable: false,
      writable: false,
      enumerable: false,
    });
  } catch {
    // frozen errors keep whatever arrow the runtime finds
  }
}

// Thrown from code without a script name, the runtime takes the arrow from
// the error (set above) instead of pointing into this file.
let thrower;
function throwWithoutSite(err) {
  if (thrower === undefined) {
    try {
      thrower = new Function("er", "throw er;");
    } catch {
      // code generation from strings is disallowed: point into this file
      thrower = (er) => {
        throw er;
      };
    }
  }
  thrower(err);
}

function enhanceStack(emitter, err, own) {
  let ctorInfo = "";
  try {
    const name = emitter.constructor?.name;
    if (name !== "EventEmitter") ctorInfo = ` on ${name} instance`;
  } catch {
    // no constructor name
  }
  const ownFrames = String(own.stack).split("\n").slice(1);
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${ownFrames.join("\n")}`;
}

// Called when process emits 'uncaughtExceptionMonitor': the error is about
// to be printed as fatal, which is when Node adds "Emitted 'error' event".
function enhanceFatal(target, err) {
  if (err === null || typeof err !== "object" || target !== globalThis.process) return;
  const fn = err[kEnhanceStack];
  if (typeof fn !== "function") return;
  delete err[kEnhanceStack];
  if (target.listenerCount("uncaughtException") > 0) return;
  try {
    err.stack = fn();
  } catch {
    // keep the original stack
  }
}

function unhandledError(emitter, er) {
  if (er instanceof Error) {
    try {
      const own = {};
      Error.captureStackTrace(own, EventEmitter.prototype.emit);
      Object.defineProperty(er, kEnhanceStack, {
        value: () => enhanceStack(emitter, er, own),
        configurable: true,
        writable: true,
        enumerable: false,
      });
    } catch {
      // frozen error objects are thrown as they are
    }
    markEventsThrowSite(er);
    return er;
  }
  let err;
  if (er === undefined) {
    err = new ERR_UNHANDLED_ERROR();
    const old = err.message;
    err.message = `${old} (undefined)`;
    if (typeof err.stack === "string") err.stack = err.stack.replace(old, err.message);
  } else {
    err = new ERR_UNHANDLED_ERROR(er);
  }
  err.context = er;
  markEventsThrowSite(err);
  return err;
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === "error";
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    if (type === "uncaughtExceptionMonitor") enhanceFatal(this, args[0]);
    return false;
  }
  if (doError) {
    throwWithoutSite(unhandledError(this, args[0]));
  }
  const handler = events[type];
  if (handler === undefined) {
    if (type === "uncaughtExceptionMonitor") enhanceFatal(this, args[0]);
    return false;
  }
  if (typeof handler === "function") {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
  } else {
    // Listeners added or removed while emitting do not change this round.
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) {
      const result = Reflect.apply(listeners[i], this, args);
      if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
    }
  }
  if (type === "uncaughtExceptionMonitor") enhanceFatal(this, args[0]);
  return true;
};

function addCatch(that, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === "function") {
      Reflect.apply(then, promise, [undefined, function (err) {
        globalThis.process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      }]);
    }
  } catch (err) {
    that.emit("error", err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === "function") {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit("error", err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

function leakWarning(target, type, count, max) {
  const ctor = target?.constructor;
  const name = typeof ctor === "function" && ctor.name ? ctor.name : "Object";
  const w = new Error(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
      `added to [${name}]. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`,
  );
  w.name = "MaxListenersExceededWarning";
  w.emitter = target;
  w.type = type;
  w.count = count;
  globalThis.process?.emitWarning(w);
}

function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit("newListener", type, listener.listener ?? listener);
      events = target._events;
    }
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  let list;
  if (typeof existing === "function") {
    list = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = existing;
    if (prepend) list.unshift(listener);
    else list.push(listener);
  }
  const m = maxListenersOf(target);
  if (m > 0 && list.length > m && !list.warned) {
    list.warned = true;
    leakWarning(target, type, list.length, m);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrap(target, type, listener) {
  let fired = false;
  function wrapper(...args) {
    if (fired) return undefined;
    target.removeListener(type, wrapper);
    fired = true;
    return Reflect.apply(listener, target, args);
  }
  wrapper.listener = listener;
  return wrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener !== undefined) this.emit("removeListener", type, list.listener || listener);
    }
  } else if (typeof list !== "function") {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit("removeListener", type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === "removeListener") continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners("removeListener");
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === "function") {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === "function") return unwrap ? [l.listener || l] : [l];
  if (!unwrap) return l.slice();
  const out = new Array(l.length);
  for (let i = 0; i < l.length; i++) out[i] = l[i].listener || l[i];
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCountOf(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (l === undefined) return 0;
  if (typeof l === "function") {
    if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
    return 1;
  }
  if (listener == null) return l.length;
  let n = 0;
  for (let i = 0; i < l.length; i++) if (l[i] === listener || l[i].listener === listener) n++;
  return n;
}

EventEmitter.prototype.listenerCount = function listenerCount(type, listener) {
  return Reflect.apply(listenerCountOf, this, [type, listener]);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---- module functions ------------------------------------------------------

function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === "function") return emitter.listenerCount(type);
  return Reflect.apply(listenerCountOf, emitter, [type]);
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === "function") return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return eventTargetListeners(emitterOrTarget, type);
  throw new ERR_INVALID_ARG_TYPE("emitter", ["EventEmitter", "EventTarget"], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === "function") return maxListenersOf(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw new ERR_INVALID_ARG_TYPE("emitter", ["EventEmitter", "EventTarget"], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, "setMaxListeners", 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === "function") {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE("eventTargets", ["EventEmitter", "EventTarget"], target);
    }
  }
}

function addAgnostic(emitter, name, listener, once) {
  if (typeof emitter.on === "function") {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === "function") {
    emitter.addEventListener(name, listener, once ? { once: true } : undefined);
  } else {
    throw new ERR_INVALID_ARG_TYPE("emitter", "EventEmitter", emitter);
  }
}

function removeAgnostic(emitter, name, listener) {
  if (typeof emitter.removeListener === "function") emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === "function") emitter.removeEventListener(name, listener);
  else throw new ERR_INVALID_ARG_TYPE("emitter", "EventEmitter", emitter);
}

async function once(emitter, name, options = {}) {
  validateObject(options, "options");
  const signal = options?.signal;
  validateAbortSignal(signal, "options.signal");
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      removeAgnostic(emitter, name, resolver);
      if (signal !== undefined) signal.removeEventListener("abort", abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === "function") emitter.removeListener("error", errorListener);
      if (signal !== undefined) signal.removeEventListener("abort", abortListener);
      resolve(args);
    };
    const abortListener = () => {
      removeAgnostic(emitter, name, resolver);
      if (typeof emitter.removeListener === "function") emitter.removeListener("error", errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    };
    addAgnostic(emitter, name, resolver, true);
    if (name !== "error" && typeof emitter.once === "function") emitter.once("error", errorListener);
    if (signal !== undefined) signal.addEventListener("abort", abortListener, { once: true, [kResistStopPropagation]: true });
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function on(emitter, event, options = {}) {
  validateObject(options, "options");
  const signal = options.signal;
  validateAbortSignal(signal, "options.signal");
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const highWaterMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, "options.highWaterMark", 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, "options.lowWaterMark", 1);
  const closeEvents = options.close;

  const unconsumed = [];
  const pending = [];
  let error = null;
  let finished = false;
  let paused = false;

  const done = () => ({ value: undefined, done: true });

  function eventHandler(...args) {
    if (pending.length > 0) {
      pending.shift().resolve({ value: args, done: false });
      return;
    }
    unconsumed.push(args);
    if (!paused && unconsumed.length > highWaterMark && typeof emitter.pause === "function") {
      paused = true;
      emitter.pause();
    }
  }
  function errorHandler(err) {
    if (pending.length > 0) pending.shift().reject(err);
    else error = err;
    closeHandler();
  }
  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }
  function closeHandler() {
    if (!finished) {
      finished = true;
      removeAgnostic(emitter, event, eventHandler);
      if (event !== "error" && typeof emitter.on === "function") removeAgnostic(emitter, "error", errorHandler);
      if (Array.isArray(closeEvents)) for (const name of closeEvents) removeAgnostic(emitter, name, closeHandler);
      if (signal !== undefined) signal.removeEventListener("abort", abortListener);
    }
    while (pending.length > 0) pending.shift().resolve(done());
    return Promise.resolve(done());
  }

  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumed.length > 0) {
        const value = unconsumed.shift();
        if (paused && unconsumed.length < lowWaterMark && typeof emitter.resume === "function") {
          paused = false;
          emitter.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve(done());
      return new Promise((resolve, reject) => pending.push({ resolve, reject }));
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE("EventEmitter.AsyncIterator", "Error", err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  addAgnostic(emitter, event, eventHandler, false);
  if (event !== "error" && typeof emitter.on === "function") emitter.on("error", errorHandler);
  if (Array.isArray(closeEvents)) for (const name of closeEvents) addAgnostic(emitter, name, closeHandler, false);
  if (signal !== undefined) signal.addEventListener("abort", abortListener, { once: true, [kResistStopPropagation]: true });
  return iterator;
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE("signal", "AbortSignal", signal);
  validateAbortSignal(signal, "signal");
  validateFunction(listener, "listener");
  let removed = false;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener("abort", listener, { once: true, [kResistStopPropagation]: true });
  }
  return {
    __proto__: null,
    [Symbol.dispose]() {
      if (removed) return;
      removed = true;
      signal.removeEventListener("abort", listener);
    },
  };
}

class EventEmitterAsyncResource extends EventEmitter {
  constructor(options = undefined) {
    let name;
    if (typeof options === "string") {
      name = options;
      options = undefined;
    } else {
      if (new.target === EventEmitterAsyncResource) validateString(options?.name, "options.name");
      name = options?.name || new.target.name;
    }
    super(options);
    this[kAsyncResource] = new AsyncResource(name, options);
    this[kAsyncResource].eventEmitter = this;
  }
  emit(event, ...args) {
    const res = this[kAsyncResource];
    return res.runInAsyncScope(super.emit, this, event, ...args);
  }
  emitDestroy() {
    this[kAsyncResource].emitDestroy();
  }
  get asyncId() {
    return this[kAsyncResource].asyncId();
  }
  get triggerAsyncId() {
    return this[kAsyncResource].triggerAsyncId();
  }
  get asyncResource() {
    return this[kAsyncResource];
  }
}

// ---- the module object: EventEmitter itself --------------------------------

Object.defineProperties(EventEmitter, {
  addAbortListener: { value: addAbortListener, writable: true, enumerable: true, configurable: true },
  once: { value: once, writable: true, enumerable: true, configurable: true },
  on: { value: on, writable: true, enumerable: true, configurable: true },
  getEventListeners: { value: getEventListeners, writable: true, enumerable: true, configurable: true },
  getMaxListeners: { value: getMaxListeners, writable: true, enumerable: true, configurable: true },
  listenerCount: { value: listenerCount, writable: true, enumerable: true, configurable: true },
  EventEmitter: { value: EventEmitter, writable: true, enumerable: true, configurable: true },
  usingDomains: { value: false, writable: true, enumerable: true, configurable: true },
  captureRejectionSymbol: { value: kRejection, writable: true, enumerable: true, configurable: true },
  captureRejections: {
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      validateBoolean(value, "EventEmitter.captureRejections");
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
    configurable: false,
  },
  EventEmitterAsyncResource: {
    get() {
      return EventEmitterAsyncResource;
    },
    set: undefined,
    enumerable: true,
    configurable: true,
  },
  errorMonitor: { value: kErrorMonitor, writable: true, enumerable: true, configurable: true },
  defaultMaxListeners: {
    get() {
      return defaultMaxListeners;
    },
    set(arg) {
      validateNumber(arg, "defaultMaxListeners", 0);
      defaultMaxListeners = arg;
    },
    enumerable: true,
    configurable: false,
  },
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, writable: false, enumerable: false, configurable: false },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, writable: false, enumerable: false, configurable: false,
  },
  setMaxListeners: { value: setMaxListeners, writable: true, enumerable: true, configurable: true },
});
// `init` stays last among the keys, as in Node.
const initFn = EventEmitter.init;
delete EventEmitter.init;
EventEmitter.init = initFn;

export {
  AbortController,
  AbortSignal,
  CustomEvent,
  DOMException,
  Event,
  EventTarget,
  NodeEventTarget,
};
export default EventEmitter;
