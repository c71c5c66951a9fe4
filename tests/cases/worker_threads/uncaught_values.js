// Whatever a worker throws reaches the parent's 'error' event as Node
// delivers it: errors with their properties, names and causes; other
// values cloned; what cannot be cloned as a symbol or an inspected string.
const { Worker } = require('worker_threads');
const cases = [
  `throw 'a string'`, `throw { plain: 1 }`, `throw null`, `Promise.reject(new TypeError('rej'))`,
  `const e = new RangeError('r'); e.code = 'X'; e.extra = { a: 1 }; throw e`,
  `const e = new Error('with fn'); e.fn = () => 1; throw e`,
  `const e = new Error('nested'); e.nested = { deep: { x: [1, 2] } }; throw e`,
  `throw Object.assign(new Error('renamed'), { name: 'CustomName' })`,
  `class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.extra = 42; } }; throw new MyErr('custom')`,
  `throw new AggregateError([new Error('a'), 'b'], 'many')`,
  `throw new Error('outer', { cause: new Error('inner') })`,
  `throw Symbol('sym')`, `throw 42n`, `throw function named() { return 1; }`,
  `throw { toString() { return 'custom'; } }`, `throw new Map([[1, 2]])`, `throw [1, 2]`,
  `throw new (class Foo { constructor() { this.a = 1; } })()`,
  `const e = new Error('hidden'); Object.defineProperty(e, 'hidden', { value: 1, enumerable: false }); throw e`,
  `process.abort()`, `undefinedFn()`,
];
(async () => {
  for (const code of cases) {
    await new Promise((resolve) => {
      const w = new Worker(code, { eval: true });
      w.on('error', (e) => {
        const shown = typeof e === 'symbol' ? e.toString()
          : e instanceof Error
            ? { ctor: e.constructor.name, name: e.name, message: e.message, keys: Object.keys(e), code: e.code,
              extra: e.extra, nested: e.nested, cause: e.cause?.message, errors: e.errors?.length, hidden: e.hidden }
            : e;
        console.log(code.slice(0, 40), '=>', typeof e, shown);
      });
      w.on('exit', (c) => { console.log('  exit', c); resolve(); });
    });
  }
})();
