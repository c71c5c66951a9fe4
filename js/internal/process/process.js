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
import { codes, fromOpError } from "ext:host/internal/errors.js";
import { nextTick } from "ext:host/internal/timers.js";
import { signals } from "ext:host/internal/constants.js";
import { validateInteger, validateNumber, validateString } from "ext:host/internal/validators.js";
import { createStderr, createStdin, createStdout } from "ext:host/internal/process/stdio.js";
import { emitWarning } from "ext:host/internal/process/warning.js";

const { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL, ERR_OUT_OF_RANGE } = codes;

// Node's process is an instance of a function named `process` whose
// prototype inherits from EventEmitter.prototype.
function process() {}
Object.setPrototypeOf(process.prototype, EventEmitter.prototype);

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
  const target = {
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      return inspect({ ...process_env_snapshot() }, options);
    },
  };
  return new Proxy(target, {
    get(_t, key) {
      if (typeof key === "symbol") return undefined;
      return op_os_env_get(key) ?? undefined;
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
      if (desc.get || desc.set) throw new TypeError("'process.env' does not accept an accessor(getter/setter) descriptor");
      op_os_env_set(String(key), String(desc.value));
      return true;
    },
  });
}

// process.env of a worker with its own copy: plain data with Node's string
// coercion.
export function createPrivateEnv(pairs) {
  const target = {};
  for (const [k, v] of pairs) target[k] = v;
  return new Proxy(target, {
    set(t, key, value) {
      if (typeof key === "symbol") throw new TypeError("Cannot convert a Symbol value to a string");
      t[key] = String(value);
      return true;
    },
    defineProperty(t, key, desc) {
      t[key] = String(desc.value);
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
  if (typeof sig === "string") {
    const n = signals[sig];
    if (n === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
    return n;
  }
  throw new ERR_INVALID_ARG_TYPE("signal", ["string", "number"], sig);
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
  define("versions", info.versions);
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
      code = value;
    }
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
      err.message = err.message.replace(`chdir '${directory}'`, `chdir ${op_os_cwd()} -> '${directory}'`);
      err.dest = directory;
      err.path = op_os_cwd();
      throw err;
    }
  });
  define("umask", function umask(mask) {
    if (mask === undefined) return op_os_umask(-1);
    if (typeof mask === "string") mask = parseInt(mask, 8);
    validateInteger(mask, "mask", 0, 0o777);
    return op_os_umask(mask);
  });
  const ids = () => op_os_ids();
  define("getuid", () => ids()[0]);
  define("getgid", () => ids()[1]);
  define("geteuid", () => ids()[2]);
  define("getegid", () => ids()[3]);
  define("getgroups", () => [ids()[1]]);
  define("hrtime", hrtime);
  define("uptime", () => (op_os_hrtime_ns() - startNs) / 1e9 + (info.uptimeOffset ?? 0));
  define("cpuUsage", function cpuUsage(prev) {
    const [user, system] = op_os_cpu_usage();
    if (prev) {
      validateNumber(prev.user, "prevValue.user");
      validateNumber(prev.system, "prevValue.system");
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
  define("setUncaughtExceptionCaptureCallback", function (fn) {
    proc._captureCallback = fn;
  });
  define("hasUncaughtExceptionCaptureCallback", () => typeof proc._captureCallback === "function");
  define("setSourceMapsEnabled", () => {});
  define("getActiveResourcesInfo", () => []);
  define("constrainedMemory", () => 0);
  define("availableMemory", () => 0);

  getter("stdout", () => (stdout ??= createStdout()));
  getter("stderr", () => (stderr ??= createStderr()));
  getter("stdin", () => (stdin ??= createStdin()));

  return proc;
}

export { toSignalNumber };
