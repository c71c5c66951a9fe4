// util.promisify(fs.read/write/readv/writev) resolves to named results.
const util = require('util');
const fs = require('fs');
const { p } = require('./_tmp');

(async () => {
  fs.writeFileSync(p('f'), 'content');
  const fd = fs.openSync(p('f'), 'r+');
  const r = await util.promisify(fs.read)(fd, Buffer.alloc(4), 0, 4, 0);
  console.log(Object.keys(r), r.bytesRead, String(r.buffer));
  const r2 = await util.promisify(fs.read)(fd, { buffer: Buffer.alloc(3), position: 1 });
  console.log(Object.keys(r2), r2.bytesRead, String(r2.buffer));
  const rv = await util.promisify(fs.readv)(fd, [Buffer.alloc(2), Buffer.alloc(2)], 3);
  console.log(Object.keys(rv), rv.bytesRead, rv.buffers.map(String));
  const w = await util.promisify(fs.write)(fd, Buffer.from('AB'), 0, 2, 0);
  console.log(Object.keys(w), w.bytesWritten, String(w.buffer));
  const w2 = await util.promisify(fs.write)(fd, 'xyz', 2);
  console.log(Object.keys(w2), w2.bytesWritten, w2.buffer);
  const wv = await util.promisify(fs.writev)(fd, [Buffer.from('1'), Buffer.from('2')], 5);
  console.log(Object.keys(wv), wv.bytesWritten, wv.buffer.map(String));
  fs.closeSync(fd);
  console.log(fs.readFileSync(p('f'), 'utf8'));
})();
