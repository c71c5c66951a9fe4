const fs = require('fs');
const { p } = require('./_tmp');

const s = new fs.Utf8Stream({ dest: p('u8.txt') });
console.log(s.fd, s.sync, s.minLength, s.writing, s.append, s.contentMode);
s.on('ready', () => console.log('ready', s.fd > 2));
s.on('write', (n) => console.log('write', n));
s.on('finish', () => console.log('finish'));
s.on('close', () => {
  console.log('close', JSON.stringify(fs.readFileSync(p('u8.txt'), 'utf8')));
  const t = new fs.Utf8Stream({ dest: p('u8.txt'), sync: true, append: false });
  t.write('sync one\n');
  try { t.write(Buffer.from('x')); } catch (e) { console.log(e.code, e.message); }
  t.write('sync two\n');
  t.end();
  t.on('close', () => {
    console.log('sync close', JSON.stringify(fs.readFileSync(p('u8.txt'), 'utf8')));
    const b = new fs.Utf8Stream({ dest: p('b.bin'), contentMode: 'buffer', sync: true });
    try { b.write('x'); } catch (e) { console.log(e.code, e.message); }
    b.write(Buffer.from([1, 2, 3]));
    b.end();
    b.on('close', () => console.log('buffer mode', [...fs.readFileSync(p('b.bin'))]));
  });
});
console.log(s.write('hello '), s.write('w\u00f6rld\n'));
s.end();
