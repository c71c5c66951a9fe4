// The `process` object: built once per isolate at bootstrap, from the data
// the runtime passes (never at snapshot time).
import { core } from "ext:core/mod.js";
import {
  op_host_exit,
  op_os_chdir,
  op_os_cpu_usage,
  op_os_cwd,
  op_os_env_delete,
  op_os_env_get,
  op_os_env_list,
  op_os_env_set,
  op_os_hrtime,
  op_os_hrtime_ns,
  op_os_ids,
  op_os_kill,
  op_os_rss,
  op_os_set_title,
  op_os_umask,
} from "ext:core/ops";
import { EventEmitter } from "ext:host/events.js";
import { E, codes, fromOpError } from "ext:host/internal/errors.js";
import { nextTick } from "ext:host/internal/timers.js";
import { signals } from "ext:host/internal/constants.js";
import { validateInteger, validateObject, validateString, validateUint32 } from "ext:host/internal/validators.js";
import { createStderr, createStdin, createStdout } from "ext:host/internal/process/stdio.js";
import { emitWarning } from "ext:host/internal/process/warning.js";
import { credentials } from "ext:host/internal/process/credentials.js";
import { isBuiltin, loadBuiltin } from "ext:host/internal/bootstrap/builtins.js";

E("ERR_INVALID_OBJECT_DEFINE_PROPERTY", "%s", TypeError);
E(
  "ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET",
  "`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active",
  Error,
);
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_SIGNAL, ERR_OUT_OF_RANGE, ERR_INVALID_OBJECT_DEFINE_PROPERTY } = codes;

// Node's process is an instance of a function named `process` whose
// prototype inherits from EventEmitter.prototype.
function process() {}
Object.setPrototypeOf(process.prototype, EventEmitter.prototype);
Object.defineProperty(process.prototype, Symbol.toStringTag, {
  value: "process",
  writable: false,
  enumerable: false,
  configurable: true,
});

// The prototype of process.env: plain object behaviour (toString,
// hasOwnProperty, ...) for names that are not variables.
const envProto = Object.create(Object.prototype);

function checkEnvDescriptor(desc) {
  if (desc.get || desc.set) {
    throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY("'process.env' does not accept an accessor(getter/setter) descriptor");
  }
  if (!desc.configurable || !desc.writable || !desc.enumerable || !("value" in desc)) {
    throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
      "'process.env' only accepts a configurable, writable, and enumerable data descriptor",
    );
  }
}

function envKey(key) {
  return typeof key === "symbol" ? undefined : String(key);
}

function process_env_snapshot() {
  const out = {};
  for (const [k, v] of op_os_env_list()) out[k] = v;
  return out;
}

// process.env of the main thread: every access goes to the real environment,
// so child processes and native code see the same values.
function createLiveEnv() {
  // util.inspect(process.env) shows the variables, not the proxy's target.
  const target = Object.create(envProto);
  Object.defineProperty(target, Symbol.for("nodejs.util.inspect.custom"), {
    value(depth, options, inspect) {
      return inspect({ ...process_env_snapshot() }, options);
    },
    enumerable: false,
    configurable: true,
  });
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === "symbol") return Reflect.get(t, key);
      const v = op_os_env_get(key);
      if (v != null) return v;
      return Reflect.get(t, key);
    },
    set(_t, key, value) {
      if (typeof key === "symbol") {
        throw new TypeError("Cannot convert a Symbol value to a string");
      }
      op_os_env_set(key, String(value));
      return true;
    },
    deleteProperty(_t, key) {
      const k = envKey(key);
      if (k !== undefined) op_os_env_delete(k);
      return true;
    },
    has(_t, key) {
      const k = envKey(key);
      return k !== undefined && op_os_env_get(k) != null;
    },
    ownKeys() {
      return op_os_env_list().map((pair) => pair[0]);
    },
    getOwnPropertyDescriptor(_t, key) {
      const k = envKey(key);
      if (k === undefined) return undefined;
      const value = op_os_env_get(k);
      if (value == null) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(_t, key, desc) {
      checkEnvDescriptor(desc);
      if (typeof key === "symbol") return true;
      op_os_env_set(String(key), String(desc.value));
      return true;
    },
  });
}

