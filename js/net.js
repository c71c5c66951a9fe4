// node:net - TCP and Unix-domain sockets and servers over ops/src/net.rs.
import { core } from "ext:core/mod.js";
import {
  op_net_accept,
  op_net_adopt_fd,
  op_net_connect_tcp,
  op_net_connect_unix,
  op_net_dup_fd,
  op_net_fd,
  op_net_listen_fd,
  op_net_listen_tcp,
  op_net_listen_unix,
  op_net_listener_address,
  op_net_lookup,
  op_net_read,
  op_net_set_keep_alive,
  op_net_set_linger_zero,
  op_net_set_no_delay,
  op_net_shutdown,
  op_net_try_write,
  op_net_unlink_socket,
  op_net_write,
} from "ext:core/ops";
import { EventEmitter } from "ext:host/events.js";
import { Duplex } from "ext:host/stream.js";
import { Buffer } from "ext:host/buffer.js";
import {
  codes,
  E,
  errnoException,
  errnoName,
  errnoMessage,
  exceptionWithHostPort,
} from "ext:host/internal/errors.js";
import { validateFunction, validateInt32, validateNumber, validatePort, validateString, validateUint32 } from "ext:host/internal/validators.js";

const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_SERVER_ALREADY_LISTEN,
  ERR_SERVER_NOT_RUNNING,
  ERR_SOCKET_CLOSED,
  ERR_MISSING_ARGS,
} = codes;
E("ERR_SOCKET_CONNECTION_TIMEOUT", "Socket connection timeout", Error);
if (!codes.ERR_INVALID_FD_TYPE) E("ERR_INVALID_FD_TYPE", "Unsupported fd type: %s", TypeError);
if (!codes.ERR_INVALID_ADDRESS) E("ERR_INVALID_ADDRESS", "Invalid address: %s", Error);
const { ERR_INVALID_ADDRESS } = codes;

const kRid = Symbol("kRid");
const kReading = Symbol("kReading");
const kRefed = Symbol("kRefed");
const kPendingRead = Symbol("kPendingRead");
const kTimeout = Symbol("kTimeout");
const kBytesWritten = Symbol("kBytesWritten");
const kServerRid = Symbol("kServerRid");
const kPendingAccept = Symbol("kPendingAccept");
const kUnixPath = Symbol("kUnixPath");
const kInfo = Symbol("kInfo");
const kTracked = Symbol("kTracked");
const kReadHandlers = Symbol("kReadHandlers");

// ---- addresses -------------------------------------------------------------

const v4Seg = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)";
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);
const v6Seg = "(?:[0-9a-fA-F]{1,4})";
const IPv6Reg = new RegExp(
  "^(?:" +
    `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
    `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
    `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
    `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
    `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
    `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
    `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
    `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
    ")(?:%[0-9a-zA-Z-.:]{1,})?$",
);

export function isIPv4(s) {
  return IPv4Reg.test(`${s}`);
}
export function isIPv6(s) {
  return IPv6Reg.test(`${s}`);
}
export function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}
function isPipeName(s) {
  return typeof s === "string" && toNumber(s) === false;
}

// A system error from a net op, with Node's host:port decoration.
function netError(e, syscall, address, port) {
  const errno = typeof e?.errno === "number" ? e.errno : 5;
  if (e?.syscall === "getaddrinfo") {
    const err = new Error(`getaddrinfo ENOTFOUND ${address}`);
    err.errno = -3008;
    err.code = "ENOTFOUND";
    err.syscall = "getaddrinfo";
    err.hostname = address;
    return err;
  }
  if (syscall === "listen") {
    const code = errnoName(errno);
    const where = address == null ? "" : port === undefined ? ` ${address}` : ` ${address}:${port}`;
    const err = new Error(`${syscall} ${code}: ${errnoMessage(errno)}${where}`);
    err.code = code;
    err.errno = -errno;
    err.syscall = syscall;
    err.address = address;
    if (port !== undefined) err.port = port;
    return err;
  }
  if (port === undefined && address) {
    const err = errnoException(errno, syscall, address);
    err.address = address;
    return err;
  }
  return exceptionWithHostPort(errno, e?.syscall && e.syscall !== "unknown" ? e.syscall : syscall, address, port);
}

// ---- Socket ----------------------------------------------------------------

function normalizeConnectArgs(args) {
  if (args.length === 0) return [{}, null];
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === "object" && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === "string") options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === "function" ? cb : null];
}

