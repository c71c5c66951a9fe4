// Web Locks: worker_threads.locks and navigator.locks, one LockManager per
// isolate over a lock table shared by every thread of the process
// (ops/src/locks.rs). Rust knows requests by id; this module keeps each
// request's callback and promise. As in Node 24, an isolate grants only its
// own requests: when it makes a request, when one of its locks is released,
// and when Rust wakes it (another thread released or stole a lock).
import { core } from "ext:core/mod.js";
import {
  op_locks_init,
  op_locks_next,
  op_locks_query,
  op_locks_release,
  op_locks_request,
  op_locks_take_stolen,
} from "ext:core/ops";
import { validateAbortSignal, validateFunction } from "ext:host/internal/validators.js";
import { DOMException } from "ext:host/internal/dom_exception.js";
import { threadState } from "ext:host/internal/worker/bootstrap.js";
import { channel } from "ext:host/diagnostics_channel.js";

const PromisePrototypeThen = Function.prototype.call.bind(Promise.prototype.then);
const PromiseResolve = Promise.resolve.bind(Promise);
const isPromise = (value) => core.isPromise(value);

const kName = Symbol("kName");
const kMode = Symbol("kMode");
const kConstructLock = Symbol("kConstructLock");
const kConstructLockManager = Symbol("kConstructLockManager");
const STOLEN = "LOCK_STOLEN";

// Node 24.21 throws these names without having them defined, so what
// surfaces is the TypeError of calling undefined as a constructor.
function notAConstructor(name) {
  return new TypeError(`${name} is not a constructor`);
}

function codedTypeError(message, code) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

// ---- WebIDL conversions (Node's messages) ----------------------------------

function toDOMString(value, context = "Value") {
  if (typeof value === "symbol") {
    throw codedTypeError(`${context} is a Symbol and cannot be converted to a string.`, "ERR_INVALID_ARG_TYPE");
  }
  return `${value}`;
}

function toLockMode(value) {
  const mode = toDOMString(value, "mode");
  if (mode !== "shared" && mode !== "exclusive") {
    throw codedTypeError(`mode '${mode}' is not a valid enum value of type LockMode.`, "ERR_INVALID_ARG_VALUE");
  }
  return mode;
}

// The LockOptions dictionary: members read in name order.
function toLockOptions(value) {
  const options = { ifAvailable: false, mode: "exclusive", signal: undefined, steal: false };
  if (value === undefined || value === null) return options;
  if (typeof value !== "object" && typeof value !== "function") {
    throw codedTypeError("Value cannot be converted to a dictionary", "ERR_INVALID_ARG_TYPE");
  }
  const ifAvailable = value.ifAvailable;
  if (ifAvailable !== undefined) options.ifAvailable = !!ifAvailable;
  const mode = value.mode;
  if (mode !== undefined) options.mode = toLockMode(mode);
  const signal = value.signal;
  if (signal !== undefined) {
    if (signal === null || (typeof signal !== "object" && typeof signal !== "function")) {
      throw codedTypeError("signal is not an object.", "ERR_INVALID_ARG_TYPE");
    }
    options.signal = signal;
  }
  const steal = value.steal;
  if (steal !== undefined) options.steal = !!steal;
  return options;
}

// ---- diagnostics_channel ---------------------------------------------------

let channels;

function publish(which, message) {
  if (channels === undefined) {
    channels = {
      start: channel("locks.request.start"),
      grant: channel("locks.request.grant"),
      miss: channel("locks.request.miss"),
      end: channel("locks.request.end"),
    };
  }
  const ch = channels[which];
  if (ch.hasSubscribers) ch.publish(message);
}

function publishEnd(name, mode, ifAvailable, steal, error) {
  publish("end", { name, mode, ifAvailable, steal, error });
}

// ---- the requests of this isolate ------------------------------------------

// id -> request: pending, then held until its callback's result settles.
const requests = new Map();
let initialized = false;

function noop() {}

