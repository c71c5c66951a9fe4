// node:dgram - UDP sockets over ops/src/dgram.rs.
import { core } from "ext:core/mod.js";
import {
  op_dgram_adopt_fd,
  op_dgram_bind,
  op_dgram_connect,
  op_dgram_disconnect,
  op_dgram_membership,
  op_dgram_option,
  op_dgram_recv,
  op_dgram_remote,
  op_dgram_send,
  op_dgram_try_send,
} from "ext:core/ops";
import { EventEmitter } from "ext:host/events.js";
import { Buffer } from "ext:host/buffer.js";
import { codes, errnoException, exceptionWithHostPort } from "ext:host/internal/errors.js";
import { validatePort } from "ext:host/internal/validators.js";

const {
  ERR_INVALID_ARG_TYPE,
  ERR_MISSING_ARGS,
  ERR_SOCKET_ALREADY_BOUND,
  ERR_SOCKET_BAD_TYPE,
  ERR_SOCKET_DGRAM_IS_CONNECTED,
  ERR_SOCKET_DGRAM_NOT_CONNECTED,
  ERR_SOCKET_DGRAM_NOT_RUNNING,
  ERR_SOCKET_BAD_PORT,
} = codes;

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const kState = Symbol("kDgramState");

function lookupAddress(address, family) {
  if (!address) return family === 6 ? "::" : "0.0.0.0";
  if (address === "localhost") return family === 6 ? "::1" : "127.0.0.1";
  return address;
}

