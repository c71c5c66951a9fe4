const { Transform, PassThrough, Duplex } = require('stream');
const log = (...a) => console.log(a.join(' '));

// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

const t = new Transform({
  transform(chunk, enc, cb) {
    log('transform', chunk.toString(), enc);
    if (chunk.toString() === 'skip') return cb();
    if (chunk.toString() === 'two') { this.push('2a'); this.push('2b'); return cb(); }
    cb(null, chunk.toString().toUpperCase());
  },
  flush(cb) { log('flush'); this.push('tail'); cb(null, 'last'); },
});
for (const ev of ['finish', 'end', 'close', 'prefinish']) t.on(ev, () => log('T', ev));
t.on('data', (d) => log('T data', d.toString()));
t.write('a');
t.write('skip');
t.write('two');
t.end('z', () => log('T end cb'));

section(() => {
  const p = new PassThrough();
  for (const ev of ['finish', 'end', 'close']) p.on(ev, () => log('P', ev));
  p.write('hello');
  p.end(' world');
  let s = '';
  p.on('readable', () => { let c; while ((c = p.read()) !== null) s += c; });
  p.on('end', () => log('P got', s));
});

section(() => {
  // allowHalfOpen false: readable end ends the writable side.
  const d = new Duplex({
    allowHalfOpen: false,
    read() { this.push('r'); this.push(null); },
    write(c, e, cb) { log('D write', c.toString()); cb(); },
  });
  for (const ev of ['finish', 'end', 'close']) d.on(ev, () => log('D', ev, d.writableEnded, d.readableEnded));
  d.on('data', (c) => log('D data', c.toString()));
  d.write('w');
});

section(() => {
  // allowHalfOpen true (default): close only when both sides are done.
  const d = new Duplex({
    read() { this.push('r'); this.push(null); },
    write(c, e, cb) { cb(); },
  });
  for (const ev of ['finish', 'end', 'close']) d.on(ev, () => log('E', ev));
  d.resume();
  d.on('end', () => setTimeout(() => { log('E ending'); d.end(); }, 10));
});

section(() => {
  // transform error
  const t = new Transform({ transform(c, e, cb) { cb(new Error('tx fail')); } });
  t.on('error', (e) => log('F error', e.message));
  t.on('close', () => log('F close'));
  t.on('finish', () => log('F finish'));
  t.write('x', (e) => log('F write cb', e && e.message));
});

section(() => {
  const t = new Transform({ readableObjectMode: true, transform(c, e, cb) { cb(null, { len: c.length }); } });
  t.on('data', (d) => log('G', JSON.stringify(d), t.readableObjectMode, t.writableObjectMode));
  t.end('abcd');
  const d2 = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  log('H', d2.readable, d2.writable, d2.readableEnded);
  d2.on('finish', () => log('H finish'));
  d2.on('close', () => log('H close'));
  d2.end('x');
});
