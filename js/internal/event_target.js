// Event, CustomEvent, EventTarget with the web's semantics (a target has no
// parent, so dispatch is always AT_TARGET), and Node's NodeEventTarget.
import { codes, E } from "ext:host/internal/errors.js";
import { validateAbortSignal, validateFunction, validateNumber } from "ext:host/internal/validators.js";
import { now } from "ext:host/internal/perf_clock.js";

E("ERR_EVENT_RECURSION", 'The event "%s" is already being dispatched', Error);
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_EVENT_RECURSION, ERR_OUT_OF_RANGE } = codes;

export const kTrustEvent = Symbol("kTrustEvent");
export const kResistStopPropagation = Symbol("kResistStopPropagation");
export const kMaxEventTargetListeners = Symbol("events.maxEventTargetListeners");
export const kMaxEventTargetListenersWarned = Symbol("events.maxEventTargetListenersWarned");
const kEvents = Symbol("kEvents");

export const kInspect = Symbol.for("nodejs.util.inspect.custom");

// util.inspect hands custom inspectors (depth, options, inspect).
export function inspectAs(name, fields, depth, options, inspect) {
  if (depth < 0) return name;
  if (typeof inspect !== "function") return `${name} {}`;
  const opts = { ...options, depth: Number.isInteger(options?.depth) ? options.depth - 1 : options?.depth };
  return `${name} ${inspect(fields, opts)}`;
}

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

let defaultMaxListenersFn = () => 10;
/** events.js tells us where EventEmitter.defaultMaxListeners lives. */
export function setDefaultMaxListenersGetter(fn) {
  defaultMaxListenersFn = fn;
}

function thisError(name) {
  return new ERR_INVALID_THIS(name);
}

// ---- Event ---------------------------------------------------------------

