// SharedArrayBuffer shared with a worker; Atomics.wait on the main thread
// woken by the worker's Atomics.notify; Atomics.waitAsync.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(16);
const ia = new Int32Array(sab);
const w = new Worker(`
const { workerData, parentPort } = require('worker_threads');
const ia = new Int32Array(workerData);
for (let i = 0; i < 1000; i++) Atomics.add(ia, 1, 1);
Atomics.store(ia, 0, 1);
Atomics.notify(ia, 0);
parentPort.once('message', () => {
  Atomics.store(ia, 2, 42);
  Atomics.notify(ia, 2);
});
`, { eval: true, workerData: sab });
const r = Atomics.wait(ia, 0, 0);
console.log('wait', r === 'ok' || r === 'not-equal', Atomics.load(ia, 1));
const { async, value } = Atomics.waitAsync(ia, 2, 0);
console.log('async', async);
value.then((v) => {
  console.log('waitAsync', v, Atomics.load(ia, 2));
});
w.postMessage('go');
w.on('exit', (c) => console.log('exit', c));