// Node also settles an internal "waiting" promise with the callback's
// result; a thenable result sees its then() called for it first.
function settleWaiting(result) {
  if (result !== null && (typeof result === "object" || typeof result === "function")) {
    PromisePrototypeThen(new Promise((resolve) => resolve(result)), undefined, noop);
  }
}

function enqueue(name, clientId, mode, steal, ifAvailable, callback) {
  if (!initialized) {
    initialized = true;
    op_locks_init(onWake);
  }
  const id = op_locks_request(name, mode === "shared", steal, ifAvailable);
  let resolve, reject;
  const released = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  requests.set(id, { name, mode, clientId, steal, callback, resolve, reject, stolen: false });
  processQueue();
  return released;
}

function markStolen(request) {
  if (request.stolen) return;
  request.stolen = true;
  request.reject(new Error(STOLEN));
}

function takeStolen() {
  const ids = op_locks_take_stolen();
  for (let i = 0; i < ids.length; i++) {
    const request = requests.get(ids[i]);
    if (request !== undefined) markStolen(request);
  }
}

// Release lock `id`; settle its request unless the lock was stolen.
function finishRelease(id, value, rejected) {
  const request = requests.get(id);
  if (request === undefined) return;
  requests.delete(id);
  if (op_locks_release(id, request.name)) markStolen(request);
  if (!request.stolen) {
    if (rejected) request.reject(value);
    else request.resolve(value);
  }
}

function release(id, value, rejected) {
  finishRelease(id, value, rejected);
  processQueue();
}

// Settle this isolate's requests that can be settled now, oldest first.
// Node runs the queue again, nested, each time a callback returns a plain
// value (its lock is released at once); `depth` counts those levels
// without using the stack. A level ends after an ifAvailable request that
// could not have its lock or a callback that threw; the level above it
// goes on.
function processQueue() {
  let depth = 0;
  for (;;) {
    const next = op_locks_next();
    if (next === 0) return;
    if (next < 0) {
      // ifAvailable and not available: the callback gets null, no lock.
      const request = requests.get(-next);
      requests.delete(-next);
      let result;
      let threw = false;
      try {
        result = request.callback(null);
      } catch (err) {
        threw = true;
        request.reject(err);
      }
      if (!threw) {
        const promise = isPromise(result);
        if (promise) PromisePrototypeThen(result, request.resolve, request.reject);
        settleWaiting(result);
        if (!promise) request.resolve(result);
      }
      if (depth === 0) return;
      depth--;
      continue;
    }
    const id = next;
    const request = requests.get(id);
    if (request.steal) takeStolen();
    let result;
    try {
      result = request.callback(request);
    } catch (err) {
      // As in Node 24: the request rejects and the lock stays held.
      request.reject(err);
      if (depth === 0) return;
      depth--;
      continue;
    }
    if (isPromise(result)) {
      PromisePrototypeThen(
        result,
        (value) => release(id, value, false),
        (err) => release(id, err, true),
      );
      settleWaiting(result);
    } else {
      settleWaiting(result);
      finishRelease(id, result, false);
      depth++;
    }
  }
}

// Rust's wake-up macrotask: another thread released or stole a lock.
function onWake() {
  const process = globalThis.process;
  if (process?._exiting) return;
  core.runNextTicks();
  takeStolen();
  processQueue();
  core.runNextTicks();
}

function convertLockError(error) {
  if (error?.message === STOLEN) {
    return new DOMException("The operation was aborted", "AbortError");
  }
  return error;
}

function createLock(info) {
  return info === null ? null : new Lock(kConstructLock, info.name, info.mode);
}

// ---- Lock and LockManager --------------------------------------------------

export class Lock {
  constructor(token = undefined, name, mode) {
    if (token !== kConstructLock) throw notAConstructor("ERR_ILLEGAL_CONSTRUCTOR");
    this[kName] = name;
    this[kMode] = mode;
  }

  get name() {
    if (this instanceof Lock) return this[kName];
    throw notAConstructor("ERR_INVALID_THIS");
  }

  get mode() {
    if (this instanceof Lock) return this[kMode];
    throw notAConstructor("ERR_INVALID_THIS");
  }
}

