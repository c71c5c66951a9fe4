const vals = { f: function foo() { return 1; }, d: new Date(0), c: new (class Foo {})(), m: new Map(), re: /x/g, n: null, b: 5n, str: 'abc', e: Object.create(null), a: [], ar: () => 1, pr: Promise.resolve(), er: { name: 'x', message: 'y' } };
Promise.reject(vals[process.argv[2]]);
