// Uncaught error in a worker: 'error' with the original error, then exit 1.
// process.exit() in a worker ends only the worker.
const { Worker } = require('worker_threads');
const w = new Worker(`
const e = new TypeError('boom'); e.code = 'E_BOOM';
throw e;
`, { eval: true });
w.on('error', (e) => console.log('error', e instanceof TypeError, e.name, e.message, e.code));
w.on('exit', (code) => {
  console.log('exit', code);
  const w2 = new Worker('process.on("exit", (c) => console.log("worker exit event", c)); process.exit(7); console.log("not here")', { eval: true });
  w2.on('exit', (c) => {
    console.log('exit2', c);
    const w3 = new Worker('Promise.reject(new Error("rejected"))', { eval: true });
    w3.on('error', (e) => console.log('error3', e.message));
    w3.on('exit', (c) => console.log('exit3', c));
  });
});
