// The machinery under child_process: ChildProcess (spawn, exit, kill,
// stdio streams, the parent side of IPC) and spawnSync. Arguments arrive
// here already normalised by js/child_process.js.
import { core } from "ext:core/mod.js";
import { op_process_fd_valid, op_process_kill, op_process_wait, op_spawn, op_spawn_sync } from "ext:core/ops";
import { EventEmitter } from "ext:host/events.js";
import util from "ext:host/util.js";
import { codes, errnoException } from "ext:host/internal/errors.js";
import { clearTimeout, nextTick, setTimeout } from "ext:host/internal/timers.js";
import { signals, signalName } from "ext:host/internal/constants.js";
import { triggerUncaughtException } from "ext:host/internal/process/execution.js";
import { createPipeStream, toBuffer } from "ext:host/internal/child_process/pipe_stream.js";
import { setupChannel } from "ext:host/internal/child_process/ipc_channel.js";

const { ERR_INVALID_ARG_VALUE, ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK, ERR_UNKNOWN_SIGNAL, ERR_INVALID_ARG_TYPE } = codes;

const STDIO_PIPE = -1;
const STDIO_IGNORE = -2;
const STDIO_IPC = -3;

// Errors that spawn() reports through 'error' instead of throwing.
const ASYNC_SPAWN_ERRORS = new Set([13 /* EACCES */, 11 /* EAGAIN */, 24 /* EMFILE */, 23 /* ENFILE */, 2 /* ENOENT */]);

function guard(fn) {
  try {
    fn();
  } catch (err) {
    triggerUncaughtException(err, false);
  }
}

/** Node's ErrnoException for a spawn: "spawn ls ENOENT" + path/spawnargs. */
export function spawnError(errno, syscall, file, args) {
  const err = errnoException(errno, syscall);
  err.path = file;
  err.spawnargs = args.slice(1);
  return err;
}

