// signal: aborting a waiting request rejects it with the signal's reason;
// the request stays queued and is skipped (its callback never runs) when
// its turn comes, as in Node 24.
const { locks } = require('worker_threads');

async function main() {
  let release;
  const holder = locks.request('a', () => new Promise((resolve) => { release = resolve; }));

  const ac1 = new AbortController();
  const p1 = locks.request('a', { signal: ac1.signal }, () => console.log('p1 callback (not expected)'));
  const ac2 = new AbortController();
  const p2 = locks.request('a', { signal: ac2.signal }, (lock) => {
    console.log('p2 callback', lock.name);
    return 'p2 result';
  });
  const ac3 = new AbortController();
  const p3 = locks.request('a', { signal: ac3.signal }, () => 'p3 result');

  ac1.abort();
  await p1.catch((e) => console.log('p1', e.name, e.message, e.code, e instanceof DOMException));
  ac3.abort(new Error('my reason'));
  await p3.catch((e) => console.log('p3', e.message));
  const q = await locks.query();
  console.log('held', q.held.length, 'pending', q.pending.length);

  // Aborting after the request settled changes nothing.
  release('holder done');
  console.log(await holder);
  console.log(await p2);
  ac2.abort();
  await new Promise((resolve) => setImmediate(resolve));
  console.log(await locks.query());

  // Already aborted: rejects at once with the reason, nothing is queued.
  const ac4 = new AbortController();
  ac4.abort('string reason');
  await locks.request('b', { signal: ac4.signal }, () => 1).catch((e) => console.log('p4', e));
  const ac5 = new AbortController();
  ac5.abort();
  await locks.request('b', { signal: ac5.signal }, () => 1).catch((e) => console.log('p5', e.name));
  // A falsy reason falls back to an AbortError.
  const ac6 = new AbortController();
  let rel6;
  const h6 = locks.request('c', () => new Promise((r) => { rel6 = r; }));
  const p6 = locks.request('c', { signal: ac6.signal }, () => 1);
  ac6.abort(0);
  await p6.catch((e) => console.log('p6', e.name, e.message));
  rel6();
  await h6;

  // With a signal, the callback runs a microtask after the grant.
  const order = [];
  const p7 = locks.request('d', { signal: new AbortController().signal }, () => order.push('callback'));
  order.push('after request');
  await p7;
  console.log(order);
  console.log(await locks.query());
}
main();
