// As in Node 24, a waiting lock request does not keep the event loop
// alive: the process ends when nothing else is left, here while a request
// waits for a lock held by this thread and another for a lock held by an
// unref'd worker. Handles that are alive (a timer) do keep it running.
const { Worker, locks } = require('worker_threads');

let granted = [];
process.on('exit', (code) => console.log('exit', code, 'granted:', granted));

// Released by a timer: the timer keeps the process alive until then.
locks.request('timed', () => new Promise((resolve) => setTimeout(resolve, 20)));
locks.request('timed', () => granted.push('timed'));

// Never released.
locks.request('forever', () => new Promise(() => {}));
locks.request('forever', () => granted.push('forever (not expected)'));

const worker = new Worker(`
const { locks, parentPort } = require('worker_threads');
setInterval(() => {}, 1000);
locks.request('w', () => {
  parentPort.postMessage('held');
  return new Promise(() => {});
});
`, { eval: true });
worker.once('message', () => {
  worker.unref();
  locks.request('w', () => granted.push('w (not expected)'));
  console.log('waiting for w');
});
