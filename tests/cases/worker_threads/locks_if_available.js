// ifAvailable: the callback gets null at once when the lock is taken (by
// this thread or another), and the lock when it is free.
const { Worker, locks } = require('worker_threads');

const workerSource = `
const { locks, parentPort } = require('worker_threads');
locks.request('w', (lock) => {
  parentPort.postMessage('held');
  return new Promise((resolve) => parentPort.once('message', resolve));
}).then(() => parentPort.close());
`;

async function main() {
  const order = [];
  // Free: granted synchronously, inside request().
  const p1 = locks.request('free', { ifAvailable: true }, (lock) => {
    order.push('callback ' + (lock && lock.name));
    return 1;
  });
  order.push('request returned');
  console.log(order, await p1);

  // Held by this thread.
  let release;
  const holder = locks.request('mine', () => new Promise((resolve) => { release = resolve; }));
  console.log(await locks.request('mine', { ifAvailable: true }, (lock) => lock));
  console.log(await locks.request('mine', { ifAvailable: true, mode: 'shared' }, (lock) => lock));
  // The callback's promise is followed, without a lock.
  console.log(await locks.request('mine', { ifAvailable: true }, async (lock) => {
    await null;
    return ['async', lock];
  }));
  console.log((await locks.query()).held.length);
  release('released');
  console.log(await holder);
  console.log(await locks.request('mine', { ifAvailable: true }, (lock) => lock.name + ' ' + lock.mode));

  // Held by a worker.
  const worker = new Worker(workerSource, { eval: true });
  await new Promise((resolve) => worker.once('message', resolve));
  console.log('other thread:', await locks.request('w', { ifAvailable: true }, (lock) => lock));
  worker.postMessage('go');
  await new Promise((resolve) => worker.on('exit', resolve));
  console.log('after exit:', await locks.request('w', { ifAvailable: true }, (lock) => lock && lock.name));

  // A rejected callback result rejects the request.
  await locks.request('mine', { ifAvailable: true }, async () => { throw new Error('nope'); })
    .catch((e) => console.log('rejected', e.message));
}
main();
