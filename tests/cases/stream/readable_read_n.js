const { Readable } = require('stream');
const log = (...a) => console.log(a.join(' '));

// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

const r = new Readable({ read() {}, highWaterMark: 4 });
log('push1', r.push('abc'));
log('push2', r.push('defgh'));
log('len', r.readableLength, 'hwm', r.readableHighWaterMark);
log('read2', String(r.read(2)));
log('read4', String(r.read(4)));
log('read100', r.read(100));
log('len', r.readableLength, 'hwm now', r.readableHighWaterMark);
r.push('ij');
r.push(null);
log('read100 after end', String(r.read(100)));
log('read again', r.read());
r.on('end', () => log('end', r.readableEnded));
r.on('close', () => log('close'));

section(() => {
  const o = new Readable({ objectMode: true, read() {} });
  o.push({ a: 1 });
  o.push('str');
  o.push(0);
  o.push(false);
  log('obj len', o.readableLength, o.readableObjectMode);
  log(JSON.stringify(o.read()), JSON.stringify(o.read(5)), o.read(), o.read());
  log('null read', o.read());
  try { o.push(undefined); log('undefined push ok', o.readableLength); } catch (e) { log('err', e.code); }
  const r2 = new Readable({ read() {} });
  r2.on('error', (e) => log('r2 error', e.code, e.message));
  r2.push(42);
});

section(() => {
  // unshift
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  log('unshift', String(r.read()));
  r.setEncoding('hex');
  r.push('AB');
  log('hex', r.read(), r.readableEncoding);
  r.push(null);
  r.on('end', () => {
    log('end3');
    r.on('error', (e) => log('unshift after end', e.code));
    r.unshift('x');
  });
  r.resume();
});
