// The shape of LockManager and Lock: one instance shared by
// worker_threads.locks and navigator.locks, util.inspect output, property
// descriptors, illegal constructors.
const wt = require('worker_threads');
const util = require('util');
const { locks } = wt;

console.log(wt.locks === navigator.locks, util.inspect(locks), Object.prototype.toString.call(locks));
console.log(util.inspect(locks, { showHidden: true }));
console.log(Object.getOwnPropertyDescriptor(wt, 'locks'));
const proto = Object.getPrototypeOf(locks);
console.log(Object.getOwnPropertyNames(proto), Object.getOwnPropertyNames(locks), Object.getOwnPropertySymbols(locks));
console.log(Object.getOwnPropertyDescriptors(proto));
const LockManager = locks.constructor;
console.log(LockManager.name, LockManager.length, locks.request.length, locks.query.length, locks.request.name, locks.query.name);
console.log(typeof globalThis.LockManager, typeof globalThis.Lock);
const nav = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(navigator), 'locks');
console.log(typeof nav.get, nav.set, nav.configurable);
try {
  new LockManager();
} catch (e) {
  console.log(e.name, e.code, e.message);
}

locks.request('a', (lock) => {
  console.log(util.inspect(lock), lock, String(lock));
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(lock)), Object.getOwnPropertyNames(lock), Object.getOwnPropertySymbols(lock).map(String));
  console.log(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(lock)));
  console.log(lock.constructor.name, lock.constructor.length, lock.name, lock.mode, JSON.stringify(lock), Object.keys(lock));
  try {
    new lock.constructor();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  const nameGetter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(lock), 'name').get;
  try {
    nameGetter.call({});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  return 42;
}).then((v) => {
  console.log('resolved', v);
  return locks.query.call({});
}).catch((e) => console.log('query.call', e.name, e.message));
