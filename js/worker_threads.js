// node:worker_threads
import {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  isMarkedAsUntransferable,
  markAsUncloneable,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  structuredClone,
} from "ext:host/internal/worker/io.js";
import { SHARE_ENV, Worker, environmentData } from "ext:host/internal/worker/worker.js";
import { threadState } from "ext:host/internal/worker/bootstrap.js";
import { postMessageToThread } from "ext:host/internal/worker/messaging.js";

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

const workerThreads = {
  Worker,
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  SHARE_ENV,
  receiveMessageOnPort,
  markAsUntransferable,
  isMarkedAsUntransferable,
  markAsUncloneable,
  moveMessagePortToContext,
  setEnvironmentData,
  getEnvironmentData,
  postMessageToThread,
};
// Per-isolate values, read when first used (never at build time).
for (const key of ["isMainThread", "parentPort", "workerData", "threadId", "resourceLimits"]) {
  Object.defineProperty(workerThreads, key, {
    get: () => threadState[key],
    enumerable: true,
    configurable: true,
  });
}

export { BroadcastChannel, MessageChannel, MessageEvent, MessagePort, structuredClone };
export default workerThreads;
