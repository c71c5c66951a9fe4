// MessagePort, MessageChannel, BroadcastChannel, MessageEvent and
// structured clone over the Rust ports (ops/src/message_port.rs) and V8's
// serializer (ops/src/serialize.rs).
import { core } from "ext:core/mod.js";
import {
  op_broadcast_channel_open,
  op_broadcast_channel_post,
  op_host_structured_clone,
  op_message_channel,
  op_message_port_bind,
  op_message_port_close,
  op_message_port_init,
  op_message_port_post,
  op_message_port_receive,
  op_message_port_ref,
  op_message_port_set_context,
  op_message_port_start,
  op_serialize_is_marked,
  op_serialize_mark,
} from "ext:core/ops";
import { codes } from "ext:host/internal/errors.js";
import { DOMException } from "ext:host/internal/dom_exception.js";
import { Event, EventTarget, NodeEventTarget, eventTargetListeners } from "ext:host/internal/event_target.js";
import { triggerUncaughtException } from "ext:host/internal/process/execution.js";

const { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_THIS } = codes;

const MARK_UNCLONEABLE = 1;
const MARK_UNTRANSFERABLE = 2;

export const kId = Symbol("kId");
const kCreate = Symbol("kCreate");
const kRefed = Symbol("kRefed");
const kStarted = Symbol("kStarted");
const kClosed = Symbol("kClosed");
const kListening = Symbol("kListening");
const kWrappers = Symbol("kWrappers");
const kHandlers = Symbol("kHandlers");
// A node-style listener wrapper's direct call: (port, data).
const kNodeCall = Symbol("kNodeCall");
export const kInternal = Symbol("kInternal");

// id -> MessagePort or BroadcastChannel of this isolate. A port that is
// receiving (started) is held strongly; an idle one weakly, and when it is
// collected its Rust end is closed (the peer sees 'close'), as in Node.
const strongPorts = new Map();
const weakPorts = new Map();
const collected = new FinalizationRegistry((id) => {
  if (weakPorts.get(id)?.deref() === undefined && !strongPorts.has(id)) {
    weakPorts.delete(id);
    op_message_port_close(id);
  }
});
const ports = {
  get(id) {
    return strongPorts.get(id) ?? weakPorts.get(id)?.deref();
  },
  set(id, port) {
    weakPorts.set(id, new WeakRef(port));
    collected.register(port, id);
  },
  delete(id) {
    strongPorts.delete(id);
    weakPorts.delete(id);
  },
  hold(id, port, strong) {
    if (strong) strongPorts.set(id, port);
    else strongPorts.delete(id);
  },
};

// Where uncaught errors of listeners go (the worker bootstrap replaces it).
let reportError = (err) => triggerUncaughtException(err, false);
export function setReportError(fn) {
  reportError = fn;
}
/** Route an error nobody caught (as triggerUncaughtException, worker-aware). */
export function reportUncaught(err) {
  reportError(err);
}

let initialized = false;
/** Hand the JS callbacks to Rust; run once per isolate before any port use. */
export function ensurePortsInit() {
  if (initialized) return;
  initialized = true;
  op_message_port_init(portSink, portFactory, DOMException);
}

function portFactory(id) {
  const port = new MessagePort(kCreate);
  port[kId] = id;
  ports.set(id, port);
  return port;
}

/** A MessagePort object for a port id registered by Rust. */
export function portFromId(id) {
  const port = portFactory(id);
  op_message_port_bind(port, id);
  return port;
}

// Rust calls this for every message (kind 0), messageerror (1) and close (2),
// as a macrotask; Node drains nextTicks and microtasks after each.
function portSink(id, kind, value, first) {
  // process.exit() or a fatal error is under way: deliver nothing more.
  if (globalThis.process._exiting) return;
  // Ticks and microtasks queued by the previous macrotask run first.
  if (first) core.runNextTicks();
  const target = ports.get(id);
  if (target !== undefined) {
    try {
      if (kind === 0) {
        if (target[kInternal] !== undefined) target[kInternal](value);
        else dispatchMessage(target, value);
      } else if (kind === 1) {
        target.dispatchEvent(new MessageEvent("messageerror", { data: value }));
      } else {
        ports.delete(id);
        target[kClosed] = true;
        target[kId] = 0;
        target.dispatchEvent(new Event("close"));
      }
    } catch (err) {
      reportError(err);
    }
  }
  core.runNextTicks();
}

