// terminate() during an endless loop, an endless microtask loop, Atomics.wait,
// and with a nested worker.
const { Worker } = require('worker_threads');
const cases = [
  'for (;;) {}',
  'const f = () => Promise.resolve().then(f); f();',
  'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);',
  `const { Worker } = require('worker_threads');
   const inner = new Worker('setInterval(() => {}, 1000)', { eval: true });
   inner.on('online', () => require('worker_threads').parentPort.postMessage('inner online'));`,
];
function next(i) {
  if (i === cases.length) return;
  const w = new Worker(cases[i], { eval: true });
  let done = false;
  const stop = async () => {
    if (done) return;
    done = true;
    const code = await w.terminate();
    console.log('case', i, 'terminated with', code);
  };
  w.on('message', (m) => { console.log('message', m); stop(); });
  w.on('online', () => { if (i < 3) setTimeout(stop, 20); });
  w.on('exit', (c) => { console.log('exit', i, c); next(i + 1); });
}
next(0);