export class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let options;
    if (type !== null && typeof type === "object") {
      options = type;
      type = options.type;
    }
    if (type !== "udp4" && type !== "udp6") throw new ERR_SOCKET_BAD_TYPE();
    this.type = type;
    if (typeof listener === "function") this.on("message", listener);
    this[kState] = {
      rid: null,
      fd: -1,
      bindState: BIND_STATE_UNBOUND,
      connectState: 0,
      reuseAddr: Boolean(options?.reuseAddr),
      reusePort: Boolean(options?.reusePort),
      ipv6Only: Boolean(options?.ipv6Only),
      refed: true,
      pending: null,
      queue: [],
      address: null,
      recvBufferSize: options?.recvBufferSize,
      sendBufferSize: options?.sendBufferSize,
    };
    if (options?.signal) {
      const onAbort = () => this.close();
      if (options.signal.aborted) onAbort();
      else options.signal.addEventListener("abort", onAbort, { once: true });
    }
  }

  get _family() {
    return this.type === "udp6" ? 6 : 4;
  }

  bind(port_, address_, callback) {
    const state = this[kState];
    if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    let port = port_;
    let address = address_;
    let options = {};
    if (port !== null && typeof port === "object") {
      options = port;
      callback = address_;
      port = options.port;
      address = options.address;
      if (options.fd !== undefined) {
        return this._adopt(options.fd, typeof callback === "function" ? callback : null);
      }
    }
    if (typeof address === "function") {
      callback = address;
      address = "";
    }
    if (typeof port === "function") {
      callback = port;
      port = 0;
    }
    if (typeof callback === "function") this.once("listening", callback);
    port = port === undefined || port === null ? 0 : validatePort(port);
    state.bindState = BIND_STATE_BINDING;
    const ip = lookupAddress(address, this._family);
    const listenHook = globalThis[Symbol.for("host.cluster.dgramBind")];
    if (typeof listenHook === "function" && !options.exclusive && listenHook(this, { port, address: ip })) return this;
    try {
      const info = op_dgram_bind(this._family, ip, port, state.reuseAddr || state.reusePort, state.ipv6Only);
      this._setBound(info);
    } catch (e) {
      state.bindState = BIND_STATE_UNBOUND;
      const err = exceptionWithHostPort(e.errno ?? 22, "bind", ip, port);
      process.nextTick(() => this.emit("error", err));
      return this;
    }
    process.nextTick(() => {
      this.emit("listening");
      this._startReceiving();
    });
    return this;
  }

  _adopt(fd, callback) {
    const info = op_dgram_adopt_fd(fd);
    this._setBound(info);
    if (callback) this.once("listening", callback);
    process.nextTick(() => {
      this.emit("listening");
      this._startReceiving();
    });
    return this;
  }

  _setBound(info) {
    const state = this[kState];
    state.rid = info.rid;
    state.fd = info.fd;
    state.address = { address: info.address, family: info.family, port: info.port };
    state.bindState = BIND_STATE_BOUND;
    this._handle = { fd: info.fd, rid: info.rid };
    if (state.recvBufferSize) this.setRecvBufferSize(state.recvBufferSize);
    if (state.sendBufferSize) this.setSendBufferSize(state.sendBufferSize);
    for (const fn of state.queue.splice(0)) fn();
  }

  _startReceiving() {
    const state = this[kState];
    if (state.rid === null || state.pending) return;
    const p = op_dgram_recv(state.rid);
    state.pending = p;
    if (!state.refed) core.unrefOpPromise(p);
    p.then(
      (result) => {
        state.pending = null;
        if (result === null || state.rid === null) return;
        const [bytes, address, port, family] = result;
        const msg = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
        this.emit("message", msg, { address, family, port, size: msg.length });
        this._startReceiving();
      },
      (e) => {
        state.pending = null;
        this.emit("error", errnoException(e.errno ?? 5, "recvmsg"));
        this._startReceiving();
      },
    );
  }

  _ensureBound(fn) {
    const state = this[kState];
    if (state.bindState === BIND_STATE_BOUND) return fn();
    state.queue.push(fn);
    if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0 });
  }

  send(buffer, offset, length, port, address, callback) {
    let list;
    const state = this[kState];
    const connected = state.connectState === 2;
    if (state.closed) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
    if (typeof buffer === "string" || ArrayBuffer.isView(buffer) || Array.isArray(buffer)) {
      // fine
    } else {
      throw new ERR_INVALID_ARG_TYPE("buffer", ["Buffer", "TypedArray", "DataView", "string"], buffer);
    }
    if (typeof offset === "number" && typeof length === "number") {
      // send(buf, offset, length, port, address, cb)
      const b = typeof buffer === "string" ? Buffer.from(buffer) : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      list = [b.subarray(offset, offset + length)];
    } else {
      if (connected) {
        callback = offset;
        port = undefined;
        address = undefined;
      } else {
        callback = port;
        address = length;
        port = offset;
      }
      list = (Array.isArray(buffer) ? buffer : [buffer]).map((b) => (typeof b === "string" ? Buffer.from(b) : Buffer.from(b.buffer, b.byteOffset, b.byteLength)));
    }
    if (typeof address === "function") {
      callback = address;
      address = undefined;
    }
    if (typeof port === "function") {
      callback = port;
      port = undefined;
    }
    if (connected) {
      if (port !== undefined && port !== null) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    } else {
      if (port === undefined || port === null) throw new ERR_SOCKET_BAD_PORT("Port", port, false);
      port = validatePort(port, "Port", false);
    }
    const data = list.length === 1 ? list[0] : Buffer.concat(list);
    const target = connected ? "" : lookupAddress(address, this._family);
    this._ensureBound(() => {
      const dport = connected ? 0 : port;
      let sent;
      try {
        sent = op_dgram_try_send(state.rid, data, target, dport);
      } catch (e) {
        const err = exceptionWithHostPort(e.errno ?? 5, "send", target, port);
        if (typeof callback === "function") process.nextTick(callback, err);
        else process.nextTick(() => this.emit("error", err));
        return;
      }
      if (sent >= 0) {
        if (typeof callback === "function") process.nextTick(callback, null, sent);
        return;
      }
      op_dgram_send(state.rid, data, target, dport).then(
        (n) => {
          if (typeof callback === "function") callback(null, n);
        },
        (e) => {
          const err = exceptionWithHostPort(e.errno ?? 5, "send", target, port);
          if (typeof callback === "function") callback(err);
          else this.emit("error", err);
        },
      );
    });
  }

  connect(port, address, callback) {
    const state = this[kState];
    if (typeof address === "function") {
      callback = address;
      address = "";
    }
    port = validatePort(port, "Port", false);
    if (state.connectState !== 0) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    state.connectState = 1;
    if (typeof callback === "function") this.once("connect", callback);
    const target = lookupAddress(address, this._family);
    this._ensureBound(() => {
      op_dgram_connect(state.rid, target, port).then(
        () => {
          state.connectState = 2;
          this.emit("connect");
        },
        (e) => {
          state.connectState = 0;
          this.emit("error", exceptionWithHostPort(e.errno ?? 5, "connect", target, port));
        },
      );
    });
  }

  disconnect() {
    const state = this[kState];
    if (state.connectState !== 2) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    op_dgram_disconnect(state.rid);
    state.connectState = 0;
  }

  remoteAddress() {
    const state = this[kState];
    if (state.connectState !== 2) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const r = op_dgram_remote(state.rid);
    return { address: r[0], family: r[2], port: r[1] };
  }

  address() {
    const state = this[kState];
    if (state.bindState !== BIND_STATE_BOUND) throw errnoException(9, "getsockname");
    return { ...state.address };
  }

  close(callback) {
    const state = this[kState];
    if (state.closed) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
    if (typeof callback === "function") this.once("close", callback);
    state.closed = true;
    if (state.rid !== null) {
      core.tryClose(state.rid);
      state.rid = null;
    }
    state.bindState = BIND_STATE_UNBOUND;
    process.nextTick(() => this.emit("close"));
    return this;
  }

  // syscall: the name Node's errors carry (the method, e.g. "setTTL").
  _opt(name, value, syscall = "setsockopt") {
    const state = this[kState];
    if (state.rid === null) throw errnoException(9, syscall);
    if (syscall === "setsockopt") return op_dgram_option(state.rid, name, value);
    try {
      return op_dgram_option(state.rid, name, value);
    } catch (e) {
      throw errnoException(e?.errno ?? 5, syscall);
    }
  }

  setBroadcast(flag) {
    this._opt("broadcast", flag ? 1 : 0, "setBroadcast");
  }
  setTTL(ttl) {
    if (typeof ttl !== "number") throw new ERR_INVALID_ARG_TYPE("ttl", "number", ttl);
    return this._opt("ttl", ttl, "setTTL");
  }
  setMulticastTTL(ttl) {
    if (typeof ttl !== "number") throw new ERR_INVALID_ARG_TYPE("ttl", "number", ttl);
    return this._opt("multicastTTL", ttl, "setMulticastTTL");
  }
  setMulticastLoopback(flag) {
    this._opt("multicastLoopback", flag ? 1 : 0, "setMulticastLoopback");
    return flag;
  }
  setMulticastInterface() {}
  addMembership(group, iface) {
    if (!group) throw new ERR_MISSING_ARGS("multicastAddress");
    op_dgram_membership(this[kState].rid, group, iface ?? "", true);
  }
  dropMembership(group, iface) {
    if (!group) throw new ERR_MISSING_ARGS("multicastAddress");
    op_dgram_membership(this[kState].rid, group, iface ?? "", false);
  }
  getRecvBufferSize() {
    return this._opt("recvBufferSize", -1);
  }
  setRecvBufferSize(size) {
    this._opt("recvBufferSize", size);
  }
  getSendBufferSize() {
    return this._opt("sendBufferSize", -1);
  }
  setSendBufferSize(size) {
    this._opt("sendBufferSize", size);
  }
  getSendQueueSize() {
    return 0;
  }
  getSendQueueCount() {
    return 0;
  }

  ref() {
    const state = this[kState];
    state.refed = true;
    if (state.pending) core.refOpPromise(state.pending);
    return this;
  }

  unref() {
    const state = this[kState];
    state.refed = false;
    if (state.pending) core.unrefOpPromise(state.pending);
    return this;
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve) => this.close(resolve));
  }
}

export function createSocket(type, listener) {
  return new Socket(type, listener);
}


const dgram = { createSocket, Socket };
export default dgram;
