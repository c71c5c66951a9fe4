// The worker side: what a worker isolate runs instead of a main script
// (js/internal/bootstrap/main.js calls Symbol.for("host.workerBootstrap")).
import { arrowMessage, setEvalSource, triggerUncaughtException } from "ext:host/internal/process/execution.js";
import { core } from "ext:core/mod.js";
import {
  op_fs_exists,
  op_module_compile_function,
  op_v8_heap_snapshot,
  op_worker_take_init,
  op_worker_thread_cpu_usage,
} from "ext:core/ops";
import { getHeapStatistics } from "ext:host/v8.js";
import { E, codes } from "ext:host/internal/errors.js";
import { inspect } from "ext:host/internal/util/inspect.js";

E("ERR_WORKER_UNSUPPORTED_OPERATION", "%s is not supported in workers", TypeError);
import { makeEvalRequire, pathToFileUrl, resolvePath, runMainCjs } from "ext:host/internal/modules/cjs/loader.js";
import { ensurePortsInit, internalPort, portFromId, setReportError } from "ext:host/internal/worker/io.js";
import { environmentData, ensureWorkerInit } from "ext:host/internal/worker/worker.js";
import { Readable } from "ext:host/internal/streams/readable.js";
import { Writable } from "ext:host/internal/streams/writable.js";
import { setFdTracking } from "ext:host/internal/worker/fd_tracker.js";

/** What require('worker_threads') reports in this isolate. */
export const threadState = {
  isMainThread: true,
  parentPort: null,
  workerData: null,
  threadId: 0,
  resourceLimits: {},
  threadName: "",
  isInternalThread: false,
};

// require('worker_threads') holds these as plain values (set in the
// worker before user code runs).
let publish = () => {};
export function onThreadStateChange(fn) {
  publish = fn;
}
function publishThreadState() {
  publish(threadState);
}

let control = null;
let fatal = false;

// What structured clone drops from a thrown object but the parent should
// see: its own properties as [key, value, enumerable] (functions and
// symbols cannot travel).
function ownProps(err) {
  if (err === null || typeof err !== "object") return undefined;
  const props = [];
  for (const key of Object.getOwnPropertyNames(err)) {
    if (key === "stack" || key === "message" || key === "cause") continue;
    const desc = Object.getOwnPropertyDescriptor(err, key);
    if (!("value" in desc)) continue;
    const v = desc.value;
    if (typeof v === "function" || typeof v === "symbol") continue;
    props.push([key, v, desc.enumerable]);
  }
  if (err instanceof Error && !Object.hasOwn(err, "name") && typeof err.name === "string") {
    props.push(["name", err.name, false]);
  }
  return props.length > 0 ? props : undefined;
}

// The worker's uncaught exception: to the parent's 'error', then exit 1.
// Values structured clone cannot carry arrive as Node sends them: a
// symbol as a symbol of the same description, anything else inspected.
function workerFatal(err) {
  if (fatal) return;
  fatal = true;
  const process = globalThis.process;
  const attempts = typeof err === "symbol"
    ? [() => ({ type: "error", symbol: err.description })]
    : [
      () => ({ type: "error", error: err, props: ownProps(err) }),
      () => ({ type: "error", error: err }),
      () => ({ type: "error", error: inspect(err) }),
    ];
  for (const attempt of attempts) {
    try {
      control.postMessage(attempt());
      break;
    } catch {
      // try the next, plainer form
    }
  }
  process.exitCode = 1;
  process.reallyExit(1);
}

// Uncaught errors follow the main thread's rules ('uncaughtException'
// listeners, exit code 7 for a throwing handler); fatal ones reach
// workerFatal through the hook below.
function workerUncaught(err, fromPromise = false) {
  triggerUncaughtException(err, fromPromise);
}

function installWorkerErrorHandling() {
  // Modules that report uncaught errors themselves (execution.js) hand
  // fatal ones to the parent through this hook.
  Object.defineProperty(globalThis, Symbol.for("host.workerFatal"), { value: workerFatal, configurable: true });
  setReportError((err) => workerUncaught(err, false));
  core.setReportExceptionCallback((err) => workerUncaught(err, false));
  core.setUnhandledPromiseRejectionHandler((promise, reason) => {
    const process = globalThis.process;
    const mode = process._unhandledRejectionsMode ?? "throw";
    if (mode === "none") return true;
    const handled = process.emit("unhandledRejection", reason, promise);
    if (handled && mode !== "strict") return true;
    if (mode === "warn" || mode === "warn-with-error-code") return true;
    workerUncaught(reason, true);
    return true;
  });
}


function decorateEvalStack(err) {
  if (!(err instanceof Error) || typeof err.stack !== "string") return;
  const arrow = arrowMessage(err);
  if (arrow === "") return;
  try {
    err.stack = `${arrow}\n${err.stack}`;
  } catch {
    // a read-only stack stays as it is
  }
}

