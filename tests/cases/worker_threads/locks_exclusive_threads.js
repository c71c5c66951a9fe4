// Exclusive locks serialize across the main thread and two workers: the
// request queue is shared by the whole process and is first-come,
// first-served.
const { Worker, locks } = require('worker_threads');

const shared = new SharedArrayBuffer(64);
const state = new Int32Array(shared); // [0] = holders now, [1] = next slot, [2..] = order

const workerSource = `
const { locks, parentPort, workerData } = require('worker_threads');
const state = new Int32Array(workerData.shared);
// A waiting lock request does not keep a thread alive (as in Node): a timer does.
const keepAlive = setInterval(() => {}, 1000);
locks.request('res', async (lock) => {
  if (Atomics.add(state, 0, 1) !== 0) throw new Error('two holders');
  state[2 + Atomics.add(state, 1, 1)] = workerData.id;
  await new Promise((resolve) => setTimeout(resolve, 10));
  Atomics.sub(state, 0, 1);
  return 'worker ' + workerData.id + ' ' + lock.name + ' ' + lock.mode;
}).then((result) => {
  parentPort.postMessage(result);
  clearInterval(keepAlive);
});
parentPort.postMessage('queued');
`;

function start(id) {
  const worker = new Worker(workerSource, { eval: true, workerData: { shared, id } });
  const messages = [];
  const queued = new Promise((resolve) => {
    worker.on('message', (m) => {
      if (m === 'queued') resolve();
      else messages.push(m);
    });
  });
  const exited = new Promise((resolve) => worker.on('exit', resolve));
  return { queued, exited, messages };
}

async function main() {
  let releaseFirst;
  const first = locks.request('res', (lock) => {
    state[2 + Atomics.add(state, 1, 1)] = 100;
    Atomics.add(state, 0, 1);
    return new Promise((resolve) => { releaseFirst = resolve; });
  });
  const a = start(1);
  await a.queued;
  const b = start(2);
  await b.queued;
  // Queued behind both workers.
  const last = locks.request('res', (lock) => {
    if (Atomics.add(state, 0, 1) !== 0) throw new Error('two holders');
    state[2 + Atomics.add(state, 1, 1)] = 200;
    Atomics.sub(state, 0, 1);
    return 'main again';
  });
  const snapshot = await locks.query();
  console.log('main holds', snapshot.held.length, 'main waits', snapshot.pending.length);
  Atomics.sub(state, 0, 1);
  releaseFirst('main first');
  console.log(await first);
  console.log(await last);
  await Promise.all([a.exited, b.exited]);
  console.log(a.messages, b.messages);
  console.log('order', Array.from(state.subarray(2, 2 + state[1])));
  console.log('after', await locks.query());
}
main();
