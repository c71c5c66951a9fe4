// Minimal EventEmitter; the complete module replaces this file.
import { codes } from "ext:host/internal/errors.js";

export class EventEmitter {
  constructor(opts) {
    EventEmitter.init.call(this, opts);
  }
  static init() {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
  }
  setMaxListeners(n) {
    this._maxListeners = n;
    return this;
  }
  getMaxListeners() {
    return this._maxListeners ?? EventEmitter.defaultMaxListeners;
  }
  emit(type, ...args) {
    const events = this._events;
    const handler = events?.[type];
    if (handler === undefined) {
      if (type === "error") {
        const er = args[0];
        if (er instanceof Error) throw er;
        throw new codes.ERR_UNHANDLED_ERROR(er);
      }
      return false;
    }
    if (typeof handler === "function") {
      Reflect.apply(handler, this, args);
    } else {
      for (const fn of handler.slice()) Reflect.apply(fn, this, args);
    }
    return true;
  }
  _add(type, listener, prepend) {
    if (typeof listener !== "function") throw new codes.ERR_INVALID_ARG_TYPE("listener", "Function", listener);
    if (this._events === undefined) EventEmitter.init.call(this);
    if (this._events.newListener !== undefined) this.emit("newListener", type, listener.listener ?? listener);
    const existing = this._events[type];
    if (existing === undefined) {
      this._events[type] = listener;
      this._eventsCount++;
    } else if (typeof existing === "function") {
      this._events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) existing.unshift(listener);
    else existing.push(listener);
    return this;
  }
  on(type, listener) {
    return this._add(type, listener, false);
  }
  addListener(type, listener) {
    return this._add(type, listener, false);
  }
  prependListener(type, listener) {
    return this._add(type, listener, true);
  }
  once(type, listener) {
    const self = this;
    function wrapper(...args) {
      self.removeListener(type, wrapper);
      return Reflect.apply(listener, this, args);
    }
    wrapper.listener = listener;
    return this._add(type, wrapper, false);
  }
  prependOnceListener(type, listener) {
    const self = this;
    function wrapper(...args) {
      self.removeListener(type, wrapper);
      return Reflect.apply(listener, this, args);
    }
    wrapper.listener = listener;
    return this._add(type, wrapper, true);
  }
  removeListener(type, listener) {
    const list = this._events?.[type];
    if (list === undefined) return this;
    if (list === listener || list.listener === listener) {
      delete this._events[type];
      this._eventsCount--;
      if (this._events.removeListener) this.emit("removeListener", type, listener);
      return this;
    }
    if (typeof list !== "function") {
      const i = list.findLastIndex((l) => l === listener || l.listener === listener);
      if (i >= 0) {
        list.splice(i, 1);
        if (list.length === 1) this._events[type] = list[0];
        if (this._events.removeListener) this.emit("removeListener", type, listener);
      }
    }
    return this;
  }
  off(type, listener) {
    return this.removeListener(type, listener);
  }
  removeAllListeners(type) {
    if (this._events === undefined) return this;
    if (type === undefined) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (this._events[type] !== undefined) {
      delete this._events[type];
      this._eventsCount--;
    }
    return this;
  }
  listeners(type) {
    const list = this._events?.[type];
    if (list === undefined) return [];
    if (typeof list === "function") return [list.listener ?? list];
    return list.map((l) => l.listener ?? l);
  }
  rawListeners(type) {
    const list = this._events?.[type];
    if (list === undefined) return [];
    return typeof list === "function" ? [list] : list.slice();
  }
  listenerCount(type) {
    const list = this._events?.[type];
    if (list === undefined) return 0;
    return typeof list === "function" ? 1 : list.length;
  }
  eventNames() {
    return this._events ? Reflect.ownKeys(this._events) : [];
  }
}
EventEmitter.defaultMaxListeners = 10;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

export default EventEmitter;
