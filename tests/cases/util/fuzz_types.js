'use strict';
// Random class instances, errors, typed arrays, colors and showHidden (seeded).
// args: 5
const util = require('util');
let seed = Number(process.argv[2] || 1);
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const words = ['a', 'id', 'name', 'value', 'longerKeyName', 'k', 'desc'];
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Box extends Point { get area() { return 1; } }
function gen(depth, parent) {
  const r = rnd();
  if (depth > 5 || r < 0.3) {
    return pick([() => Math.floor(rnd() * 100000) - 500, () => 'x'.repeat(Math.floor(rnd() * 90)), () => pick(words),
      () => new Point(Math.floor(rnd() * 10), 'y'), () => function named() {}, () => class K {}, () => new Uint8Array(Math.floor(rnd() * 30)),
      () => Object(Math.floor(rnd() * 9)), () => /re+g/g, () => Object.create(null), () => parent ?? 0, () => new Box(1, 2),
      () => Object.assign(new Error('err'), { stack: 'Error: err\n    at x (file.js:1:1)', code: 'E' }), () => 12345678.125, () => [,,1]])();
  }
  if (r < 0.55) { const n = Math.floor(rnd() * (rnd() < 0.3 ? 120 : 9)); const a = []; const numeric = rnd() < 0.5; for (let i = 0; i < n; i++) a.push(numeric ? Math.floor(rnd() * 10 ** Math.floor(rnd() * 6)) : gen(depth + 1, a)); return a; }
  if (r < 0.8) { const n = Math.floor(rnd() * 6); const o = rnd() < 0.1 ? Object.create(null) : {}; for (let i = 0; i < n; i++) o[pick(words) + i] = gen(depth + 1, o); if (rnd() < 0.1) Object.defineProperty(o, 'g', { get() { return 1; }, enumerable: true }); return o; }
  if (r < 0.9) { const m = new Map(); const n = Math.floor(rnd() * 4); for (let i = 0; i < n; i++) m.set(pick(words) + i, gen(depth + 1, m)); return m; }
  const p = new Point(gen(depth + 1), gen(depth + 1)); return p;
}
for (let i = 0; i < 60; i++) {
  const v = gen(0);
  console.log(v);
  if (i % 7 === 0) console.log(util.inspect(v, { colors: true, depth: 3 }));
  if (i % 11 === 0) console.log(util.inspect(v, { showHidden: true, depth: 1 }));
  if (i % 13 === 0) console.log(util.inspect(v, { maxArrayLength: 5, maxStringLength: 10, numericSeparator: true }));
}
