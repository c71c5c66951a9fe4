// node:child_process - argument normalisation and validation; the
// machinery is in internal/child_process.js.
//
// The command `node` runs on host itself (see README.md, "child_process and
// the `node` command"): a bare `node` program becomes process.execPath, and
// shells and `#!` scripts find a `node` link to host first on their PATH.
// HOST_NODE=/path/to/node makes `node` mean that binary instead.
import { op_process_node_shim } from "ext:core/ops";
import { codes, AbortError, errnoName } from "ext:host/internal/errors.js";
import { nextTick, setTimeout, clearTimeout } from "ext:host/internal/timers.js";
import {
  validateAbortSignal,
  validateArray,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
} from "ext:host/internal/validators.js";
import {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  spawnSync as spawnSyncInternal,
} from "ext:host/internal/child_process.js";
import { decodeBytes } from "ext:host/internal/child_process/pipe_stream.js";

const {
  ERR_CHILD_PROCESS_IPC_REQUIRED,
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
} = codes;

const MAX_BUFFER = 1024 * 1024;
const kEmptyObject = Object.freeze({ __proto__: null });
const kCustomPromisify = Symbol.for("nodejs.util.promisify.custom");

// ---- validation helpers ---------------------------------------------------

function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === "string" && arg.includes("\u0000")) {
    throw new ERR_INVALID_ARG_VALUE(propName, arg, "must be a string without null bytes");
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; ++i) validateArgumentNullCheck(args[i], `${propName}[${i}]`);
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE("timeout", "an unsigned integer", timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === "number" && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE("options.maxBuffer", "a positive number", maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === "string" || typeof killSignal === "number") return convertToValidSignal(killSignal);
  if (killSignal != null) throw new ERR_INVALID_ARG_TYPE("options.killSignal", ["string", "number"], killSignal);
  return undefined;
}

function fileUrlToPath(url) {
  if (url.protocol !== "file:") throw new codes.ERR_INVALID_URL_SCHEME("file");
  if (url.hostname !== "" && url.hostname !== "localhost") throw new codes.ERR_INVALID_FILE_URL_HOST("linux");
  const path = url.pathname;
  if (/%2f/i.test(path)) throw new codes.ERR_INVALID_FILE_URL_PATH("must not include encoded / characters");
  return decodeURIComponent(path);
}

function isURL(value) {
  return value !== null && typeof value === "object" && typeof value.href === "string" && typeof value.protocol === "string" && value.pathname !== undefined;
}

function getValidatedPath(value, name) {
  const path = isURL(value) ? fileUrlToPath(value) : value;
  if (typeof path !== "string" && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(name, ["string", "Buffer", "URL"], value);
  }
  const str = typeof path === "string" ? path : decodeBytes(path, "utf8");
  validateArgumentNullCheck(str, name);
  return str;
}

// ---- the `node` command ---------------------------------------------------

function nodeTarget() {
  const env = globalThis.process.env.HOST_NODE;
  return env ? env : globalThis.process.execPath;
}

let shimCache;
function nodeShimDir() {
  const target = nodeTarget();
  if (shimCache && shimCache[0] === target) return shimCache[1];
  const dir = op_process_node_shim(target);
  shimCache = [target, dir];
  return dir;
}

// ---- spawn ----------------------------------------------------------------

