// Promises, async functions and microtasks of code run in a context.
const vm = require('vm');

process.on('unhandledRejection', (reason) => {
  console.log('unhandledRejection', reason instanceof Error, reason.message);
});

vm.runInNewContext('Promise.resolve(5)').then((v) => console.log('resolved', v));
vm.runInNewContext('(async () => { await null; return "async ok" })()').then(console.log);

const ctx = vm.createContext({ log: (...a) => console.log(...a), setTimeout });
vm.runInContext('Promise.resolve().then(() => log("then inside the context"))', ctx);
vm.runInContext('setTimeout(() => log("timer from the context"), 5)', ctx);
vm.runInContext('(async () => { try { await Promise.reject(new Error("caught")) } catch (e) { log(e.message) } })()', ctx);
vm.runInNewContext('Promise.reject(new Error("nobody handles this"))');
console.log('sync done');
