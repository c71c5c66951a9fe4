// fs streams with options.fs: the stream calls the given open/read/write/
// close; each required method is checked up front.
const fs = require('fs');
const { p, rel } = require('./_tmp');

fs.writeFileSync(p('a'), '0123456789');
const f = () => {};
for (const o of [{ open: 1 }, { open: f, read: 1 }, { open: f, read: f, close: 1 }, { read: f, close: f }]) {
  try {
    fs.createReadStream(p('a'), { fs: o });
  } catch (e) {
    console.log('read', e.code, e.message);
  }
}
for (const o of [{ open: 1 }, { open: f, write: 1 }, { open: f, write: f, close: 1 }, { open: f, write: f, close: f, writev: 1 }]) {
  try {
    fs.createWriteStream(p('w'), { fs: o });
  } catch (e) {
    console.log('write', e.code, e.message);
  }
}
(async () => {
  const calls = [];
  const log = (name, fn) => (...args) => {
    calls.push(name + ':' + args.slice(1, -1).map((a) => (Buffer.isBuffer(a) ? `<${a.length}>` : typeof a === 'string' ? rel(a) : String(a))).join(','));
    return fn(...args);
  };
  const custom = { open: log('open', fs.open), read: log('read', fs.read), close: log('close', fs.close) };
  let data = '';
  for await (const c of fs.createReadStream(p('a'), { fs: custom, highWaterMark: 4, start: 1 })) data += c;
  console.log(data, calls);
  calls.length = 0;
  const wcustom = { open: log('open', fs.open), write: log('write', fs.write), close: log('close', fs.close) };
  const ws = fs.createWriteStream(p('w'), { fs: wcustom, flags: 'w' });
  ws.write('ab');
  ws.end('cd');
  await new Promise((r) => ws.on('close', r));
  console.log(fs.readFileSync(p('w'), 'utf8'), calls.map((c) => c.replace(/^(open:.*,)\d+$/, '$1MODE')));
  const failing = { open: (path, flags, mode, cb) => cb(Object.assign(new Error('custom failure'), { code: 'EXYZ' })), read: f, close: f };
  const rs = fs.createReadStream(p('a'), { fs: failing });
  rs.on('error', (e) => console.log('error', e.message, e.code));
  rs.on('close', () => console.log('closed'));
})();