export class Socket extends Duplex {
  constructor(options = undefined) {
    if (typeof options === "number") options = { fd: options };
    options = { ...options };
    const allowHalfOpen = Boolean(options.allowHalfOpen);
    super({
      allowHalfOpen,
      emitClose: false,
      autoDestroy: true,
      decodeStrings: false,
      readableHighWaterMark: options.readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark,
      signal: options.signal,
    });
    this.connecting = false;
    this._hadError = false;
    this._host = null;
    this._peername = null;
    this._sockname = null;
    this.server = null;
    this._server = null;
    this.bytesRead = 0;
    this[kBytesWritten] = 0;
    this[kRid] = null;
    this[kReading] = false;
    this[kRefed] = true;
    this[kPendingRead] = null;
    this[kTimeout] = null;
    this[kInfo] = null;
    this.timeout = undefined;
    if (options.handle) {
      this._attach(options.handle);
    } else if (options.fd !== undefined) {
      validateInt32(options.fd, "options.fd", 0);
      let info;
      try {
        info = op_net_adopt_fd(options.fd);
      } catch {
        throw new codes.ERR_INVALID_FD_TYPE("UNKNOWN");
      }
      this._attach(info);
    }
    if (options.noDelay && this[kRid] !== null) op_net_set_no_delay(this[kRid], true);
    if (options.keepAlive && this[kRid] !== null) {
      op_net_set_keep_alive(this[kRid], true, Math.floor((options.keepAliveInitialDelay ?? 0) / 1000));
    }
  }

  // Adopt a connected socket: {rid, local, remote, fd}.
  _attach(info) {
    this[kRid] = info.rid;
    this[kInfo] = info;
    this._handle = { fd: info.fd, rid: info.rid };
    if (this.readableFlowing !== false && !this.readableEnded) this.read(0);
  }

  get _rid() {
    return this[kRid];
  }

  get readyState() {
    if (this.connecting) return "opening";
    if (this.readable && this.writable) return "open";
    if (this.readable && !this.writable) return "readOnly";
    if (!this.readable && this.writable) return "writeOnly";
    return "closed";
  }

  // Deprecated alias of writableLength, defined while a handle exists.
  get bufferSize() {
    if (this[kRid] !== null || this.connecting) return this.writableLength;
    return undefined;
  }

  get pending() {
    return this[kRid] === null || this.connecting;
  }

  get bytesWritten() {
    let pending = this._pendingBytes || 0;
    for (const entry of this.writableBuffer ?? []) {
      const c = entry.chunk;
      pending += typeof c === "string" ? Buffer.byteLength(c, entry.encoding) : c.length;
    }
    return this[kBytesWritten] + pending;
  }

  get remoteAddress() {
    return this[kInfo]?.remote?.address || undefined;
  }
  get remotePort() {
    return this[kInfo]?.remote?.port || undefined;
  }
  get remoteFamily() {
    return this[kInfo]?.remote?.family || undefined;
  }
  get localAddress() {
    return this[kInfo]?.local?.address || undefined;
  }
  get localPort() {
    return this[kInfo]?.local?.port || undefined;
  }
  get localFamily() {
    return this[kInfo]?.local?.family || undefined;
  }

  address() {
    const local = this[kInfo]?.local;
    if (!local || !local.family) return this[kUnixPath] !== undefined ? this[kUnixPath] : {};
    return { address: local.address, family: local.family, port: local.port };
  }

