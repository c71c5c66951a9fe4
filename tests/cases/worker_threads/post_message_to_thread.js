// postMessageToThread(): messages between threads that are not parent and
// child, process 'workerMessage', and each way it can fail.
const { Worker, postMessageToThread, threadId, workerData } = require('worker_threads');

const show = (label) => [
  () => console.log(label, 'ok'),
  (e) => console.log(label, e.name, e.code, e.message),
];

if (workerData?.role === 'leaf') {
  // Three levels down: talk to the main thread directly.
  const keep = setInterval(() => {}, 1000);
  (async () => {
    await postMessageToThread(0, { hello: 'from the leaf' }).then(...show('leaf -> main'));
    await postMessageToThread(0, 'throw').then(...show('listener throws'));
    await postMessageToThread(threadId, 'self').then(...show('same thread'));
    await postMessageToThread(9999, 'nobody').then(...show('unknown thread'));
    await postMessageToThread(workerData.parentId, 'no listener').then(...show('no listener'));
    clearInterval(keep);
  })();
} else if (workerData?.role === 'middle') {
  new Worker(__filename, { workerData: { role: 'leaf', parentId: threadId } });
} else if (workerData?.role === 'busy') {
  const { parentPort } = require('worker_threads');
  const got = [];
  process.on('workerMessage', (value, source) => {
    if (value === 'slow') {
      const end = Date.now() + 600;
      while (Date.now() < end);
    } else {
      got.push([value, source]);
    }
  });
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    parentPort.postMessage(got);
    parentPort.close();
  });
} else {
  // Printed after the chain ends: worker output reaches this thread's
  // stdout on its own schedule.
  const got = [];
  process.on('workerMessage', (value, source) => {
    got.push([value, source > 0]);
    if (value === 'throw') throw new Error('not an uncaught exception');
  });
  const top = new Worker(__filename, { workerData: { role: 'middle' } });
  top.on('exit', async (code) => {
    console.log('chain exited', code, 'main got', got);
    const busy = new Worker(__filename, { workerData: { role: 'busy' } });
    busy.once('message', async () => {
      const t = busy.threadId;
      await postMessageToThread(t, { n: 1 }).then(...show('main -> worker'));
      await postMessageToThread(t, 'timeout as third argument', 5000).then(...show('numeric timeout'));
      await postMessageToThread(t, 'x', [], 'soon').then(...show('bad timeout'));
      await postMessageToThread(t, 'x', [], -1).then(...show('negative timeout'));
      await postMessageToThread(t, 'x', 'list').then(...show('bad transfer list'));
      await postMessageToThread(t, () => {}).then(...show('uncloneable'));
      const ab = new ArrayBuffer(8);
      await postMessageToThread(t, ab, [ab]).then(...show('transfer'));
      console.log('sender buffer detached:', ab.byteLength === 0);
      await postMessageToThread(t, 'slow', 50).then(...show('slow listener'));
      console.log('returns a promise:', postMessageToThread(-1, 'x').catch(() => {}) instanceof Promise);
      busy.postMessage('report');
      busy.once('message', (got) => console.log('busy worker got', got));
    });
  });
}