// process.env of a worker with its own copy: plain data with Node's string
// coercion.
export function createPrivateEnv(pairs) {
  const target = Object.create(envProto);
  for (const [k, v] of pairs) target[k] = v;
  return new Proxy(target, {
    set(t, key, value) {
      if (typeof key === "symbol") throw new TypeError("Cannot convert a Symbol value to a string");
      Object.defineProperty(t, key, { value: String(value), writable: true, enumerable: true, configurable: true });
      return true;
    },
    defineProperty(t, key, desc) {
      checkEnvDescriptor(desc);
      Object.defineProperty(t, key, { value: String(desc.value), writable: true, enumerable: true, configurable: true });
      return true;
    },
  });
}

function hrtime(prev) {
  const [sec, nsec] = op_os_hrtime();
  if (prev !== undefined) {
    if (!Array.isArray(prev)) throw new ERR_INVALID_ARG_TYPE("time", "Array", prev);
    if (prev.length !== 2) throw new ERR_OUT_OF_RANGE("time", "2", prev.length);
    let s = sec - prev[0];
    let n = nsec - prev[1];
    if (n < 0) {
      s -= 1;
      n += 1e9;
    }
    return [s, n];
  }
  return [sec, nsec];
}
hrtime.bigint = () => {
  const [sec, nsec] = op_os_hrtime();
  return BigInt(sec) * 1000000000n + BigInt(nsec);
};

function toSignalNumber(sig) {
  if (typeof sig === "number") return sig;
  const n = typeof sig === "string" && Object.hasOwn(signals, sig) ? signals[sig] : undefined;
  if (n === undefined) {
    const inspect = globalThis[Symbol.for("host.inspect")];
    const shown = sig !== null && typeof sig === "object" && inspect ? inspect(sig, { depth: 0 }) : sig;
    throw new ERR_UNKNOWN_SIGNAL(shown);
  }
  return n;
}

// Keys npm packages look for in process.versions, after what the runtime gave.
function fillVersions(given) {
  const out = { ...given };
  const extra = {
    acorn: "8.15.0", ada: "3.2.4", ares: "1.34.5", brotli: "1.1.0", cjs_module_lexer: "2.1.0", cldr: "47.0",
    icu: "77.1", llhttp: "9.3.0", nghttp2: "1.66.0", openssl: "3.5.1", simdjson: "3.13.0", simdutf: "6.4.2",
    sqlite: "3.50.2", tz: "2025b", undici: "7.11.0", unicode: "16.0", uvwasi: "0.0.21", zlib: "1.3.1", zstd: "1.5.7",
  };
  for (const k of Object.keys(extra)) if (!(k in out)) out[k] = extra[k];
  return out;
}

function checkPrevUsage(value, name) {
  if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE(name, "number", value);
  if (!(value >= 0 && value <= Number.MAX_SAFE_INTEGER)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError(name, value);
  }
}