function normalizeSpawnArguments(file, args, options) {
  validateString(file, "file");
  validateArgumentNullCheck(file, "file");
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE("file", file, "cannot be empty");
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== "object") {
    throw new ERR_INVALID_ARG_TYPE("args", "object", args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, "args");
  if (options === undefined) options = kEmptyObject;
  else validateObject(options, "options");

  const cwd = options.cwd != null ? getValidatedPath(options.cwd, "options.cwd") : undefined;
  if (options.detached != null) validateBoolean(options.detached, "options.detached");
  if (options.uid != null) validateInt32(options.uid, "options.uid");
  if (options.gid != null) validateInt32(options.gid, "options.gid");
  if (options.shell != null && typeof options.shell !== "boolean" && typeof options.shell !== "string") {
    throw new ERR_INVALID_ARG_TYPE("options.shell", ["boolean", "string"], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, "options.argv0");
    validateArgumentNullCheck(options.argv0, "options.argv0");
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, "options.windowsHide");
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, "options.windowsVerbatimArguments");
  }
  validateOneOf(options.serialization, "options.serialization", [undefined, "json", "advanced"]);

  if (options.shell) {
    validateArgumentNullCheck(options.shell, "options.shell");
    const command = [file, ...args].join(" ");
    file = typeof options.shell === "string" ? options.shell : "/bin/sh";
    args = ["-c", command];
  }
  if (typeof options.argv0 === "string") args.unshift(options.argv0);
  else args.unshift(file);

  let envPairs;
  if (options.env != null && options.env !== globalThis.process.env) {
    const env = options.env;
    envPairs = [];
    for (const key in env) {
      const value = env[key];
      if (value !== undefined) {
        validateArgumentNullCheck(key, `options.env['${key}']`);
        validateArgumentNullCheck(value, `options.env['${key}']`);
        envPairs.push(`${key}=${value}`);
      }
    }
  }

  // `node` runs on host (or on HOST_NODE).
  let spawnFile = file;
  let nodeShim;
  if (file === "node") spawnFile = nodeTarget();
  else nodeShim = nodeShimDir();

  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file: spawnFile,
    requestedFile: file,
    nodeShim,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) child.emit("error", new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit("error", err);
  }
}

function spawnChild(options) {
  const child = new ChildProcess();
  child.spawn(options);
  return child;
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, "options.signal");
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = spawnChild(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit("error", err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once("exit", () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbortListener = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      nextTick(onAbortListener);
    } else {
      signal.addEventListener("abort", onAbortListener, { once: true });
      child.once("exit", () => signal.removeEventListener("abort", onAbortListener));
    }
  }
  return child;
}

// ---- fork -----------------------------------------------------------------

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case "ignore":
    case "overlapped":
    case "pipe":
      options.push(stdio, stdio, stdio);
      break;
    case "inherit":
      options.push(0, 1, 2);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE("stdio", stdio);
  }
  if (channel) options.push(channel);
  return options;
}

function fork(modulePath, args, options) {
  modulePath = getValidatedPath(modulePath, "modulePath");
  let execArgv;
  if (args == null) {
    args = [];
  } else if (typeof args === "object" && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, "args");
  }
  if (options != null) validateObject(options, "options");
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || globalThis.process.execPath;
  validateArgumentNullCheck(options.execPath, "options.execPath");
  execArgv = options.execArgv || globalThis.process.execArgv;
  validateArgumentsNullCheck(execArgv, "options.execArgv");
  const proc = globalThis.process;
  if (execArgv === proc.execArgv && proc._eval != null) {
    const index = execArgv.lastIndexOf(proc._eval);
    if (index > 0) {
      execArgv = execArgv.slice();
      execArgv.splice(index - 1, 2);
    }
  }
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === "string") {
    options.stdio = stdioStringToArray(options.stdio, "ipc");
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? "pipe" : "inherit", "ipc");
  } else if (!options.stdio.includes("ipc")) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED("options.stdio");
  }
  return spawn(options.execPath, args, options);
}

function _forkChild(fd, serialization) {
  // The child side is set up at start-up (internal/child_process/setup.js).
  void fd;
  void serialization;
}

// ---- exec / execFile ------------------------------------------------------

function normalizeExecArgs(command, options, callback) {
  validateString(command, "command");
  validateArgumentNullCheck(command, "command");
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  options = { __proto__: null, ...options };
  options.shell = typeof options.shell === "string" ? options.shell : true;
  return { file: command, options, callback };
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === "object") {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === "function") {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === "function") callback = options;
  else if (options != null) validateObject(options, "options");
  if (options == null) options = kEmptyObject;
  if (callback != null) validateFunction(callback, "callback");
  if (options.argv0 != null) {
    validateString(options.argv0, "options.argv0");
    validateArgumentNullCheck(options.argv0, "options.argv0");
  }
  return [file, args, options, callback];
}

