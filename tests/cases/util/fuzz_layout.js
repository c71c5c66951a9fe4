// Random nested values (seeded) printed by console.log and util.inspect options.
// args: 3
const util = require('util');
let seed = Number(process.argv[2] || 1);
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const words = ['a', 'id', 'name', 'value', 'longerKeyName', 'x-y', '$d', 'with space', '0', 'z9'];
function gen(depth) {
  const r = rnd();
  if (depth > 4 || r < 0.35) {
    return pick([() => Math.floor(rnd() * 1000), () => rnd() * 100, () => pick(words).repeat(1 + Math.floor(rnd() * 8)), () => null, () => undefined, () => true, () => -0, () => BigInt(Math.floor(rnd() * 1e6)), () => 'line\nbreak', () => Symbol(pick(words)), () => new Date(Math.floor(rnd() * 1e12))])();
  }
  if (r < 0.6) { const n = Math.floor(rnd() * (rnd() < 0.3 ? 40 : 8)); const a = []; for (let i = 0; i < n; i++) a.push(gen(depth + 1)); return a; }
  if (r < 0.85) { const n = Math.floor(rnd() * 7); const o = {}; for (let i = 0; i < n; i++) o[pick(words) + (i % 3 ? i : '')] = gen(depth + 1); return o; }
  if (r < 0.92) { const m = new Map(); const n = Math.floor(rnd() * 4); for (let i = 0; i < n; i++) m.set(gen(3), gen(depth + 1)); return m; }
  const s = new Set(); const n = Math.floor(rnd() * 5); for (let i = 0; i < n; i++) s.add(gen(depth + 1)); return s;
}
for (let i = 0; i < 60; i++) {
  const v = gen(0);
  console.log(v);
  if (i % 10 === 0) console.log(util.inspect(v, { depth: 4, breakLength: 60 + Math.floor(rnd() * 60), compact: 1 + Math.floor(rnd() * 4) }));
  if (i % 15 === 0) console.log(util.inspect(v, { compact: false, sorted: true }));
  if (i % 20 === 0) console.log(util.inspect(v, { compact: true, breakLength: Infinity }));
}