/** Build `process` for this isolate from the runtime's bootstrap data. */
export function createProcess(info) {
  const proc = new process();
  EventEmitter.init.call(proc);
  const startNs = op_os_hrtime_ns();
  let exitCode;
  let title = info.title ?? "host";
  let stdout, stderr, stdin;

  const define = (name, value) =>
    Object.defineProperty(proc, name, { value, writable: true, configurable: true, enumerable: true });
  const getter = (name, get, set) =>
    Object.defineProperty(proc, name, { get, set, configurable: true, enumerable: true });

  define("version", info.version);
  define("versions", fillVersions(info.versions));
  define("arch", "x64");
  define("platform", "linux");
  define("release", { name: "node", sourceUrl: "", headersUrl: "" });
  define("argv", info.argv.slice());
  define("execArgv", info.execArgv.slice());
  define("argv0", info.argv0);
  define("execPath", info.execPath);
  define("pid", info.pid);
  define("ppid", info.ppid);
  define("env", info.env ? createPrivateEnv(info.env) : createLiveEnv());
  define("config", { target_defaults: {}, variables: { host_arch: "x64", node_shared: false } });
  define("features", { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true, require_module: true, typescript: false });
  define("moduleLoadList", []);
  define("_exiting", false);
  getter("title", () => title, (v) => {
    title = String(v);
    if (info.isMainThread) op_os_set_title(title);
  });
  getter("exitCode", () => exitCode, (code) => {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === "string" && code !== "" && Number.isInteger(+code)) value = +code;
      validateInteger(value, "code");
      code = value | 0;
    } else code = undefined;
    exitCode = code;
  });
  getter("debugPort", () => 9229, () => {});

  define("cwd", function cwd() {
    try {
      return op_os_cwd();
    } catch (e) {
      throw fromOpError(e);
    }
  });
  define("chdir", function chdir(directory) {
    validateString(directory, "directory");
    try {
      op_os_chdir(directory);
    } catch (e) {
      const err = fromOpError(e);
      err.message = err.message.replace(`chdir '${directory}'`, `chdir '${op_os_cwd()}' -> '${directory}'`);
      err.dest = directory;
      err.path = op_os_cwd();
      throw err;
    }
  });
  define("umask", function umask(mask) {
    if (mask === undefined) return op_os_umask(-1);
    if (typeof mask === "string") {
      if (!/^[0-7]+$/.test(mask)) {
        throw new ERR_INVALID_ARG_VALUE("mask", mask, "must be a 32-bit unsigned integer or an octal string");
      }
      mask = parseInt(mask, 8);
    }
    validateUint32(mask, "mask");
    return op_os_umask(mask & 0o777);
  });
  const ids = () => op_os_ids();
  define("getuid", () => ids()[0]);
  define("getgid", () => ids()[1]);
  define("geteuid", () => ids()[2]);
  define("getegid", () => ids()[3]);
  for (const [name, fn] of Object.entries(credentials)) define(name, fn);
  define("hrtime", hrtime);
  define("uptime", () => (op_os_hrtime_ns() - startNs) / 1e9 + (info.uptimeOffset ?? 0));
  define("cpuUsage", function cpuUsage(prev) {
    const [user, system] = op_os_cpu_usage();
    if (prev !== undefined) {
      validateObject(prev, "prevValue");
      checkPrevUsage(prev.user, "prevValue.user");
      checkPrevUsage(prev.system, "prevValue.system");
      return { user: user - prev.user, system: system - prev.system };
    }
    return { user, system };
  });
  const memoryUsage = function memoryUsage() {
    const heap = core.memoryUsage();
    return {
      rss: op_os_rss(),
      heapTotal: heap.heapTotal,
      heapUsed: heap.heapUsed,
      external: heap.external,
      arrayBuffers: heap.external,
    };
  };
  memoryUsage.rss = () => op_os_rss();
  define("memoryUsage", memoryUsage);
  define("resourceUsage", function resourceUsage() {
    const [user, system] = op_os_cpu_usage();
    return { userCPUTime: user, systemCPUTime: system, maxRSS: Math.round(op_os_rss() / 1024) };
  });
  define("nextTick", nextTick);
  define("emitWarning", emitWarning);
  define("kill", function kill(pid, sig = "SIGTERM") {
    if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE("pid", "number", pid);
    const num = toSignalNumber(sig);
    try {
      op_os_kill(pid, num);
    } catch (e) {
      const err = fromOpError(e);
      const out = new Error(`kill ${err.code}`);
      out.errno = err.errno;
      out.code = err.code;
      out.syscall = "kill";
      throw out;
    }
    return true;
  });
  define("reallyExit", function reallyExit(code) {
    op_host_exit(code | 0);
  });
  define("exit", function exit(code) {
    if (code !== undefined) proc.exitCode = code;
    if (!proc._exiting) {
      proc._exiting = true;
      proc.emit("exit", proc.exitCode ?? 0);
    }
    proc.reallyExit(proc.exitCode ?? 0);
  });
  define("abort", function abort() {
    op_os_kill(info.pid, signals.SIGABRT);
  });
  define("binding", function binding(name) {
    throw new Error(`No such module: ${name}`);
  });
  define("setUncaughtExceptionCaptureCallback", function setUncaughtExceptionCaptureCallback(fn) {
    if (fn === null) {
      proc._captureCallback = undefined;
      return;
    }
    if (typeof fn !== "function") throw new ERR_INVALID_ARG_TYPE("fn", ["Function", "null"], fn);
    if (typeof proc._captureCallback === "function") throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
    proc._captureCallback = fn;
  });
  define("hasUncaughtExceptionCaptureCallback", () => typeof proc._captureCallback === "function");
  let sourceMapsEnabled = false;
  define("setSourceMapsEnabled", function setSourceMapsEnabled(val) {
    sourceMapsEnabled = !!val;
  });
  getter("sourceMapsEnabled", () => sourceMapsEnabled);
  define("getBuiltinModule", function getBuiltinModule(id) {
    validateString(id, "id");
    if (!isBuiltin(id)) return undefined;
    return loadBuiltin(id);
  });
  define("ref", function ref(maybeRefable) {
    if (maybeRefable == null) return;
    if (typeof maybeRefable[Symbol.for("nodejs.ref")] === "function") maybeRefable[Symbol.for("nodejs.ref")]();
    else if (typeof maybeRefable.ref === "function") maybeRefable.ref();
  });
  define("unref", function unref(maybeRefable) {
    if (maybeRefable == null) return;
    if (typeof maybeRefable[Symbol.for("nodejs.unref")] === "function") maybeRefable[Symbol.for("nodejs.unref")]();
    else if (typeof maybeRefable.unref === "function") maybeRefable.unref();
  });
  define("loadEnvFile", function loadEnvFile(path = ".env") {
    const file = typeof path === "string" ? path : String(path);
    let text;
    try {
      text = core.ops.op_fs_read_file_utf8(file);
    } catch (e) {
      throw fromOpError(e);
    }
    for (const [k, v] of Object.entries(parseEnvText(text))) {
      if (proc.env[k] === undefined) proc.env[k] = v;
    }
  });
  define("execve", function execve() {
    throw new codes.ERR_FEATURE_UNAVAILABLE_ON_PLATFORM("process.execve");
  });
  define("threadCpuUsage", function threadCpuUsage(prev) {
    return proc.cpuUsage(prev);
  });
  define("allowedNodeEnvironmentFlags", new Set([
    "--enable-source-maps", "--experimental-vm-modules", "--import", "--input-type", "--max-old-space-size",
    "--no-deprecation", "--no-warnings", "--require", "-r", "--stack-size", "--trace-deprecation",
    "--trace-warnings", "--trace-uncaught", "--unhandled-rejections", "--conditions", "-C", "--expose-gc",
  ]));
  define("report", {
    compact: false,
    directory: "",
    filename: "",
    reportOnFatalError: false,
    reportOnSignal: false,
    reportOnUncaughtException: false,
    signal: "SIGUSR2",
    excludeNetwork: false,
    getReport() {
      return { header: { nodejsVersion: info.version, glibcVersionRuntime: "2.35" } };
    },
    writeReport() {
      return "";
    },
  });
  const finalizers = new FinalizationRegistry((held) => held.fn?.(held.ref?.deref?.(), "gc"));
  define("finalization", {
    register(obj, fn) {
      finalizers.register(obj, { fn, ref: undefined }, obj);
    },
    registerBeforeExit(obj, fn) {
      finalizers.register(obj, { fn, ref: undefined }, obj);
    },
    unregister(obj) {
      finalizers.unregister(obj);
    },
  });
  define("getActiveResourcesInfo", () => []);
  define("constrainedMemory", () => 0);
  define("availableMemory", () => 0);

  getter("stdout", () => (stdout ??= createStdout()));
  getter("stderr", () => (stderr ??= createStderr()));
  getter("stdin", () => (stdin ??= createStdin()));

  return proc;
}

// KEY=value lines as dotenv files have them (util.parseEnv's format).
function parseEnvText(text) {
  const out = {};
  const re = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*("(?:\\.|[^"])*"|'[^']*'|`[^`]*`|[^#\n]*)?/gm;
  let m;
  while ((m = re.exec(text)) !== null) {
    let v = (m[2] ?? "").trim();
    const q = v[0];
    if ((q === '"' || q === "'" || q === "`") && v.endsWith(q) && v.length >= 2) {
      v = v.slice(1, -1);
      if (q === '"') v = v.replace(/\\n/g, "\n");
    }
    out[m[1]] = v;
  }
  return out;
}

export { toSignalNumber };
