// The IPC channel of a ChildProcess (parent side) or of `process` (child
// side of fork): Node's send()/'message'/disconnect() over an ipc resource
// (ops/src/ipc.rs). json serialization: one `JSON.stringify(msg) + "\n"`
// per message; Rust hands back whole lines only.
//
// Messages whose `cmd` starts with "NODE_" are internal: they go to
// 'internalMessage' and never to 'message' (handle passing, cluster).
import { core } from "ext:core/mod.js";
import { op_ipc_fd, op_ipc_flush, op_ipc_queue_size, op_ipc_read, op_ipc_write } from "ext:core/ops";
import { EventEmitter } from "ext:host/events.js";
import { E, codes, errnoException } from "ext:host/internal/errors.js";
import { nextTick } from "ext:host/internal/timers.js";
import { validateObject } from "ext:host/internal/validators.js";
import { triggerUncaughtException } from "ext:host/internal/process/execution.js";

const { ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE } = codes;

const kHighWater = 65536 * 2;

// serialization: 'advanced' (V8 serializer frames) comes with handle passing;
// until then a channel in that mode refuses to send or parse.
E("ERR_HOST_IPC_ADVANCED_UNSUPPORTED", "serialization: 'advanced' is not supported by this host yet", Error);

function guard(fn) {
  try {
    fn();
  } catch (err) {
    triggerUncaughtException(err, false);
  }
}

function isInternal(message) {
  return (
    message !== null &&
    typeof message === "object" &&
    typeof message.cmd === "string" &&
    message.cmd.length > 5 &&
    message.cmd.startsWith("NODE_")
  );
}