  connect(...args) {
    const [options, cb] = normalizeConnectArgs(args);
    if (cb !== null) this.once("connect", cb);
    if (this.destroyed) {
      this._undestroy?.();
    }
    this.connecting = true;
    if (options.timeout) this.setTimeout(options.timeout);
    if (options.path !== undefined) {
      const path = String(options.path);
      this[kUnixPath] = path;
      op_net_connect_unix(path).then(
        (info) => this._afterConnect(info),
        (e) => this._connectFailed(netError(e, "connect", path)),
      );
      return this;
    }
    if (options.port === undefined || options.port === null) {
      throw new ERR_MISSING_ARGS(["options", "port", "path"]);
    }
    if (typeof options.port !== "number" && typeof options.port !== "string") {
      throw new ERR_INVALID_ARG_TYPE("options.port", ["number", "string"], options.port);
    }
    const port = validatePort(options.port, "Port");
    const host = options.host || "localhost";
    validateString(host, "options.host");
    this._host = host;
    const localAddress = options.localAddress ?? "";
    const localPort = options.localPort ?? 0;
    const connectTo = (address) => {
      op_net_connect_tcp(address, port, localAddress, localPort).then(
        (info) => this._afterConnect(info),
        (e) => this._connectFailed(netError(e, "connect", e?.path ?? address, port)),
      );
    };
    if (isIP(host)) {
      connectTo(host);
    } else if (typeof options.lookup === "function") {
      // With autoSelectFamily (Node's default) every address is asked for.
      const all = Boolean(options.autoSelectFamily ?? autoSelectFamily);
      options.lookup(host, { all, family: options.family, hints: options.hints }, (err, address, family) => {
        if (!err && Array.isArray(address)) {
          if (address.length === 0) {
            err = netError({ syscall: "getaddrinfo" }, "connect", host);
          } else {
            family = address[0].family;
            address = address[0].address;
          }
        }
        this.emit("lookup", err, address, family, host);
        if (err) this._connectFailed(err);
        else connectTo(address);
      });
    } else {
      const want = options.family === 4 || options.family === "IPv4" ? 4 : options.family === 6 || options.family === "IPv6" ? 6 : 0;
      op_net_lookup(host).then(
        (list) => {
          if (this.destroyed) return;
          if (want) list = list.filter((a) => a[1] === want);
          if (list.length === 0) {
            const err = netError({ syscall: "getaddrinfo" }, "connect", host);
            this.emit("lookup", err, undefined, undefined, host);
            this._connectFailed(err);
            return;
          }
          this.emit("lookup", null, list[0][0], list[0][1], host);
          let i = 0;
          const attempt = () => {
            const address = list[i++][0];
            op_net_connect_tcp(address, port, localAddress, localPort).then(
              (info) => this._afterConnect(info),
              (e) => {
                if (i < list.length && !this.destroyed) attempt();
                else this._connectFailed(netError(e, "connect", e?.path ?? address, port));
              },
            );
          };
          attempt();
        },
        () => {
          const err = netError({ syscall: "getaddrinfo" }, "connect", host);
          this.emit("lookup", err, undefined, undefined, host);
          this._connectFailed(err);
        },
      );
    }
    return this;
  }

  _afterConnect(info) {
    if (this.destroyed) {
      core.tryClose(info.rid);
      return;
    }
    this.connecting = false;
    this._attach(info);
    if (!this[kRefed]) this.unref();
    this._refreshTimeout();
    this.emit("connect");
    this.emit("ready");
  }

  _queueUntilConnect(bytes, fn) {
    this._pendingBytes = bytes;
    this.once("connect", () => {
      this._pendingBytes = 0;
      fn();
    });
  }

  _connectFailed(err) {
    this.connecting = false;
    this.destroy(err);
  }

  _read() {
    if (this[kRid] === null) {
      if (this.connecting) this.once("connect", () => this._read());
      return;
    }
    if (this[kReading]) return;
    this[kReading] = true;
    this._readLoop();
  }

  _readLoop() {
    const rid = this[kRid];
    if (rid === null) return;
    const p = op_net_read(rid);
    this[kPendingRead] = p;
    if (!this[kRefed]) core.unrefOpPromise(p);
    // One pair of handlers per socket, not two closures per read.
    const h = (this[kReadHandlers] ??= [(chunk) => this._onReadChunk(chunk), (e) => this._onReadError(e)]);
    p.then(h[0], h[1]);
  }

