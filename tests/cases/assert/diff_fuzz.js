// args: 2
const assert = require('assert');
const crypto = require('crypto');
let seed = +(process.argv[2] || 3); const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = (a) => a[Math.floor(rnd() * a.length)];
function gen(d) {
  const r = rnd();
  if (d > 3 || r < 0.4) return pick([1, 2, 'a', 'bb', null, undefined, true, 0, -0, NaN, 1.5, 'long string value here', 10n]);
  if (r < 0.7) return Array.from({ length: Math.floor(rnd() * 5) }, () => gen(d + 1));
  const o = {}; const n = Math.floor(rnd() * 5);
  for (let i = 0; i < n; i++) o[pick(['a', 'b', 'c', 'key', 'x y'])] = gen(d + 1);
  return o;
}
function mutate(v, d) {
  if (v === null || typeof v !== 'object' || rnd() < 0.3) return gen(d);
  const c = Array.isArray(v) ? v.slice() : { ...v };
  const keys = Object.keys(c);
  if (keys.length === 0) { if (Array.isArray(c)) c.push(gen(d)); else c.z = 1; return c; }
  const k = pick(keys);
  const r = rnd();
  if (r < 0.2) { if (Array.isArray(c)) c.splice(+k, 1); else delete c[k]; } else c[k] = mutate(c[k], d + 1);
  return c;
}
const out = [];
for (let i = 0; i < 150; i++) {
  const a = gen(0); const b = mutate(a, 0);
  for (const fn of (process.env.FNS || 'deepStrictEqual,deepEqual,notDeepStrictEqual,strictEqual').split(',')) {
    try { assert[fn](a, b); out.push('ok'); } catch (e) { out.push(e.message); }
  }
}
console.log(crypto.createHash('sha256').update(out.join('\n---\n')).digest('hex'));
if (process.argv[3]) console.log(out.join('\n---\n'));
