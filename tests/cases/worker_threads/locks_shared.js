// Shared locks are held together by several threads; an exclusive request
// waits for all of them, and a later shared request waits behind it.
const { Worker, locks } = require('worker_threads');

const shared = new SharedArrayBuffer(8);
const active = new Int32Array(shared);

const workerSource = `
const { locks, parentPort, workerData } = require('worker_threads');
const active = new Int32Array(workerData.shared);
locks.request('r', { mode: 'shared' }, (lock) => {
  Atomics.add(active, 0, 1);
  parentPort.postMessage('worker ' + workerData.id + ' holds ' + lock.mode);
  return new Promise((resolve) => {
    parentPort.once('message', () => {
      Atomics.sub(active, 0, 1);
      resolve();
    });
  });
}).then(() => parentPort.close());
`;

function start(id) {
  const worker = new Worker(workerSource, { eval: true, workerData: { shared, id } });
  const held = new Promise((resolve) => worker.once('message', resolve));
  const exited = new Promise((resolve) => worker.on('exit', resolve));
  return { worker, held, exited };
}

async function main() {
  let releaseMain;
  const mine = locks.request('r', { mode: 'shared' }, (lock) => {
    Atomics.add(active, 0, 1);
    console.log('main holds', lock.mode);
    return new Promise((resolve) => { releaseMain = resolve; });
  });
  const a = start(1);
  console.log(await a.held);
  const b = start(2);
  console.log(await b.held);
  console.log('holders', Atomics.load(active, 0));

  const exclusive = locks.request('r', (lock) => {
    console.log('exclusive granted, other holders:', Atomics.load(active, 0), lock.mode);
    return 'exclusive done';
  });
  // A shared request now queues behind the exclusive one.
  const later = locks.request('r', { mode: 'shared', ifAvailable: true }, (lock) => {
    console.log('shared ifAvailable got', lock);
    return 'later done';
  });
  console.log(await later);
  const q = await locks.query();
  console.log('held', q.held.map((l) => l.mode), 'pending', q.pending.map((l) => l.mode));

  Atomics.sub(active, 0, 1);
  releaseMain();
  await mine;
  console.log('main released');
  a.worker.postMessage('release');
  await a.exited;
  console.log('worker 1 done');
  b.worker.postMessage('release');
  console.log(await exclusive);
  await b.exited;
  console.log(await locks.query());
}
main();