  _onReadChunk(chunk) {
    this[kPendingRead] = null;
    if (this.destroyed) return;
    if (chunk === null) {
      this[kReading] = false;
      this.push(null);
      // Like Node's stream reader: an EOF nobody reads still ends the
      // readable side, so 'end' (and half-close handling) happens.
      this.read(0);
      return;
    }
    this.bytesRead += chunk.length;
    if (this.timeout) this._refreshTimeout();
    if (this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length))) {
      this._readLoop();
    } else {
      this[kReading] = false;
    }
  }

  _onReadError(e) {
    this[kPendingRead] = null;
    this[kReading] = false;
    if (!this.destroyed) this.destroy(netError(e, "read"));
  }

  _write(chunk, encoding, cb) {
    if (this[kRid] === null) {
      if (this.connecting) {
        const n = typeof chunk === "string" ? Buffer.byteLength(chunk, encoding) : chunk.length;
        this._queueUntilConnect(n, () => this._write(chunk, encoding, cb));
        return;
      }
      cb(new ERR_SOCKET_CLOSED());
      return;
    }
    const data = typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
    this._writeBytes(data, cb);
  }

  _writev(chunks, cb) {
    if (this[kRid] === null) {
      if (this.connecting) {
        let n = 0;
        for (const { chunk, encoding } of chunks) n += typeof chunk === "string" ? Buffer.byteLength(chunk, encoding) : chunk.length;
        this._queueUntilConnect(n, () => this._writev(chunks, cb));
        return;
      }
      cb(new ERR_SOCKET_CLOSED());
      return;
    }
    const buffers = chunks.map(({ chunk, encoding }) => (typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk));
    this._writeBytes(buffers.length === 1 ? buffers[0] : Buffer.concat(buffers), cb);
  }

  _writeBytes(data, cb) {
    const rid = this[kRid];
    let written;
    try {
      written = data.length === 0 ? 0 : op_net_try_write(rid, data);
    } catch (e) {
      cb(netError(e, "write"));
      return;
    }
    this[kBytesWritten] += written;
    this._refreshTimeout();
    if (written === data.length) {
      cb();
      return;
    }
    const rest = data.subarray(written);
    op_net_write(rid, rest).then(
      () => {
        this[kBytesWritten] += rest.length;
        this._refreshTimeout();
        cb();
      },
      (e) => cb(netError(e, "write")),
    );
  }

  _final(cb) {
    if (this[kRid] === null) {
      if (this.connecting) {
        this.once("connect", () => this._final(cb));
        return;
      }
      cb();
      return;
    }
    try {
      op_net_shutdown(this[kRid]);
    } catch {
      // the peer is gone; closing follows
    }
    // Like libuv's shutdown request, completion ('finish') is reported on
    // a later turn of the loop, not within the current tick.
    setImmediate(cb);
  }

  _destroy(err, cb) {
    this._clearTimeout();
    this.connecting = false;
    const rid = this[kRid];
    this[kRid] = null;
    if (rid !== null) core.tryClose(rid);
    if (err) this._hadError = true;
    const server = this[kTracked];
    if (server) {
      this[kTracked] = null;
      server._connections--;
      server._emitCloseIfDrained();
    }
    cb(err);
    // Like a libuv handle close: 'close' comes after the current I/O turn.
    if (rid !== null) setImmediate(emitCloseNT, this, Boolean(err));
    else process.nextTick(emitCloseNT, this, Boolean(err));
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once("finish", () => this.destroy());
  }

  resetAndDestroy() {
    if (this[kRid] !== null) {
      op_net_set_linger_zero(this[kRid]);
    } else if (this.connecting) {
      this.once("connect", () => this.resetAndDestroy());
      return this;
    }
    return this.destroy();
  }

  setNoDelay(enable = true) {
    if (this[kRid] !== null) op_net_set_no_delay(this[kRid], Boolean(enable));
    return this;
  }

  setKeepAlive(enable = false, initialDelay = 0) {
    if (this[kRid] !== null) op_net_set_keep_alive(this[kRid], Boolean(enable), Math.floor(~~initialDelay / 1000));
    return this;
  }

  setTimeout(msecs, callback) {
    validateNumber(msecs, "msecs");
    if (msecs < 0 || !Number.isFinite(msecs)) {
      throw new codes.ERR_OUT_OF_RANGE("msecs", "a non-negative finite number", msecs);
    }
    this.timeout = msecs;
    this._clearTimeout();
    if (msecs === 0) {
      if (callback) this.removeListener("timeout", callback);
    } else {
      if (callback) {
        validateFunction(callback, "callback");
        this.once("timeout", callback);
      }
      this._refreshTimeout();
    }
    return this;
  }

  _refreshTimeout() {
    if (!this.timeout) return;
    if (this[kTimeout]) {
      this[kTimeout].refresh();
      return;
    }
    this[kTimeout] = setTimeout(() => {
      this[kTimeout] = null;
      this.emit("timeout");
    }, this.timeout);
    this[kTimeout].unref();
  }

  _clearTimeout() {
    if (this[kTimeout]) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
  }

  ref() {
    this[kRefed] = true;
    if (this[kPendingRead]) core.refOpPromise(this[kPendingRead]);
    return this;
  }

  unref() {
    this[kRefed] = false;
    if (this[kPendingRead]) core.unrefOpPromise(this[kPendingRead]);
    return this;
  }

  end(data, encoding, cb) {
    super.end(data, encoding, cb);
    return this;
  }
}

function emitCloseNT(socket, hadError) {
  socket.emit("close", hadError);
}

export const Stream = Socket;

export function connect(...args) {
  const [options, cb] = normalizeConnectArgs(args);
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(options, ...(cb ? [cb] : []));
}
export const createConnection = connect;

// ---- Server ----------------------------------------------------------------

