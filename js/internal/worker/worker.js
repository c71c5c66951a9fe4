// The Worker class (parent side): options, the thread (ops/src/worker.rs),
// messages through an internal channel, and the exit.
import { core } from "ext:core/mod.js";
import {
  op_module_package_type,
  op_worker_init,
  op_worker_effective_limits,
  op_worker_loop_times,
  op_worker_ref,
  op_worker_spawn,
  op_worker_terminate,
} from "ext:core/ops";
import { EventEmitter } from "ext:host/events.js";
import { Readable } from "ext:host/internal/streams/readable.js";
import { Writable } from "ext:host/internal/streams/writable.js";
import { HeapSnapshotStream } from "ext:host/v8.js";
import { codes } from "ext:host/internal/errors.js";
import { inheritedFdTracking } from "ext:host/internal/worker/fd_tracker.js";
import { preloadsOf, validateExecArgv } from "ext:host/internal/worker/exec_argv.js";
import { resolvePath } from "ext:host/internal/modules/cjs/loader.js";
import {
  detachTransferred,
  disposePort,
  drainInternalPort,
  ensurePortsInit,
  internalPort,
  reportUncaught,
} from "ext:host/internal/worker/io.js";

const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_WORKER_PATH,
  ERR_WORKER_OUT_OF_MEMORY,
  ERR_WORKER_INIT_FAILED,
  ERR_WORKER_NOT_RUNNING,
} = codes;

export const SHARE_ENV = Symbol.for("nodejs.worker_threads.SHARE_ENV");

const kThreadId = Symbol("kThreadId");
const kPublic = Symbol("kPublic");
const kControl = Symbol("kControl");
const kExited = Symbol("kExited");
const kRefed = Symbol("kRefed");
const kLimits = Symbol("kLimits");
const kTerminating = Symbol("kTerminating");
const kStdout = Symbol("kStdout");
const kStderr = Symbol("kStderr");
const kStdin = Symbol("kStdin");
const kRequests = Symbol("kRequests");
const kName = Symbol("kName");

// threadId -> Worker of this isolate.
const workers = new Map();

// setEnvironmentData / getEnvironmentData: cloned into each new worker.
export const environmentData = new Map();

let initialized = false;
export function ensureWorkerInit() {
  if (initialized) return;
  initialized = true;
  ensurePortsInit();
  op_worker_init(onWorkerExit);
}

function isUrlObject(v) {
  return v !== null && typeof v === "object" && typeof v.href === "string" && typeof v.protocol === "string";
}

function fileUrlToPath(url) {
  return decodeURIComponent(url.pathname);
}

function isEsmFile(path) {
  if (path.endsWith(".mjs")) return true;
  if (path.endsWith(".cjs")) return false;
  if (path.endsWith(".js")) return op_module_package_type(path) === "module";
  return false;
}

// What the worker runs: { kind: "file"|"eval"|"url", ... }.
function entryOf(filename, options) {
  if (isUrlObject(filename)) {
    if (filename.protocol === "file:") {
      const path = fileUrlToPath(filename);
      return { kind: "file", path, module: isEsmFile(path) };
    }
    if (filename.protocol === "data:") return { kind: "url", url: filename.href, module: true };
    throw new ERR_INVALID_ARG_VALUE("filename", filename, "must be a file URL object, a data URL object, or a path");
  }
  if (typeof filename !== "string") throw new ERR_INVALID_ARG_TYPE("filename", ["string", "URL"], filename);
  if (options.eval) {
    return { kind: "eval", code: filename, module: options.type === "module" };
  }
  if (!(filename.startsWith("/") || filename.startsWith("./") || filename.startsWith("../"))) {
    throw new ERR_WORKER_PATH(filename);
  }
  const path = resolvePath(filename);
  return { kind: "file", path, module: isEsmFile(path) };
}

function envPairs(env) {
  const pairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value === undefined) continue;
    pairs.push([String(key), String(value)]);
  }
  return pairs;
}

// resourceLimits with every value filled in (V8's defaults for the
// machine where not given), as the worker reports them.
function limitsOf(options) {
  const given = options.resourceLimits;
  const pick = (key) => {
    const v = given !== null && typeof given === "object" ? given[key] : undefined;
    return typeof v === "number" && v > 0 ? v : 0;
  };
  const [young, old, code, stack] = op_worker_effective_limits({
    maxYoungGenerationSizeMb: pick("maxYoungGenerationSizeMb"),
    maxOldGenerationSizeMb: pick("maxOldGenerationSizeMb"),
    codeRangeSizeMb: pick("codeRangeSizeMb"),
    stackSizeMb: pick("stackSizeMb"),
  });
  return { maxYoungGenerationSizeMb: young, maxOldGenerationSizeMb: old, codeRangeSizeMb: code, stackSizeMb: stack };
}

