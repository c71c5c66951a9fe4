// execArgv: given to the worker as process.execArgv; -r preloads run first.
const { Worker } = require('worker_threads');
const w = new Worker(`
  require('worker_threads').parentPort.postMessage({ execArgv: process.execArgv, preloaded: globalThis.preloaded });
`, { eval: true, execArgv: ['--no-warnings', '-r', './fixtures/preload.js'] });
w.on('message', (m) => console.log(m));
w.on('exit', (c) => console.log('exit', c));
