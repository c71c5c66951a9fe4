// node:cluster - the primary or the worker side, decided on first require
// by NODE_UNIQUE_ID (set by the primary for its workers).
import { createPrimary } from "ext:host/internal/cluster/primary.js";
import { createChild } from "ext:host/internal/cluster/child.js";

let instance = null;

/** The cluster module of this process (the bootstrap sets a worker up early). */
export function getCluster() {
  if (instance === null) {
    instance = process.env.NODE_UNIQUE_ID !== undefined ? createChild() : createPrimary();
  }
  return instance;
}

/** Called by the bootstrap of a worker process (NODE_UNIQUE_ID set). */
export function setupClusterWorker() {
  const cluster = getCluster();
  cluster._setupWorker();
  delete process.env.NODE_UNIQUE_ID;
}

// The registry (internal/bootstrap/builtins.js) calls this on first require;
// Symbol.for avoids importing the registry, which imports this module.
export default { [Symbol.for("host.builtinLazyInit")]: getCluster };