export class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== "object") options = {};
    const entry = entryOf(filename, options);
    if (options.execArgv !== undefined && !Array.isArray(options.execArgv)) {
      throw new ERR_INVALID_ARG_TYPE("options.execArgv", "Array", options.execArgv);
    }
    if (options.argv !== undefined && !Array.isArray(options.argv)) {
      throw new ERR_INVALID_ARG_TYPE("options.argv", "Array", options.argv);
    }
    if (options.name !== undefined && typeof options.name !== "string") {
      throw new ERR_INVALID_ARG_TYPE("options.name", "string", options.name);
    }
    const env = options.env;
    if (env !== undefined && env !== null && env !== SHARE_ENV && typeof env !== "object") {
      throw new ERR_INVALID_ARG_TYPE("options.env", ["object", "undefined", "null", "worker_threads.SHARE_ENV"], env);
    }
    const process = globalThis.process;
    const execArgv = options.execArgv ?? process.execArgv;
    if (options.execArgv) validateExecArgv(options.execArgv);
    ensureWorkerInit();

    const limits = limitsOf(options);
    const label = entry.kind === "file" ? entry.path : "[worker eval]";
    const bootstrap = {
      argv: [process.execPath, label, ...(options.argv ?? []).map((a) => `${a}`)],
      execArgv: execArgv.map(String),
      workerBootstrap: {
        entry,
        name: options.name ?? "",
        resourceLimits: limits,
        // Nested workers inherit this thread's setting.
        trackUnmanagedFds:
          options.trackUnmanagedFds === undefined ? inheritedFdTracking() : options.trackUnmanagedFds !== false,
        // The worker always sends its output here; without `stdout: true`
        // this side forwards it to process.stdout, as Node does.
        stdout: true,
        stderr: true,
        stdin: options.stdin === true,
        preload: preloadsOf(execArgv),
      },
    };
    if (env === SHARE_ENV) {
      // no env: the worker reads and writes the real environment
    } else if (env !== undefined && env !== null) {
      bootstrap.env = envPairs(env);
    } else {
      bootstrap.env = envPairs(process.env);
    }
    const config = { bootstrap, resourceLimits: limits };
    let transfer = options.transferList;
    if (transfer !== undefined && transfer !== null) {
      if (typeof transfer[Symbol.iterator] !== "function") {
        throw new ERR_INVALID_ARG_TYPE("options.transferList", "Array", transfer);
      }
      transfer = [...transfer];
    }
    let ids;
    try {
      ids = op_worker_spawn(JSON.stringify(config), [options.workerData, environmentData], transfer);
      detachTransferred(transfer);
    } catch (err) {
      if (err?.name === "DataCloneError") throw err;
      throw new ERR_WORKER_INIT_FAILED(err?.message ?? String(err));
    }
    const [threadId, publicId, controlId] = ids;
    this[kThreadId] = threadId;
    this[kExited] = false;
    this[kRefed] = true;
    this[kLimits] = limits;
    this[kTerminating] = [];
    this[kStdout] = new Readable({ read() {} });
    this[kStderr] = new Readable({ read() {} });
    if (options.stdout !== true) this[kStdout].on("data", (chunk) => globalThis.process.stdout.write(chunk));
    if (options.stderr !== true) this[kStderr].on("data", (chunk) => globalThis.process.stderr.write(chunk));
    this[kStdin] = null;
    this[kRequests] = new Map();
    this[kName] = options.name ?? "";
    if (options.stdin === true) {
      const worker = this;
      this[kStdin] = new Writable({
        write(chunk, _encoding, callback) {
          if (!worker[kExited]) worker[kControl].postMessage({ type: "stdin", chunk });
          callback();
        },
        final(callback) {
          if (!worker[kExited]) worker[kControl].postMessage({ type: "stdin", end: true });
          callback();
        },
      });
    }
    this[kPublic] = internalPort(publicId, (value) => this.emit("message", value));
    this[kControl] = internalPort(controlId, (msg) => this.#control(msg));
    this[kPublic].on("messageerror", (err) => this.emit("messageerror", err));
    workers.set(threadId, this);
    process.nextTick(() => process.emit("worker", this));
  }

  #control(msg) {
    if (msg === null || typeof msg !== "object") return;
    if (msg.type === "stdio") {
      (msg.fd === 2 ? this[kStderr] : this[kStdout]).push(msg.chunk);
    } else if (msg.type === "reply") {
      const pending = this[kRequests].get(msg.id);
      this[kRequests].delete(msg.id);
      pending?.resolve(msg.value);
    } else if (msg.type === "online") {
      this.emit("online");
    } else if (msg.type === "error") {
      const error = "symbol" in msg ? Symbol(msg.symbol) : msg.error;
      if (msg.props && error !== null && typeof error === "object") {
        for (const [key, value, enumerable] of msg.props) {
          if (error[key] === value && !enumerable) continue;
          try {
            Object.defineProperty(error, key, { value, writable: true, configurable: true, enumerable });
          } catch {
            // a non-configurable property
          }
        }
      }
      this.emit("error", error);
    }
  }

  get threadId() {
    return this[kExited] ? -1 : this[kThreadId];
  }

  get resourceLimits() {
    if (this[kExited]) return {};
    return { ...this[kLimits] };
  }

  postMessage(value, transferList) {
    if (arguments.length === 0) {
      const err = new TypeError('The "message" argument must be specified');
      err.code = "ERR_MISSING_ARGS";
      throw err;
    }
    if (this[kExited]) return;
    this[kPublic].postMessage(value, transferList);
  }

  terminate(callback) {
    if (typeof callback === "function") {
      globalThis.process.emitWarning(
        "Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.",
        "DeprecationWarning",
        "DEP0132",
      );
      this.once("exit", (code) => callback(null, code));
    }
    if (this[kExited]) return Promise.resolve();
    return new Promise((resolve) => {
      this[kTerminating].push(resolve);
      op_worker_terminate(this[kThreadId]);
    });
  }

  ref() {
    if (this[kExited]) return;
    this[kRefed] = true;
    op_worker_ref(this[kThreadId], true);
  }

  unref() {
    if (this[kExited]) return;
    this[kRefed] = false;
    op_worker_ref(this[kThreadId], false);
  }

  // Without `stdout: true` / `stderr: true` what arrives here is also
  // written to this process's stdout/stderr.
  get stdout() {
    return this[kStdout];
  }
  get stderr() {
    return this[kStderr];
  }
  get stdin() {
    return this[kStdin];
  }

  get performance() {
    const id = this[kThreadId];
    const self = this;
    return {
      eventLoopUtilization(u1, u2) {
        let idle = 0;
        let active = 0;
        if (!self[kExited]) [idle, active] = op_worker_loop_times(id);
        if (u2 !== undefined) {
          idle = u1.idle - u2.idle;
          active = u1.active - u2.active;
        } else if (u1 !== undefined) {
          idle -= u1.idle;
          active -= u1.active;
        }
        const total = idle + active;
        return { idle, active, utilization: total > 0 ? active / total : 0 };
      },
    };
  }

  // Asks the worker, which answers when its event loop next runs.
  #ask(what) {
    if (this[kExited]) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    let id = 1;
    while (this[kRequests].has(id)) id++;
    return new Promise((resolve, reject) => {
      this[kRequests].set(id, { resolve, reject });
      this[kControl].postMessage({ type: "request", id, what });
    });
  }

  getHeapSnapshot(options) {
    if (options !== undefined && (options === null || typeof options !== "object")) {
      throw new ERR_INVALID_ARG_TYPE("options", "object", options);
    }
    return this.#ask("heapSnapshot").then((bytes) => new HeapSnapshotStream(bytes));
  }

  getHeapStatistics() {
    return this.#ask("heapStatistics");
  }

  // { user, system } CPU microseconds of the worker's thread, or the
  // difference from `prev`.
  cpuUsage(prev) {
    if (prev !== undefined) {
      if (prev === null || typeof prev !== "object") throw new ERR_INVALID_ARG_TYPE("prev", "object", prev);
      for (const key of ["user", "system"]) {
        if (typeof prev[key] !== "number") throw new ERR_INVALID_ARG_TYPE(`prev.${key}`, "number", prev[key]);
      }
    }
    return this.#ask("cpuUsage").then(([user, system]) =>
      prev === undefined ? { user, system } : { user: user - prev.user, system: system - prev.system });
  }

  get threadName() {
    return this[kExited] ? null : this[kName];
  }

}


// The worker's thread ended (Rust, as a macrotask on this thread).
function onWorkerExit(threadId, code, oom) {
  if (globalThis.process._exiting) return;
  const worker = workers.get(threadId);
  if (worker !== undefined) {
    workers.delete(threadId);
    try {
      drainInternalPort(worker[kControl]);
      drainInternalPort(worker[kPublic]);
    } catch (err) {
      reportUncaught(err);
      // The process is ending (an unhandled 'error'): no 'exit' event.
      if (globalThis.process._exiting) return;
    }
    disposePort(worker[kControl]);
    disposePort(worker[kPublic]);
    worker[kExited] = true;
    worker[kStdout].push(null);
    worker[kStderr].push(null);
    for (const pending of worker[kRequests].values()) pending.reject(new ERR_WORKER_NOT_RUNNING());
    worker[kRequests].clear();
    try {
      if (oom) worker.emit("error", new ERR_WORKER_OUT_OF_MEMORY("JS heap out of memory"));
      worker.emit("exit", code);
    } catch (err) {
      reportUncaught(err);
      if (globalThis.process._exiting) return;
    }
    for (const resolve of worker[kTerminating]) resolve(code);
    worker[kTerminating] = [];
  }
  core.runNextTicks();
}

