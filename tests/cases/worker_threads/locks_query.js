// locks.query(): this thread's held locks and waiting requests, with
// clientId "node-<pid>-<threadId>".
const { Worker, locks } = require('worker_threads');

const clean = (snapshot) => JSON.stringify(snapshot).replaceAll(`node-${process.pid}-`, 'node-PID-');

const workerSource = `
const { locks, parentPort } = require('worker_threads');
locks.request('q1', { mode: 'shared' }, async () => {
  const snapshot = await locks.query();
  parentPort.postMessage(JSON.stringify(snapshot).replaceAll('node-' + process.pid + '-', 'node-PID-'));
});
`;

async function main() {
  console.log(clean(await locks.query()));
  const p = locks.query();
  console.log(p instanceof Promise, Object.keys(await p));

  const holds = [];
  const hold = (name, options = {}) => locks.request(name, options, () => new Promise((resolve) => holds.push(resolve)));
  hold('q1', { mode: 'shared' });
  hold('q2');
  hold('q1', { mode: 'shared' });
  hold('q2');
  hold('q3', { mode: 'shared' });
  hold('q2', { mode: 'shared' });
  const snapshot = await locks.query();
  console.log(clean(snapshot));
  console.log(Object.getPrototypeOf(snapshot) === Object.prototype, Object.getPrototypeOf(snapshot.held[0]) === Object.prototype);
  console.log(require('util').inspect(snapshot.held[0]).replace(String(process.pid), 'PID'));

  // Another thread sees only its own locks, with its threadId.
  const worker = new Worker(workerSource, { eval: true });
  console.log(await new Promise((resolve) => worker.once('message', resolve)));
  await new Promise((resolve) => worker.on('exit', resolve));

  // Queries are snapshots.
  const before = await locks.query();
  holds.shift()();
  await new Promise((resolve) => setImmediate(resolve));
  const after = await locks.query();
  console.log(before.held.length, after.held.length, after.pending.length);
  while (holds.length) {
    holds.shift()();
    await new Promise((resolve) => setImmediate(resolve));
  }
  console.log(clean(await locks.query()));
}
main();
