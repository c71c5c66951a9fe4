// fs.read/readSync/FileHandle#read position checks: numbers up to
// MAX_SAFE_INTEGER, bigints up to 2^63 - 1 - length.
const fs = require('fs');
const { p } = require('./_tmp');

fs.writeFileSync(p('f'), 'abcdef');
const fd = fs.openSync(p('f'), 'r');
for (const pos of [-2, 2 ** 53, 2 ** 53 - 1, -2n, 2n ** 63n, 2n ** 63n - 1n, 2n ** 63n - 4n, 1.5, '1', null, -1, -1n, 2, 3n]) {
  try {
    const buf = Buffer.alloc(4);
    const n = fs.readSync(fd, buf, 0, 4, pos);
    console.log(pos, 'read', n, String(buf.subarray(0, n)));
  } catch (e) {
    console.log(pos, e.code, e.message);
  }
}
try {
  fs.read(fd, Buffer.alloc(2), 0, 1, 2n ** 64n, () => {});
} catch (e) {
  console.log('callback', e.code, e.message);
}
(async () => {
  const fh = await fs.promises.open(p('f'));
  for (const pos of [-2, 2n ** 63n, 2n ** 63n - 4n, 1.5, 1n]) {
    try {
      const { bytesRead } = await fh.read(Buffer.alloc(4), 0, 4, pos);
      console.log('filehandle', pos, bytesRead);
    } catch (e) {
      console.log('filehandle', pos, e.code, e.message);
    }
  }
  await fh.close();
  fs.closeSync(fd);
})();
