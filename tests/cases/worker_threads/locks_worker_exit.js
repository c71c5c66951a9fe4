// A worker that ends while holding locks (process.exit(), its event loop
// running empty, worker.terminate()) releases them; its waiting requests
// are dropped.
const { Worker, locks } = require('worker_threads');

const holdSource = (how) => `
const { locks, parentPort } = require('worker_threads');
locks.request('x', () => new Promise(() => {}));
locks.request('y', { mode: 'shared' }, () => {
  parentPort.postMessage('holding');
  return new Promise(() => {});
});
parentPort.once('message', () => {
  ${how === 'exit' ? 'process.exit(3);' : ''}
  ${how === 'empty loop' ? 'parentPort.close();' : ''}
  ${how === 'terminate' ? 'setInterval(() => {}, 1000);' : ''}
});
`;

function run(source) {
  const worker = new Worker(source, { eval: true });
  const first = new Promise((resolve) => worker.once('message', resolve));
  const exited = new Promise((resolve) => worker.on('exit', resolve));
  return { worker, first, exited };
}

async function check() {
  const result = [];
  for (const [name, mode] of [['x', 'exclusive'], ['y', 'shared'], ['y', 'exclusive']]) {
    result.push(name + ' ' + mode + ' ' + await locks.request(name, { mode, ifAvailable: true }, (lock) => (lock ? 'free' : 'taken')));
  }
  return result.join(', ');
}

async function main() {
  for (const how of ['exit', 'empty loop', 'terminate']) {
    const w = run(holdSource(how));
    console.log(how, await w.first, await check());
    w.worker.postMessage('go');
    if (how === 'terminate') await w.worker.terminate();
    console.log(how, 'exit code', await w.exited, await check());
  }

  // A waiting request of a terminated worker is dropped: it does not block
  // the requests queued after it.
  let release;
  const held = locks.request('z', () => new Promise((resolve) => { release = resolve; }));
  const w = run(`
const { locks, parentPort } = require('worker_threads');
setInterval(() => {}, 1000);
locks.request('z', () => parentPort.postMessage('worker got z (not expected)'));
parentPort.postMessage('queued');
`);
  console.log(await w.first);
  const after = locks.request('z', () => 'main got z again');
  await w.worker.terminate();
  release('released');
  console.log(await held, await after);

  // A request waiting for a lock held by a worker that is terminated gets
  // it (joined with a second request so that Node, which does not wake the
  // waiting thread in that case, also settles it).
  const w2 = run(holdSource('terminate'));
  console.log(await w2.first);
  const waiting = locks.request('x', (lock) => 'main got ' + lock.name);
  await w2.worker.terminate();
  console.log(await Promise.all([waiting, locks.request('other', () => 'other')]));
  console.log(await locks.query());
}
main();
