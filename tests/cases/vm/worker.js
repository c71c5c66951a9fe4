// vm inside a worker thread: runs, timeouts, and terminate() while vm code spins.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const vm = require('vm');
  const { parentPort } = require('worker_threads');
  parentPort.postMessage(vm.runInNewContext('a * 2', { a: 21 }));
  try { vm.runInNewContext('while(true);', {}, { timeout: 20 }); } catch (e) { parentPort.postMessage(e.code); }
  parentPort.postMessage('spinning');
  vm.runInNewContext('while(true);', {}, { timeout: 100000 });
`, { eval: true });
w.on('message', (m) => { console.log('msg', m); if (m === 'spinning') setTimeout(() => w.terminate(), 50); });
w.on('exit', (c) => { console.log('exit', c); const vm = require('vm'); console.log(vm.runInNewContext('1+1')); });