export class Server extends EventEmitter {
  constructor(options = undefined, connectionListener = undefined) {
    super();
    if (typeof options === "function") {
      connectionListener = options;
      options = {};
    } else if (options == null || typeof options === "object") {
      options = { ...options };
    } else {
      throw new ERR_INVALID_ARG_TYPE("options", "Object", options);
    }
    if (typeof connectionListener === "function") this.on("connection", connectionListener);
    this._connections = 0;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = !!options.pauseOnConnect;
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
    this.maxConnections = undefined;
    this[kServerRid] = null;
    this[kPendingAccept] = null;
    this[kRefed] = true;
    this[kUnixPath] = undefined;
    this._handle = null;
    this._usingWorkers = false;
    this._workers = [];
    this._unref = false;
  }

  get listening() {
    return this[kServerRid] !== null || this._listeningElsewhere === true;
  }

  listen(...args) {
    let cb = typeof args[args.length - 1] === "function" ? args.pop() : null;
    let options;
    const arg0 = args[0];
    if (arg0 !== null && typeof arg0 === "object" && !(arg0 instanceof Number)) {
      options = arg0;
      if (options.handle || options._handle || options.fd !== undefined) {
        // listen(handle) / listen({fd})
      }
    } else if (isPipeName(arg0)) {
      options = { path: arg0, backlog: args[1] };
    } else {
      options = { port: arg0 };
      if (typeof args[1] === "string") {
        options.host = args[1];
        options.backlog = args[2];
      } else if (typeof args[1] === "number") {
        options.backlog = args[1];
      }
    }
    if (this.listening) throw new ERR_SERVER_ALREADY_LISTEN();
    if (cb) this.once("listening", cb);
    const backlog = options.backlog ?? 511;
    if (options.signal) {
      const onAbort = () => this.close();
      if (options.signal.aborted) process.nextTick(onAbort);
      else options.signal.addEventListener("abort", onAbort, { once: true });
    }
    const handle =
      options.handle ?? options._handle ??
      (options instanceof Server || options instanceof Socket || typeof options.rid === "number" ? options : null);
    if (handle) {
      // A live handle of this process (another server's) is shared through
      // a duplicate descriptor, as Node shares the handle itself.
      const h = handle._handle && handle._handle.rid !== undefined ? handle._handle : handle;
      if (typeof h.rid === "number" && typeof h.fd === "number") {
        let fd;
        try {
          fd = op_net_dup_fd(h.rid);
        } catch (e) {
          this._emitListenError(netError(e, "listen", null));
          return this;
        }
        return this._listenFd(fd);
      }
      const fd = handle.fd ?? handle._handle?.fd;
      return this._listenFd(fd);
    }
    if (typeof options.fd === "number" && options.fd >= 0) return this._listenFd(options.fd);
    if (options.path !== undefined) {
      const path = String(options.path);
      const hook = globalThis[Symbol.for("host.cluster.listen")];
      if (typeof hook === "function" && !options.exclusive && hook(this, { path, backlog, options })) return this;
      try {
        this._setListener(op_net_listen_unix(path, backlog), path);
      } catch (e) {
        // As libuv: a missing directory reads EACCES, and the error carries
        // port -1 (not shown in the message).
        const errno = e?.errno === 2 ? 13 : e?.errno;
        const err = netError({ ...e, errno }, "listen", path);
        err.port = -1;
        this._emitListenError(err);
        return this;
      }
      process.nextTick(() => this._startListening());
      return this;
    }
    if (options.port !== undefined && options.port !== null && typeof options.port !== "number" && typeof options.port !== "string") {
      throw new ERR_INVALID_ARG_VALUE("options", options);
    }
    if (
      (options.port === undefined && options.host === undefined && args.length > 0 && arg0 !== undefined && arg0 !== null && typeof arg0 !== "object") ||
      (typeof arg0 === "object" && arg0 !== null && !("port" in options) && !("path" in options) && !options.handle && !options._handle && !(typeof options.fd === "number" && options.fd >= 0))
    ) {
      if (typeof arg0 === "object" && arg0 !== null) {
        throw new ERR_INVALID_ARG_VALUE("options", options, 'must have the property "port" or "path"');
      }
      throw new ERR_INVALID_ARG_VALUE("options", options);
    }
    const port = options.port === undefined || options.port === null ? 0 : validatePort(options.port, "options.port");
    const host = options.host ?? "";
    const listenHook = globalThis[Symbol.for("host.cluster.listen")];
    if (typeof listenHook === "function" && !options.exclusive && listenHook(this, { port, host, backlog, options })) {
      return this;
    }
    this._bindTcp(host, port, backlog, Boolean(options.ipv6Only));
    return this;
  }

