const { StringDecoder } = require('string_decoder');
const crypto = require('crypto');
let seed = 7; const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const out = [];
for (let i = 0; i < 400; i++) {
  const len = Math.floor(rnd() * 10);
  const b = Buffer.alloc(len);
  for (let j = 0; j < len; j++) b[j] = rnd() < 0.3 ? Math.floor(rnd() * 256) : [0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xa9, 0xed, 0xa0, 0x80, 0xc0, 0xff, 0x61, 0x00, 0xd8, 0x3d, 0xde, 0x00][Math.floor(rnd() * 20)];
  for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1']) {
    const d = new StringDecoder(enc);
    const parts = [];
    let p = 0;
    while (p < len) { const n = 1 + Math.floor(rnd() * 3); parts.push(d.write(b.subarray(p, p + n))); p += n; }
    parts.push(d.end());
    out.push(enc + ':' + JSON.stringify(parts));
    const d2 = new StringDecoder(enc);
    out.push(JSON.stringify([d2.write(b), d2.end(Buffer.from([0xe2])), d2.end()]));
  }
}
console.log(crypto.createHash('sha256').update(out.join('\n')).digest('hex'));
if (process.argv[2]) console.log(out.join('\n'));
