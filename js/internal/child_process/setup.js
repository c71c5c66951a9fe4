// The child side of fork(): a parent that created an IPC channel left its
// fd in NODE_CHANNEL_FD (and the framing in NODE_CHANNEL_SERIALIZATION_MODE).
// Read and delete both, open the channel, and give `process` Node's
// send()/connected/disconnect()/channel and 'message'/'disconnect' events.
// The channel keeps the process alive only while 'message' or
// 'disconnect' listeners exist.
import { op_ipc_open, op_ipc_set_framing } from "ext:core/ops";
import { setupChannel } from "ext:host/internal/child_process/ipc_channel.js";

export function setupChildIpc(process) {
  const env = process.env;
  const fdText = env.NODE_CHANNEL_FD;
  if (fdText === undefined) return;
  const serialization = env.NODE_CHANNEL_SERIALIZATION_MODE || "json";
  delete env.NODE_CHANNEL_FD;
  delete env.NODE_CHANNEL_SERIALIZATION_MODE;
  const fd = Number.parseInt(fdText, 10);
  if (!(fd >= 0)) return;
  let rid;
  try {
    rid = op_ipc_open(fd);
  } catch {
    return;
  }
  if (serialization === "advanced") op_ipc_set_framing(rid, true);
  const channel = setupChannel(process, rid, serialization, { refed: false });
  process.on("newListener", (name) => {
    if (name === "message" || name === "disconnect") channel.refCounted();
  });
  process.on("removeListener", (name) => {
    if (name === "message" || name === "disconnect") channel.unrefCounted();
  });
}