  _bindTcp(host, port, backlog, ipv6Only) {
    let info;
    try {
      info = op_net_listen_tcp(host, port, backlog, ipv6Only);
    } catch (e) {
      this._emitListenError(netError(e, "listen", host || (e.path ?? "::"), port > 0 ? port : undefined));
      return;
    }
    this._setListener(info.rid, undefined, info);
    process.nextTick(() => this._startListening());
  }

  _listenFd(fd) {
    try {
      const info = op_net_listen_fd(fd);
      this._setListener(info.rid, undefined, info);
    } catch (e) {
      this._emitListenError(netError(e, "listen", null));
      return this;
    }
    process.nextTick(() => this._startListening());
    return this;
  }

  _setListener(rid, path, info) {
    this[kServerRid] = rid;
    this[kUnixPath] = path;
    this._handle = {
      rid,
      get fd() {
        return op_net_fd(rid);
      },
    };
    void info;
  }

  // Cluster worker, round-robin: the primary listens and sends connections.
  _listenViaPrimary(handle) {
    this._listeningElsewhere = true;
    const out = {};
    handle.getsockname?.(out);
    this._address = out.port !== undefined ? out : null;
    this._closeElsewhere = () => handle.close();
    this._handle = handle;
    process.nextTick(() => this.emit("listening"));
  }

  // A connection handed over as a raw fd (cluster 'newconn').
  _acceptNative(nativeHandle) {
    let info;
    try {
      info = op_net_adopt_fd(nativeHandle.takeFd());
    } catch (e) {
      this.emit("error", netError(e, "accept"));
      return;
    }
    this._onConnection(info);
  }

  _emitListenError(err) {
    process.nextTick(() => this.emit("error", err));
  }

  _startListening() {
    if (this[kServerRid] === null) return;
    this.emit("listening");
    this._acceptLoop();
  }

  _acceptLoop() {
    const rid = this[kServerRid];
    if (rid === null) return;
    const p = op_net_accept(rid);
    this[kPendingAccept] = p;
    if (!this[kRefed]) core.unrefOpPromise(p);
    p.then(
      (info) => {
        this[kPendingAccept] = null;
        if (info === null) return;
        this._onConnection(info);
        this._acceptLoop();
      },
      (e) => {
        this[kPendingAccept] = null;
        this.emit("error", netError(e, "accept"));
        this._acceptLoop();
      },
    );
  }

  _onConnection(info) {
    if (this._onConnectionRaw) {
      this._onConnectionRaw(info);
      return;
    }
    if (this.maxConnections !== undefined && this._connections >= this.maxConnections) {
      core.tryClose(info.rid);
      this.emit("drop", {
        localAddress: info.local.address,
        localPort: info.local.port,
        localFamily: info.local.family,
        remoteAddress: info.remote.address,
        remotePort: info.remote.port,
        remoteFamily: info.remote.family,
      });
      return;
    }
    const socket = new Socket({ handle: info, allowHalfOpen: this.allowHalfOpen, pauseOnCreate: this.pauseOnConnect });
    if (this.noDelay) socket.setNoDelay(true);
    if (this.keepAlive) socket.setKeepAlive(true, this.keepAliveInitialDelay * 1000);
    this._trackSocket(socket);
    if (this.pauseOnConnect) socket.pause();
    this.emit("connection", socket);
  }

  _trackSocket(socket) {
    this._connections++;
    socket.server = this;
    socket._server = this;
    if (socket.destroyed) {
      this._connections--;
      return;
    }
    socket[kTracked] = this;
  }

  _emitCloseIfDrained() {
    if (this[kServerRid] !== null || this._connections > 0 || !this._closing) return;
    this._closing = false;
    process.nextTick(() => this.emit("close"));
  }

  address() {
    if (this[kUnixPath] !== undefined) return this[kUnixPath];
    if (this[kServerRid] === null) return this._listeningElsewhere ? this._address ?? null : null;
    const a = op_net_listener_address(this[kServerRid]);
    return { address: a.address, family: a.family, port: a.port };
  }

  close(cb) {
    if (typeof cb === "function") {
      if (!this.listening) {
        this.once("close", () => cb(new ERR_SERVER_NOT_RUNNING()));
      } else {
        this.once("close", cb);
      }
    }
    const rid = this[kServerRid];
    if (rid !== null) {
      this[kServerRid] = null;
      core.tryClose(rid);
      if (this[kUnixPath] !== undefined) {
        try {
          op_net_unlink_socket(this[kUnixPath]);
        } catch {
          // already gone
        }
      }
    }
    if (this._listeningElsewhere) {
      this._listeningElsewhere = false;
      this._closeElsewhere?.();
    }
    this._closing = true;
    this._emitCloseIfDrained();
    return this;
  }

