// The IPC channel of a ChildProcess (parent side) or of `process` (child
// side of fork): Node's send()/'message'/disconnect() over an ipc resource
// (ops/src/ipc.rs). json serialization: one `JSON.stringify(msg) + "\n"`
// per message, Rust hands back whole lines only; advanced serialization: a
// 4-byte big-endian length then V8 serializer bytes (ops/src/v8_serializer.rs),
// Rust hands back whole frames. Handles travel as in Node (handles.js).
//
// Messages whose `cmd` starts with "NODE_" are internal: they go to
// 'internalMessage' and never to 'message' (handle passing, cluster).
import { core } from "ext:core/mod.js";
import {
  op_ipc_drop_orphan_fds,
  op_ipc_dup_fd,
  op_ipc_fd,
  op_ipc_flush,
  op_ipc_pending_bytes,
  op_ipc_queue_size,
  op_ipc_read,
  op_ipc_read_frames,
  op_ipc_take_fd,
  op_ipc_write,
  op_ipc_write_with,
  op_net_close_fd,
  op_v8_deserialize,
  op_v8_serialize,
} from "ext:core/ops";
import {
  onHandleControl,
  queueIfHandlePending,
  receiveHandle,
  sendHandle,
  setDup,
} from "ext:host/internal/child_process/handles.js";
import { EventEmitter } from "ext:host/events.js";
import { E, codes, errnoException } from "ext:host/internal/errors.js";
import { nextTick } from "ext:host/internal/timers.js";
import { validateObject } from "ext:host/internal/validators.js";
import { triggerUncaughtException } from "ext:host/internal/process/execution.js";

const { ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE } = codes;

const kHighWater = 65536 * 2;

// A frame the other side sent that cannot be decoded: reported as an error
// on the channel's owner; the messages around it are still delivered.
E("ERR_IPC_MALFORMED_MESSAGE", "Malformed IPC message: %s", Error);
setDup(op_ipc_dup_fd);

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

  function reportMalformed(detail) {
    const err = new codes.ERR_IPC_MALFORMED_MESSAGE(detail);
    nextTick(() => {
      if (target.listenerCount("error") > 0) target.emit("error", err);
      else process.emitWarning(err.message, "IPCWarning");
    });
  }

  function dispatch(message) {
    if (!isInternal(message)) {
      nextTick(emitMessage, message);
      return;
    }
    if (message.cmd === "NODE_HANDLE") {
      // The descriptor came with the first bytes of this message.
      const fd = op_ipc_take_fd(rid);
      receiveHandle(target, message, fd, (msg, handle) => {
        nextTick(() => target.emit(isInternal(msg) ? "internalMessage" : "message", msg, handle));
      });
      return;
    }
    if (message.cmd === "NODE_HANDLE_ACK" || message.cmd === "NODE_HANDLE_NACK") {
      nextTick(() => {
        onHandleControl(target, message);
        target.emit("internalMessage", message, undefined);
      });
      return;
    }
    nextTick(emitInternal, message);
  }

  function deliver(data) {
    decode(data);
    const orphans = op_ipc_drop_orphan_fds(rid);
    if (orphans > 0) reportMalformed(`${orphans} descriptor(s) without a NODE_HANDLE message`);
  }

  function decode(data) {
    if (serialization === "advanced") {
      const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
      let off = 0;
      while (off + 4 <= data.length) {
        const len = view.getUint32(off);
        const payload = data.subarray(off + 4, off + 4 + len);
        off += 4 + len;
        let message;
        try {
          message = op_v8_deserialize(payload, true);
        } catch (e) {
          reportMalformed(e?.message ?? String(e));
          continue;
        }
        dispatch(message);
      }
      return;
    }
    let start = 0;
    for (;;) {
      const end = data.indexOf("\n", start);
      if (end === -1) break;
      const line = data.slice(start, end);
      start = end + 1;
      if (line.length === 0) continue;
      let message;
      try {
        message = JSON.parse(line);
      } catch (e) {
        reportMalformed(e.message);
        continue;
      }
      dispatch(message);
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
    const p = serialization === "advanced" ? op_ipc_read_frames(rid) : op_ipc_read(rid);
    channel._setPendingRead(p);
    p.then(
      (lines) => {
        channel._setPendingRead(null);
        if (lines === null) {
          const cut = channel.closed ? 0 : op_ipc_pending_bytes(rid);
          if (cut > 0) reportMalformed(`the channel ended inside a message (${cut} bytes)`);
          onEof();
          return;
        }
        guard(() => deliver(lines));
        readLoop();
      },
      (e) => {
        channel._setPendingRead(null);
        if (e?.errno) reportMalformed(`bad frame length (${e.message})`);
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
    options ??= {};
    if (handle !== undefined && handle !== null) {
      return sendHandle(this, message, handle, options, callback, (msg, fd) => writeMessage(this, msg, fd, options, callback));
    }
    if (queueIfHandlePending(this, message, options, callback)) return this._handleQueue.length === 1;
    return writeMessage(this, message, -1, options, callback);
  };

  // Encode and write one message (with a descriptor for NODE_HANDLE).
  function writeMessage(self, message, fd, options, callback) {
    let r;
    if (serialization === "advanced") {
      let bytes;
      try {
        bytes = op_v8_serialize(message, true);
      } catch (e) {
        if (fd >= 0) op_net_close_fd(fd);
        throw e;
      }
      r = op_ipc_write_with(rid, bytes, fd);
    } else if (fd >= 0) {
      r = op_ipc_write_with(rid, core.encode(JSON.stringify(message) + "\n"), fd);
    } else {
      r = op_ipc_write(rid, JSON.stringify(message) + "\n");
    }
    const seq = ++submitted;
    if (r < 0) {
      const ex = errnoException(-r, "write");
      if (typeof callback === "function") nextTick(callback, ex);
      else if (!options?.swallowErrors) nextTick(() => self.emit("error", ex));
      return false;
    }
    if (r === 0) {
      if (typeof callback === "function") nextTick(callback, null);
      return true;
    }
    callbacks.push([seq, callback]);
    flush();
    return r < kHighWater;
  }

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