function reportLater(err) {
  globalThis.process.nextTick(() => {
    throw err;
  });
}

// 'message' to a port: listeners added with on()/once() get the data
// directly; a MessageEvent is made only when a web-style listener exists.
function dispatchMessage(port, data) {
  const list = eventTargetListeners(port, "message");
  for (let i = 0; i < list.length; i++) {
    if (list[i]?.[kNodeCall] === undefined) {
      port.dispatchEvent(new MessageEvent("message", { data }));
      return;
    }
  }
  for (let i = 0; i < list.length; i++) {
    try {
      list[i][kNodeCall](port, data);
    } catch (err) {
      reportLater(err);
    }
  }
}

// ---- MessageEvent -----------------------------------------------------------

export class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("type");
    super(type, options);
    this.#data = options?.data ?? null;
    this.#origin = options?.origin !== undefined ? `${options.origin}` : "";
    this.#lastEventId = options?.lastEventId !== undefined ? `${options.lastEventId}` : "";
    this.#source = options?.source ?? null;
    this.#ports = options?.ports !== undefined ? [...options.ports] : [];
  }
  get data() {
    if (!(#data in this)) throw new ERR_INVALID_THIS("MessageEvent");
    return this.#data;
  }
  get origin() {
    return this.#origin;
  }
  get lastEventId() {
    return this.#lastEventId;
  }
  get source() {
    return this.#source;
  }
  get ports() {
    return this.#ports;
  }
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, { value: "MessageEvent", configurable: true });
for (const key of ["data", "origin", "lastEventId", "source", "ports"]) {
  Object.defineProperty(MessageEvent.prototype, key, {
    ...Object.getOwnPropertyDescriptor(MessageEvent.prototype, key), enumerable: true,
  });
}

// ---- transfer lists ---------------------------------------------------------

function isIterable(v) {
  return v != null && typeof v[Symbol.iterator] === "function";
}

// postMessage(value, transferList | { transfer }) -> an array (or undefined).
function transferListOf(arg) {
  if (arg === undefined || arg === null) return undefined;
  if (Array.isArray(arg)) return arg;
  if (typeof arg !== "object") {
    throw new ERR_INVALID_ARG_TYPE("transferList", "Iterable", arg);
  }
  if (isIterable(arg)) return [...arg];
  const transfer = arg.transfer;
  if (transfer === undefined || transfer === null) return undefined;
  if (!isIterable(transfer) || typeof transfer === "string") {
    const err = new TypeError("Optional options.transfer argument must be an iterable");
    err.code = "ERR_INVALID_ARG_TYPE";
    throw err;
  }
  return [...transfer];
}

export function postTransferList(arg) {
  if (arg === undefined || arg === null) return undefined;
  if (typeof arg !== "object") {
    const err = new TypeError("Optional transferList argument must be an iterable");
    err.code = "ERR_INVALID_ARG_TYPE";
    throw err;
  }
  if (Array.isArray(arg)) return arg;
  if (isIterable(arg)) return [...arg];
  // The options form: { transfer }.
  const transfer = arg.transfer;
  if (transfer === undefined) return undefined;
  if (!isIterable(transfer) || typeof transfer === "string") {
    const err = new TypeError("Optional options.transfer argument must be an iterable");
    err.code = "ERR_INVALID_ARG_TYPE";
    throw err;
  }
  return [...transfer];
}

/** After a successful transfer: the moved ports are dead here. */
export function detachTransferred(list) {
  if (list === undefined) return;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item instanceof MessagePort && item[kId] !== 0) {
      const id = item[kId];
      ports.delete(id);
      item[kId] = 0;
      item[kClosed] = true;
      item[kStarted] = false;
    }
  }
}

// ---- MessagePort ------------------------------------------------------------

function checkPort(self) {
  if (self === null || typeof self !== "object" || !(kId in self)) throw new ERR_INVALID_THIS("MessagePort");
}

