// The primary side of cluster: forks workers and answers their
// NODE_CLUSTER messages (online, queryServer, listening, close...).
import { EventEmitter } from "ext:host/events.js";
import { fork } from "ext:host/child_process.js";
import { Worker } from "ext:host/internal/cluster/worker.js";
import { internal, sendHelper } from "ext:host/internal/cluster/utils.js";
import { RoundRobinHandle } from "ext:host/internal/cluster/round_robin_handle.js";
import { SharedHandle } from "ext:host/internal/cluster/shared_handle.js";

const SCHED_NONE = 1;
const SCHED_RR = 2;

export function createPrimary() {
  const cluster = new EventEmitter();
  const intercom = new EventEmitter();
  const handles = new Map();
  let initialized = false;
  let ids = 0;

  const policyEnv = process.env.NODE_CLUSTER_SCHED_POLICY;
  let schedulingPolicy = policyEnv === "none" ? SCHED_NONE : policyEnv === "rr" ? SCHED_RR : SCHED_RR;

  cluster.isWorker = false;
  cluster.isMaster = true;
  cluster.isPrimary = true;
  cluster.Worker = Worker;
  cluster.workers = {};
  cluster.settings = {};
  cluster.SCHED_NONE = SCHED_NONE;
  cluster.SCHED_RR = SCHED_RR;
  Object.defineProperty(cluster, "schedulingPolicy", {
    get: () => schedulingPolicy,
    set: (v) => {
      if (!initialized) schedulingPolicy = v;
    },
    enumerable: true,
    configurable: true,
  });

  cluster.setupPrimary = function setupPrimary(options) {
    const settings = {
      args: process.argv.slice(2),
      exec: process.argv[1],
      execArgv: process.execArgv,
      silent: false,
      ...cluster.settings,
      ...options,
    };
    cluster.settings = settings;
    if (initialized === true) {
      process.nextTick(() => cluster.emit("setup", settings));
      return;
    }
    initialized = true;
    if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
      schedulingPolicy = SCHED_RR;
    }
    process.nextTick(() => cluster.emit("setup", settings));
  };
  cluster.setupMaster = cluster.setupPrimary;

  function createWorkerProcess(id, env) {
    const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
    const s = cluster.settings;
    return fork(s.exec, s.args, {
      cwd: s.cwd,
      env: workerEnv,
      serialization: s.serialization,
      silent: s.silent,
      windowsHide: s.windowsHide,
      execArgv: [...(s.execArgv ?? [])],
      stdio: s.stdio,
      gid: s.gid,
      uid: s.uid,
    });
  }

  function removeWorker(worker) {
    delete cluster.workers[worker.id];
    if (Object.keys(cluster.workers).length === 0) intercom.emit("disconnect");
  }

  function removeHandlesForWorker(worker) {
    for (const [key, handle] of handles) {
      if (handle.remove(worker)) handles.delete(key);
    }
  }

  function send(worker, message, handle, cb) {
    return sendHelper(worker.process, message, handle, cb);
  }

  cluster.fork = function forkWorker(env) {
    cluster.setupPrimary();
    const id = ++ids;
    const workerProcess = createWorkerProcess(id, env);
    const worker = new Worker({ id, process: workerProcess });
    worker.on("message", function (message, handle) {
      cluster.emit("message", this, message, handle);
    });
    worker.process.once("exit", (exitCode, signalCode) => {
      if (!worker.isConnected()) {
        removeHandlesForWorker(worker);
        removeWorker(worker);
      }
      worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
      worker.state = "dead";
      worker.emit("exit", exitCode, signalCode);
      cluster.emit("exit", worker, exitCode, signalCode);
    });
    worker.process.once("disconnect", () => {
      removeHandlesForWorker(worker);
      if (worker.isDead()) removeWorker(worker);
      worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
      worker.state = "disconnected";
      worker.emit("disconnect");
      cluster.emit("disconnect", worker);
    });
    worker.process.on("internalMessage", internal(worker, onmessage));
    process.nextTick(() => cluster.emit("fork", worker));
    cluster.workers[worker.id] = worker;
    return worker;
  };

  cluster.disconnect = function disconnect(cb) {
    const workers = Object.keys(cluster.workers);
    if (workers.length === 0) {
      process.nextTick(() => intercom.emit("disconnect"));
    } else {
      for (const key of workers) {
        const worker = cluster.workers[key];
        if (worker.isConnected()) worker.disconnect();
      }
    }
    if (typeof cb === "function") intercom.once("disconnect", cb);
  };

  function onmessage(message, handle) {
    const worker = this;
    void handle;
    switch (message.act) {
      case "online":
        worker.state = "online";
        worker.emit("online");
        cluster.emit("online", worker);
        break;
      case "queryServer":
        queryServer(worker, message);
        break;
      case "listening": {
        const info = { addressType: message.addressType, address: message.address, port: message.port, fd: message.fd };
        worker.state = "listening";
        worker.emit("listening", info);
        cluster.emit("listening", worker, info);
        break;
      }
      case "exitedAfterDisconnect":
        worker.exitedAfterDisconnect = true;
        send(worker, { ack: message.seq });
        break;
      case "close": {
        const h = handles.get(message.key);
        if (h && h.remove(worker)) handles.delete(message.key);
        break;
      }
    }
  }

  function queryServer(worker, message) {
    if (worker.exitedAfterDisconnect) return;
    const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:${message.index}`;
    let handle = handles.get(key);
    if (handle === undefined) {
      let Handle = RoundRobinHandle;
      if (schedulingPolicy !== SCHED_RR || message.addressType === "udp4" || message.addressType === "udp6") {
        Handle = SharedHandle;
      }
      handle = new Handle(key, message.address, message);
      handles.set(key, handle);
    }
    if (!handle.data) handle.data = message.data;
    handle.add(worker, (errno, reply, h) => {
      const { data } = handles.get(key) ?? {};
      if (errno) handles.delete(key);
      send(worker, { errno, key, ack: message.seq, data, ...reply }, h);
    });
  }

  Worker.prototype.disconnect = function () {
    this.exitedAfterDisconnect = true;
    send(this, { act: "disconnect" });
    removeHandlesForWorker(this);
    removeWorker(this);
    return this;
  };

  Worker.prototype.destroy = function (signo) {
    const proc = this.process;
    const signal = signo || "SIGTERM";
    if (this.isConnected()) {
      this.once("disconnect", () => proc.kill(signal));
      this.disconnect();
      return;
    }
    proc.kill(signal);
  };

  return cluster;
}