export function convertToValidSignal(signal) {
  if (typeof signal === "number" && signalName(signal)) return signal;
  if (typeof signal === "string") {
    const n = signals[signal.toUpperCase()];
    if (n) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function toSignalNumberForKill(sig) {
  if (sig === undefined || sig === null) return signals.SIGTERM;
  if (typeof sig === "number") {
    // Node passes numbers through (0 probes); unknown numbers fail in kill.
    if (sig === 0 || signalName(sig)) return sig;
    throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  if (typeof sig === "string") {
    const n = signals[sig];
    if (n === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
    return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(util.inspect(sig));
}

function streamFd(value) {
  if (value === null || typeof value !== "object") return undefined;
  if (typeof value.fd === "number" && value.fd >= 0) return value.fd;
  if (value._handle && typeof value._handle.fd === "number" && value._handle.fd >= 0) return value._handle.fd;
  return undefined;
}

/**
 * Normalise `stdio` into a list of {type, fd?, readable, writable} and the
 * index of the ipc slot. `sync` forbids 'ipc'.
 */
export function getValidStdio(stdio, sync) {
  let ipcIndex;
  if (typeof stdio === "string") {
    switch (stdio) {
      case "ignore":
        stdio = ["ignore", "ignore", "ignore"];
        break;
      case "pipe":
      case "overlapped":
        stdio = ["pipe", "pipe", "pipe"];
        break;
      case "inherit":
        stdio = [0, 1, 2];
        break;
      default:
        throw new ERR_INVALID_ARG_VALUE("stdio", stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE("stdio", stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  const out = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s === null || s === undefined) s = i < 3 ? "pipe" : "ignore";
    if (s === "ignore") {
      out.push({ type: "ignore" });
    } else if (s === "pipe" || s === "overlapped") {
      out.push({ type: "pipe", readable: i === 0, writable: i !== 0 });
    } else if (s === "ipc") {
      if (sync || ipcIndex !== undefined) {
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      ipcIndex = i;
      out.push({ type: "ipc" });
    } else if (s === "inherit") {
      out.push({ type: "fd", fd: i });
    } else if (typeof s === "number") {
      out.push({ type: "fd", fd: s });
    } else if (streamFd(s) !== undefined) {
      out.push({ type: "fd", fd: streamFd(s) });
    } else {
      throw new ERR_INVALID_ARG_VALUE("stdio", s);
    }
  }
  return { stdio: out, ipcIndex };
}

function stdioCodes(stdio) {
  return stdio.map((s) => {
    switch (s.type) {
      case "pipe":
        return STDIO_PIPE;
      case "ipc":
        return STDIO_IPC;
      case "fd":
        return s.fd;
      default:
        return STDIO_IGNORE;
    }
  });
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit("close", subprocess.exitCode, subprocess.signalCode);
  }
}

function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (!stdio) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream.destroyed) continue;
    const state = stream._readableState;
    if (state && state.readableListening) continue;
    if (stream.listenerCount?.("data") > 0 || stream.listenerCount?.("readable") > 0) continue;
    stream.resume();
  }
}

export class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
    this._refed = true;
  }

  // options: {file, args, cwd, envPairs, stdio, detached, uid, gid,
  // serialization, nodeShim, shell}
  spawn(options) {
    if (options === null || typeof options !== "object") {
      throw new ERR_INVALID_ARG_TYPE("options", "Object", options);
    }
    const { stdio, ipcIndex } = getValidStdio(options.stdio ?? "pipe", false);
    const serialization = options.serialization ?? "json";
    let envPairs = options.envPairs;
    if (ipcIndex !== undefined) {
      envPairs = envPairs ? envPairs.slice() : Object.entries(globalThis.process.env).map(([k, v]) => `${k}=${v}`);
      envPairs.push(`NODE_CHANNEL_FD=${ipcIndex}`);
      envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }
    this.spawnfile = options.requestedFile ?? options.file;
    this.spawnargs = options.args ?? [options.file];
    for (const s of stdio) {
      if (s.type === "fd" && !op_process_fd_valid(s.fd)) {
        throw errnoException(9, "spawn");
      }
    }
    const result = op_spawn({
      file: options.file,
      args: this.spawnargs,
      cwd: options.cwd ?? null,
      envs: envPairs ?? null,
      stdio: stdioCodes(stdio),
      detached: !!options.detached,
      uid: options.uid ?? null,
      gid: options.gid ?? null,
      nodeShim: options.nodeShim ?? null,
      shell: !!options.shell,
    });
    const failed = result.errno !== 0;
    if (failed && !ASYNC_SPAWN_ERRORS.has(result.errno)) {
      throw errnoException(result.errno, "spawn");
    }
    if (!failed) this.pid = result.pid;
    const streams = [];
    for (let i = 0; i < stdio.length; i++) {
      const s = stdio[i];
      if (s.type === "pipe") {
        const rid = failed ? null : result.pipes[i];
        const stream = createPipeStream(rid, { readable: i !== 0, writable: true });
        if (i > 0 && !failed) {
          this._closesNeeded++;
          stream.on("close", () => maybeClose(this));
        }
        streams.push(stream);
      } else {
        streams.push(null);
      }
    }
    this.stdin = stdio.length >= 1 && stdio[0].type === "pipe" ? streams[0] : null;
    this.stdout = stdio.length >= 2 && stdio[1].type === "pipe" ? streams[1] : null;
    this.stderr = stdio.length >= 3 && stdio[2].type === "pipe" ? streams[2] : null;
    this.stdio = streams;
    if (failed) {
      // Created on the next tick, like Node's (no caller frames in it).
      nextTick(() => {
        const err = spawnError(result.errno, `spawn ${this.spawnfile}`, this.spawnfile, this.spawnargs);
        this._onSpawnError(err, -result.errno);
      });
      return -result.errno;
    }
    this._handle = { rid: result.rid, pid: result.pid };
    if (ipcIndex !== undefined) {
      this._closesNeeded++;
      setupChannel(this, result.pipes[ipcIndex], serialization, {
        refed: true,
        onClosed: () => maybeClose(this),
      });
    }
    nextTick(() => this.emit("spawn"));
    this._waitPromise = op_process_wait(result.rid);
    if (!this._refed) core.unrefOpPromise(this._waitPromise);
    this._waitPromise.then(([code, sig]) => {
      // In Node a child's IPC EOF ('disconnect') comes before its 'exit'.
      if (!this.connected && !this._disconnectPending) {
        guard(() => this._onExit(code, sig));
        return;
      }
      // The EOF is normally already readable; wait for it (briefly: a
      // grandchild may hold the channel open).
      let fired = false;
      const fire = () => {
        if (fired) return;
        fired = true;
        clearTimeout(timer);
        this.removeListener("disconnect", fire);
        guard(() => this._onExit(code, sig));
      };
      const timer = setTimeout(fire, 50);
      this.on("disconnect", fire);
    });
    return 0;
  }

  _onSpawnError(err, code) {
    this.exitCode = code;
    if (this.stdin) this.stdin.destroy();
    this.emit("error", err);
    nextTick(flushStdio, this);
    maybeClose(this);
  }

  _onExit(code, sig) {
    if (sig >= 0) this.signalCode = signalName(sig) ?? null;
    else this.exitCode = code;
    if (this.stdin) this.stdin.destroy();
    if (this._handle) {
      try {
        core.close(this._handle.rid);
      } catch {
        // closed
      }
      this._handle = null;
    }
    this._waitPromise = null;
    this.emit("exit", this.exitCode, this.signalCode);
    nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = toSignalNumberForKill(sig);
    if (!this._handle) return false;
    const errno = op_process_kill(this._handle.pid, signal);
    if (errno === 0) {
      this.killed = true;
      return true;
    }
    if (errno === 3 /* ESRCH */) return false;
    if (errno === 22 /* EINVAL */ || errno === 38 /* ENOSYS */) throw errnoException(errno, "kill");
    this.emit("error", errnoException(errno, "kill"));
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    this._refed = true;
    if (this._waitPromise) core.refOpPromise(this._waitPromise);
  }

  unref() {
    this._refed = false;
    if (this._waitPromise) core.unrefOpPromise(this._waitPromise);
  }
}

/** Run a child to completion. `options` as for spawn plus input, timeout,
 * maxBuffer, killSignal, encoding. Returns Node's result object. */
export function spawnSync(options) {
  const { stdio } = getValidStdio(options.stdio ?? "pipe", true);
  let input = options.input;
  if (input === undefined || input === null) input = new Uint8Array(0);
  else if (typeof input === "string") input = core.encode(input);
  else if (!(input instanceof Uint8Array)) input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const args = options.args ?? [options.file];
  const res = op_spawn_sync(
    {
      file: options.file,
      args,
      cwd: options.cwd ?? null,
      envs: options.envPairs ?? null,
      stdio: stdioCodes(stdio),
      detached: !!options.detached,
      uid: options.uid ?? null,
      gid: options.gid ?? null,
      nodeShim: options.nodeShim ?? null,
      shell: !!options.shell,
      timeout: options.timeout ?? 0,
      maxBuffer: options.maxBuffer === Infinity ? 0 : (options.maxBuffer ?? 0),
      killSignal: options.killSignal ?? signals.SIGTERM,
    },
    input,
  );
  const result = {};
  const file = options.requestedFile ?? options.file;
  const syscall = `spawnSync ${file}`;
  if (res.pid === 0 && res.errno !== 0) {
    result.error = spawnError(res.errno, syscall, file, args);
    result.status = null;
    result.signal = null;
    result.output = null;
    result.pid = 0;
    result.stdout = undefined;
    result.stderr = undefined;
    return result;
  }
  const output = [];
  for (let i = 0; i < stdio.length; i++) {
    const o = res.output[i];
    if (stdio[i].type === "pipe" && i > 0) {
      let v = toBuffer(o ?? new Uint8Array(0));
      if (options.encoding && options.encoding !== "buffer" && globalThis.Buffer) v = v.toString(options.encoding);
      else if (options.encoding && options.encoding !== "buffer") v = core.decode(o ?? new Uint8Array(0));
      output.push(v);
    } else {
      output.push(null);
    }
  }
  if (res.errno !== 0) result.error = spawnError(res.errno, syscall, file, args);
  result.status = res.signal >= 0 ? null : res.status;
  result.signal = res.signal >= 0 ? (signalName(res.signal) ?? null) : null;
  result.output = output;
  result.pid = res.pid;
  result.stdout = output[1];
  result.stderr = output[2];
  if (result.error) {
    // Node lists error first.
    const { error, ...rest } = result;
    return { error, ...rest };
  }
  return result;
}

export { setupChannel };
