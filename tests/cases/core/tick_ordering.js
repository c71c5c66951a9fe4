// nextTick vs promises ordering
const log = [];
Promise.resolve().then(() => console.log('p1'));
process.nextTick(() => console.log('t1'));
queueMicrotask(() => console.log('m1'));
process.nextTick((a, b) => { console.log('t2', a, b); Promise.resolve().then(() => console.log('p-in-t2')); process.nextTick(() => console.log('t-in-t2')); }, 'x', 'y');
Promise.resolve().then(() => { console.log('p2'); process.nextTick(() => console.log('t-in-p2')); Promise.resolve().then(() => console.log('p-in-p2')); });
setTimeout(() => { console.log('timeout'); process.nextTick(() => console.log('t-in-timeout')); Promise.resolve().then(() => console.log('p-in-timeout')); }, 0);
setTimeout(() => console.log('timeout2'), 0);
setImmediate(() => { console.log('immediate'); process.nextTick(() => console.log('t-in-imm')); });
setImmediate(() => { console.log('immediate2'); require('fs').readFile(__filename, () => {
  console.log('io');
  setTimeout(() => console.log('io-timeout'), 0);
  setImmediate(() => console.log('io-immediate'));
  process.nextTick(() => console.log('io-tick'));
}); });
try { process.nextTick(5); } catch (e) { console.log(e.code, e.message); }
(async () => { console.log('async start'); await null; console.log('after await'); })();
console.log('sync end');
