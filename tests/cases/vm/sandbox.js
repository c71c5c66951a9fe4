// How a contextified object and its context's global mirror each other.
const vm = require('vm');

const sb = { a: 1 };
vm.createContext(sb);
vm.runInContext(
  'var x = 1; function f() { return 2 } y = 3; this.z = 4; let l = 5; const c = 6; globalThis.w = 7',
  sb,
);
console.log(Object.keys(sb));
console.log(Object.getOwnPropertyDescriptor(sb, 'x'), typeof sb.f, sb.f());
console.log(vm.runInContext('typeof l + typeof c + l + c', sb), 'l' in sb);
const g = vm.runInContext('this', sb);
console.log(Object.keys(g), g.a, g.x, typeof g.Array, g.Array === Array);

// Changes made from outside are seen inside.
sb.later = 9;
console.log(vm.runInContext('later', sb));
sb.a = 'changed';
console.log(vm.runInContext('a', sb));

// delete inside removes from the sandbox.
console.log(vm.runInContext('delete a; typeof a', sb), 'a' in sb);

// Strict-mode assignment to an undeclared name throws.
console.log(vm.runInContext('"use strict"; try { undeclaredName = 1; "no" } catch (e) { e.name }', sb));

// Inherited sandbox properties are visible; sandbox values shadow built-ins.
const withProto = vm.createContext(Object.create({ inherited: 'yes' }));
console.log(vm.runInContext('typeof inherited + " " + inherited', withProto));
const shadow = vm.createContext({ Array: 5 });
console.log(vm.runInContext('Array', shadow), vm.runInContext('Array = 6; Array', shadow), shadow.Array);
const replaced = vm.createContext({});
vm.runInContext('Object = 1', replaced);
console.log(replaced.Object, vm.runInContext('Object', replaced));

// Accessors and indices.
const acc = vm.createContext({});
vm.runInContext('Object.defineProperty(this, "p", { get() { return 42 }, enumerable: true })', acc);
console.log(Object.getOwnPropertyDescriptor(acc, 'p').configurable, acc.p);
vm.runInContext('this[0] = "zero"', acc);
console.log(acc[0], Object.keys(acc));
const getter = vm.createContext({ get now() { return 'from getter'; } });
console.log(vm.runInContext('now', getter));

// Enumerating the global lists the sandbox's keys.
console.log(vm.runInNewContext('Object.keys(globalThis)', { one: 1, two: 2 }));
console.log(vm.runInNewContext('Object.keys(this)', { a: 1, [Symbol.iterator]: 2 }));
console.log(vm.runInNewContext('"Array" in globalThis'), vm.runInNewContext('"k" in globalThis', { k: 1 }));
console.log(vm.runInNewContext('Object.getOwnPropertyDescriptor(globalThis, "k")', { k: 1 }));
console.log(vm.runInNewContext('Object.getOwnPropertyNames(globalThis).includes("Math")', {}));

// Functions of the context keep working after the run, and see later changes.
const live = vm.createContext({ n: 1 });
const read = vm.runInContext('(function () { return n; })', live);
live.n = 2;
console.log(read());

// A sandbox can carry functions of the main context.
const logs = [];
vm.runInNewContext('log("from inside", typeof log)', { log: (...args) => logs.push(args.join(' ')) });
console.log(logs);

// The global's constructor and a self-referencing sandbox property.
const self = {};
self.me = self;
vm.createContext(self);
console.log(vm.runInContext('me === this', self), vm.runInContext('globalThis.constructor.name', self));

// Declarations in strict-mode code reach the sandbox as well.
for (const code of [
  '"use strict"; var v = 1;',
  '"use strict"; var v; v = 3',
  '"use strict"; function hello() { return "hi" } var w = hello();',
  '"use strict"; (function (root) { root.Lib = { v: 1 }; })(this); this.direct = 2;',
  'class K {} let q = 1; var r = 2;',
]) {
  const box = {};
  vm.runInNewContext(code, box);
  console.log(JSON.stringify(code), Object.keys(box));
}

// Arrays can be contextified, functions cannot.
const arr = [1, 2, 3];
vm.createContext(arr);
console.log(vm.runInContext('this[1] + length', arr));
try {
  vm.createContext(function fnSandbox() {});
} catch (e) {
  console.log(e.code, e.message);
}
