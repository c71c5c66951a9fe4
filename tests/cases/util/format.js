const util = require('util');
const L = (...a) => console.log(...a);
L(util.format('%s %d %i %f %j %o %O %c %%', 'str', 42.5, 42.5, '3.5', {a:1}, [1], {b:2}, 'css'));
L(util.format('%d %d %i %s', -0, '0x10', '0x10', -0), util.format('%s', 1n, 'extra', {a:1}), util.format('%s', Symbol('x')));
L(util.format('a', 'b', 1, {c: 1}), util.format(1, 2), util.format('%'), util.format('%x', 1), util.format('%s'), util.format('%%s', 1));
L(util.format('%s', {toString() { return 'custom'; }}), util.format('%s', new (class X { toString() { return 'X!'; } })()), util.format('%s', [1,[2,[3]]]));
L(util.format('%j', (() => { const o = {}; o.o = o; return o; })()), util.format('%s', null, undefined), util.format('%d', {}), util.format('%i', 'abc'));
L(util.format('%o', {a: [1, 2, {b: 3}], f() {}}));
L(util.format('%s:%s', 'a'), util.format('%s', -0), util.format('%s', new Error('E').message));
