// The primary's listener in SCHED_NONE mode: one bound socket whose fd every
// worker receives and accepts on itself.
import { op_dgram_bind, op_net_listen_tcp, op_net_listen_unix } from "ext:core/ops";
import { NativeHandle } from "ext:host/internal/net/native_handle.js";

export class SharedHandle {
  constructor(key, address, { port, addressType, flags, backlog }) {
    this.key = key;
    this.workers = new Map();
    this.handle = null;
    this.errno = 0;
    try {
      if (addressType === "udp4" || addressType === "udp6") {
        const info = op_dgram_bind(addressType === "udp6" ? 6 : 4, address ?? "", port, true, false);
        this.handle = new NativeHandle({ fd: info.fd, kind: "udp", ownerRid: info.rid });
      } else if (port >= 0) {
        const info = op_net_listen_tcp(address ?? "", port, backlog ?? 511, Boolean(flags & 1));
        this.handle = new NativeHandle({ rid: info.rid, kind: "tcp", listening: true });
      } else {
        const rid = op_net_listen_unix(address, backlog ?? 511);
        this.handle = new NativeHandle({ rid, kind: "pipe", listening: true });
      }
    } catch (e) {
      this.errno = -(e.errno ?? 22);
    }
  }

  add(worker, send) {
    this.workers.set(worker.id, worker);
    send(this.errno, null, this.handle);
  }

  remove(worker) {
    if (!this.workers.has(worker.id)) return false;
    this.workers.delete(worker.id);
    if (this.workers.size !== 0) return false;
    this.handle?.close();
    this.handle = null;
    return true;
  }
}
