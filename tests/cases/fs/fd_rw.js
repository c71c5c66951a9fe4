const fs = require('fs');
const { p, showError } = require('./_tmp');

const fd = fs.openSync(p('f.txt'), 'w+');
console.log(typeof fd, fd > 2);
console.log(fs.writeSync(fd, 'hello '));
console.log(fs.writeSync(fd, Buffer.from('world!')));
console.log(fs.writeSync(fd, Buffer.from('XXabcXX'), 2, 3));
console.log(fs.writeSync(fd, 'H', 0));
console.log(fs.writeSync(fd, 'ff', null, 'hex'));
const buf = Buffer.alloc(20);
console.log(fs.readSync(fd, buf, 0, 20, 0), JSON.stringify(buf.toString('latin1')));
const small = Buffer.alloc(10, 0x2e);
console.log(fs.readSync(fd, small, 2, 4, 6), small.toString());
console.log(fs.readSync(fd, small, { offset: 0, length: 3, position: 0 }), small.toString());
console.log(fs.readSync(fd, Buffer.alloc(4), 0, 4, 100));
console.log(fs.fstatSync(fd).size);
fs.ftruncateSync(fd, 5);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
console.log(fs.fstatSync(fd).size);
fs.fchmodSync(fd, 0o640);
console.log((fs.fstatSync(fd).mode & 0o777).toString(8));
fs.futimesSync(fd, 10, 20);
console.log(fs.fstatSync(fd).mtimeMs);
console.log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd')], 0));
const a = Buffer.alloc(3);
const b = Buffer.alloc(3);
console.log(fs.readvSync(fd, [a, b], 0), a.toString(), b.toString());
fs.closeSync(fd);
try { fs.closeSync(fd); } catch (e) { showError('close twice', e); }

const fd2 = fs.openSync(p('f.txt'), 'r');
const parts = [];
const chunk = Buffer.alloc(2);
let n;
while ((n = fs.readSync(fd2, chunk, 0, 2, null)) > 0) parts.push(chunk.toString('latin1', 0, n));
console.log(parts);
fs.closeSync(fd2);

const fd3 = fs.openSync(p('f.txt'), 'a');
fs.writeSync(fd3, '+tail');
fs.closeSync(fd3);
console.log(fs.readFileSync(p('f.txt'), 'latin1'));
try { fs.openSync(p('f.txt'), 'wx'); } catch (e) { showError('wx', e); }

fs.open(p('f.txt'), 'r', (err, fd4) => {
  const b4 = Buffer.alloc(5);
  fs.read(fd4, b4, 0, 5, 0, (err2, bytesRead, bufOut) => {
    console.log('read cb', err, err2, bytesRead, bufOut === b4, b4.toString());
    fs.read(fd4, { buffer: Buffer.alloc(3), position: 1 }, (err3, n3, b3) => {
      console.log('read opts', err3, n3, b3.toString());
      fs.close(fd4, () => {
        fs.open(p('g.txt'), 'w', (err5, fd5) => {
          fs.write(fd5, Buffer.from('buffered'), 0, 8, null, (err6, w, wb) => {
            console.log('write cb', err6, w, wb.toString());
            fs.write(fd5, ' str', (err7, w7, s7) => {
              console.log('write str', err7, w7, s7);
              fs.closeSync(fd5);
              console.log(fs.readFileSync(p('g.txt'), 'utf8'));
            });
          });
        });
      });
    });
  });
});
