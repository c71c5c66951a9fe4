const { Readable } = require('stream');
const log = (...a) => console.log(a.join(' '));

// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

// Flowing mode with async pushes.
{
  let n = 0;
  const r = new Readable({
    read() {
      log('A _read', n);
      if (n < 3) setTimeout(() => this.push('chunk' + n++), 1);
      else this.push(null);
    },
  });
  for (const ev of ['pause', 'resume', 'end', 'close', 'readable']) r.on(ev, () => log('A', ev, r.readableFlowing, r.readableEnded));
  r.on('data', (d) => log('A data', d.toString(), r.readableLength));
  log('A flowing', r.readableFlowing);
  process.nextTick(() => log('A tick1'));
}

// Sync pushes inside _read, encoding set.
section(() => {
  const chunks = ['x', 'y', 'z', null];
  const r = new Readable({ read() { this.push(chunks.shift()); }, encoding: 'utf8' });
  r.on('end', () => log('B end'));
  r.on('close', () => log('B close', r.destroyed, r.closed));
  r.on('data', (d) => log('B data', typeof d, d));
  log('B sync after on');
});

// pause/resume and readableFlowing transitions.
section(() => {
  const r = new Readable({ read() {} });
  r.on('pause', () => log('C pause'));
  r.on('resume', () => log('C resume'));
  log('C', r.readableFlowing, r.isPaused());
  r.pause();
  log('C', r.readableFlowing, r.isPaused());
  r.on('data', (d) => log('C data', d.toString()));
  log('C after data', r.readableFlowing);
  r.push('a');
  r.resume();
  log('C after resume', r.readableFlowing, r.readableLength);
  setTimeout(() => {
    r.push('b');
    r.push(null);
    r.on('end', () => log('C end'));
    r.on('close', () => log('C close'));
  }, 5);
});

// emitClose false, autoDestroy false
section(() => {
  const r = new Readable({ read() {}, emitClose: false });
  r.on('close', () => log('D close (unexpected)'));
  r.on('end', () => log('D end', r.destroyed));
  r.resume();
  r.push(null);
  const r2 = new Readable({ read() {}, autoDestroy: false });
  r2.on('close', () => log('D2 close'));
  r2.on('end', () => { log('D2 end', r2.destroyed); setTimeout(() => { r2.destroy(); log('D2 destroyed', r2.destroyed); }, 1); });
  r2.resume();
  r2.push(null);
});
