// Handle passing over the IPC channel, Node's protocol: a NODE_HANDLE
// message carries {type, msg[, key]} and the descriptor as SCM_RIGHTS on the
// same write; the receiver answers NODE_HANDLE_ACK (or NACK when the fd did
// not arrive, and the sender retries up to 3 times); later sends wait in
// _handleQueue until the ACK; a sent socket is closed on our side after the
// ACK unless keepOpen. NODE_SOCKET_* messages let server.getConnections()
// and server.close() count sockets handed to other processes.
import { codes } from "ext:host/internal/errors.js";
import { isNativeHandle, NativeHandle } from "ext:host/internal/net/native_handle.js";
import { Server, Socket } from "ext:host/net.js";
import { Socket as DgramSocket } from "ext:host/dgram.js";

const { ERR_INVALID_HANDLE_TYPE } = codes;
export const MAX_HANDLE_RETRANSMISSIONS = 3;

/** The NODE_HANDLE type of a sendable handle, or throw like Node. */
export function handleType(handle) {
  if (handle instanceof Socket) return "net.Socket";
  if (handle instanceof Server) return "net.Server";
  if (handle instanceof DgramSocket) return "dgram.Socket";
  if (isNativeHandle(handle)) return handle.kind === "udp" ? "dgram.Native" : "net.Native";
  throw new ERR_INVALID_HANDLE_TYPE();
}

function serverKey(server) {
  const a = server.address();
  if (typeof a === "string") return `-1:${a}:-1`;
  if (!a) return "";
  return `${a.family === "IPv6" ? 6 : 4}:${a.address}:${a.port}`;
}

// Parent side of a server's sockets given to one process: asks it for its
// connection count and to report when they are all closed.
class SocketListSend {
  constructor(target, key) {
    this.target = target;
    this.key = key;
  }
  _request(msg, reply, cb) {
    if (!this.target.connected) {
      cb(null, 0);
      return;
    }
    const onMessage = (m) => {
      if (m.cmd === reply && m.key === this.key) {
        this.target.removeListener("internalMessage", onMessage);
        this.target.removeListener("disconnect", onDisconnect);
        cb(null, m.count ?? 0);
      }
    };
    const onDisconnect = () => {
      this.target.removeListener("internalMessage", onMessage);
      cb(null, 0);
    };
    this.target.on("internalMessage", onMessage);
    this.target.once("disconnect", onDisconnect);
    this.target._send({ ...msg, key: this.key }, undefined, true);
  }
  getConnections(cb) {
    this._request({ cmd: "NODE_SOCKET_GET_COUNT" }, "NODE_SOCKET_COUNT", cb);
  }
  close(cb) {
    this._request({ cmd: "NODE_SOCKET_NOTIFY_CLOSE" }, "NODE_SOCKET_ALL_CLOSED", cb);
  }
}

// Child side: tracks the sockets of one remote server and answers queries.
class SocketListReceive {
  constructor(target, key) {
    this.target = target;
    this.key = key;
    this.connections = 0;
    this.closing = false;
    target.on("internalMessage", (m) => {
      if (m.key !== this.key) return;
      if (m.cmd === "NODE_SOCKET_NOTIFY_CLOSE") {
        if (this.connections === 0) this._send("NODE_SOCKET_ALL_CLOSED");
        else this.closing = true;
      } else if (m.cmd === "NODE_SOCKET_GET_COUNT") {
        this._send("NODE_SOCKET_COUNT", { count: this.connections });
      }
    });
  }
  _send(cmd, extra) {
    if (this.target.connected) this.target._send({ cmd, key: this.key, ...extra }, undefined, true);
  }
  add(socket) {
    this.connections++;
    socket.once("close", () => {
      this.connections--;
      if (this.closing && this.connections === 0) {
        this.closing = false;
        this._send("NODE_SOCKET_ALL_CLOSED");
      }
    });
  }
}

function socketList(target, kind, key) {
  const lists = (target._socketLists ??= { send: new Map(), got: new Map() });
  let list = lists[kind].get(key);
  if (!list) {
    list = kind === "send" ? new SocketListSend(target, key) : new SocketListReceive(target, key);
    lists[kind].set(key, list);
  }
  return list;
}

function attachWorkerCounts(server, list) {
  if (server._childLists?.includes(list)) return;
  (server._childLists ??= []).push(list);
  server._getChildConnections = (cb) => {
    let pending = server._childLists.length;
    let total = 0;
    if (pending === 0) return cb(null, 0);
    for (const l of server._childLists) {
      l.getConnections((err, n) => {
        total += n || 0;
        if (--pending === 0) cb(null, total);
      });
    }
  };
}

/**
 * Prepare `handle` for sending: returns the fd to pass (a duplicate we own
 * until the write is done) and fills `message.key` for accepted sockets.
 * `keepOpen`: do not close our copy after the ACK.
 */
export function exportHandle(target, message, handle, options) {
  switch (message.type) {
    case "net.Server":
      return handle._handle ? dupOf(handle) : -1;
    case "net.Socket": {
      if (handle._rid === null || handle._rid === undefined) return -1;
      if (handle.server) {
        message.key = serverKey(handle.server);
        const list = socketList(target, "send", message.key);
        attachWorkerCounts(handle.server, list);
        // Our copy leaves the server's count when it is destroyed after the ACK.
      }
      return dupOf(handle);
    }
    case "dgram.Socket":
      message.dgramType = handle.type;
      return dupOf(handle);
    default:
      return handle.dupFd();
  }
}

