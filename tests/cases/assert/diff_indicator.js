const assert = require('assert');
function t(fn) { try { fn(); console.log('no throw'); } catch (e) { console.log(`--- ${e.operator}`); console.log(e.message); } }
t(() => assert.strictEqual({ a: 1 }, { a: 1 }));
t(() => assert.strictEqual([1], [1]));
const f1 = () => {}; const f2 = () => {};
t(() => assert.strictEqual(f1, f2));
t(() => assert.deepStrictEqual({ [Symbol('s')]: 1 }, { [Symbol('s')]: 1 }));
t(() => assert.deepStrictEqual(f1, f2));
t(() => assert.deepStrictEqual(new WeakMap(), new WeakMap()));
t(() => assert.deepEqual(f1, f2));
t(() => assert.strictEqual(Symbol('a'), Symbol('a')));
t(() => assert.deepStrictEqual([Symbol('a')], [Symbol('a')]));
t(() => assert.strictEqual(123456789, 123456788));
t(() => assert.strictEqual(1234567891234, 'x'));
t(() => assert.deepStrictEqual([1, 2, 3, 4, 5], [1, 2, 3, 4, 6]));
t(() => assert.strictEqual(null, undefined));
t(() => assert.deepStrictEqual(12345678901234567890n, 12345678901234567891n));
t(() => assert.strictEqual('a'.repeat(50), 'a'.repeat(49) + 'b'));
