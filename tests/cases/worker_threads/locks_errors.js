// Bad arguments reject the request promise (request() never throws) with
// Node's errors: TypeErrors with codes from the WebIDL conversions and the
// validators, NotSupportedError DOMExceptions for option conflicts.
const { locks } = require('worker_threads');
const util = require('util');

const show = async (label, fn) => {
  let p;
  try {
    p = fn();
  } catch (e) {
    console.log(label, 'THREW', e);
    return;
  }
  try {
    console.log(label, 'resolved', await p);
  } catch (e) {
    const first = util.inspect(e).split('\n')[0];
    console.log(label, 'rejected', first, '|', e.name, e.code, Object.keys(e), e instanceof DOMException, e instanceof TypeError);
  }
};

(async () => {
  await show('no args', () => locks.request());
  await show('name only', () => locks.request('x'));
  await show('callback number', () => locks.request('x', 5));
  await show('callback null', () => locks.request('x', {}, null));
  await show('options then number', () => locks.request('x', {}, 5));
  await show('options null', () => locks.request('x', null, () => 1));
  await show('options number', () => locks.request('x', 5, () => 1));
  await show('options string', () => locks.request('x', 'abc', () => 1));
  await show('options function', () => locks.request('x', () => 1, () => 2));
  await show('options array', () => locks.request('x', [], () => 2));
  await show('mode foo', () => locks.request('x', { mode: 'foo' }, () => 1));
  await show('mode empty', () => locks.request('x', { mode: '' }, () => 1));
  await show('mode undefined', () => locks.request('x', { mode: undefined }, (l) => l.mode));
  await show('mode null', () => locks.request('x', { mode: null }, () => 1));
  await show('mode symbol', () => locks.request('x', { mode: Symbol('z') }, () => 1));
  await show('mode object', () => locks.request('x', { mode: { toString() { return 'shared'; } } }, (l) => l.mode));
  await show('mode String', () => locks.request('x', { mode: new String('shared') }, (l) => l.mode));
  await show('hyphen', () => locks.request('-x', () => 1));
  await show('hyphen later', () => locks.request('x-', (l) => l.name));
  await show('name number', () => locks.request(5, (l) => [l.name, typeof l.name]));
  await show('name undefined', () => locks.request(undefined, (l) => l.name));
  await show('name null', () => locks.request(null, (l) => l.name));
  await show('name bigint', () => locks.request(10n, (l) => l.name));
  await show('name empty', () => locks.request('', (l) => JSON.stringify(l.name)));
  await show('name object', () => locks.request({ toString() { return 'obj'; } }, (l) => l.name));
  await show('name symbol', () => locks.request(Symbol('s'), () => 1));
  await show('name symbol, bad callback', () => locks.request(Symbol('s'), 5));
  await show('name toString throws', () => locks.request({ toString() { throw new Error('ts'); } }, () => 1));
  await show('steal + ifAvailable', () => locks.request('x', { steal: true, ifAvailable: true }, () => 1));
  await show('steal + shared', () => locks.request('x', { steal: true, mode: 'shared' }, () => 1));
  await show('hyphen + bad mode', () => locks.request('-x', { mode: 'bad' }, () => 1));
  await show('hyphen + steal + ifAvailable', () => locks.request('-x', { steal: true, ifAvailable: true }, () => 1));
  const ac = new AbortController();
  await show('signal + steal', () => locks.request('x', { steal: true, signal: ac.signal }, () => 1));
  await show('signal + ifAvailable', () => locks.request('x', { ifAvailable: true, signal: ac.signal }, () => 1));
  await show('signal number', () => locks.request('x', { signal: 5 }, () => 1));
  await show('signal null', () => locks.request('x', { signal: null }, () => 1));
  await show('signal object', () => locks.request('x', { signal: {} }, () => 1));
  await show('signal function', () => locks.request('x', { signal: () => 1 }, () => 1));
  await show('steal truthy', () => locks.request('x', { steal: 1 }, (l) => l.name));
  await show('ifAvailable truthy', () => locks.request('x', { ifAvailable: 'yes' }, (l) => l.name));
  await show('getter throws', () => locks.request('x', { get mode() { throw new Error('getter'); } }, () => 1));
  await show('getter order', () => locks.request('x', {
    get mode() { console.log('  get mode'); return 'shared'; },
    get ifAvailable() { console.log('  get ifAvailable'); return false; },
    get steal() { console.log('  get steal'); return false; },
    get signal() { console.log('  get signal'); return undefined; },
  }, (l) => l.mode));
  await show('request.call', () => locks.request.call({}, 'x', () => 'other this'));
  await show('callback throws', () => locks.request('t', () => { throw new Error('boom'); }));
  await show('callback rejects', () => locks.request('x', async () => { throw new Error('boom2'); }));
  await show('callback rejects LOCK_STOLEN', () => locks.request('x', async () => { throw new Error('LOCK_STOLEN'); }));
  await show('callback returns thenable', () => locks.request('x', () => ({ then(r) { console.log('  then called'); r(7); } })));
  // As in Node 24.21, a callback that throws leaves its lock held.
  const q = await locks.query();
  console.log(q.held.map((l) => l.name), q.pending.length);
  await show('ifAvailable on leaked lock', () => locks.request('t', { ifAvailable: true }, (l) => l));
})();