// Start and ref the port when it has 'message' listeners (Node's rule).
function updateListening(port) {
  const listening = eventTargetListeners(port, "message").length > 0;
  if (listening !== port[kListening]) {
    port[kListening] = listening;
    if (listening) {
      port[kRefed] = true;
      setStarted(port, true);
    } else {
      setStarted(port, false);
      port[kRefed] = false;
    }
    syncRef(port);
  }
}

function setStarted(port, started) {
  port[kStarted] = started;
  if (port[kId] !== 0) {
    ports.hold(port[kId], port, started);
    op_message_port_start(port[kId], started);
  }
}

function syncRef(port) {
  if (port[kId] !== 0) op_message_port_ref(port[kId], port[kRefed] && port[kStarted] && !port[kClosed]);
}

function nodeStyle(port, type, listener) {
  let byType = port[kWrappers];
  if (byType === undefined) byType = port[kWrappers] = new Map();
  let byFn = byType.get(type);
  if (byFn === undefined) byType.set(type, (byFn = new Map()));
  let list = byFn.get(listener);
  if (list === undefined) byFn.set(listener, (list = []));
  const wrapper = function (event) {
    return Reflect.apply(listener, this, [event instanceof MessageEvent ? event.data : event?.detail]);
  };
  wrapper.listener = listener;
  wrapper[kNodeCall] = (self, data) => Reflect.apply(listener, self, [data]);
  list.push(wrapper);
  return wrapper;
}

function takeNodeStyle(port, type, listener) {
  const list = port[kWrappers]?.get(type)?.get(listener);
  if (list === undefined || list.length === 0) return undefined;
  const wrapper = list.pop();
  if (list.length === 0) port[kWrappers].get(type).delete(listener);
  return wrapper;
}

export class MessagePort extends NodeEventTarget {
  constructor(token) {
    if (token !== kCreate) {
      const err = new TypeError("Constructor cannot be called");
      err.code = "ERR_CONSTRUCT_CALL_INVALID";
      throw err;
    }
    super();
    this[kId] = 0;
    this[kRefed] = true;
    this[kStarted] = false;
    this[kClosed] = false;
    this[kListening] = false;
    this[kHandlers] = { __proto__: null };
  }

  postMessage(value, transferList) {
    checkPort(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("message");
    const list = postTransferList(transferList);
    if (this[kId] === 0) return;
    op_message_port_post(this[kId], value, list);
    detachTransferred(list);
  }

  start() {
    checkPort(this);
    if (!this[kStarted]) setStarted(this, true);
    syncRef(this);
  }

  close() {
    checkPort(this);
    if (this[kClosed] || this[kId] === 0) return;
    this[kClosed] = true;
    syncRef(this);
    op_message_port_close(this[kId]);
  }

  ref() {
    checkPort(this);
    this[kRefed] = true;
    syncRef(this);
    return this;
  }

  unref() {
    checkPort(this);
    this[kRefed] = false;
    syncRef(this);
    return this;
  }

  hasRef() {
    checkPort(this);
    return this[kId] !== 0 && !this[kClosed] && this[kRefed] && this[kStarted];
  }

  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    if (`${type}` === "message") updateListening(this);
  }

  removeEventListener(type, listener, options) {
    super.removeEventListener(type, listener, options);
    if (`${type}` === "message") updateListening(this);
  }

  // Node's EventEmitter-style API (NodeEventTarget): listeners get the data.
  on(type, listener) {
    if (typeof listener !== "function") throw new ERR_INVALID_ARG_TYPE("listener", "Function", listener);
    this.addEventListener(type, nodeStyle(this, `${type}`, listener));
    return this;
  }
  addListener(type, listener) {
    return this.on(type, listener);
  }
  once(type, listener) {
    if (typeof listener !== "function") throw new ERR_INVALID_ARG_TYPE("listener", "Function", listener);
    const wrapper = nodeStyle(this, `${type}`, listener);
    const self = this;
    const onceWrapper = function (event) {
      self.off(type, listener);
      return Reflect.apply(wrapper, this, [event]);
    };
    onceWrapper[kNodeCall] = (target, data) => {
      self.off(type, listener);
      return Reflect.apply(listener, target, [data]);
    };
    // Keep the pair so off() finds it.
    wrapper.once = onceWrapper;
    this.addEventListener(type, onceWrapper);
    return this;
  }
  off(type, listener) {
    const wrapper = takeNodeStyle(this, `${type}`, listener);
    if (wrapper !== undefined) this.removeEventListener(type, wrapper.once ?? wrapper);
    else this.removeEventListener(type, listener);
    return this;
  }
  removeListener(type, listener) {
    return this.off(type, listener);
  }
  removeAllListeners(type) {
    const types = type === undefined ? eventTargetNamesOf(this) : [`${type}`];
    for (const t of types) {
      for (const l of eventTargetListeners(this, t)) this.removeEventListener(t, l);
      this[kWrappers]?.delete(t);
    }
    return this;
  }
  emit(type, arg) {
    const had = eventTargetListeners(this, `${type}`).length > 0;
    const event = type === "message" || type === "messageerror"
      ? new MessageEvent(type, { data: arg })
      : new Event(type);
    this.dispatchEvent(event);
    return had;
  }
  listenerCount(type) {
    return eventTargetListeners(this, `${type}`).length;
  }
}

