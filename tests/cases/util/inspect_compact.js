// Legacy compact: true, compact: false and compact numbers with circular values.
const util = require('util');
const o = { a: 1, nested: { arr: [1, 2, 3], s: 'x'.repeat(50) } }; o.self = o;
console.log(util.inspect(o, { compact: true }));
console.log(util.inspect(o, { compact: true, breakLength: 40 }));
console.log(util.inspect({ a: 'y'.repeat(100), b: { c: 'z'.repeat(90) } }, { compact: true }));
console.log(util.inspect([o, o], { compact: true }));
console.log(util.inspect(new Map([[o, [o]]]), { compact: true }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { compact: true }));
console.log(util.inspect({ fn: Object.assign(function f() {}, { p: 1 }), e: Object.assign(new Error('x'), { stack: 'Error: x', k: 1 }) }, { compact: true }));
console.log(util.inspect(o, { compact: false }));
console.log(util.inspect(new Set([o]), { compact: 1 }));
