// node:timers/promises -- promise forms of setTimeout/setImmediate, an
// async-iterator setInterval and the scheduler object.
import { AbortError, codes } from "ext:host/internal/errors.js";
import { validateAbortSignal, validateBoolean, validateObject } from "ext:host/internal/validators.js";
import { kResistStopPropagation } from "ext:host/internal/event_target.js";
import { core } from "ext:core/mod.js";
import { clearTimeout, Immediate, Timeout } from "ext:host/internal/timers.js";

const { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } = codes;

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Validates the shared options; returns [signal, ref] or throws.
function readOptions(options) {
  validateObject(options, "options");
  const { signal, ref = true } = options;
  validateAbortSignal(signal, "options.signal");
  validateBoolean(ref, "options.ref");
  return [signal, ref];
}

function setTimeout(after, value, options = {}) {
  let signal, ref;
  try {
    [signal, ref] = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortErrorFor(signal));
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const timer = new Timeout(() => {
      if (signal !== undefined) signal.removeEventListener("abort", onAbort);
      resolve(value);
    }, after, undefined, false, ref);
    if (signal !== undefined) {
      onAbort = () => {
        clearTimeout(timer);
        reject(abortErrorFor(signal));
      };
      signal.addEventListener("abort", onAbort, { once: true, [kResistStopPropagation]: true });
    }
  });
  return promise;
}

function setImmediate(value, options = {}) {
  let signal, ref;
  try {
    [signal, ref] = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortErrorFor(signal));
  let onAbort;
  return new Promise((resolve, reject) => {
    const immediate = new Immediate(() => {
      if (signal !== undefined) signal.removeEventListener("abort", onAbort);
      resolve(value);
    }, undefined);
    if (!ref) immediate.unref();
    if (signal !== undefined) {
      onAbort = () => {
        // core's clearImmediate unqueues it and drops its ref.
        core.clearImmediate(immediate);
        reject(abortErrorFor(signal));
      };
      signal.addEventListener("abort", onAbort, { once: true, [kResistStopPropagation]: true });
    }
  });
}

async function* setInterval(after, value, options = {}) {
  validateObject(options, "options");
  const { signal, ref = true } = options;
  validateAbortSignal(signal, "options.signal");
  validateBoolean(ref, "options.ref");
  if (signal?.aborted) throw abortErrorFor(signal);

  let onAbort;
  let interval;
  try {
    let notYielded = 0;
    let wake;
    interval = new Timeout(() => {
      notYielded++;
      if (wake) {
        const w = wake;
        wake = undefined;
        w();
      }
    }, after, undefined, true, ref);
    if (signal !== undefined) {
      onAbort = () => {
        clearTimeout(interval);
        if (wake) {
          const w = wake;
          wake = undefined;
          w();
        }
      };
      signal.addEventListener("abort", onAbort, { once: true, [kResistStopPropagation]: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => {
          wake = resolve;
        });
      }
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw abortErrorFor(signal);
  } finally {
    clearTimeout(interval);
    if (onAbort !== undefined) signal.removeEventListener("abort", onAbort);
  }
}

const kScheduler = Symbol("kScheduler");

class Scheduler {
  constructor(key) {
    if (key !== kScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kScheduler] = true;
  }
  yield() {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS("Scheduler");
    return setImmediate();
  }
  wait(delay, options) {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS("Scheduler");
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = new Scheduler(kScheduler);

export { scheduler, setImmediate, setInterval, setTimeout };
export default { setTimeout, setImmediate, setInterval, scheduler };