function eventTargetNamesOf(target) {
  const names = [];
  for (const t of ["message", "messageerror", "close"]) {
    if (eventTargetListeners(target, t).length > 0) names.push(t);
  }
  return names;
}

function defineEventHandler(proto, name) {
  const key = `on${name}`;
  Object.defineProperty(proto, key, {
    get() {
      return this[kHandlers]?.[name]?.fn ?? null;
    },
    set(fn) {
      const handlers = this[kHandlers];
      const old = handlers[name];
      if (old) {
        this.removeEventListener(name, old.wrapper);
        delete handlers[name];
      }
      if (typeof fn === "function" || (fn !== null && typeof fn === "object")) {
        const wrapper = function (event) {
          return typeof fn === "function" ? Reflect.apply(fn, this, [event]) : undefined;
        };
        handlers[name] = { fn, wrapper };
        this.addEventListener(name, wrapper);
        // Setting onmessage starts the port, as in browsers and Node.
        if (name === "message") this.start?.();
      }
    },
    configurable: true,
    enumerable: true,
  });
}
defineEventHandler(MessagePort.prototype, "message");
defineEventHandler(MessagePort.prototype, "messageerror");

/** An internal port (Worker <-> parent): `onValue(value)` gets each message. */
export function internalPort(id, onValue) {
  const port = portFromId(id);
  port[kInternal] = onValue;
  setStarted(port, true);
  port[kRefed] = false;
  syncRef(port);
  return port;
}

/** Drain an internal port synchronously (at a worker's exit). */
export function drainInternalPort(port) {
  for (;;) {
    if (port[kId] === 0) return;
    const got = op_message_port_receive(port[kId]);
    if (got === undefined) return;
    port[kInternal](got[0]);
  }
}

/** Close a port and forget it (no 'close' event). */
export function disposePort(port) {
  if (port[kId] !== 0) {
    const id = port[kId];
    port[kClosed] = true;
    syncRef(port);
    ports.delete(id);
    port[kId] = 0;
    op_message_port_close(id);
  }
}

export class MessageChannel {
  constructor() {
    ensurePortsInit();
    const a = new MessagePort(kCreate);
    const b = new MessagePort(kCreate);
    const id = op_message_channel(a, b);
    a[kId] = id;
    b[kId] = id + 1;
    ports.set(id, a);
    ports.set(id + 1, b);
    // Plain own properties, as in Node.
    this.port1 = a;
    this.port2 = b;
  }
}

export function receiveMessageOnPort(port) {
  if (port === null || typeof port !== "object" || !(kId in port) || !(port instanceof MessagePort)) {
    throw new ERR_INVALID_ARG_TYPE("port", "MessagePort", port);
  }
  if (port[kId] === 0) return undefined;
  const got = op_message_port_receive(port[kId]);
  return got === undefined ? undefined : { message: got[0] };
}

// ---- BroadcastChannel ------------------------------------------------------