function runEntry(entry) {
  switch (entry.kind) {
    case "file":
      if (entry.module && !op_fs_exists(entry.path)) {
        // Node resolves a worker's file as the CommonJS loader does.
        const err = new Error(`Cannot find module '${entry.path}'`);
        err.code = "MODULE_NOT_FOUND";
        err.requireStack = [];
        workerUncaught(err);
        break;
      }
      if (entry.module) {
        import(pathToFileUrl(entry.path)).catch((err) => workerUncaught(err));
      } else {
        try {
          runMainCjs(entry.path);
        } catch (err) {
          workerUncaught(err);
        }
      }
      break;
    case "url":
      import(entry.url).catch((err) => workerUncaught(err));
      break;
    case "eval": {
      if (entry.module) {
        import(`data:text/javascript,${encodeURIComponent(entry.code)}`).catch((err) => workerUncaught(err));
        break;
      }
      setEvalSource(entry.code);
      const { module, require } = makeEvalRequire(globalThis.process.cwd());
      const define = (name, value) =>
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
      define("require", require);
      define("module", module);
      define("exports", module.exports);
      define("__filename", "[worker eval]");
      define("__dirname", ".");
      try {
        // Compiled with "[worker eval]" as its origin, so stack traces read
        // as in Node.
        const fn = op_module_compile_function(entry.code, "[worker eval]", [
          "exports", "require", "module", "__filename", "__dirname",
        ]);
        Reflect.apply(fn, globalThis, [module.exports, require, module, "[worker eval]", "."]);
      } catch (err) {
        // As in Node, the code's own throw site heads the stack the parent
        // sees.
        decorateEvalStack(err);
        workerUncaught(err);
      }
      break;
    }
  }
}

// process.stdout/stderr go to the parent's worker.stdout/stderr streams
// with `stdout: true` / `stderr: true`; process.stdin reads worker.stdin.
function installStdio(wb, setStdin) {
  const process = globalThis.process;
  const define = (name, value) =>
    Object.defineProperty(process, name, { value, configurable: true, enumerable: true, writable: true });
  for (const [name, fd] of [["stdout", 1], ["stderr", 2]]) {
    if (!wb[name]) continue;
    const stream = new Writable({
      write(chunk, _encoding, callback) {
        control.postMessage({ type: "stdio", fd, chunk: new Uint8Array(chunk) });
        callback();
      },
    });
    stream.isTTY = undefined;
    stream._isStdio = true;
    define(name, stream);
  }
  const stdin = new Readable({ read() {} });

  if (!wb.stdin) stdin.push(null);
  else setStdin(stdin);
  define("stdin", stdin);
}

// What a worker's process object cannot do (it would act on the whole
// process): these throw, as in Node.
function restrictProcess() {
  const process = globalThis.process;
  const unsupported = (what) =>
    function () {
      throw new codes.ERR_WORKER_UNSUPPORTED_OPERATION(what);
    };
  for (const name of ["abort", "chdir", "setuid", "setgid", "seteuid", "setegid", "setgroups", "initgroups"]) {
    process[name] = unsupported(`process.${name}()`);
  }
  const umask = process.umask;
  process.umask = function (mask) {
    if (mask !== undefined) throw new codes.ERR_WORKER_UNSUPPORTED_OPERATION("Setting process.umask()");
    return Reflect.apply(umask, process, []);
  };
}

// The parent's worker.getHeapSnapshot() / getHeapStatistics() / cpuUsage().
function answer(id, what) {
  if (what === "heapSnapshot") {
    const value = op_v8_heap_snapshot();
    control.postMessage({ type: "reply", id, value }, [value.buffer]);
  } else if (what === "heapStatistics") {
    control.postMessage({ type: "reply", id, value: getHeapStatistics() });
  } else if (what === "cpuUsage") {
    control.postMessage({ type: "reply", id, value: op_worker_thread_cpu_usage() });
  }
}

function workerBootstrap(info) {
  const wb = info.workerBootstrap;
  setFdTracking(wb.trackUnmanagedFds !== false);
  restrictProcess();
  ensurePortsInit();
  ensureWorkerInit();
  installWorkerErrorHandling();
  const init = op_worker_take_init();
  const [[workerData, envData], publicId, controlId] = init;
  let stdin = null;
  control = internalPort(controlId, (msg) => {
    if (msg?.type === "stdin" && stdin !== null) {
      if (msg.end) stdin.push(null);
      else stdin.push(msg.chunk);
    } else if (msg?.type === "request") {
      answer(msg.id, msg.what);
    }
  });
  installStdio(wb, (s) => {
    stdin = s;
  });
  const parentPort = portFromId(publicId);
  threadState.isMainThread = false;
  threadState.parentPort = parentPort;
  threadState.workerData = workerData;
  threadState.threadId = info.threadId;
  threadState.resourceLimits = { ...wb.resourceLimits };
  threadState.threadName = wb.name;
  publishThreadState();
  environmentData.clear();
  if (envData instanceof Map) for (const [k, v] of envData) environmentData.set(k, v);
  control.postMessage({ type: "online" });
  const preload = wb.preload ?? { require: [], imports: [] };
  if (preload.require.length > 0) {
    const { require } = makeEvalRequire(globalThis.process.cwd());
    try {
      for (const id of preload.require) require(id.startsWith(".") ? resolvePath(id) : id);
    } catch (err) {
      workerUncaught(err);
      return;
    }
  }
  if (preload.imports.length > 0) {
    const specifier = (s) => (s.startsWith(".") || s.startsWith("/") ? pathToFileUrl(resolvePath(s)) : s);
    Promise.all(preload.imports.map((s) => import(specifier(s)))).then(
      () => runEntry(wb.entry),
      (err) => workerUncaught(err),
    );
    return;
  }
  runEntry(wb.entry);
}

Object.defineProperty(globalThis, Symbol.for("host.workerBootstrap"), {
  value: workerBootstrap,
  writable: true,
  configurable: true,
  enumerable: false,
});
