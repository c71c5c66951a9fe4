const { Readable } = require('stream');
const log = (...a) => console.log(a.join(' '));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

(async () => {
  log('map', (await Readable.from([1, 2, 3]).map((x) => x * 2).toArray()).join(','));
  log('map async conc', (await Readable.from([30, 10, 20]).map(async (x) => { await sleep(x); return x; }, { concurrency: 3 }).toArray()).join(','));
  log('filter', (await Readable.from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0).toArray()).join(','));
  const seen = [];
  await Readable.from(['a', 'b']).forEach((x) => { seen.push(x); });
  log('forEach', seen.join(','));
  log('some', await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1]).some((x) => x > 2));
  log('every', await Readable.from([1, 2, 3]).every((x) => x > 0), await Readable.from([1, -1]).every((x) => x > 0));
  log('find', await Readable.from([1, 2, 3]).find((x) => x > 1), await Readable.from([1]).find((x) => x > 1));
  log('flatMap', (await Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray()).join(','));
  log('drop', (await Readable.from([1, 2, 3, 4]).drop(2).toArray()).join(','));
  log('take', (await Readable.from([1, 2, 3, 4]).take(2).toArray()).join(','));
  log('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b), await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log('reduce empty', e.code, e.message); }
  try { Readable.from([1]).map(5); } catch (e) { log('map bad', e.code); }
  try { Readable.from([1]).drop(-1); } catch (e) { log('drop bad', e.code); }
  try { Readable.from([1]).map((x) => x, { concurrency: 0 }); } catch (e) { log('conc bad', e.code); }
  const m = Readable.from([1]).map((x) => x);
  log('map returns Readable', m instanceof Readable, m.readableObjectMode);
  try { await Readable.from([1, 2]).map((x) => { if (x === 2) throw new Error('map threw'); return x; }).toArray(); } catch (e) { log('map err', e.message); }
  const bytes = new Readable({ read() {} });
  bytes.push('ab'); bytes.push('c'); bytes.push(null);
  log('bytes toArray', (await bytes.toArray()).map(String).join('|'));
  const ac = new AbortController();
  const p = Readable.from([1, 2, 3]).map(async (x) => { await sleep(5); return x; }).toArray({ signal: ac.signal });
  ac.abort();
  try { await p; log('not aborted?'); } catch (e) { log('aborted', e.name); }
})();
