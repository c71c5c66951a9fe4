// A raw OS handle passed between processes without a JS object around it
// (Node's 'net.Native' / 'dgram.Native' handles): cluster hands accepted
// connections and listening sockets around this way.
import { core } from "ext:core/mod.js";
import { op_net_close_fd, op_net_dup_fd, op_net_fd } from "ext:core/ops";

export const kNativeHandle = Symbol.for("host.nativeHandle");

export class NativeHandle {
  // kind: "tcp" | "pipe" | "udp"; either an fd we own or a net resource id.
  // ownerRid: a resource (e.g. a UDP socket) that owns `fd` and is closed with it.
  constructor({ fd = -1, rid = null, kind = "tcp", listening = false, ownerRid = null }) {
    this._ownerRid = ownerRid;
    this[kNativeHandle] = true;
    this.kind = kind;
    this.listening = listening;
    this._fd = fd;
    this._rid = rid;
    this.closed = false;
  }

  get fd() {
    if (this._rid !== null) return op_net_fd(this._rid);
    return this._fd;
  }

  // A duplicate of the fd for sending; ours stays open until close().
  dupFd() {
    if (this._rid !== null) return op_net_dup_fd(this._rid);
    return this._fd;
  }

  // Give the fd away (the receiver adopts it); this handle no longer owns it.
  takeFd() {
    if (this._rid !== null) {
      const fd = op_net_dup_fd(this._rid);
      this.close();
      return fd;
    }
    const fd = this._fd;
    this._fd = -1;
    this.closed = true;
    return fd;
  }

  close(cb) {
    if (!this.closed) {
      this.closed = true;
      if (this._rid !== null) core.tryClose(this._rid);
      else if (this._ownerRid !== null) core.tryClose(this._ownerRid);
      else if (this._fd >= 0) op_net_close_fd(this._fd);
      this._fd = -1;
    }
    if (typeof cb === "function") process.nextTick(cb);
  }

  ref() {}
  unref() {}
}

export function isNativeHandle(v) {
  return v !== null && typeof v === "object" && v[kNativeHandle] === true;
}
