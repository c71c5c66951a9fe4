// Node's phase order: sync, nextTick, microtasks, then timers / check.
// (setTimeout(0) against setImmediate at top level is racy in Node too, so
// the timer phase is entered from a timer callback here.)
console.log('sync');
setTimeout(() => {
  console.log('timeout 1');
  process.nextTick(() => console.log('tick in timeout'));
  Promise.resolve().then(() => console.log('micro in timeout'));
  setImmediate(() => {
    console.log('immediate from timeout');
    setImmediate(() => console.log('immediate from immediate'));
  });
}, 2);
Promise.resolve().then(() => {
  console.log('micro 1');
  process.nextTick(() => console.log('tick from micro'));
});
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('micro from tick'));
});
queueMicrotask(() => console.log('queueMicrotask'));
const t = setInterval(() => {
  console.log('interval');
  clearInterval(t);
}, 300);
const u = setTimeout(() => console.log('never'), 1000);
u.unref();
console.log(typeof t.ref, t.hasRef(), u.hasRef(), typeof t[Symbol.toPrimitive]());
