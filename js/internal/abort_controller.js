// AbortController and AbortSignal over EventTarget.
import { codes } from "ext:host/internal/errors.js";
import { validateUint32 } from "ext:host/internal/validators.js";
import { DOMException } from "ext:host/internal/dom_exception.js";
import { Event, EventTarget, kResistStopPropagation, kTrustEvent } from "ext:host/internal/event_target.js";
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

export class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #onabort = null;
  #onabortListener = null;

  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
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
    for (const s of signals) {
      if (s.#aborted) {
        result.#aborted = true;
        result.#reason = s.#reason;
        return result;
      }
    }
    const cleanups = [];
    const onAbort = (event) => {
      for (const [s, fn] of cleanups) s.removeEventListener("abort", fn);
      abortSignal(result, event.target.#reason);
    };
    for (const s of signals) {
      s.addEventListener("abort", onAbort, { once: true, [kResistStopPropagation]: true });
      cleanups.push([s, onAbort]);
    }
    return result;
  }

  static _abort(signal, reason) {
    if (signal.#aborted) return;
    signal.#aborted = true;
    signal.#reason = reason;
    signal.dispatchEvent(new Event("abort", { [kTrustEvent]: true }));
  }
}
const abortSignal = AbortSignal._abort;
delete AbortSignal._abort;
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: "AbortSignal", configurable: true });
for (const key of ["aborted", "reason", "onabort", "throwIfAborted"]) {
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
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: "AbortController", configurable: true });
for (const key of ["signal", "abort"]) {
  Object.defineProperty(AbortController.prototype, key, {
    ...Object.getOwnPropertyDescriptor(AbortController.prototype, key), enumerable: true,
  });
}
