// node:diagnostics_channel -- named publish/subscribe channels and the
// tracing channel helpers (start/end/asyncStart/asyncEnd/error).
import { codes } from "ext:host/internal/errors.js";
import { validateFunction } from "ext:host/internal/validators.js";

const { ERR_INVALID_ARG_TYPE } = codes;

const channels = new Map();

function checkName(name, argName = "channel") {
  if (typeof name !== "string" && typeof name !== "symbol") {
    throw new ERR_INVALID_ARG_TYPE(argName, ["string", "symbol"], name);
  }
}

function reportLater(err) {
  const process = globalThis.process;
  if (process !== undefined) {
    process.nextTick(() => {
      throw err;
    });
  } else {
    queueMicrotask(() => {
      throw err;
    });
  }
}

// A channel without subscribers or bound stores is a plain Channel; the
// first subscriber (or store) turns it into an ActiveChannel and the last
// one back, as in Node (it shows in inspect output and costs nothing to
// publish to when inactive).
class SafeMap extends Map {}

function activate(ch) {
  if (Object.getPrototypeOf(ch) !== ActiveChannel.prototype) {
    ch._subscribers = [];
    ch._stores = new SafeMap();
    Object.setPrototypeOf(ch, ActiveChannel.prototype);
  }
}

function maybeDeactivate(ch) {
  if (ch._subscribers.length === 0 && ch._stores.size === 0) {
    ch._subscribers = undefined;
    ch._stores = undefined;
    Object.setPrototypeOf(ch, Channel.prototype);
  }
}

export class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    this._index = undefined;
  }

  subscribe(subscription) {
    validateFunction(subscription, "subscription");
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

class ActiveChannel extends Channel {
  subscribe(subscription) {
    validateFunction(subscription, "subscription");
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    const next = this._subscribers.slice();
    next.splice(index, 1);
    this._subscribers = next;
    maybeDeactivate(this);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    maybeDeactivate(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const list = this._subscribers;
    for (let i = 0; i < list.length; i++) {
      try {
        list[i](data, this.name);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const inner = run;
      run = () => {
        let value = data;
        if (typeof transform === "function") {
          try {
            value = transform(data);
          } catch (err) {
            reportLater(err);
            return inner();
          }
        }
        return store.run(value, inner);
      };
    }
    return run();
  }
}

export function channel(name) {
  let ch = channels.get(name);
  if (ch !== undefined) return ch;
  checkName(name);
  ch = new Channel(name);
  channels.set(name, ch);
  return ch;
}

export function hasSubscribers(name) {
  const ch = channels.get(name);
  if (ch === undefined) {
    checkName(name);
    return false;
  }
  return ch.hasSubscribers;
}

export function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

export function unsubscribe(name, subscription) {
  const ch = channels.get(name);
  if (ch === undefined) {
    checkName(name);
    return false;
  }
  return ch.unsubscribe(subscription);
}

const traceEvents = ["start", "end", "asyncStart", "asyncEnd", "error"];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === "string") {
      for (const event of traceEvents) {
        Object.defineProperty(this, event, { value: channel(`tracing:${nameOrChannels}:${event}`) });
      }
    } else if (nameOrChannels !== null && typeof nameOrChannels === "object") {
      for (const event of traceEvents) {
        const ch = nameOrChannels[event];
        if (!(ch instanceof Channel)) {
          throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, "Channel", ch);
        }
        Object.defineProperty(this, event, { value: ch });
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE("nameOrChannels", ["string", "object", "TracingChannel"], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return traceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const onResolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const onReject = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      throw err;
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(onResolve, onReject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, "callback");
    function wrapped(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrapped);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

export function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

export default {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
