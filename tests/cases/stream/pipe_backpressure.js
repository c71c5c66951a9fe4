const { Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(a.join(' '));

// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

let produced = 0;
const r = new Readable({
  highWaterMark: 4,
  read() {
    produced++;
    if (produced > 6) return this.push(null);
    log('read', produced, 'len', this.readableLength);
    this.push('chunk' + produced);
  },
});
const w = new Writable({
  highWaterMark: 8,
  write(c, e, cb) {
    log('write', c.toString(), 'wlen', this.writableLength, 'needDrain', this.writableNeedDrain);
    setTimeout(cb, 2);
  },
});
w.on('pipe', (src) => log('pipe event', src === r));
w.on('unpipe', (src) => log('unpipe event', src === r));
w.on('drain', () => log('drain'));
r.on('pause', () => log('src pause'));
r.on('resume', () => log('src resume'));
r.on('end', () => log('src end'));
r.on('close', () => log('src close'));
w.on('finish', () => log('dest finish'));
w.on('close', () => log('dest close'));
const ret = r.pipe(w);
log('pipe returns dest', ret === w);

section(() => {
  // unpipe
  const src = new Readable({ read() {} });
  const a = new PassThrough();
  const b = new PassThrough();
  a.on('unpipe', () => log('a unpipe'));
  b.on('unpipe', () => log('b unpipe'));
  src.pipe(a);
  src.pipe(b);
  log('pipes', src._readableState.pipes.length);
  src.unpipe(a);
  log('pipes after', src._readableState.pipes.length, src.readableFlowing);
  src.unpipe();
  log('pipes after all', src._readableState.pipes.length, src.readableFlowing);
  // end: false
  const s2 = new Readable({ read() { this.push('x'); this.push(null); } });
  const d2 = new PassThrough();
  d2.on('finish', () => log('d2 finish (unexpected)'));
  s2.on('end', () => log('s2 end; d2 writable', d2.writable));
  s2.pipe(d2, { end: false });
  d2.resume();
});

section(() => {
  // error in dest unpipes
  const src = new Readable({ read() {} });
  const d = new Writable({ write(c, e, cb) { cb(new Error('dest broke')); } });
  d.on('error', (e) => log('dest error', e.message, 'pipes', src._readableState.pipes.length));
  d.on('unpipe', () => log('dest unpipe'));
  src.pipe(d);
  src.push('x');
});
