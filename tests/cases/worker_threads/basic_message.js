// parentPort messaging, workerData, online/message/exit order, threadId.
const { Worker, isMainThread, threadId } = require('worker_threads');
console.log('main', isMainThread, threadId);
const w = new Worker(`
const { parentPort, workerData, isMainThread, threadId } = require('worker_threads');
parentPort.postMessage({ isMainThread, threadId, workerData });
parentPort.on('message', (m) => {
  if (m === 'bye') { parentPort.close(); return; }
  parentPort.postMessage(m * 2);
});
`, { eval: true, workerData: { list: [1, 2, 3], when: new Date(0), big: 12345678901234567890n } });
console.log('threadId', w.threadId);
w.on('online', () => console.log('online'));
let n = 0;
w.on('message', (m) => {
  console.log('message', m);
  if (n < 3) w.postMessage(++n);
  else w.postMessage('bye');
});
w.on('exit', (code) => console.log('exit', code, w.threadId));
