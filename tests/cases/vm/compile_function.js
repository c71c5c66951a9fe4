// vm.compileFunction: parameters, context extensions, parsing context.
const vm = require('vm');

const add = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 100 }] });
console.log(add(1, 2), add.name, add.length, typeof add);

const noParams = vm.compileFunction('return typeof arguments + " " + arguments.length');
console.log(noParams(1, 2, 3));

const ctx = vm.createContext({ k: 7 });
const inCtx = vm.compileFunction('return k + " " + typeof Array + " " + ([] instanceof Array)', [], {
  parsingContext: ctx,
});
console.log(inCtx(), inCtx() === 'x', inCtx instanceof Function);
console.log(vm.runInContext('typeof k', ctx));

const ext = { counter: 0 };
const bump = vm.compileFunction('counter++; return counter', [], { contextExtensions: [ext] });
bump();
bump();
console.log(ext.counter);

const withThis = vm.compileFunction('return this');
console.log(withThis.call('x') === 'x' || typeof withThis.call('x'));

const strict = vm.compileFunction('"use strict"; return this');
console.log(strict.call(undefined));

const usesRequire = vm.compileFunction('return require("path").join(a, b)', ['require', 'a', 'b']);
console.log(usesRequire(require, 'x', 'y'));

try {
  vm.compileFunction('}', [], { filename: 'bad.js' });
} catch (e) {
  console.log(e.name, e.message);
}

// Code cache for functions.
const produced = vm.compileFunction('return a + 1', ['a'], { produceCachedData: true });
console.log(Object.keys(produced), produced.cachedDataProduced, Buffer.isBuffer(produced.cachedData), produced(1));
const consumed = vm.compileFunction('return a + 1', ['a'], { cachedData: produced.cachedData });
console.log(Object.keys(consumed), consumed.cachedDataRejected, consumed(2));
const mismatched = vm.compileFunction('return 5', [], { cachedData: produced.cachedData });
console.log(Object.keys(mismatched), mismatched.cachedDataRejected, mismatched());
console.log(Object.keys(vm.compileFunction('return 5')));
