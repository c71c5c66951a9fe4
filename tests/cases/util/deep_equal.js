// util.isDeepStrictEqual (S) and assert.deepEqual (L) over many value pairs.
const util = require('util');
const assert = require('assert');
const cases = [
  [1, 1], [1, '1'], [0, -0], [NaN, NaN], [null, undefined], [[1, 2], [1, 2]], [[1, 2], [2, 1]],
  [{ a: 1 }, { a: 1, b: undefined }], [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }], [new Date(1), new Date(1)], [new Date(1), new Date(2)],
  [/a/g, /a/g], [/a/g, /a/i], [new Set([1, 2]), new Set([2, 1])], [new Set([{ a: 1 }]), new Set([{ a: 1 }])], [new Set([1]), new Set(['1'])],
  [new Map([[1, 'a']]), new Map([[1, 'a']])], [new Map([[{}, 1]]), new Map([[{}, 1]])], [new Map([[1, 1]]), new Map([['1', 1]])],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1]), new Int8Array([1])], [new Float64Array([0]), new Float64Array([-0])],
  [Buffer.from('a'), new Uint8Array([97])], [new ArrayBuffer(2), new ArrayBuffer(2)], [Object(1), Object(1)], [Object(1), Object(2)], [Object('a'), 'a'],
  [new Error('a'), new Error('a')], [new Error('a'), new TypeError('a')], [new Error('a'), new Error('b')],
  [[1, , 3], [1, undefined, 3]], [[, 1], [, 1]], [{}, []], [Object.create(null), {}], [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }], [{ [Symbol('s')]: 1 }, {}],
  [function f() {}, function f() {}], [Promise.resolve(), Promise.resolve()], [new WeakMap(), new WeakMap()],
  [{ a: 1, b: 2 }, { b: 2, a: 1 }], [[1, [2, [3]]], [1, [2, [3]]]], [[1, [2, [3]]], [1, [2, ['3']]]], [{ a: NaN }, { a: NaN }],
  [new Set([1, {}]), new Set([1, {}])], [new Set([NaN]), new Set([NaN])], [new Map([[NaN, 1]]), new Map([[NaN, 1]])],
  [(() => { const a = [1]; a.x = 1; return a; })(), [1]], [new Number(NaN), new Number(NaN)], [true, 1], [new Boolean(true), new Boolean(true)],
  [new Set([null]), new Set([undefined])], [new Map([[1, null]]), new Map([[1, undefined]])], [[null], [undefined]], [{ a: null }, { a: undefined }],
];
const c1 = { a: 1 }; c1.self = c1; const c2 = { a: 1 }; c2.self = c2; cases.push([c1, c2]);
const d1 = [1]; d1.push(d1); const d2 = [1]; d2.push(d2); cases.push([d1, d2]);
const e1 = { a: 1 }; e1.b = { c: e1 }; const e2 = { a: 1 }; e2.b = { c: { a: 1, b: { c: e2 } } }; cases.push([e1, e2]);
const out = [];
for (const [a, b] of cases) {
  let l;
  try { assert.deepEqual(a, b); l = true; } catch { l = false; }
  out.push(`${util.isDeepStrictEqual(a, b) ? 'S' : '-'}${l ? 'L' : '-'}`);
}
console.log(out.join(' '));
