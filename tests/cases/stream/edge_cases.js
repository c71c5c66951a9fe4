const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
const log = (...a) => console.log(a.join(' '));

// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

// setEncoding with a multi-byte character split across chunks
{
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const euro = Buffer.from('\u20ac');
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1));
  r.push(Buffer.from(' ok'));
  r.push(null);
  let s = '';
  r.on('data', (d) => { s += d; log('A chunk', JSON.stringify(d)); });
  r.on('end', () => log('A', JSON.stringify(s), s.length));
}

// highWaterMark 0
section(() => {
  let i = 0;
  const r = new Readable({ highWaterMark: 0, read() { log('B read', i); if (i < 2) this.push(String(i++)); else this.push(null); } });
  r.on('data', (d) => log('B data', d.toString()));
  r.on('end', () => log('B end'));
});

// one source, two destinations, one slow
section(() => {
  const src = new Readable({ read() {} });
  const fast = new Writable({ highWaterMark: 1, write(c, e, cb) { log('C fast', c.toString()); cb(); } });
  const slow = new Writable({ highWaterMark: 1, write(c, e, cb) { log('C slow', c.toString()); setTimeout(cb, 5); } });
  src.pipe(fast);
  src.pipe(slow);
  src.push('1'); src.push('2'); src.push('3'); src.push(null);
  let done = 0;
  const fin = (n) => () => { log('C finish', n); if (++done === 2) log('C both'); };
  fast.on('finish', fin('fast'));
  slow.on('finish', fin('slow'));
});

// transform flush error, objectMode transform
section(() => {
  const t = new Transform({ objectMode: true, transform(o, e, cb) { cb(null, { v: o.v * 2 }); }, flush(cb) { cb(new Error('flush failed')); } });
  t.on('data', (d) => log('D data', d.v));
  t.on('error', (e) => log('D error', e.message));
  t.on('finish', () => log('D finish'));
  t.on('end', () => log('D end'));
  t.on('close', () => log('D close'));
  t.write({ v: 1 });
  t.end({ v: 2 });
});

// push after EOF
section(() => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('E error', e.code, e.message));
  r.push(null);
  r.push('late');
  log('E readable', r.readable);
});

// autoDestroy false writable error
section(() => {
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('wfail')); } });
  w.on('error', (e) => log('F error', e.message, w.destroyed, w.writable));
  w.on('close', () => log('F close'));
  w.write('x');
  setTimeout(() => { log('F later', w.destroyed, w.errored && w.errored.message); }, 5);
});

// finished with readable: false on a duplex
section(() => {
  const p = new PassThrough();
  finished(p, { readable: false }, (err) => log('G writable side done', err));
  p.end('x');
  setTimeout(() => log('G still readable', p.readable, p.readableLength), 5);
});

// pipeline: generator throws
section(() => {
  pipeline(
    Readable.from([1, 2, 3]),
    async function* (src) { for await (const x of src) { if (x === 2) throw new Error('gen threw'); yield String(x); } },
    new PassThrough(),
    (err) => log('H done', err && err.message),
  );
});

// readable event in paused mode with encoding; read(n) on strings
section(() => {
  const r = new Readable({ read() {}, encoding: 'utf8' });
  r.push('hello ');
  r.push('world');
  r.push(null);
  r.once('readable', () => {
    log('I', JSON.stringify(r.read(3)), JSON.stringify(r.read(5)), JSON.stringify(r.read()), r.readableLength);
  });
  r.on('end', () => log('I end'));
});

// objectMode readable with readable listener
section(() => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push('a'); r.push({ b: 1 }); r.push(null);
  r.on('readable', () => {
    let x;
    while ((x = r.read()) !== null) log('J', JSON.stringify(x));
  });
  r.on('end', () => log('J end'));
});
