const crypto = require('crypto');
let seed = 1; const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const out = [];
for (let i = 0; i < 300; i++) {
  const len = Math.floor(rnd() * 12);
  const b = Buffer.alloc(len);
  for (let j = 0; j < len; j++) b[j] = rnd() < 0.5 ? Math.floor(rnd() * 256) : [0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xa9, 0xed, 0xa0, 0x80, 0xc0, 0xff][Math.floor(rnd() * 14)];
  for (const enc of ['utf8', 'latin1', 'ascii', 'ucs2', 'base64', 'base64url', 'hex']) out.push(b.toString(enc));
  const s = b.toString('utf8');
  out.push(Buffer.from(s).toString('hex'), Buffer.byteLength(s), Buffer.from(b.toString('base64'), 'base64').equals(b));
  out.push(Buffer.from(b.toString('latin1'), 'latin1').equals(b), Buffer.from(s, 'ucs2').toString('hex'), Buffer.from(s, 'ascii').toString('hex'));
}
const bad = ['a=b', '====', 'YQ', 'YQ=', 'Y Q = =', '@@@', 'YWJj\nZGVm', '-_-_', 'YW\u00e9Jj'];
for (const s of bad) out.push(Buffer.from(s, 'base64').toString('hex'), Buffer.from(s, 'base64url').toString('hex'), Buffer.byteLength(s, 'base64'));
for (const s of ['0', '0g', 'abcx', 'AbCd', ' 12']) out.push(Buffer.from(s, 'hex').toString('hex'));
console.log(crypto.createHash('sha256').update(JSON.stringify(out)).digest('hex'));
if (process.argv[2]) console.log(out.join('\n'));