  getConnections(cb) {
    const count = this._connections;
    if (typeof this._getChildConnections === "function") {
      this._getChildConnections((err, extra) => cb(err, count + (extra || 0)));
    } else {
      process.nextTick(cb, null, count);
    }
    return this;
  }

  ref() {
    this[kRefed] = true;
    if (this[kPendingAccept]) core.refOpPromise(this[kPendingAccept]);
    return this;
  }

  unref() {
    this[kRefed] = false;
    if (this[kPendingAccept]) core.unrefOpPromise(this[kPendingAccept]);
    return this;
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve) => this.close(() => resolve()));
  }
}

export function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

// ---- BlockList / SocketAddress --------------------------------------------

// An address as [family(4|6), BigInt value]; IPv4-mapped IPv6 counts as IPv4.
function parseAddr(address, family) {
  if (address instanceof SocketAddress) {
    family = address.family;
    address = address.address;
  }
  const fam = String(family).toLowerCase();
  if (fam === "ipv4") {
    if (!isIPv4(address)) return null;
    return [4, v4Value(address)];
  }
  if (fam !== "ipv6" || !isIPv6(address)) return null;
  const v = v6Value(address);
  if (v === null) return null;
  if (v >> 32n === 0xffffn) return [4, v & 0xffffffffn];
  return [6, v];
}
function v4Value(a) {
  let v = 0n;
  for (const part of a.split(".")) v = (v << 8n) | BigInt(Number(part));
  return v;
}
function v6Value(a) {
  a = a.replace(/%.*$/, "");
  let tail = [];
  const m = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (m) {
    const v = v4Value(m[1]);
    tail = [Number(v >> 16n), Number(v & 0xffffn)];
    a = a.slice(0, -m[1].length) + "0:0";
  }
  const halves = a.split("::");
  const head = halves[0] ? halves[0].split(":") : [];
  const rest = halves.length > 1 && halves[1] ? halves[1].split(":") : [];
  const groups = [...head];
  if (halves.length > 1) for (let i = head.length + rest.length; i < 8; i++) groups.push("0");
  groups.push(...rest);
  if (groups.length !== 8) return null;
  let v = 0n;
  for (let i = 0; i < 8; i++) {
    let g = parseInt(groups[i], 16);
    if (tail.length && i >= 6) g = tail[i - 6];
    v = (v << 16n) | BigInt(g);
  }
  return v;
}

function validateFamily(family, name) {
  if (typeof family !== "string") throw new ERR_INVALID_ARG_TYPE(name, "string", family);
  const f = family.toLowerCase();
  if (f !== "ipv4" && f !== "ipv6") throw new ERR_INVALID_ARG_VALUE(name, family);
  return f;
}
function validateAddress(address, name) {
  if (!(address instanceof SocketAddress) && typeof address !== "string") {
    throw new ERR_INVALID_ARG_TYPE(name, ["string", "SocketAddress"], address);
  }
}

const kRules = Symbol("kRules");

export class BlockList {
  constructor() {
    this[kRules] = [];
  }

  static isBlockList(value) {
    return value instanceof BlockList;
  }

  addAddress(address, family = "ipv4") {
    validateAddress(address, "address");
    if (!(address instanceof SocketAddress)) family = validateFamily(family, "family");
    const p = parseAddr(address, family);
    const label = address instanceof SocketAddress ? address.address : address;
    const fam = address instanceof SocketAddress ? address.family : family;
    this[kRules].unshift({ text: `Address: ${fam === "ipv6" ? "IPv6" : "IPv4"} ${label}`, test: (a) => p !== null && a[0] === p[0] && a[1] === p[1] });
  }

  addRange(start, end, family = "ipv4") {
    validateAddress(start, "start");
    validateAddress(end, "end");
    if (!(start instanceof SocketAddress)) family = validateFamily(family, "family");
    const a = parseAddr(start, family);
    const b = parseAddr(end, family);
    if (a && b && (a[0] !== b[0] || a[1] > b[1])) throw new ERR_INVALID_ARG_VALUE("start", start, "must come before end");
    const ls = start instanceof SocketAddress ? start.address : start;
    const le = end instanceof SocketAddress ? end.address : end;
    const fam = start instanceof SocketAddress ? start.family : family;
    this[kRules].unshift({
      text: `Range: ${fam === "ipv6" ? "IPv6" : "IPv4"} ${ls}-${le}`,
      test: (x) => a !== null && b !== null && x[0] === a[0] && x[1] >= a[1] && x[1] <= b[1],
    });
  }

