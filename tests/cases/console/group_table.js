// group indentation and console.table layouts.
console.group('Level 1');
console.log('one');
console.group('Level 2');
console.log('two\nlines');
console.table([{ a: 1 }]);
console.error('err in group');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('zero');
console.table([{ a: 1, b: 'xy' }, { a: 22, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ r1: { c: 1 }, r2: { c: 2 } });
console.table([1, 'two', { three: 3 }]);
console.table(new Map([['k1', 'v1'], ['k2', { x: 1 }]]));
console.table(new Set(['s1', 's2']));
console.table([{ a: 1, b: 2 }], ['a']);
console.table([{ a: 1, b: 2 }], ['z']);
console.table('not tabular');
console.table(null);
console.table([{ name: 'x', nested: { deep: { deeper: 1 } }, arr: [1, 2, 3, 4, 5], fn() {} }]);
console.table([{ '\u00fcn\u00ef': '\u65e5\u672c\u8a9e' }]);
console.table([]);
console.table({});
console.table([[]]);
console.table([{ a: undefined, b: null, c: Symbol('s'), d: 10n }]);
try { console.table([], 'bad'); } catch (e) { console.log(e.code, e.message); }
