const { Readable, Writable, Duplex } = require('stream');
const log = (...a) => console.log(a.join(' '));
function trace(name, s) {
  for (const ev of ['error', 'close', 'end', 'finish']) s.on(ev, (e) => log(name, ev, e && e.message ? e.message : ''));
}

// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

{
  const r = new Readable({ read() {} });
  trace('A', r);
  r.destroy(new Error('a err'), (err) => log('A destroy cb', err.message));
  log('A sync', r.destroyed, r.errored.message, r.closed, r.readableAborted);
  process.nextTick(() => log('A tick', r.closed));
  r.destroy(new Error('second')); // ignored
}

section(() => {
  const r = new Readable({
    read() {},
    destroy(err, cb) { log('B _destroy', err); setTimeout(() => cb(new Error('from _destroy')), 2); },
  });
  trace('B', r);
  r.destroy();
  log('B destroyed', r.destroyed, 'closed', r.closed);
});

section(() => {
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); }, emitClose: false });
  trace('C', w);
  w.write('x', (e) => log('C write cb', e && e.code));
  w.write('y', (e) => log('C write cb2', e && e.code));
  w.destroy();
  log('C', w.destroyed, w.writable, w.writableAborted);
});

section(() => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  trace('D', d);
  d.destroy(new Error('dup'));
  log('D', d.destroyed, d.readable, d.writable);
});

section(() => {
  // errors are emitted once; error + close after nextTick
  const r = new Readable({ read() {}, autoDestroy: false });
  trace('E', r);
  r.on('error', () => log('E second listener'));
  r.destroy(new Error('e1'));
  process.nextTick(() => log('E tick'));
  const r2 = new Readable({ read() { throw new Error('throw in _read'); } });
  trace('F', r2);
  r2.resume();
});

section(() => {
  // async dispose / undestroy style checks
  const r = new Readable({ read() {} });
  r.destroy();
  log('G', r.destroyed);
  r._undestroy();
  log('G after undestroy', r.destroyed, r.readable);
  const r3 = new Readable({ read() {} });
  r3.push('x');
  r3.push(null);
  r3.on('data', () => {});
  r3.on('end', () => log('H end', r3.readableEnded));
  r3.on('close', () => log('H close', r3.closed));
});