export class BroadcastChannel extends EventTarget {
  #name;
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("name");
    super();
    ensurePortsInit();
    this.#name = `${name}`;
    this[kHandlers] = { __proto__: null };
    this[kRefed] = true;
    this[kStarted] = false;
    this[kClosed] = false;
    this[kListening] = false;
    this[kId] = op_broadcast_channel_open(this.#name);
    ports.set(this[kId], this);
  }
  get name() {
    return this.#name;
  }
  postMessage(message) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS("message");
    if (this[kClosed] || this[kId] === 0) {
      throw new DOMException("BroadcastChannel is closed.", "InvalidStateError");
    }
    op_broadcast_channel_post(this[kId], message);
  }
  close() {
    if (this[kClosed] || this[kId] === 0) return;
    const id = this[kId];
    this[kClosed] = true;
    syncRef(this);
    ports.delete(id);
    this[kId] = 0;
    op_message_port_close(id);
  }
  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    if (`${type}` === "message") updateListening(this);
  }
  removeEventListener(type, listener, options) {
    super.removeEventListener(type, listener, options);
    if (`${type}` === "message") updateListening(this);
  }
  ref() {
    this[kRefed] = true;
    syncRef(this);
    return this;
  }
  unref() {
    this[kRefed] = false;
    syncRef(this);
    return this;
  }
  hasRef() {
    return this[kId] !== 0 && !this[kClosed] && this[kRefed] && this[kStarted];
  }
}
defineEventHandler(BroadcastChannel.prototype, "message");
defineEventHandler(BroadcastChannel.prototype, "messageerror");
// Shown as Node shows it: its name and whether it is open.
Object.defineProperty(BroadcastChannel.prototype, Symbol.for("nodejs.util.inspect.custom"), {
  value(depth, options, inspect) {
    if (depth < 0) return "BroadcastChannel";
    const shown = { name: this.name, active: this[kId] !== 0 && !this[kClosed] };
    return `BroadcastChannel ${inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  },
  configurable: true,
});

// ---- structured clone and marks --------------------------------------------

export function structuredClone(value, options = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS("The value argument must be specified");
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== "object") {
      const err = new TypeError("Failed to execute 'structuredClone': Options is not an object.");
      err.code = "ERR_INVALID_ARG_TYPE";
      throw err;
    }
    const list = options.transfer;
    if (list !== undefined && list !== null) {
      if (!isIterable(list) || typeof list === "string") {
        const err = new TypeError("Failed to execute 'structuredClone': Options.transfer is not iterable.");
        err.code = "ERR_INVALID_ARG_TYPE";
        throw err;
      }
      transfer = [...list];
      for (let i = 0; i < transfer.length; i++) {
        const item = transfer[i];
        if (item === null || (typeof item !== "object" && typeof item !== "function")) {
          const err = new TypeError(`Failed to execute 'structuredClone': transfer in Options[${i}] is not an object.`);
          err.code = "ERR_INVALID_ARG_TYPE";
          throw err;
        }
      }
    }
  }
  ensurePortsInit();
  const clone = op_host_structured_clone(value, transfer);
  detachTransferred(transfer);
  return clone;
}

export function markAsUncloneable(obj) {
  if ((typeof obj !== "object" && typeof obj !== "function") || obj === null) return;
  op_serialize_mark(obj, MARK_UNCLONEABLE);
}

export function markAsUntransferable(obj) {
  if ((typeof obj !== "object" && typeof obj !== "function") || obj === null) return;
  op_serialize_mark(obj, MARK_UNTRANSFERABLE);
}

export function isMarkedAsUntransferable(obj) {
  if ((typeof obj !== "object" && typeof obj !== "function") || obj === null) return false;
  return op_serialize_is_marked(obj, MARK_UNTRANSFERABLE);
}

/**
 * moveMessagePortToContext's first half: a new main-realm port object takes
 * over `port`'s channel (`port` itself becomes unusable; posting to it does
 * nothing) and its messages are made in `sandbox`'s context. Returns
 * undefined when `sandbox` is not a vm context.
 */
export function takeOverPort(port, sandbox) {
  const id = port[kId];
  if (id !== 0 && !op_message_port_set_context(id, sandbox)) return undefined;
  const shadow = new MessagePort(kCreate);
  shadow[kId] = id;
  port[kId] = 0;
  port[kClosed] = true;
  port[kStarted] = false;
  if (id !== 0) {
    ports.delete(id);
    ports.set(id, shadow);
  } else {
    shadow[kClosed] = true;
  }
  return shadow;
}
