const { Writable } = require('stream');
const log = (...a) => console.log(a.join(' '));

// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

const w = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) { log('_write', JSON.stringify(chunk), enc); setTimeout(cb, 10); },
  writev(chunks, cb) {
    log('_writev', chunks.length, chunks.map((c) => `${c.chunk}/${c.encoding}`).join(','), chunks.allBuffers);
    setTimeout(cb, 1);
  },
});
w.on('finish', () => log('finish'));
w.on('close', () => log('close'));
w.write('a', () => log('cb a'));
w.write('b', 'latin1', () => log('cb b'));
w.write(Buffer.from('c'), () => log('cb c'));
w.write('d', () => log('cb d'));
w.cork();
log('corked', w.writableCorked);
w.uncork();
w.cork();
w.write('e');
w.write('f');
w.cork();
process.nextTick(() => {
  w.uncork();
  log('uncork1', w.writableCorked);
  w.uncork();
  log('uncork2', w.writableCorked);
  w.end('g');
});

section(() => {
  const w2 = new Writable({
    defaultEncoding: 'hex',
    write(chunk, enc, cb) { log('w2', chunk.toString('utf8'), enc); cb(); },
  });
  w2.write('6869');
  w2.setDefaultEncoding('base64');
  w2.write('aGk=');
  w2.write('xy', 'utf8');
  w2.end();
  w2.on('finish', () => log('w2 finish'));
  const w3 = new Writable({
    objectMode: true,
    write(chunk, enc, cb) { log('w3', JSON.stringify(chunk), enc); cb(); },
  });
  w3.write({ a: 1 });
  w3.write(7);
  w3.end('s');
  w3.on('finish', () => log('w3 finish', w3.writableObjectMode, w3.writableHighWaterMark));
});
