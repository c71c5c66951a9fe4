// Accessors, defineProperty and assignments on a contextified global: each runs once and both sides agree.
const vm = require("vm");
const ctx = vm.createContext({ calls: [] });
vm.runInContext('Object.defineProperty(globalThis, "acc", { get() { calls.push("get"); return 1 }, set(v) { calls.push("set " + v) }, configurable: true }); acc = 5; acc; this.acc = 6;', ctx);
console.log(ctx.calls);
const sb = { calls: [], set s(v) { this.calls.push('sb set ' + v) }, get s() { return 'sbget' } };
vm.createContext(sb);
vm.runInContext('s = 1; this.s = 2; s', sb);
console.log(sb.calls);
const ctx2 = vm.createContext({});
vm.runInContext('Object.defineProperty(this, "ro", { value: 1, writable: false, configurable: false }); ro = 2;', ctx2);
console.log(ctx2.ro, vm.runInContext('ro', ctx2), Object.getOwnPropertyDescriptor(ctx2, 'ro'));
{
const ctx = vm.createContext({ first: 1 });
vm.runInContext('Object.defineProperty(this, "dp", { value: 1, enumerable: true, configurable: true, writable: true }); Object.defineProperty(this, "ap", { get() { return 2 }, enumerable: true, configurable: true }); var vv = 3;', ctx);
const g = vm.runInContext('this', ctx);
console.log(Object.keys(g), Object.keys(ctx));
delete ctx.dp; delete ctx.ap; delete ctx.vv;
console.log(vm.runInContext('[typeof dp, typeof ap, typeof vv]', ctx));
const ctx3 = vm.createContext({ calls: [] });
vm.runInContext('Object.defineProperty(globalThis, "dv", { value: 1, writable: true, configurable: true }); dv = 5;', ctx3);
console.log(ctx3.dv, vm.runInContext('dv', ctx3));
}
{
const ctx = vm.createContext({ a: 1 });
vm.runInContext('a = 2; newp = 3; this.b = 4', ctx);
console.log(Object.keys(vm.runInContext('this', ctx)));
delete ctx.a; delete ctx.newp;
console.log(vm.runInContext('[typeof a, typeof newp]', ctx));
const ctx2 = vm.createContext({});
vm.runInContext('var q = 1; q = 2;', ctx2);
console.log(Object.keys(vm.runInContext('this', ctx2)));
delete ctx2.q;
console.log(vm.runInContext('typeof q + " " + q', ctx2));
}
