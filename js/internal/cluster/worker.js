// cluster.Worker, shared by the primary and the worker side.
import { EventEmitter } from "ext:host/events.js";

export class Worker extends EventEmitter {
  constructor(options = {}) {
    super();
    this.exitedAfterDisconnect = undefined;
    this.state = options.state || "none";
    this.id = options.id | 0;
    if (options.process) {
      this.process = options.process;
      this.process.on("error", (code, signal) => this.emit("error", code, signal));
      this.process.on("message", (message, handle) => this.emit("message", message, handle));
    }
  }

  kill(signal = "SIGTERM") {
    return this.destroy(signal);
  }

  send(...args) {
    return this.process.send(...args);
  }

  isDead() {
    return this.process.exitCode != null || this.process.signalCode != null;
  }

  isConnected() {
    return this.process.connected;
  }
}