/** `process.channel` / `subprocess.channel`: the handle-like object. */
export class Channel extends EventEmitter {
  #rid;
  #refed = true;
  #refCount = 0;
  #pendingRead = null;
  constructor(rid, refed) {
    super();
    this.#rid = rid;
    this.#refed = refed;
    this.closed = false;
    this.buffering = false;
  }
  get _rid() {
    return this.#rid;
  }
  get fd() {
    return this.closed ? -1 : op_ipc_fd(this.#rid);
  }
  get writeQueueSize() {
    return this.closed ? 0 : op_ipc_queue_size(this.#rid);
  }
  _setPendingRead(p) {
    this.#pendingRead = p;
    if (p && !this.#refed) core.unrefOpPromise(p);
  }
  ref() {
    this.#refed = true;
    if (this.#pendingRead) core.refOpPromise(this.#pendingRead);
  }
  unref() {
    this.#refed = false;
    if (this.#pendingRead) core.unrefOpPromise(this.#pendingRead);
  }
  // Reference counting by 'message'/'disconnect' listeners (child side).
  refCounted() {
    if (++this.#refCount === 1) this.ref();
  }
  unrefCounted() {
    if (this.#refCount > 0 && --this.#refCount === 0) this.unref();
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    try {
      core.close(this.#rid);
    } catch {
      // already closed
    }
  }
}

/**
 * Attach Node's IPC API to `target` (a ChildProcess or `process`).
 * `refed`: whether the open channel keeps the event loop alive (the
 * parent's does; the child's does only while it has listeners).
 * `onClosed`: called once the channel is gone (the parent counts it
 * before 'close').
 */
export function setupChannel(target, rid, serialization, { refed = true, onClosed } = {}) {
  const channel = new Channel(rid, refed);
  let submitted = 0;
  let callbacks = []; // [seq, callback]
  let flushing = false;
  let closeAfterFlush = false;
  let closedNotified = false;

  target.channel = channel;
  Object.defineProperty(target, "_channel", {
    get() {
      return target.channel;
    },
    set(v) {
      target.channel = v;
    },
    configurable: true,
    enumerable: false,
  });
  target.connected = true;
  target._handleQueue = null;
  target._pendingMessage = null;

  function notifyClosed() {
    if (closedNotified) return;
    closedNotified = true;
    onClosed?.();
  }

  // Node counts the channel towards the child's 'close' only when the
  // other side ended it (EOF); a local disconnect() never does.
  let remoteEnded = false;
  function closeChannel() {
    channel.close();
    if (remoteEnded) notifyClosed();
  }

  function fireCallbacks(upTo, err) {
    const due = [];
    const keep = [];
    for (const entry of callbacks) (entry[0] <= upTo || err ? due : keep).push(entry);
    callbacks = keep;
    for (const [, cb] of due) {
      if (typeof cb === "function") cb(err ?? null);
      else if (err) target.emit("error", err);
    }
  }

  function flush() {
    if (flushing || channel.closed) return;
    flushing = true;
    op_ipc_flush(rid).then(
      (written) => {
        flushing = false;
        guard(() => fireCallbacks(written, null));
        if (closeAfterFlush) closeChannel();
      },
      (e) => {
        flushing = false;
        const err = errnoException(e?.errno ?? 32, "write");
        guard(() => fireCallbacks(Infinity, err));
        if (closeAfterFlush) closeChannel();
      },
    );
  }

  let advancedReported = false;
  function deliver(lines) {
    if (serialization === "advanced") {
      if (!advancedReported) {
        advancedReported = true;
        nextTick(() => target.emit("error", new codes.ERR_HOST_IPC_ADVANCED_UNSUPPORTED()));
      }
      return;
    }
    let start = 0;
    for (;;) {
      const end = lines.indexOf("\n", start);
      if (end === -1) break;
      const line = lines.slice(start, end);
      start = end + 1;
      if (line.length === 0) continue;
      const message = JSON.parse(line);
      if (isInternal(message)) nextTick(emitInternal, message);
      else nextTick(emitMessage, message);
    }
  }

  function emitMessage(message) {
    target.emit("message", message, undefined);
  }
  function emitInternal(message) {
    target.emit("internalMessage", message, undefined);
  }

  function readLoop() {
    if (channel.closed) return;
    const p = op_ipc_read(rid);
    channel._setPendingRead(p);
    p.then(
      (lines) => {
        channel._setPendingRead(null);
        if (lines === null) {
          onEof();
          return;
        }
        guard(() => deliver(lines));
        readLoop();
      },
      () => {
        channel._setPendingRead(null);
        onEof();
      },
    );
  }

  function onEof() {
    // The other side went away (or we closed the channel).
    if (!channel.closed) remoteEnded = true;
    if (target.connected) {
      target.connected = false;
      doDisconnect();
    } else if (!channel.closed && !flushing) {
      closeChannel();
    }
  }

  function doDisconnect() {
    target.channel = null;
    target._disconnectPending = true;
    nextTick(() => {
      target._disconnectPending = false;
      guard(() => target.emit("disconnect"));
      if (flushing) closeAfterFlush = true;
      else closeChannel();
    });
  }

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === "function") {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === "function") {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, "options");
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === "function") nextTick(callback, ex);
    else nextTick(() => this.emit("error", ex));
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS("message");
    const t = typeof message;
    if (t !== "string" && t !== "object" && t !== "number" && t !== "boolean") {
      throw new ERR_INVALID_ARG_TYPE("message", ["string", "object", "number", "boolean"], message);
    }
    if (typeof options === "boolean") options = { swallowErrors: options };
    if (handle !== undefined && handle !== null) {
      // Handle passing arrives with the net module (issue 4).
      throw new codes.ERR_INVALID_HANDLE_TYPE();
    }
    if (serialization === "advanced") throw new codes.ERR_HOST_IPC_ADVANCED_UNSUPPORTED();
    const data = JSON.stringify(message) + "\n";
    const r = op_ipc_write(rid, data);
    const seq = ++submitted;
    if (r < 0) {
      const ex = errnoException(-r, "write");
      if (typeof callback === "function") nextTick(callback, ex);
      else if (!options?.swallowErrors) nextTick(() => this.emit("error", ex));
      return false;
    }
    if (r === 0) {
      if (typeof callback === "function") nextTick(callback, null);
      return true;
    }
    callbacks.push([seq, callback]);
    flush();
    return r < kHighWater;
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit("error", new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    doDisconnect();
  };

  target._disconnect = function _disconnect() {
    if (this.connected) this.disconnect();
  };

  readLoop();
  return channel;
}
