// node:async_hooks -- AsyncLocalStorage and AsyncResource over V8's
// continuation-preserved embedder data (deno_core's async context), which
// promise reactions carry by themselves; nextTick carries it in deno_core.
// createHook is accepted but its callbacks never run.
import { core } from "ext:core/mod.js";
import { codes, E } from "ext:host/internal/errors.js";
import { validateFunction, validateObject, validateString } from "ext:host/internal/validators.js";

E("ERR_ASYNC_CALLBACK", "%s must be a function", TypeError);
E("ERR_INVALID_ASYNC_ID", "Invalid %s value: %s", RangeError);
const { ERR_ASYNC_CALLBACK, ERR_INVALID_ASYNC_ID } = codes;

const getContext = core.getAsyncContext;
const setContext = core.setAsyncContext;

// ---- ids -----------------------------------------------------------------

let nextAsyncId = 1;
let currentExecutionId = 1;
let currentTriggerId = 0;

function executionAsyncId() {
  return currentExecutionId;
}
function triggerAsyncId() {
  return currentTriggerId;
}
const topLevelResource = {};
let currentResource = topLevelResource;
function executionAsyncResource() {
  return currentResource;
}

// ---- AsyncLocalStorage -----------------------------------------------------

let nextStoreKey = 0;

function withEntry(ctx, key, value) {
  const next = { __proto__: null };
  if (ctx) Object.assign(next, ctx);
  next[key] = { value };
  return next;
}

function runInContext(ctx, fn, thisArg, args) {
  const prev = getContext();
  setContext(ctx);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    setContext(prev);
  }
}

class AsyncLocalStorage {
  #key = `host.als.${nextStoreKey++}`;
  #defaultValue;
  #name;

  constructor(options = {}) {
    validateObject(options, "options");
    this.#defaultValue = options.defaultValue;
    if (options.name !== undefined) this.#name = `${options.name}`;
    else this.#name = "";
  }

  get name() {
    return this.#name;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const ctx = getContext();
    return function runInAsyncScope(fn, ...args) {
      return runInContext(ctx, fn, this, args);
    };
  }

  disable() {
    const ctx = getContext();
    if (ctx && this.#key in ctx) {
      const next = { __proto__: null, ...ctx };
      delete next[this.#key];
      setContext(next);
    }
  }

  getStore() {
    const entry = getContext()?.[this.#key];
    return entry === undefined ? this.#defaultValue : entry.value;
  }

  enterWith(store) {
    setContext(withEntry(getContext(), this.#key, store));
  }

  run(store, callback, ...args) {
    const prev = getContext();
    setContext(withEntry(prev, this.#key, store));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      setContext(prev);
    }
  }

  exit(callback, ...args) {
    return this.run(undefined, callback, ...args);
  }

  withScope(store) {
    const prev = getContext();
    setContext(withEntry(prev, this.#key, store));
    let done = false;
    return {
      __proto__: null,
      [Symbol.dispose]() {
        if (done) return;
        done = true;
        setContext(prev);
      },
    };
  }
}

// ---- AsyncResource -------------------------------------------------------

const kContext = Symbol("kContext");
const kAsyncId = Symbol("asyncId");
const kTriggerId = Symbol("triggerAsyncId");

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, "type");
    let triggerId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== "number") {
      triggerId = opts?.triggerAsyncId === undefined ? executionAsyncId() : opts.triggerAsyncId;
      requireManualDestroy = !!opts?.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerId) || triggerId < -1) {
      throw new ERR_INVALID_ASYNC_ID("triggerAsyncId", triggerId);
    }
    void requireManualDestroy;
    this[kContext] = getContext();
    this[kAsyncId] = ++nextAsyncId;
    this[kTriggerId] = triggerId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const prevExec = currentExecutionId;
    const prevTrigger = currentTriggerId;
    const prevResource = currentResource;
    currentExecutionId = this[kAsyncId];
    currentTriggerId = this[kTriggerId];
    currentResource = this;
    try {
      return runInContext(this[kContext], fn, thisArg, args);
    } finally {
      currentExecutionId = prevExec;
      currentTriggerId = prevTrigger;
      currentResource = prevResource;
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, "fn");
    let resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function (...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    }
    Object.defineProperty(bound, "length", { value: fn.length, configurable: true });
    Object.defineProperty(bound, "name", { value: `bound ${fn.name}`, configurable: true });
    Object.defineProperty(bound, "asyncResource", {
      get() {
        return resource;
      },
      set(v) {
        resource = v;
      },
      configurable: true,
      enumerable: true,
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn?.name;
    return new AsyncResource(type || "bound-anonymous-fn").bind(fn, thisArg);
  }
}

// ---- createHook ------------------------------------------------------------

class AsyncHook {
  constructor(callbacks) {
    for (const name of ["init", "before", "after", "destroy", "promiseResolve"]) {
      const fn = callbacks?.[name];
      if (fn !== undefined && typeof fn !== "function") throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
    }
  }
  enable() {
    return this;
  }
  disable() {
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

const providerNames = [
  "NONE", "DIRHANDLE", "DNSCHANNEL", "ELDHISTOGRAM", "FILEHANDLE", "FILEHANDLECLOSEREQ", "BLOBREADER",
  "FSEVENTWRAP", "FSREQCALLBACK", "FSREQPROMISE", "GETADDRINFOREQWRAP", "GETNAMEINFOREQWRAP",
  "HEAPSNAPSHOT", "HTTP2SESSION", "HTTP2STREAM", "HTTP2PING", "HTTP2SETTINGS", "HTTPINCOMINGMESSAGE",
  "HTTPCLIENTREQUEST", "LOCKS", "JSSTREAM", "JSUDPWRAP", "MESSAGEPORT", "PIPECONNECTWRAP",
  "PIPESERVERWRAP", "PIPEWRAP", "PROCESSWRAP", "PROMISE", "QUERYWRAP", "QUIC_ENDPOINT",
  "QUIC_LOGSTREAM", "QUIC_SESSION", "QUIC_STREAM", "QUIC_UDP", "SHUTDOWNWRAP", "SIGNALWRAP",
  "STATWATCHER", "STREAMPIPE", "TCPCONNECTWRAP", "TCPSERVERWRAP", "TCPWRAP", "TTYWRAP",
  "UDPSENDWRAP", "UDPWRAP", "SIGINTWATCHDOG", "WORKER", "WORKERCPUPROFILE", "WORKERCPUUSAGE",
  "WORKERHEAPPROFILE", "WORKERHEAPSNAPSHOT", "WORKERHEAPSTATISTICS", "WRITEWRAP", "ZLIB",
  "CHECKPRIMEREQUEST", "PBKDF2REQUEST", "KEYPAIRGENREQUEST", "KEYGENREQUEST", "KEYEXPORTREQUEST",
  "ARGON2REQUEST", "CIPHERREQUEST", "DERIVEBITSREQUEST", "HASHREQUEST", "RANDOMBYTESREQUEST",
  "RANDOMPRIMEREQUEST", "SCRYPTREQUEST", "SIGNREQUEST", "TLSWRAP", "VERIFYREQUEST",
];
const asyncWrapProviders = { __proto__: null };
providerNames.forEach((name, i) => {
  asyncWrapProviders[name] = i;
});
Object.freeze(asyncWrapProviders);

export { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId, triggerAsyncId };

export default {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
