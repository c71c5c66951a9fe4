// The primary's listener in round-robin mode: it accepts connections and
// hands each to a free worker with a 'newconn' message (Node's protocol).
import { Server } from "ext:host/net.js";
import { sendHelper } from "ext:host/internal/cluster/utils.js";
import { NativeHandle } from "ext:host/internal/net/native_handle.js";

export class RoundRobinHandle {
  constructor(key, address, { port, fd, flags, backlog }) {
    this.key = key;
    this.all = new Map();
    this.free = new Map();
    this.handles = [];
    this.listening = false;
    this.errno = 0;
    this.server = new Server();
    // Accepted connections stay raw: they are only passed on.
    this.server._onConnectionRaw = (info) => this.distribute(0, new NativeHandle({ rid: info.rid, kind: "tcp" }));
    if (fd >= 0) {
      this.server.listen({ fd, backlog });
    } else if (port >= 0) {
      this.server.listen({ port, host: address ?? undefined, ipv6Only: Boolean(flags & 1), backlog, exclusive: true });
    } else {
      this.server.listen({ path: address, backlog, exclusive: true });
    }
    this.server.once("listening", () => {
      this.listening = true;
    });
  }

  add(worker, send) {
    this.all.set(worker.id, worker);
    const done = () => {
      const a = this.server?.address();
      if (a && typeof a === "object") send(null, { sockname: { address: a.address, family: a.family, port: a.port } }, null);
      else send(null, null, null);
      this.handoff(worker);
    };
    if (this.listening) {
      done();
      return;
    }
    if (this.errno) {
      send(this.errno, null);
      return;
    }
    const onListening = () => {
      this.server.removeListener("error", onError);
      done();
    };
    const onError = (err) => {
      this.server.removeListener("listening", onListening);
      this.errno = err.errno;
      send(err.errno, null);
    };
    this.server.once("listening", onListening);
    this.server.once("error", onError);
  }

  remove(worker) {
    const existed = this.all.delete(worker.id);
    if (!existed) return false;
    this.free.delete(worker.id);
    if (this.all.size !== 0) return false;
    while (this.handles.length > 0) this.handles.shift().close();
    this.server.close();
    return true;
  }

  distribute(_err, handle) {
    this.handles.push(handle);
    const [entry] = this.free;
    if (Array.isArray(entry)) {
      const [workerId, worker] = entry;
      this.free.delete(workerId);
      this.handoff(worker);
    }
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return;
    const handle = this.handles.shift();
    if (handle === undefined) {
      this.free.set(worker.id, worker);
      return;
    }
    const message = { act: "newconn", key: this.key };
    sendHelper(worker.process, message, handle, (reply) => {
      if (reply.accepted) handle.close();
      else this.distribute(0, handle);
      this.handoff(worker);
    });
  }
}
