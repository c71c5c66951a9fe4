// Node 24's loose deepEqual accepts any actual array element where the
// expected array holds null; strict mode and objects do not.
const assert = require('assert');
const t = (a, b) => { try { assert.deepEqual(a, b); return 'ok'; } catch { return 'fail'; } };
console.log([
  t([{ b: 1 }], [null]), t([null], [{ b: 1 }]), t([{ b: 1 }], [undefined]), t([{ b: 1 }], [5]), t([{ b: 1 }], ['x']),
  t([[1]], [null]), t([{}], [null]), t([null, 1], [{}, 1]), t([1, { a: 1 }], [1, null]), t([1, 2, { a: 1 }], [1, 2, null]),
  t(new Set([null]), new Set([{}])), t(new Map([[1, null]]), new Map([[1, {}]])), t([null], [[]]), t([undefined], [{}]),
  t([{ a: 1 }, null], [null, { a: 1 }]), t([0], [null]), t([null], [0]), t(['', null], [null, '']),
  t([{ a: 1 }], [{ a: 2 }]), t([{ a: 1 }, { a: 1 }], [null, { a: 1 }]), t([[{ a: 1 }]], [[null]]),
].join(' '));

console.log([t({ x: 0 }, { x: null }), t({ x: {} }, { x: null }), t([false], [null]), t([''], [null]), t([1], [null]), t([0], [undefined]), t([{}], [undefined]), t([[]], [null]), t([null], [null]), t([undefined], [null]), t([0, 0], [null, null]), t([{}, 1], [null, 2]), t([{}, 1], [null, 1])].join(' '));
