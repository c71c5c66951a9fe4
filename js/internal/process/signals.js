// Signal events on `process`: while a listener for 'SIGINT' (etc.) exists
// the signal no longer has its default action; the watcher does not keep
// the event loop alive (Node's signal handles are unref'd).
import { core } from "ext:core/mod.js";
import { op_signal_bind, op_signal_default_action, op_signal_next } from "ext:core/ops";
import { signals } from "ext:host/internal/constants.js";
import { errnoException, fromOpError } from "ext:host/internal/errors.js";
import { triggerUncaughtException } from "ext:host/internal/process/execution.js";

const watchers = new Map();

function isSignal(name) {
  return typeof name === "string" && name.startsWith("SIG") && signals[name] !== undefined;
}

async function watch(process, name, rid) {
  for (;;) {
    const next = op_signal_next(rid);
    core.unrefOpPromise(next);
    if (!(await next)) return;
    if (process.listenerCount(name) > 0) {
      try {
        process.emit(name, name, signals[name]);
      } catch (err) {
        triggerUncaughtException(err, false);
      }
    } else {
      op_signal_default_action(signals[name]);
    }
  }
}

function start(process, name) {
  if (watchers.has(name)) return;
  let rid;
  try {
    rid = op_signal_bind(signals[name]);
  } catch (e) {
    const err = fromOpError(e);
    throw errnoException(-(err.errno ?? 22), "uv_signal_start");
  }
  watchers.set(name, rid);
  watch(process, name, rid);
}

export function installSignalHandling(process) {
  const proto = Object.getPrototypeOf(process);
  for (const method of ["on", "addListener", "prependListener", "once", "prependOnceListener"]) {
    const base = proto[method];
    Object.defineProperty(process, method, {
      value: function (event, listener) {
        if (isSignal(event) && this === process) start(process, event);
        return Reflect.apply(base, this, [event, listener]);
      },
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}