function dupOf(obj) {
  const fd = obj._handle?.fd ?? -1;
  if (fd < 0) return -1;
  return core_dup(fd);
}

let dupImpl = null;
/** Installed by the channel: dup an fd (close-on-exec). */
export function setDup(fn) {
  dupImpl = fn;
}
function core_dup(fd) {
  return dupImpl ? dupImpl(fd) : fd;
}

/**
 * After the ACK: our copy of a sent net.Socket goes away unless keepOpen
 * (as in Node, servers and raw handles stay with the sender).
 */
export function afterAck(pending) {
  const { handle, options, wire } = pending;
  if (options?.keepOpen) return;
  if (wire?.type === "net.Socket" && handle instanceof Socket) handle.destroy();
}

/** Turn a received fd into the object of the right class; `emit(obj)` when ready. */
export function importHandle(target, message, fd, emit) {
  switch (message.type) {
    case "net.Server": {
      const server = new Server();
      server.listen({ fd }, () => emit(server));
      return;
    }
    case "net.Socket": {
      const socket = new Socket({ fd, readable: true, writable: true });
      if (message.key) socketList(target, "got", message.key).add(socket);
      emit(socket);
      return;
    }
    case "dgram.Socket": {
      const socket = new DgramSocket(message.dgramType ?? "udp4");
      socket.bind({ fd }, () => emit(socket));
      return;
    }
    case "dgram.Native":
      emit(new NativeHandle({ fd, kind: "udp" }));
      return;
    default:
      emit(new NativeHandle({ fd, kind: "tcp" }));
  }
}

/**
 * The handle half of `_send`: queue behind an unacknowledged handle, else
 * frame {cmd:'NODE_HANDLE', type, msg} and write it with the fd.
 * `write(messageObject, fd)` writes one framed message (fd -1: none) and
 * returns what the channel's plain write returns.
 */
export function sendHandle(target, message, handle, options, callback, write) {
  const wire = { cmd: "NODE_HANDLE", type: handleType(handle), msg: message };
  if (target._handleQueue) {
    target._handleQueue.push({ callback, handle, options, message });
    return target._handleQueue.length === 1;
  }
  const fd = exportHandle(target, wire, handle, options);
  if (fd < 0) {
    // Nothing to pass (a closed socket): Node sends the bare message.
    return write(message, -1, callback);
  }
  const result = write(wire, fd, callback);
  target._handleQueue = [];
  // As in Node, only a sent socket waits for its ACK to be closed (and is
  // sent again on NACK); other handles stay with the sender.
  if (wire.type === "net.Socket" && !options.keepOpen) {
    target._pendingMessage = { callback, message, handle, options, retransmissions: 0, wire };
  }
  return result;
}

/** Whether a plain message must wait behind an unacknowledged handle. */
export function queueIfHandlePending(target, message, options, callback) {
  if (!target._handleQueue) return false;
  if (message && (message.cmd === "NODE_HANDLE_ACK" || message.cmd === "NODE_HANDLE_NACK")) return false;
  target._handleQueue.push({ callback, handle: null, options, message });
  return true;
}

/**
 * Internal messages of the handle protocol (ACK/NACK). Returns true when
 * `message` was one of them.
 */
export function onHandleControl(target, message) {
  if (message.cmd === "NODE_HANDLE_ACK") {
    const pending = target._pendingMessage;
    target._pendingMessage = null;
    if (pending) afterAck(pending);
    const queue = target._handleQueue ?? [];
    target._handleQueue = null;
    for (const args of queue) target._send(args.message, args.handle, args.options, args.callback);
    return true;
  }
  if (message.cmd === "NODE_HANDLE_NACK") {
    const pending = target._pendingMessage;
    if (!pending) return true;
    if (pending.retransmissions++ >= MAX_HANDLE_RETRANSMISSIONS) {
      process.emitWarning("Handle did not reach the receiving process correctly", "SentHandleNotReceivedWarning");
      target._pendingMessage = null;
      const queue = target._handleQueue ?? [];
      target._handleQueue = null;
      for (const args of queue) target._send(args.message, args.handle, args.options, args.callback);
      return true;
    }
    // Send the same handle again.
    const queue = target._handleQueue;
    target._handleQueue = null;
    target._pendingMessage = null;
    target._send(pending.message, pending.handle, pending.options, pending.callback);
    if (target._pendingMessage) target._pendingMessage.retransmissions = pending.retransmissions;
    if (queue) target._handleQueue = [...(target._handleQueue ?? []), ...queue];
    return true;
  }
  return false;
}

/**
 * A NODE_HANDLE message arrived with `fd` (-1 when the descriptor did not
 * come): acknowledge it, build the object and hand `(msg, object)` to
 * `deliver(msg, handleObject)`.
 */
export function receiveHandle(target, message, fd, deliver) {
  if (fd < 0) {
    target._send({ cmd: "NODE_HANDLE_NACK" }, null, true);
    return;
  }
  target._send({ cmd: "NODE_HANDLE_ACK" }, null, true);
  importHandle(target, message, fd, (obj) => deliver(message.msg, obj));
}
