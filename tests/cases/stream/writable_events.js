const { Writable } = require('stream');
const log = (...a) => console.log(a.join(' '));

// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

// Async writes, drain, finish/close ordering, callbacks.
{
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, enc, cb) {
      log('A _write', chunk.toString(), enc, w.writableLength);
      setTimeout(cb, 1);
    },
  });
  for (const ev of ['drain', 'finish', 'close', 'prefinish']) w.on(ev, () => log('A', ev, w.writableLength, w.writableFinished));
  w.on('pipe', () => log('pipe'));
  log('A write1', w.write('abc', () => log('A cb1')));
  log('A write2', w.write('defg', () => log('A cb2')), w.writableNeedDrain, w.writableLength);
  log('A write3', w.write('h', () => log('A cb3')));
  w.end('end', () => log('A end cb'));
  log('A ended', w.writableEnded, w.writable);
}

// Sync writes: callbacks on next tick, drain before callbacks.
section(() => {
  const w = new Writable({
    highWaterMark: 2,
    write(chunk, enc, cb) { log('B _write', chunk.toString()); cb(); },
  });
  w.on('drain', () => log('B drain'));
  w.on('finish', () => log('B finish'));
  w.on('close', () => log('B close'));
  log('B w1', w.write('xyz', (e) => log('B cb1', e)));
  log('B w2', w.write('q', (e) => log('B cb2', e)));
  process.nextTick(() => log('B tick'));
  w.end();
  w.end(() => log('B end cb2'));
});

// Errors
section(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('C error', e.code, e.message));
  w.on('close', () => log('C close'));
  w.end();
  const r = w.write('late', (e) => log('C cb', e && e.code));
  log('C write after end ret', r);
  try { w.write(null); } catch (e) { log('C null', e.code, e.message); }
  try { w.write(5); } catch (e) { log('C num', e.code, e.name); }
  try { w.write('x', 'bogus'); } catch (e) { log('C enc', e.code, e.message); }
});

section(() => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
  w.on('error', (e) => log('D error', e.message, w.errored && w.errored.message, w.destroyed));
  w.on('close', () => log('D close'));
  w.on('finish', () => log('D finish (unexpected)'));
  w.write('a', (e) => log('D cb', e.message));
  w.write('b', (e) => log('D cb2', e && e.message));
  log('D after writes', w.writableLength);
});

section(() => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => log('E error', e.code, e.message));
  w.on('close', () => log('E close'));
  w.write('a');
});

section(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  w.on('error', (e) => log('F error', e.code));
  w.on('close', () => log('F close'));
  w.write('a', (e) => log('F cb', e.code, e.message));
  w.end((e) => log('F end cb', e && e.code));
});
