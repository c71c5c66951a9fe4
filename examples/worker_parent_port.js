// parentPort messaging: the main thread sends numbers to a worker, which
// answers with their Fibonacci value computed off the main thread.
//   host examples/worker_parent_port.js
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const worker = new Worker(__filename);
  const inputs = [10, 20, 30];
  worker.on('message', ({ n, fib }) => {
    console.log(`fib(${n}) = ${fib}`);
    if (n === inputs[inputs.length - 1]) worker.postMessage('done');
  });
  worker.on('exit', (code) => console.log(`worker exited with ${code}`));
  for (const n of inputs) worker.postMessage(n);
} else {
  const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));
  parentPort.on('message', (n) => {
    if (n === 'done') parentPort.close();
    else parentPort.postMessage({ n, fib: fib(n) });
  });
}
