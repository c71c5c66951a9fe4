// BroadcastChannel between the main thread and two workers.
const { Worker, BroadcastChannel } = require('worker_threads');
const bc = new BroadcastChannel('news');
const code = `
const { BroadcastChannel, workerData } = require('worker_threads');
const bc = new BroadcastChannel('news');
bc.onmessage = (e) => {
  if (e.data === 'stop') { bc.close(); return; }
  bc.postMessage(workerData + ' got ' + e.data);
};
require('worker_threads').parentPort.once('message', () => require('worker_threads').parentPort.postMessage('ready'));
`;
const got = [];
let online = 0;
const workers = [new Worker(code, { eval: true, workerData: 'A' }), new Worker(code, { eval: true, workerData: 'B' })];
bc.onmessage = (e) => {
  got.push(e.data);
  if (got.length === 2) {
    console.log(got.sort());
    bc.postMessage('stop');
    bc.close();
  }
};
for (const w of workers) {
  w.on('message', () => { if (++online === 2) bc.postMessage('hello'); });
  w.on('exit', (c) => console.log('exit', c));
}
// Workers say when their channel exists.
for (const w of workers) w.postMessage('ready?');
