// util.format placeholders: numbers, %s on objects, %j, %o/%O, stray percents.
const util = require('util');
const L = (...a) => console.log(...a);
L(util.format('%d', '42abc'), util.format('%d', 1n), util.format('%i', 42.9), util.format('%i', -42.9), util.format('%f', 'x'), util.format('%f', Symbol()), util.format('%d', Symbol()));
L(util.format('%s', new Proxy({ a: 1 }, {})), util.format('%s', Object.create(null)), util.format('%s', { a: { b: { c: 1 } } }));
L(util.format('%s', [1, [2, [3, [4]]]]), util.format('%s', new Map([[1, { a: 1 }]])), util.format('%s', new Set([[1]])));
L(util.format('%s', class A {}), util.format('%s', function f() {}), util.format('%s', () => 1));
L(util.format('%s', { [Symbol.toPrimitive]() { return 'prim'; } }), util.format('%s', { toString() { return 'ts'; } }));
L(util.format('%s %s', 'only one'), util.format('%d%%', 50), util.format('100%'), util.format('%', 1), util.format('%%%s', 'x'));
L(util.format('%j', { toJSON() { return 'J'; } }), util.format('%j', undefined), util.format('%j', 1n === 1n ? 'big' : 0));
L(util.format('%O', { a: { b: { c: { d: { e: 1 } } } } }), util.format('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }));
L(util.format(null, undefined, 'x'), util.format({ a: 1 }, '%s', 'y'), util.format('%s', 'a\nb'));
L(util.format('%s', -0), util.format('%d', -0), util.format('%i', -0), util.format('%f', -0), util.format('%s', 0n));
L(util.format('%s', new Error('errmsg')).split('\n')[0], util.format('%s', Object.assign(new Error('x'), { code: 'C' })).includes("code: 'C'"));
class E2 extends Error { toString() { return 'custom E2'; } } L(util.format('%s', new E2('m')));
L(util.formatWithOptions({ compact: false }, '%O', { a: 1 }), util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
L(util.format('%c%s', 'css', 'after'), util.format('%s%c', 'x'), util.format('%q', 1));
try { util.format('%j', { get x() { throw new Error('getter'); } }); } catch (e) { L('threw', e.message); }
L(util.format('%s', { a: 'x'.repeat(100) }));
