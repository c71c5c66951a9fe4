// node:worker_threads
import {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  isMarkedAsUntransferable,
  markAsUncloneable,
  markAsUntransferable,
  receiveMessageOnPort,
  structuredClone,
} from "ext:host/internal/worker/io.js";
import { moveMessagePortToContext } from "ext:host/internal/worker/moved_port.js";
import { SHARE_ENV, Worker, environmentData } from "ext:host/internal/worker/worker.js";
import { onThreadStateChange, threadState } from "ext:host/internal/worker/bootstrap.js";
import { postMessageToThread } from "ext:host/internal/worker/messaging.js";
import { locks } from "ext:host/internal/locks.js";

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

// Node's key order; the per-thread values hold the main thread's until a
// worker's bootstrap publishes its own.
const workerThreads = {
  isInternalThread: threadState.isInternalThread,
  isMainThread: threadState.isMainThread,
  MessagePort,
  MessageChannel,
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: threadState.resourceLimits,
  postMessageToThread,
  threadId: threadState.threadId,
  threadName: threadState.threadName,
  SHARE_ENV,
  Worker,
  parentPort: threadState.parentPort,
  workerData: threadState.workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
  locks,
};

onThreadStateChange((state) => {
  for (const key of ["isInternalThread", "isMainThread", "resourceLimits", "threadId", "threadName", "parentPort", "workerData"]) {
    workerThreads[key] = state[key];
  }
});

export { BroadcastChannel, MessageChannel, MessageEvent, MessagePort, structuredClone };
export default workerThreads;
