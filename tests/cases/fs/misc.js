const fs = require('fs');
const util = require('util');
const { p, rel } = require('./_tmp');

fs.writeFileSync(p('f.txt'), '0123456789');
const fd = fs.openSync(p('f.txt'), 'r+');
console.log(fs.readFileSync(fd, 'utf8'));
fs.writeFileSync(fd, 'abc');
console.log(fs.readFileSync(p('f.txt'), 'utf8'));
fs.closeSync(fd);
console.log(Object.isFrozen(fs.constants), typeof fs.promises.constants, fs.promises.constants === fs.constants);
console.log(typeof fs.ReadStream, typeof fs.WriteStream, fs.ReadStream === fs.createReadStream(p('f.txt')).constructor);
console.log(fs.readdirSync(p(''), { encoding: 'buffer' }).map((b) => Buffer.isBuffer(b)));
console.log(fs.readdirSync(Buffer.from(p(''))).sort());
console.log(fs.readFileSync(new URL('file://' + p('f.txt')), 'utf8'));
console.log(fs.existsSync(new URL('file://' + p('f.txt'))));
console.log(fs.openSync(p('num.txt'), fs.constants.O_CREAT | fs.constants.O_WRONLY, 0o600) > 2);
console.log((fs.statSync(p('num.txt')).mode & 0o777).toString(8));
fs.mkdirSync(p('m'), 0o700);
console.log((fs.statSync(p('m')).mode & 0o777).toString(8));
fs.mkdirSync(p('m2'), { mode: '750' });
console.log((fs.statSync(p('m2')).mode & 0o777).toString(8));
console.log(fs.mkdtempSync(p('x-'), 'buffer').length === p('x-').length + 6);

const readFileP = util.promisify(fs.readFile);
const existsP = util.promisify(fs.exists);
(async () => {
  console.log(await readFileP(p('f.txt'), 'utf8'));
  console.log(await existsP(p('f.txt')), await existsP(p('nope')));
  const fd2 = fs.openSync(p('f.txt'), 'r');
  await new Promise((resolve) => fs.read(fd2, (err, n, buf) => {
    console.log('read default', err, n, buf.length);
    resolve();
  }));
  await new Promise((resolve) => fs.readv(fd2, [Buffer.alloc(2), Buffer.alloc(3)], 0, (err, n, bufs) => {
    console.log('readv', err, n, bufs.map(String));
    resolve();
  }));
  fs.closeSync(fd2);
  const fd3 = fs.openSync(p('v.txt'), 'w');
  await new Promise((resolve) => fs.writev(fd3, [Buffer.from('ab'), Buffer.from('cd')], (err, n) => {
    console.log('writev', err, n, fs.readFileSync(p('v.txt'), 'utf8'));
    resolve();
  }));
  fs.closeSync(fd3);
  const fh = await fs.promises.open(p('f.txt'));
  const chunks = [];
  for await (const c of fh.createReadStream({ start: 2, end: 6, highWaterMark: 2 })) chunks.push(c.toString());
  console.log('fh stream', chunks);
  const fd4 = fs.openSync(p('f.txt'), 'r');
  const s = fs.createReadStream(null, { fd: fd4, encoding: 'utf8' });
  let all = '';
  s.on('data', (c) => { all += c; });
  await new Promise((resolve) => s.on('close', resolve));
  console.log('fd stream', all, rel(String(s.path)));
  const ws = fs.createWriteStream(p('w.txt'), { start: 0, flags: 'w' });
  ws.on('open', () => console.log('ws open', ws.pending));
  console.log('ws pending', ws.pending, rel(ws.path));
  ws.end('end');
  ws.on('close', () => console.log('ws close', fs.readFileSync(p('w.txt'), 'utf8'), ws.bytesWritten));
})();
