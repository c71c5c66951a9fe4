const { Readable } = require('stream');
const log = (...a) => console.log(a.join(' '));

// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

let i = 0;
const data = ['aa', 'bb', 'cc', 'dd'];
const r = new Readable({
  highWaterMark: 3,
  read(n) {
    log('_read', n, r.readableLength);
    const d = data[i++];
    if (d === undefined) this.push(null);
    else setImmediate(() => { log('push', d, this.push(d)); });
  },
});
r.on('readable', () => {
  log('readable', r.readableLength, r.readableFlowing);
  let c;
  while ((c = r.read()) !== null) log('got', c.toString());
});
r.on('end', () => log('end'));
r.on('close', () => log('close'));
r.on('data', (d) => log('data', d.toString()));
log('flowing', r.readableFlowing);

section(() => {
  // removing 'readable' switches to data flow
  const r2 = new Readable({ read() {} });
  function onr() { log('r2 readable'); }
  r2.on('readable', onr);
  r2.on('data', (d) => log('r2 data', d.toString()));
  r2.push('q');
  setTimeout(() => {
    log('r2 len', r2.readableLength, r2.readableFlowing);
    r2.removeListener('readable', onr);
    process.nextTick(() => log('r2 after remove', r2.readableFlowing));
    setTimeout(() => { r2.push('w'); r2.push(null); }, 1);
  }, 5);
});
