// steal: the new request gets the lock at once; the request that held it
// rejects with an AbortError. (Node 24.21 aborts the process on a steal
// from another thread: tests/locks.rs covers that case.)
const { locks } = require('worker_threads');

async function main() {
  const events = [];
  let releaseVictim;
  const victim = locks.request('s', () => {
    events.push('victim granted');
    return new Promise((resolve) => { releaseVictim = resolve; });
  });
  victim.then(
    (v) => events.push('victim resolved ' + v),
    (e) => events.push('victim rejected ' + e.name + ': ' + e.message + ' code ' + e.code),
  );
  const waiter = locks.request('s', () => {
    events.push('waiter granted');
    return 'waiter';
  });
  const thief = locks.request('s', { steal: true }, (lock) => {
    events.push('thief granted ' + lock.mode);
    return 'thief';
  });
  events.push('steal requested');
  console.log(await thief);
  console.log(await waiter);
  await null;
  console.log(events);
  // The stolen callback finishing later changes nothing.
  releaseVictim('too late');
  await new Promise((resolve) => setImmediate(resolve));
  console.log(events.length, await locks.query());

  // Every holder of a shared lock loses it.
  const holders = [1, 2].map((n) => locks.request('sh', { mode: 'shared' }, () => new Promise(() => {}))
    .catch((e) => 'holder ' + n + ' ' + e.name));
  const pendingShared = locks.request('sh', () => 'exclusive waiter');
  const q1 = await locks.query();
  console.log(q1.held.map((l) => l.mode), q1.pending.map((l) => l.mode));
  console.log(await locks.request('sh', { steal: true }, async (lock) => {
    const q = await locks.query();
    return [lock.name, q.held.map((l) => l.mode), q.pending.map((l) => l.mode)];
  }));
  console.log(await Promise.all(holders), await pendingShared);
  console.log(await locks.query());
}
main();
