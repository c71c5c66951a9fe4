// worker_threads.postMessageToThread() and process 'workerMessage': a
// message to any thread by its threadId (ops/src/worker_messaging.rs
// carries it), settled with what the target's listeners did.
import { core } from "ext:core/mod.js";
import { op_worker_post_to_thread } from "ext:core/ops";
import { E, codes } from "ext:host/internal/errors.js";
import { detachTransferred, postTransferList } from "ext:host/internal/worker/io.js";
import { threadState } from "ext:host/internal/worker/bootstrap.js";

E("ERR_WORKER_MESSAGING_ERRORED", "The destination thread threw an error while processing the message", Error);
E("ERR_WORKER_MESSAGING_FAILED", "Cannot find the destination thread or listener", Error);
E("ERR_WORKER_MESSAGING_SAME_THREAD", "Cannot sent a message to the same thread", Error);
E("ERR_WORKER_MESSAGING_TIMEOUT", "Sending a message to another thread timed out", Error);

// Statuses from Rust: 0 delivered, 1 no thread or no listener, 2 a
// listener threw.
const STATUS_OK = 0;
const STATUS_ERRORED = 2;

// request id -> { resolve, reject, timer }
const pending = new Map();
let nextRequest = 1;

function settle(request, status) {
  const entry = pending.get(request);
  if (entry === undefined) return;
  pending.delete(request);
  if (entry.timer !== undefined) clearTimeout(entry.timer);
  if (status === STATUS_OK) entry.resolve();
  else if (status === STATUS_ERRORED) entry.reject(new codes.ERR_WORKER_MESSAGING_ERRORED());
  else entry.reject(new codes.ERR_WORKER_MESSAGING_FAILED());
}

function send(threadId, value, transferList, timeout) {
  if (typeof transferList === "number" && timeout === undefined) {
    timeout = transferList;
    transferList = undefined;
  }
  const list = postTransferList(transferList);
  if (timeout !== undefined) {
    if (typeof timeout !== "number") throw new codes.ERR_INVALID_ARG_TYPE("timeout", "number", timeout);
    if (!(timeout >= 0)) throw new codes.ERR_OUT_OF_RANGE("timeout", ">= 0", timeout);
  }
  if (threadId === threadState.threadId) throw new codes.ERR_WORKER_MESSAGING_SAME_THREAD();
  if (typeof threadId !== "number" || !Number.isInteger(threadId) || threadId < 0 || threadId > 0xffffffff) {
    throw new codes.ERR_WORKER_MESSAGING_FAILED();
  }
  const request = nextRequest++;
  if (!op_worker_post_to_thread(threadId, request, value, list)) throw new codes.ERR_WORKER_MESSAGING_FAILED();
  detachTransferred(list);
  return new Promise((resolve, reject) => {
    const entry = { resolve, reject, timer: undefined };
    // The pending answer alone does not keep this thread alive (as in
    // Node); a timeout does.
    if (timeout !== undefined) {
      entry.timer = setTimeout(() => {
        pending.delete(request);
        reject(new codes.ERR_WORKER_MESSAGING_TIMEOUT());
      }, timeout);
    }
    pending.set(request, entry);
  });
}

/** worker_threads.postMessageToThread(threadId, value[, transferList][, timeout]) */
export async function postMessageToThread(threadId, value, transferList, timeout) {
  return send(threadId, value, transferList, timeout);
}

// A message for this thread (a macrotask from Rust). Listener errors go
// back to the sender, not to this thread's uncaught exception handling.
function onWorkerMessage(value, source) {
  const process = globalThis.process;
  if (process.listenerCount("workerMessage") === 0) return 1;
  let status = STATUS_OK;
  try {
    process.emit("workerMessage", value, source);
  } catch {
    status = STATUS_ERRORED;
  }
  core.runNextTicks();
  return status;
}

function onReply(request, status) {
  settle(request, status);
  core.runNextTicks();
}

for (const [name, value] of [
  ["host.workerMessage", onWorkerMessage],
  ["host.workerMessageReply", onReply],
]) {
  Object.defineProperty(globalThis, Symbol.for(name), { value, configurable: true });
}
