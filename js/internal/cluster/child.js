// The worker side of cluster (NODE_UNIQUE_ID set): servers ask the primary
// for their listening handle, and round-robin connections arrive as
// 'newconn' messages.
import { EventEmitter } from "ext:host/events.js";
import { Worker } from "ext:host/internal/cluster/worker.js";
import { internal, sendHelper } from "ext:host/internal/cluster/utils.js";
import { isNativeHandle } from "ext:host/internal/net/native_handle.js";
import { exceptionWithHostPort } from "ext:host/internal/errors.js";
import { isIP } from "ext:host/net.js";

const TIMEOUT_MAX = 2 ** 31 - 1;

export function createChild() {
  const cluster = new EventEmitter();
  const handles = new Map();
  const indexes = new Map();

  cluster.isWorker = true;
  cluster.isMaster = false;
  cluster.isPrimary = false;
  cluster.worker = null;
  cluster.Worker = Worker;

  function send(message, cb) {
    return sendHelper(process, message, null, cb);
  }

  cluster._setupWorker = function setupWorker() {
    const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: "none" });
    cluster.worker = worker;
    process.once("disconnect", () => {
      worker.emit("disconnect");
      if (!worker.exitedAfterDisconnect) {
        // The primary went away: the worker ends with it.
        process.exit(0);
      }
    });
    process.on("internalMessage", internal(worker, onmessage));
    send({ act: "online" });
    function onmessage(message, handle) {
      if (message.act === "newconn") onconnection(message, handle);
      else if (message.act === "disconnect") Reflect.apply(_disconnect, worker, [true]);
    }
  };

  function removeIndexesKey(indexesKey, index) {
    const indexSet = indexes.get(indexesKey);
    if (!indexSet) return;
    indexSet.set.delete(index);
    if (indexSet.set.size === 0) indexes.delete(indexesKey);
  }

  // obj is a net.Server (or dgram.Socket).
  cluster._getServer = function getServer(obj, options, cb) {
    const address = options.address;
    const indexesKey = [address, options.port, options.addressType, options.fd].join(":");
    let indexSet = indexes.get(indexesKey);
    if (indexSet === undefined) {
      indexSet = { nextIndex: 0, set: new Set() };
      indexes.set(indexesKey, indexSet);
    }
    const index = indexSet.nextIndex++;
    indexSet.set.add(index);
    const message = { act: "queryServer", index, data: null, ...options };
    message.address = address;
    send(message, (reply, handle) => {
      if (handle) shared(reply, { handle, indexesKey, index }, cb);
      else rr(reply, { indexesKey, index }, cb);
    });
    obj.once("listening", () => {
      if (cluster.worker) cluster.worker.state = "listening";
      const a = obj.address();
      message.act = "listening";
      message.port = (a && a.port) || options.port;
      send(message);
    });
  };

  function shared(message, { handle, indexesKey, index }, cb) {
    const key = message.key;
    const close = handle.close;
    handle.close = function (...args) {
      send({ act: "close", key });
      handles.delete(key);
      removeIndexesKey(indexesKey, index);
      return Reflect.apply(close, handle, args);
    };
    handles.set(key, handle);
    cb(message.errno, handle);
  }

  function rr(message, { indexesKey, index }, cb) {
    if (message.errno) {
      cb(message.errno, null);
      return;
    }
    let key = message.key;
    let keepAlive = null;
    const handle = {
      owner: null,
      ref() {
        keepAlive ??= setInterval(() => {}, TIMEOUT_MAX);
      },
      unref() {
        if (keepAlive) {
          clearInterval(keepAlive);
          keepAlive = null;
        }
      },
      listen() {
        return 0;
      },
      close(callback) {
        if (key !== undefined) {
          handle.unref();
          send({ act: "close", key });
          handles.delete(key);
          removeIndexesKey(indexesKey, index);
          key = undefined;
        }
        if (typeof callback === "function") process.nextTick(callback);
      },
    };
    if (message.sockname) {
      handle.getsockname = (out) => {
        if (key) Object.assign(out, message.sockname);
        return 0;
      };
    }
    handles.set(key, handle);
    handle.ref();
    cb(0, handle);
  }

  function onconnection(message, handle) {
    const server = handles.get(message.key);
    let accepted = server !== undefined;
    const owner = server?.owner;
    if (accepted && owner && owner.maxConnections != null && owner._connections >= owner.maxConnections) accepted = false;
    send({ ack: message.seq, accepted });
    if (accepted && owner) owner._acceptNative(handle);
    else handle?.close?.();
  }

  function _disconnect(primaryInitiated) {
    this.exitedAfterDisconnect = true;
    let waitingCount = 1;
    const checkWaitingCount = () => {
      waitingCount--;
      if (waitingCount === 0) {
        if (primaryInitiated) process.disconnect();
        else send({ act: "exitedAfterDisconnect" }, () => process.disconnect());
      }
    };
    for (const handle of handles.values()) {
      waitingCount++;
      if (handle.owner) handle.owner.close(checkWaitingCount);
      else handle.close(checkWaitingCount);
    }
    handles.clear();
    checkWaitingCount();
  }

  Worker.prototype.disconnect = function () {
    if (this.state !== "disconnecting" && this.state !== "destroying") {
      this.state = "disconnecting";
      Reflect.apply(_disconnect, this, []);
    }
    return this;
  };

  Worker.prototype.destroy = function () {
    if (this.state === "destroying") return;
    this.exitedAfterDisconnect = true;
    if (!this.isConnected()) {
      process.exit(0);
    } else {
      this.state = "destroying";
      send({ act: "exitedAfterDisconnect" }, () => process.disconnect());
      process.once("disconnect", () => process.exit(0));
    }
  };

  // net.Server.listen() in a worker asks the primary (see js/net.js).
  globalThis[Symbol.for("host.cluster.listen")] = (server, { port, host, backlog, path }) => {
    let address = null;
    let addressType = 4;
    if (path !== undefined) {
      address = path;
      addressType = -1;
      port = -1;
    } else if (host) {
      address = host === "localhost" ? "127.0.0.1" : host;
      addressType = isIP(address) === 6 ? 6 : 4;
    }
    const listeningId = (server._listeningId = (server._listeningId ?? 0) + 1);
    cluster._getServer(server, { address, port, addressType, backlog }, (errno, handle) => {
      if (listeningId !== server._listeningId) {
        handle?.close?.();
        return;
      }
      if (errno) {
        server.emit("error", exceptionWithHostPort(-errno, "bind", address, port));
        return;
      }
      if (isNativeHandle(handle)) {
        handle.owner = server;
        server._listenFd(handle.takeFd());
      } else {
        handle.owner = server;
        server._listenViaPrimary(handle);
      }
    });
    return true;
  };

  return cluster;
}
