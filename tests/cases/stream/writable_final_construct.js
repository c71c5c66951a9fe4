const { Writable, Readable } = require('stream');
const log = (...a) => console.log(a.join(' '));

// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

const w = new Writable({
  construct(cb) { log('construct'); setTimeout(() => { log('constructed'); cb(); }, 5); },
  write(chunk, enc, cb) { log('write', chunk.toString()); cb(); },
  final(cb) { log('final'); setTimeout(() => { log('final done'); cb(); }, 5); },
  destroy(err, cb) { log('destroy', err); cb(err); },
});
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish'));
w.on('close', () => log('close'));
w.write('one');
log('buffered', w.writableLength);
w.end('two', () => log('end cb'));

section(() => {
  const w2 = new Writable({
    write(chunk, enc, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  w2.on('error', (e) => log('w2 error', e.message));
  w2.on('finish', () => log('w2 finish (unexpected)'));
  w2.on('close', () => log('w2 close'));
  w2.end((e) => log('w2 end cb', e && e.message));
});

section(() => {
  const r = new Readable({
    construct(cb) { log('r construct'); process.nextTick(cb); },
    read() { log('r read'); this.push('data'); this.push(null); },
  });
  r.on('data', (d) => log('r data', d.toString()));
  r.on('end', () => log('r end'));
  r.on('close', () => log('r close'));
  const r2 = new Readable({
    construct(cb) { cb(new Error('construct failed')); },
    read() { log('r2 read (unexpected)'); },
  });
  r2.on('error', (e) => log('r2 error', e.message));
  r2.on('close', () => log('r2 close'));
  r2.resume();
});
