const { addAbortSignal, Readable, Writable, PassThrough, Transform, compose, duplexPair, Duplex } = require('stream');
const log = (...a) => console.log(a.join(' '));

// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

{
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => log('abort error', e.name, e.code, e.message));
  r.on('close', () => log('abort close'));
  ac.abort();
  try { addAbortSignal('x', r); } catch (e) { log(e.code); }
  try { addAbortSignal(ac.signal, {}); } catch (e) { log(e.code); }
  const ac2 = new AbortController();
  const w = new Writable({ write(c, e, cb) { cb(); }, signal: ac2.signal });
  w.on('error', (e) => log('w signal error', e.name));
  ac2.abort();
}

section(async () => {
  const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const exclaim = new Transform({ transform(c, e, cb) { cb(null, c.toString() + '!'); } });
  const composed = compose(upper, exclaim);
  log('compose is duplex', composed instanceof Duplex);
  composed.on('data', (d) => log('composed data', d.toString()));
  composed.on('end', () => log('composed end'));
  composed.on('finish', () => log('composed finish'));
  composed.write('hi');
  composed.end();
  const c2 = compose(async function* (src) { for await (const x of src) yield String(x).repeat(2); });
  const out = await Readable.from(['a', 'b']).compose(c2).toArray();
  log('compose gen', out.join(','));
});

section(() => {
  const [a, b] = duplexPair();
  b.on('data', (d) => log('b got', d.toString()));
  a.on('data', (d) => log('a got', d.toString()));
  b.on('end', () => log('b end'));
  a.write('to b');
  b.write('to a');
  a.end();
});

section(async () => {
  const d = Duplex.from(async function* (source) { for await (const c of source) yield c.toString().toUpperCase(); });
  d.on('data', (c) => log('from gen', c));
  d.on('end', () => log('from gen end'));
  d.write('abc');
  d.end('def');
  const d2 = Duplex.from(['x', 'y']);
  log('from iterable', (await d2.toArray()).join(','));
  const d3 = Duplex.from(Promise.resolve('promised'));
  log('from promise', (await d3.toArray()).join(','));
  const r = new Readable({ read() {} });
  log('from readable same?', Duplex.from(new PassThrough()) instanceof PassThrough, Duplex.from(r) instanceof Duplex);
});
