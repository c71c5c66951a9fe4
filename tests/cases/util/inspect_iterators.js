// Map/Set iterators show their remaining entries without consuming them.
const util = require('util');
const m = new Map([['a', 1], ['b', { x: [1, 2] }], ['c', 3]]);
const s = new Set([1, 'two', { three: 3 }]);
console.log(m.keys(), m.values(), m.entries(), m[Symbol.iterator]());
console.log(s.values(), s.entries(), s.keys());
const it = m.keys();
it.next();
console.log(it, [...it]);
console.log([1, 2, 3].keys(), [1, 2].entries(), 'ab'[Symbol.iterator](), new Map().keys());
console.log(util.inspect(new Set(Array.from({ length: 120 }, (_, i) => i)).values(), { maxArrayLength: 5 }));
const key = {};
const wm = new WeakMap([[key, 'v']]);
const ws = new WeakSet([key]);
console.log(util.inspect(wm, { showHidden: true }), util.inspect(ws, { showHidden: true }));
console.log(wm, ws);
console.table(new Map([['k', 'v']]).entries());
console.table(new Set(['a', 'b']).values());
