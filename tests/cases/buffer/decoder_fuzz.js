// Decoders against Node on pseudo-random UTF-8-ish bytes split into chunks.
// Deterministic fuzz: random byte strings, random splits.
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const pool = [0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff, 0xbb, 0xbf];
const { StringDecoder } = require('string_decoder');
const out = [];
for (let iter = 0; iter < 600; iter++) {
  const len = rnd(9);
  const bytes = Buffer.from(Array.from({ length: len }, () => pool[rnd(pool.length)]));
  const cuts = [0, rnd(len + 1), rnd(len + 1), len].sort((a, b) => a - b);
  const chunks = [bytes.subarray(cuts[0], cuts[1]), bytes.subarray(cuts[1], cuts[2]), bytes.subarray(cuts[2], cuts[3])];
  const td = new TextDecoder();
  const a = chunks.map((c) => td.decode(c, { stream: true })).concat([td.decode()]);
  const sd = new StringDecoder('utf8');
  const b = chunks.map((c) => sd.write(c)).concat([sd.end()]);
  const f = new TextDecoder('utf-8', { fatal: true });
  let c;
  try { c = chunks.map((x) => f.decode(x, { stream: true })).concat([f.decode()]).join(''); } catch (e) { c = e.code; }
  const u = new TextDecoder('utf-16le');
  const d = chunks.map((x) => u.decode(x, { stream: true })).concat([u.decode()]);
  const s16 = new StringDecoder('utf16le');
  const e = chunks.map((x) => s16.write(x)).concat([s16.end()]);
  out.push(JSON.stringify([bytes.toString('hex'), cuts, a, b, c, d, e, bytes.toString(), bytes.toString('ucs2')]));
}
console.log(out.join('\n'));