  addSubnet(network, prefix, family = "ipv4") {
    validateAddress(network, "network");
    if (!(network instanceof SocketAddress)) family = validateFamily(family, "family");
    else family = network.family;
    validateInt32(prefix, "prefix", 0, family === "ipv6" ? 128 : 32);
    const n = parseAddr(network, family);
    const label = network instanceof SocketAddress ? network.address : network;
    const bits = BigInt(family === "ipv6" ? 128 : 32);
    const shift = bits - BigInt(prefix);
    const fam6 = family === "ipv6";
    this[kRules].unshift({
      text: `Subnet: ${fam6 ? "IPv6" : "IPv4"} ${label}/${prefix}`,
      test: (x) => {
        if (n === null) return false;
        let nv = n[1];
        let xv = x[1];
        if (fam6 && n[0] === 6 && x[0] === 4) xv = 0xffff00000000n | xv;
        else if (x[0] !== n[0]) return false;
        if (fam6 && n[0] === 4) nv = 0xffff00000000n | nv;
        if (fam6 && x[0] === 4 && n[0] === 4) xv = 0xffff00000000n | xv;
        return xv >> shift === nv >> shift;
      },
    });
  }

  check(address, family = "ipv4") {
    validateAddress(address, "address");
    if (!(address instanceof SocketAddress)) family = validateFamily(family, "family");
    const a = parseAddr(address, family);
    if (a === null) return false;
    return this[kRules].some((r) => r.test(a));
  }

  get rules() {
    const order = (t) => (t.startsWith("Address") ? 0 : t.startsWith("Subnet") ? 1 : 2);
    return this[kRules].map((r) => r.text).sort((a, b) => order(a) - order(b));
  }

  [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

const kAddr = Symbol("kAddr");

export class SocketAddress {
  constructor(options = {}) {
    if (options === null || typeof options !== "object") throw new ERR_INVALID_ARG_TYPE("options", "Object", options);
    let { family = "ipv4" } = options;
    family = validateFamily(family, "options.family");
    const { address = family === "ipv4" ? "127.0.0.1" : "::", port = 0, flowlabel = 0 } = options;
    if (typeof address !== "string") throw new ERR_INVALID_ARG_TYPE("options.address", "string", address);
    validatePort(port, "options.port");
    if (typeof flowlabel !== "number" || !Number.isInteger(flowlabel) || flowlabel < 0 || flowlabel > 0xffffffff) {
      validateUint32(flowlabel, "options.flowlabel");
    }
    if (!(family === "ipv4" ? isIPv4(address) : isIPv6(address))) {
      throw new ERR_INVALID_ADDRESS(address);
    }
    this[kAddr] = { address, port: Number(port) | 0, family, flowlabel };
  }

  static isSocketAddress(value) {
    return value instanceof SocketAddress;
  }

  static parse(input) {
    if (typeof input !== "string") throw new ERR_INVALID_ARG_TYPE("input", "string", input);
    let address;
    let port = 0;
    const m6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(input);
    if (m6) {
      address = m6[1];
      if (m6[2] !== undefined) port = Number(m6[2]);
    } else {
      const i = input.lastIndexOf(":");
      if (i !== -1 && input.indexOf(":") === i) {
        address = input.slice(0, i);
        port = input.slice(i + 1) === "" ? 0 : Number(input.slice(i + 1));
      } else {
        address = input;
      }
    }
    // Parsed as an http URL, so the default port 80 reads back as 0.
    if (port === 80) port = 0;
    const family = isIPv4(address) ? "ipv4" : isIPv6(address) ? "ipv6" : null;
    if (family === null || !Number.isInteger(port) || port < 0 || port > 65535) return undefined;
    try {
      return new SocketAddress({ address, port, family });
    } catch {
      return undefined;
    }
  }

  get address() {
    return this[kAddr].address;
  }
  get port() {
    return this[kAddr].port;
  }
  get family() {
    return this[kAddr].family;
  }
  get flowlabel() {
    return this[kAddr].flowlabel;
  }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

const net = {
  _normalizeArgs: normalizeConnectArgs,
  BlockList,
  SocketAddress,
  connect,
  createConnection,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream,
  getDefaultAutoSelectFamily: () => autoSelectFamily,
  setDefaultAutoSelectFamily: (v) => {
    autoSelectFamily = Boolean(v);
  },
  getDefaultAutoSelectFamilyAttemptTimeout: () => autoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout: (v) => {
    autoSelectFamilyAttemptTimeout = v;
  },
};
export default net;
