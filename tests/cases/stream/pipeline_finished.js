const { pipeline, finished, Readable, Writable, Transform, PassThrough } = require('stream');
const log = (...a) => console.log(a.join(' '));

// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

function src(items, failAt) {
  let i = 0;
  return new Readable({
    read() {
      if (i === failAt) return this.destroy(new Error('src failed'));
      this.push(i < items.length ? items[i++] : null);
    },
  });
}
function upper() {
  return new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
}
function sink(name, out) {
  const w = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
  for (const ev of ['finish', 'close', 'error']) w.on(ev, (e) => log(name, ev, e ? e.message : ''));
  return w;
}

{
  const out = [];
  const s = src(['a', 'b', 'c']);
  s.on('close', () => log('1 src close'));
  const ret = pipeline(s, upper(), sink('1 sink', out), (err) => log('1 done', err, out.join('')));
  log('1 returns last', ret instanceof Writable);
}

section(() => {
  const out = [];
  const s = src(['a', 'b', 'c'], 2);
  const t = upper();
  t.on('close', () => log('2 transform close', t.destroyed));
  s.on('error', (e) => log('2 src error', e.message));
  pipeline(s, t, sink('2 sink', out), (err) => log('2 done', err && err.message, out.join('')));
});

section(() => {
  // generator functions and async iterables in a pipeline
  const out = [];
  pipeline(
    async function* () { yield 'x'; yield 'y'; },
    async function* (source) { for await (const c of source) yield c + c; },
    sink('3 sink', out),
    (err) => log('3 done', err, out.join(',')),
  );
});

section(() => {
  pipeline(
    Readable.from(['p', 'q']),
    async function (source) { let s = ''; for await (const c of source) s += c; return s; },
    (err, val) => log('4 done', err, val),
  );
  try { pipeline(Readable.from(['a'])); } catch (e) { log('4 err', e.code); }
  try { pipeline(Readable.from(['a']), new PassThrough(), 'nope'); } catch (e) { log('4 err2', e.code); }
});

section(() => {
  // premature close of destination
  const s = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(s, w, (err) => log('5 done', err && err.code, s.destroyed));
  s.push('x');
  setTimeout(() => w.destroy(), 5);
});

section(() => {
  const r = new Readable({ read() { this.push('a'); this.push(null); } });
  finished(r, (err) => log('6 finished r', err));
  r.resume();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => log('6 finished w', err));
  w.end('x');
  const r2 = new Readable({ read() {} });
  const cleanup = finished(r2, (err) => log('6 finished r2', err && err.code, err && err.message));
  log('6 cleanup type', typeof cleanup);
  r2.destroy();
  const r3 = new Readable({ read() {} });
  finished(r3, (err) => log('6 finished r3', err && err.message));
  r3.destroy(new Error('r3 err'));
  r3.on('error', () => {});
  const r4 = new Readable({ read() { this.push(null); } });
  r4.resume();
  r4.on('end', () => {
    finished(r4, (err) => log('6 finished after end', err));
  });
});

section(() => {
  const { finished: fp, pipeline: pp } = require('stream/promises');
  const r = Readable.from(['1', '2']);
  const out = [];
  pp(r, sink('7 sink', out)).then(() => log('7 promise pipeline', out.join('')));
  const bad = new Readable({ read() { this.destroy(new Error('7 bad')); } });
  pp(bad, new PassThrough()).catch((e) => log('7 rejected', e.message));
  const r2 = new Readable({ read() { this.push(null); } });
  fp(r2).then(() => log('7 finished promise'));
  r2.resume();
  log('7 same', require('stream').promises === require('stream/promises'));
});
