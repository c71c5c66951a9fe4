// Node's cluster message helpers: NODE_CLUSTER messages with seq/ack.
let seq = 0;
const callbacks = new Map();

/** Send a cluster message (and optional handle) to `proc`; `cb(reply, handle)` on its ack. */
export function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  message = { cmd: "NODE_CLUSTER", ...message, seq };
  if (typeof cb === "function") callbacks.set(seq, cb);
  seq += 1;
  return proc.send(message, handle);
}

/** An 'internalMessage' listener: acks go to their callbacks, the rest to `cb`. */
export function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== "NODE_CLUSTER") return;
    let fn = cb;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        fn = callback;
        callbacks.delete(message.ack);
      }
    }
    Reflect.apply(fn, worker, [message, handle]);
  };
}
