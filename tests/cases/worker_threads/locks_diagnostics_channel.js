// diagnostics_channel: locks.request.start / grant / miss / end.
const dc = require('diagnostics_channel');
const { locks } = require('worker_threads');

for (const name of ['start', 'grant', 'miss', 'end']) {
  dc.subscribe('locks.request.' + name, (message) => {
    const m = { ...message };
    if (m.error) m.error = m.error.name + ': ' + m.error.message;
    console.log(name, m);
  });
}

(async () => {
  await locks.request('a', () => 1);
  let release;
  const held = locks.request('a', { mode: 'shared' }, () => new Promise((r) => { release = r; }));
  await locks.request('a', { ifAvailable: true }, () => 2);
  const ac = new AbortController();
  const aborted = locks.request('a', { signal: ac.signal }, () => 3);
  ac.abort();
  await aborted.catch(() => {});
  const stolen = locks.request('b', () => new Promise(() => {}));
  await locks.request('b', { steal: true }, () => 4);
  await stolen.catch(() => {});
  await locks.request('c', async () => { throw new Error('bad'); }).catch(() => {});
  await locks.request('-bad', () => 5).catch(() => {});
  release();
  await held;
  await new Promise((r) => setImmediate(r));
})();