function isEncoding(enc) {
  const B = globalThis.Buffer;
  if (B && typeof B.isEncoding === "function") return B.isEncoding(enc);
  return typeof enc === "string" && /^(utf-?8|ucs-?2|utf-?16le|latin1|binary|base64|base64url|hex|ascii)$/i.test(enc);
}

function byteLength(str, encoding) {
  const B = globalThis.Buffer;
  if (B) return B.byteLength(str, encoding);
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

function concatBytes(chunks) {
  const B = globalThis.Buffer;
  if (B) return B.concat(chunks);
  let len = 0;
  for (const c of chunks) len += c.length;
  const out = new Uint8Array(len);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

function execFile(file, args, options, callback) {
  ({ 0: file, 1: args, 2: options, 3: callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    __proto__: null,
    encoding: "utf8",
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: "SIGTERM",
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
    argv0: options.argv0,
  });

  const encoding = options.encoding !== "buffer" && isEncoding(options.encoding) ? options.encoding : null;
  const _stdout = [];
  const _stderr = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    let stdout;
    let stderr;
    if (encoding || child.stdout?.readableEncoding) stdout = _stdout.join("");
    else stdout = concatBytes(_stdout);
    if (encoding || child.stderr?.readableEncoding) stderr = _stderr.join("");
    else stderr = concatBytes(_stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(" ")}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? errnoName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    child.stdout?.destroy();
    child.stderr?.destroy();
    exithandler();
  }

  function kill() {
    child.stdout?.destroy();
    child.stderr?.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collect(stream, list, name) {
    if (!stream) return;
    if (encoding) stream.setEncoding(encoding);
    stream.on("data", (chunk) => {
      if (options.maxBuffer === Infinity) {
        list.push(chunk);
        return;
      }
      const enc = stream.readableEncoding;
      const length = enc ? byteLength(chunk, enc) : chunk.length;
      const before = name === "stdout" ? stdoutLen : stderrLen;
      const total = before + length;
      if (name === "stdout") stdoutLen = total;
      else stderrLen = total;
      if (total > options.maxBuffer) {
        const truncatedLen = options.maxBuffer - before;
        list.push(chunk.slice(0, truncatedLen));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        list.push(chunk);
      }
    });
  }
  collect(child.stdout, _stdout, "stdout");
  collect(child.stderr, _stderr, "stderr");

  child.addListener("close", exithandler);
  child.addListener("error", errorhandler);
  return child;
}

function customPromiseExecFunction(orig) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

Object.defineProperty(execFile, kCustomPromisify, {
  enumerable: false,
  get() {
    return customPromiseExecFunction(execFile);
  },
});

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

Object.defineProperty(exec, kCustomPromisify, {
  enumerable: false,
  get() {
    return customPromiseExecFunction(exec);
  },
});

// ---- the synchronous forms ------------------------------------------------

function spawnSync(file, args, options) {
  options = { __proto__: null, maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  getValidStdio(options.stdio || "pipe", true);
  const input = options.input;
  if (input != null && !ArrayBuffer.isView(input) && typeof input !== "string") {
    throw new ERR_INVALID_ARG_TYPE("options.stdio[0]", ["Buffer", "TypedArray", "DataView", "string"], input);
  }
  return spawnSyncInternal(options);
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = "Command failed: ";
    msg += cmd || args.join(" ");
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = genericNodeError(msg, ret);
  }
  return err;
}

function writeStderr(data) {
  const stderr = globalThis.process.stderr;
  stderr.write(data);
}

function execFileSync(file, args, options) {
  ({ 0: file, 1: args, 2: options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) writeStderr(ret.stderr);
  const errArgs = [options.argv0 || file, ...args];
  const err = checkExecSyncError(ret, errArgs);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) writeStderr(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

const child_process = {
  _forkChild,
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};

export { _forkChild, ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync };
export default child_process;
