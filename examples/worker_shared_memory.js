// Shared memory between threads: four workers add into one
// SharedArrayBuffer with Atomics; the main thread waits with Atomics.wait.
//   host examples/worker_shared_memory.js
const { Worker } = require('worker_threads');

const WORKERS = 4;
const PER_WORKER = 100000;
const shared = new SharedArrayBuffer(8);
const counters = new Int32Array(shared); // [0]: sum, [1]: workers done

for (let i = 0; i < WORKERS; i++) {
  new Worker(`
    const { workerData } = require('worker_threads');
    const counters = new Int32Array(workerData.shared);
    for (let i = 0; i < workerData.n; i++) Atomics.add(counters, 0, 1);
    Atomics.add(counters, 1, 1);
    Atomics.notify(counters, 1);
  `, { eval: true, workerData: { shared, n: PER_WORKER } });
}

// Block this thread until every worker has finished (Node allows
// Atomics.wait on the main thread).
for (let done = Atomics.load(counters, 1); done < WORKERS; done = Atomics.load(counters, 1)) {
  Atomics.wait(counters, 1, done);
}
console.log(`sum ${Atomics.load(counters, 0)} (expected ${WORKERS * PER_WORKER})`);