Object.defineProperties(Lock.prototype, {
  name: { enumerable: true },
  mode: { enumerable: true },
  [Symbol.toStringTag]: { value: "Lock", writable: false, enumerable: false, configurable: true },
});

function requestWithSignal(name, clientId, mode, steal, ifAvailable, signal, callback) {
  return new Promise((resolve, reject) => {
    let granted = false;
    const onAbort = () => {
      if (!granted) reject(signal.reason || new DOMException("The operation was aborted", "AbortError"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
    const wrapped = (info) =>
      PromisePrototypeThen(PromiseResolve(), () => {
        if (signal.aborted) return undefined;
        granted = true;
        publish("grant", { name, mode });
        return callback(createLock(info));
      });
    const cleanup = () => signal.removeEventListener("abort", onAbort);
    try {
      const released = enqueue(name, clientId, mode, steal, ifAvailable, wrapped);
      PromisePrototypeThen(
        PromisePrototypeThen(
          released,
          (result) => {
            publishEnd(name, mode, ifAvailable, steal, undefined);
            resolve(result);
          },
          (error) => {
            const converted = convertLockError(error);
            publishEnd(name, mode, ifAvailable, steal, converted);
            reject(converted);
          },
        ),
        cleanup,
        cleanup,
      );
    } catch (error) {
      cleanup();
      const converted = convertLockError(error);
      publishEnd(name, mode, ifAvailable, steal, converted);
      reject(converted);
    }
  });
}

export class LockManager {
  constructor(token = undefined) {
    if (token !== kConstructLockManager) throw notAConstructor("ERR_ILLEGAL_CONSTRUCTOR");
  }

  async request(name, options, callback = undefined) {
    if (callback === undefined) {
      callback = options;
      options = undefined;
    }
    name = toDOMString(name);
    validateFunction(callback, "callback");
    if (typeof options === "function") options = undefined;
    const { ifAvailable, mode, signal, steal } = toLockOptions(options);
    validateAbortSignal(signal, "options.signal");
    if (signal) signal.throwIfAborted();
    if (name[0] === "-") {
      throw new DOMException("Lock name may not start with hyphen", "NotSupportedError");
    }
    if (ifAvailable && steal) {
      throw new DOMException("ifAvailable and steal are mutually exclusive", "NotSupportedError");
    }
    if (mode !== "exclusive" && steal) {
      throw new DOMException('mode: "shared" and steal are mutually exclusive', "NotSupportedError");
    }
    if (signal && (steal || ifAvailable)) {
      throw new DOMException("signal cannot be used with steal or ifAvailable", "NotSupportedError");
    }
    const clientId = `node-${globalThis.process.pid}-${threadState.threadId}`;
    publish("start", { name, mode });

    if (signal) return requestWithSignal(name, clientId, mode, steal, ifAvailable, signal, callback);

    const wrapped = (info) => {
      if (info === null) {
        if (ifAvailable) publish("miss", { name, mode });
      } else {
        publish("grant", { name, mode });
      }
      return callback(createLock(info));
    };
    try {
      const result = await enqueue(name, clientId, mode, steal, ifAvailable, wrapped);
      publishEnd(name, mode, ifAvailable, steal, undefined);
      return result;
    } catch (error) {
      const converted = convertLockError(error);
      publishEnd(name, mode, ifAvailable, steal, converted);
      throw converted;
    }
  }

  async query() {
    if (!(this instanceof LockManager)) throw notAConstructor("ERR_INVALID_THIS");
    const [heldIds, pendingIds] = op_locks_query();
    const info = (id) => {
      const request = requests.get(id);
      return { name: request.name, mode: request.mode, clientId: request.clientId };
    };
    return PromiseResolve({ held: heldIds.map(info), pending: pendingIds.map(info) });
  }
}

Object.defineProperties(LockManager.prototype, {
  request: { enumerable: true },
  query: { enumerable: true },
  [Symbol.toStringTag]: { value: "LockManager", writable: false, enumerable: false, configurable: true },
});

/** The isolate's LockManager: worker_threads.locks and navigator.locks. */
export const locks = new LockManager(kConstructLockManager);
