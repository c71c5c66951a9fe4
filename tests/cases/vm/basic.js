// The common uses of node:vm: run code in a new context, share a context
// between runs, and run scripts in the current context.
const vm = require('vm');

console.log(vm.runInNewContext('a + b', { a: 1, b: 2 }));

// A counter incremented inside a context.
const sandbox = { count: 0 };
vm.createContext(sandbox);
for (let i = 0; i < 5; i++) vm.runInContext('count += 1', sandbox);
console.log('count', sandbox.count);

// Several runs share the context's state.
const ctx = vm.createContext({ greeting: 'hello' });
vm.runInContext('var words = []; function add(w) { words.push(w); return words.length; }', ctx);
vm.runInContext('add(greeting); add("world")', ctx);
console.log(vm.runInContext('words.join(" ")', ctx), ctx.words.length, typeof ctx.add);
console.log(vm.runInContext('add("again")', ctx));

// Scripts see the globals of the current context.
globalThis.someGlobal = 'visible';
const script = new vm.Script('typeof someGlobal + ":" + someGlobal');
console.log(script.runInThisContext());
console.log(vm.runInThisContext('var fromScript = 42; fromScript'), globalThis.fromScript);
console.log(vm.runInThisContext('typeof require'), vm.runInThisContext('typeof process'));

// One compiled script, many contexts.
const twice = new vm.Script('n * 2');
console.log([1, 2, 3].map((n) => twice.runInNewContext({ n })));
const shared = vm.createContext({ n: 10 });
console.log(twice.runInContext(shared), twice.runInContext(shared));

// Built-ins of a new context are its own.
console.log(vm.runInNewContext('[]') instanceof Array, Array.isArray(vm.runInNewContext('[1, 2]')));
console.log(vm.runInNewContext('Array') === Array, vm.runInNewContext('Object.getPrototypeOf([]) === Array.prototype'));
console.log(vm.runInNewContext('typeof console + typeof setTimeout + typeof require + typeof process'));
console.log(vm.runInNewContext('typeof queueMicrotask + typeof structuredClone + typeof globalThis'));
console.log(JSON.stringify(vm.runInNewContext('({ list: [1, 2], nested: { ok: true } })')));

// createContext() with no argument, and an already contextified object.
const empty = vm.createContext();
console.log(Object.keys(empty), vm.runInContext('x = 10; x * 2', empty), empty.x);
console.log(vm.createContext(empty) === empty, vm.isContext(empty), vm.isContext({}));

// The result of `this` is the context's global, not the sandbox.
const box = vm.createContext({ a: 1 });
const g = vm.runInContext('this', box);
console.log(g === box, g.a, vm.runInContext('globalThis === this', box), vm.isContext(g));

// createScript and the names the module exports.
console.log(vm.createScript('1 + 1').runInThisContext(), typeof vm.Script, typeof vm.constants.DONT_CONTEXTIFY);
console.log(Object.keys(vm).sort().join(','));
