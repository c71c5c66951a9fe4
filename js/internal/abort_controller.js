// AbortController and AbortSignal over EventTarget.
import { codes } from "ext:host/internal/errors.js";
import { validateUint32 } from "ext:host/internal/validators.js";
import { DOMException } from "ext:host/internal/dom_exception.js";
import {
  Event,
  EventTarget,
  inspectAs,
  kInspect,
  kMaxEventTargetListeners,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
} from "ext:host/internal/event_target.js";
import { Timeout } from "ext:host/internal/timers.js";

const { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } = codes;
const kCreate = Symbol("kCreate");

function webidlTypeError(message) {
  const err = new TypeError(message);
  err.code = "ERR_INVALID_ARG_TYPE";
  return err;
}

function abortReasonDefault() {
  return new DOMException("This operation was aborted", "AbortError");
}

// Composite signals (AbortSignal.any) with abort listeners stay alive
// here until they abort, as their sources only hold them weakly.
const persistent = new Set();

export class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #onabort = null;
  #onabortListener = null;
  #dependents = null; // Set of WeakRef to composite signals
  #sources = null; // the plain signals a composite follows

  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    // Signals have no listener limit unless one is set.
    this[kMaxEventTargetListeners] = 0;
  }
  get aborted() {
    if (!(#aborted in this)) throw new ERR_INVALID_THIS("AbortSignal");
    return this.#aborted;
  }
  get reason() {
    if (!(#aborted in this)) throw new ERR_INVALID_THIS("AbortSignal");
    return this.#reason;
  }
  throwIfAborted() {
    if (!(#aborted in this)) throw new ERR_INVALID_THIS("AbortSignal");
    if (this.#aborted) throw this.#reason;
  }
  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return inspectAs("AbortSignal", { aborted: this.#aborted }, depth, options, inspect);
  }
  get onabort() {
    if (!(#aborted in this)) throw new ERR_INVALID_THIS("AbortSignal");
    return this.#onabort;
  }
  set onabort(value) {
    if (!(#aborted in this)) throw new ERR_INVALID_THIS("AbortSignal");
    const fn = typeof value === "function" || (value !== null && typeof value === "object") ? value : null;
    this.#onabort = fn;
    if (fn !== null && this.#onabortListener === null) {
      // An event handler attribute keeps the position of its first setting.
      this.#onabortListener = (event) => {
        const h = this.#onabort;
        if (typeof h === "function") return Reflect.apply(h, this, [event]);
        if (h !== null && typeof h.handleEvent === "function") return h.handleEvent(event);
      };
      this.addEventListener("abort", this.#onabortListener);
    } else if (fn === null && this.#onabortListener !== null) {
      this.removeEventListener("abort", this.#onabortListener);
      this.#onabortListener = null;
    }
  }

  static abort(reason = abortReasonDefault()) {
    const signal = new AbortSignal(kCreate);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, "delay", false);
    const signal = new AbortSignal(kCreate);
    const timer = new Timeout(() => {
      abortSignal(signal, new DOMException("The operation was aborted due to timeout", "TimeoutError"));
    }, delay, undefined, false, false);
    void timer;
    return signal;
  }

  static any(signals) {
    if (signals === null || typeof signals !== "object" || typeof signals[Symbol.iterator] !== "function") {
      throw webidlTypeError("signals cannot be converted to sequence.");
    }
    signals = [...signals];
    for (let i = 0; i < signals.length; i++) {
      if (!(signals[i] !== null && typeof signals[i] === "object" && #aborted in signals[i])) {
        throw webidlTypeError(`signals[${i}] is not of type AbortSignal.`);
      }
    }
    const result = new AbortSignal(kCreate);
    const sources = [];
    for (const s of signals) {
      if (s.#aborted) {
        result.#aborted = true;
        result.#reason = s.#reason;
        return result;
      }
      if (s.#sources !== null) {
        for (const inner of s.#sources) if (!sources.includes(inner)) sources.push(inner);
      } else if (!sources.includes(s)) {
        sources.push(s);
      }
    }
    result.#sources = sources;
    const ref = new WeakRef(result);
    for (const s of sources) {
      const deps = (s.#dependents ??= new Set());
      deps.add(ref);
      // Drop composites collected without aborting, now and then.
      if (deps.size >= 64 && (deps.size & (deps.size - 1)) === 0) {
        for (const r of deps) if (r.deref() === undefined) deps.delete(r);
      }
    }
    return result;
  }

  [kNewListener](size, type) {
    if (type === "abort" && this.#sources !== null && !this.#aborted) persistent.add(this);
  }

  [kRemoveListener](size, type) {
    if (type === "abort" && size === 0) persistent.delete(this);
  }

  static _abort(signal, reason) {
    if (signal.#aborted) return;
    signal.#aborted = true;
    signal.#reason = reason;
    // Dependents are marked aborted first, then the events fire: the
    // source's, then each dependent's.
    const fire = [];
    if (signal.#dependents !== null) {
      for (const ref of signal.#dependents) {
        const dep = ref.deref();
        if (dep !== undefined && !dep.#aborted) {
          dep.#aborted = true;
          dep.#reason = reason;
          fire.push(dep);
        }
      }
      signal.#dependents = null;
    }
    persistent.delete(signal);
    signal.dispatchEvent(new Event("abort", { [kTrustEvent]: true }));
    for (const dep of fire) {
      persistent.delete(dep);
      dep.#sources = null;
      dep.dispatchEvent(new Event("abort", { [kTrustEvent]: true }));
    }
  }
}
const abortSignal = AbortSignal._abort;
delete AbortSignal._abort;
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: "AbortSignal", configurable: true });
for (const key of ["aborted", "onabort"]) {
  Object.defineProperty(AbortSignal.prototype, key, {
    ...Object.getOwnPropertyDescriptor(AbortSignal.prototype, key), enumerable: true,
  });
}

export { abortSignal };

export class AbortController {
  #signal = undefined;
  get signal() {
    if (!(#signal in this)) throw new ERR_INVALID_THIS("AbortController");
    this.#signal ??= new AbortSignal(kCreate);
    return this.#signal;
  }
  abort(reason = abortReasonDefault()) {
    if (!(#signal in this)) throw new ERR_INVALID_THIS("AbortController");
    abortSignal(this.signal, reason);
  }
  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return inspectAs("AbortController", { signal: this.signal }, depth, options, inspect);
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: "AbortController", configurable: true });
for (const key of ["signal", "abort"]) {
  Object.defineProperty(AbortController.prototype, key, {
    ...Object.getOwnPropertyDescriptor(AbortController.prototype, key), enumerable: true,
  });
}
