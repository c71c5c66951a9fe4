// Built-in prototypes and namespaces.
const util = require('util');
console.log(Object.prototype, Array.prototype, Function.prototype, Map.prototype, Set.prototype);
console.log(Error.prototype, TypeError.prototype, Promise.prototype, RegExp.prototype, String.prototype, Number.prototype);
console.log(Uint8Array.prototype, ArrayBuffer.prototype, Symbol.prototype, BigInt.prototype, Boolean.prototype);
console.log(util.inspect(Object.prototype, { showHidden: true }).length > 10);
class A { m() {} get g() { return 1; } } console.log(A.prototype, Object.getPrototypeOf(new A()) === A.prototype);
console.log(util.inspect(A.prototype, { showHidden: true }));
console.log(Object.getPrototypeOf(function* () {}), Object.getPrototypeOf(async function () {}));
console.log(Math, JSON, Reflect, Intl === undefined ? 'noIntl' : typeof Intl, Atomics);
console.log(new Intl.NumberFormat('en'), Object.prototype.toString.call(Intl));
