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
        if (!options.keepOpen) handle.server._connections--;
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

/** After the ACK: our copy of a sent socket goes away unless keepOpen. */
export function afterAck(pending) {
  const { handle, options, message } = pending;
  if (options?.keepOpen) return;
  if (message.type === "net.Socket" && handle instanceof Socket) {
    handle._handOff?.();
    handle.destroy();
  } else if (isNativeHandle(handle)) {
    handle.close();
  }
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
