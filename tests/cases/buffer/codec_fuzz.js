// base64/base64url/hex decoding of pseudo-random strings against Node.
let seed = 777;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_';
const extra = ['=', '=', ' ', '\n', '!', '\u00e9', '\u0141', '\u3d3d', '\u0161', '.'];
const out = [];
for (let iter = 0; iter < 400; iter++) {
  const long = rnd(4) === 0;
  const len = long ? 60 + rnd(80) : rnd(12);
  let s = '';
  for (let i = 0; i < len; i++) s += rnd(6) === 0 ? extra[rnd(extra.length)] : alpha[rnd(alpha.length)];
  const small = Buffer.alloc(rnd(8));
  const r = [];
  for (const enc of ['base64', 'base64url', 'hex']) {
    r.push(Buffer.from(s, enc).toString('hex'), Buffer.byteLength(s, enc), small.fill(0).write(s, enc), small.toString('hex'));
  }
  out.push(JSON.stringify([s, r]));
}
console.log(out.join('\n'));
