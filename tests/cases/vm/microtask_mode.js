// microtaskMode 'afterEvaluate': the context's promise jobs run before the call returns.
const vm = require('vm');
const ctx = vm.createContext({ out: [] }, { microtaskMode: 'afterEvaluate' });
const r = vm.runInContext('Promise.resolve().then(() => out.push("micro")); out.push("sync"); 1', ctx);
console.log(r, ctx.out);
const ctx2 = vm.createContext({ out: [] });
vm.runInContext('Promise.resolve().then(() => out.push("micro")); out.push("sync")', ctx2);
console.log(ctx2.out);
Promise.resolve().then(() => console.log('later', ctx2.out));
console.log(vm.runInNewContext('Promise.resolve(1).then(v => v + 1)', {}, { microtaskMode: 'afterEvaluate' }) instanceof Promise);
try { vm.runInContext('Promise.resolve().then(() => { while(true); })', vm.createContext({}, { microtaskMode: 'afterEvaluate' }), { timeout: 20 }) } catch (e) { console.log(e.code) }