export class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #canceled = false;
  #timeStamp;
  #target = null;
  #currentTarget = null;
  #phase = NONE;
  #stop = false;
  #stopImmediate = false;
  #dispatching = false;
  #inPassive = false;
  #trusted = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("type");
    if (options != null && typeof options !== "object" && typeof options !== "function") {
      throw new ERR_INVALID_ARG_TYPE("options", "object", options);
    }
    this.#type = `${type}`;
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this.#trusted = !!options?.[kTrustEvent];
    this.#timeStamp = now();
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (!(#type in this)) throw thisError("Event");
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("type");
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }
  stopImmediatePropagation() {
    if (!(#type in this)) throw thisError("Event");
    this.#stop = true;
    this.#stopImmediate = true;
  }
  preventDefault() {
    if (!(#type in this)) throw thisError("Event");
    if (this.#cancelable && !this.#inPassive) this.#canceled = true;
  }
  get target() {
    if (!(#type in this)) throw thisError("Event");
    return this.#target;
  }
  get currentTarget() {
    if (!(#type in this)) throw thisError("Event");
    return this.#currentTarget;
  }
  get srcElement() {
    if (!(#type in this)) throw thisError("Event");
    return this.#target;
  }
  get type() {
    if (!(#type in this)) throw thisError("Event");
    return this.#type;
  }
  get cancelable() {
    if (!(#type in this)) throw thisError("Event");
    return this.#cancelable;
  }
  get defaultPrevented() {
    if (!(#type in this)) throw thisError("Event");
    return this.#cancelable && this.#canceled;
  }
  get timeStamp() {
    if (!(#type in this)) throw thisError("Event");
    return this.#timeStamp;
  }
  composedPath() {
    if (!(#type in this)) throw thisError("Event");
    return this.#dispatching ? [this.#currentTarget] : [];
  }
  get returnValue() {
    if (!(#type in this)) throw thisError("Event");
    return !(this.#cancelable && this.#canceled);
  }
  set returnValue(value) {
    if (!(#type in this)) throw thisError("Event");
    if (!value) this.preventDefault();
  }
  get bubbles() {
    if (!(#type in this)) throw thisError("Event");
    return this.#bubbles;
  }
  get composed() {
    if (!(#type in this)) throw thisError("Event");
    return this.#composed;
  }
  get eventPhase() {
    if (!(#type in this)) throw thisError("Event");
    return this.#phase;
  }
  get cancelBubble() {
    if (!(#type in this)) throw thisError("Event");
    return this.#stop;
  }
  set cancelBubble(value) {
    if (!(#type in this)) throw thisError("Event");
    if (value) this.#stop = true;
  }
  stopPropagation() {
    if (!(#type in this)) throw thisError("Event");
    this.#stop = true;
  }
  get isTrusted() {
    return #type in this ? this.#trusted : false;
  }
  [kInspect](depth, options, inspect) {
    const name = this.constructor?.name ?? "Event";
    return inspectAs(name, {
      type: this.#type,
      defaultPrevented: this.#cancelable && this.#canceled,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, depth, options, inspect);
  }

  // Internal: the dispatch algorithm of EventTarget below.
  static dispatch(event, target, list) {
    if (event.#dispatching) throw new ERR_EVENT_RECURSION(event.#type);
    event.#dispatching = true;
    event.#target = target;
    event.#currentTarget = target;
    event.#phase = AT_TARGET;
    try {
      if (list !== undefined) {
        // Node walks the live list but reads each record's successor before
        // calling it: a listener appended while the last one runs is not
        // called, one appended earlier is; removed ones are skipped.
        for (let rec = list.first, next; rec !== null; rec = next) {
          next = rec.next;
          if (rec.removed) continue;
          if (event.#stopImmediate && !rec.resist) continue;
          if (rec.once) removeRecord(target, event.#type, rec);
          event.#inPassive = rec.passive;
          try {
            let result;
            const cb = rec.callback;
            if (typeof cb === "function") {
              result = Reflect.apply(cb, target, [event]);
            } else {
              // An object without handleEvent is skipped.
              const handle = cb.handleEvent;
              if (typeof handle === "function") result = Reflect.apply(handle, cb, [event]);
            }
            if (result !== undefined && result !== null && typeof result.then === "function") {
              result.then(undefined, reportLater);
            }
            // Node 24 ends the event's "being dispatched" state once a
            // listener returns normally: later listeners of the same
            // dispatch see eventPhase NONE, no currentTarget and an empty
            // composedPath(), and may dispatch the event again.
            if (event.#dispatching) {
              event.#dispatching = false;
              event.#currentTarget = null;
              event.#phase = NONE;
            }
          } catch (err) {
            reportLater(err);
          }
          event.#inPassive = false;
        }
      }
    } finally {
      event.#currentTarget = null;
      event.#phase = NONE;
      event.#dispatching = false;
    }
    return !(event.#cancelable && event.#canceled);
  }
}

function reportLater(err) {
  globalThis.process.nextTick(() => {
    throw err;
  });
}

for (const [name, value] of [["NONE", NONE], ["CAPTURING_PHASE", CAPTURING_PHASE],
  ["AT_TARGET", AT_TARGET], ["BUBBLING_PHASE", BUBBLING_PHASE]]) {
  const desc = { value, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(Event, name, desc);
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: "Event", configurable: true });
for (const key of ["type", "target", "currentTarget", "srcElement", "cancelable", "defaultPrevented",
  "timeStamp", "returnValue", "bubbles", "composed", "eventPhase", "cancelBubble", "isTrusted",
  "initEvent", "stopImmediatePropagation", "preventDefault", "composedPath", "stopPropagation"]) {
  const d = Object.getOwnPropertyDescriptor(Event.prototype, key);
  d.enumerable = true;
  Object.defineProperty(Event.prototype, key, d);
}
const dispatchEventInternal = Event.dispatch;
delete Event.dispatch;

export class CustomEvent extends Event {
  #detail;
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("type");
    super(type, options);
    this.#detail = options?.detail ?? null;
  }
  get detail() {
    if (!(#detail in this)) throw thisError("CustomEvent");
    return this.#detail;
  }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: "CustomEvent", configurable: true });
Object.defineProperty(CustomEvent.prototype, "detail", {
  ...Object.getOwnPropertyDescriptor(CustomEvent.prototype, "detail"), enumerable: true,
});

// ---- EventTarget -----------------------------------------------------------

function validateListener(listener) {
  if (typeof listener === "function" || typeof listener?.handleEvent === "function") return true;
  if (listener == null) return false;
  if (typeof listener === "object") return true;
  throw new ERR_INVALID_ARG_TYPE("listener", "EventListener", listener);
}

function parseOptions(options) {
  if (typeof options === "boolean") return { capture: options, once: false, passive: false, signal: undefined, resist: false };
  if (options == null) return { capture: false, once: false, passive: false, signal: undefined, resist: false };
  const once = !!options.once;
  const capture = !!options.capture;
  const passive = !!options.passive;
  const signal = options.signal;
  return { capture, once, passive, signal, resist: !!options[kResistStopPropagation] };
}

function typeString(type) {
  if (typeof type === "symbol") {
    const err = new TypeError("Value is a Symbol and cannot be converted to a string.");
    err.code = "ERR_INVALID_ARG_TYPE";
    throw err;
  }
  return `${type}`;
}

function removeRecord(target, type, rec) {
  if (rec.removed) return;
  const map = target[kEvents];
  const list = map.get(type);
  if (list === undefined) return;
  rec.removed = true;
  // rec.next stays as it is so that a dispatch standing on rec goes on.
  if (rec.prev === null) list.first = rec.next;
  else rec.prev.next = rec.next;
  if (rec.next === null) list.last = rec.prev;
  else rec.next.prev = rec.prev;
  list.size--;
  if (list.size === 0) map.delete(type);
  if (rec.onAbort !== undefined) rec.signal.removeEventListener("abort", rec.onAbort);
  target[kRemoveListener]?.(list.size, type, rec.callback, rec.capture);
}

export const kNewListener = Symbol("kNewListener");
export const kRemoveListener = Symbol("kRemoveListener");

export function isEventTarget(value) {
  return value !== null && typeof value === "object" && value[kEvents] instanceof Map;
}

export function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = defaultMaxListenersFn();
  self[kMaxEventTargetListenersWarned] = false;
}

export class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw thisError("EventTarget");
    if (arguments.length < 2) throw new ERR_MISSING_ARGS("type", "listener");
    const { capture, once, passive, signal, resist } = parseOptions(options);
    if (!validateListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = "AddEventListenerArgumentTypeWarning";
      w.target = this;
      w.type = type;
      globalThis.process.emitWarning(w);
      return;
    }
    type = typeString(type);
    validateAbortSignal(signal, "options.signal");
    if (signal?.aborted) return;
    const map = this[kEvents];
    let list = map.get(type);
    if (list === undefined) {
      list = { first: null, last: null, size: 0 };
      map.set(type, list);
    } else {
      for (let r = list.first; r !== null; r = r.next) {
        if (r.callback === listener && r.capture === capture) return;
      }
    }
    const rec = {
      callback: listener, capture, once, passive, resist, removed: false, signal, onAbort: undefined,
      prev: list.last, next: null,
    };
    if (list.last === null) list.first = rec;
    else list.last.next = rec;
    list.last = rec;
    list.size++;
    if (signal !== undefined) {
      rec.onAbort = () => removeRecord(this, type, rec);
      signal.addEventListener("abort", rec.onAbort, { once: true, [kResistStopPropagation]: true });
    }
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && list.size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error(
        `Possible EventTarget memory leak detected. ${list.size} ${String(type)} listeners added to ` +
          `${targetName(this)}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`,
      );
      w.name = "MaxListenersExceededWarning";
      w.target = this;
      w.type = type;
      w.count = list.size;
      globalThis.process.emitWarning(w);
    }
    this[kNewListener]?.(list.size, type, listener, once, capture, passive);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw thisError("EventTarget");
    if (arguments.length < 2) throw new ERR_MISSING_ARGS("type", "listener");
    if (!validateListener(listener)) return;
    type = typeString(type);
    // Node 24 reads only an options object here: removeEventListener(t, f,
    // true) does not match a capture listener there.
    const capture = options?.capture === true;
    const list = this[kEvents].get(type);
    if (list === undefined) return;
    for (let r = list.first; r !== null; r = r.next) {
      if (r.callback === listener && r.capture === capture) {
        removeRecord(this, type, r);
        return;
      }
    }
  }

  [kInspect](depth, options, inspect) {
    if (!isEventTarget(this)) throw thisError("EventTarget");
    return inspectAs(this.constructor?.name ?? "EventTarget", {}, depth, options, inspect);
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw thisError("EventTarget");
    if (arguments.length < 1) throw new ERR_MISSING_ARGS("event");
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE("event", "Event", event);
    return dispatchEventInternal(event, this, this[kEvents].get(event.type));
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: "EventTarget", configurable: true });
EventTarget[Symbol.for("nodejs.event_target")] = true;
for (const key of ["addEventListener", "removeEventListener", "dispatchEvent"]) {
  Object.defineProperty(EventTarget.prototype, key, {
    ...Object.getOwnPropertyDescriptor(EventTarget.prototype, key), enumerable: true,
  });
}

// What util.inspect(target, { depth: -1 }) shows.
function targetName(target) {
  const ctor = target?.constructor?.name;
  const name = typeof ctor === "string" && ctor !== "" ? ctor : "EventTarget";
  try {
    const shown = target[kInspect]?.(-1, {}, undefined);
    if (typeof shown === "string") return shown;
  } catch {
    // fall back to the constructor name
  }
  return `[${name}]`;
}

/** The listeners of `type` on an EventTarget (for events.getEventListeners). */
export function eventTargetListeners(target, type) {
  const list = target[kEvents].get(`${String(type)}`);
  const out = [];
  if (list !== undefined) for (let r = list.first; r !== null; r = r.next) out.push(r.callback);
  return out;
}

/** Names with listeners on an EventTarget. */
export function eventTargetNames(target) {
  return [...target[kEvents].keys()];
}

// ---- NodeEventTarget: an EventTarget with part of EventEmitter's API -----

function checkNodeTarget(self) {
  if (!isEventTarget(self) || !(kIsNodeTarget in self)) throw thisError("NodeEventTarget");
}
const kIsNodeTarget = Symbol("kIsNodeTarget");

export class NodeEventTarget extends EventTarget {
  constructor() {
    super();
    this[kIsNodeTarget] = true;
  }
  setMaxListeners(n) {
    checkNodeTarget(this);
    validateNumber(n, "n", 0);
    this[kMaxEventTargetListeners] = n;
    this[kMaxEventTargetListenersWarned] = false;
  }
  getMaxListeners() {
    checkNodeTarget(this);
    return this[kMaxEventTargetListeners];
  }
  eventNames() {
    checkNodeTarget(this);
    return eventTargetNames(this);
  }
  listenerCount(type) {
    checkNodeTarget(this);
    return this[kEvents].get(`${type}`)?.size ?? 0;
  }
  off(type, listener, options) {
    checkNodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }
  removeListener(type, listener, options) {
    checkNodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }
  on(type, listener) {
    checkNodeTarget(this);
    validateFunction(listener, "listener");
    this.addEventListener(type, listener);
    return this;
  }
  addListener(type, listener) {
    checkNodeTarget(this);
    validateFunction(listener, "listener");
    this.addEventListener(type, listener);
    return this;
  }
  emit(type, arg) {
    checkNodeTarget(this);
    if (typeof type !== "string") throw new ERR_INVALID_ARG_TYPE("type", "string", type);
    const had = this.listenerCount(type) > 0;
    const event = new Event(type);
    Object.defineProperty(event, "detail", { value: arg, enumerable: true, configurable: true });
    this.dispatchEvent(event);
    return had;
  }
  once(type, listener) {
    checkNodeTarget(this);
    validateFunction(listener, "listener");
    this.addEventListener(type, listener, { once: true });
    return this;
  }
  removeAllListeners(type) {
    checkNodeTarget(this);
    const map = this[kEvents];
    const types = type === undefined ? [...map.keys()] : [`${type}`];
    for (const t of types) {
      const list = map.get(t);
      if (list === undefined) continue;
      for (let r = list.first; r !== null; r = r.next) removeRecord(this, t, r);
    }
    return this;
  }
}

/** Validate a max-listeners count the way events.setMaxListeners does. */
export function validateMaxListeners(n, name) {
  if (typeof n !== "number" || n < 0 || Number.isNaN(n)) {
    throw new ERR_OUT_OF_RANGE(name, "a non-negative number", n);
  }
}
