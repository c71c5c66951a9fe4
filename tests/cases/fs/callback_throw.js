const fs = require('fs');
const { p } = require('./_tmp');

process.on('uncaughtException', (e) => console.log('uncaught', e.message));
fs.writeFileSync(p('f'), 'x');
const order = [];
let pending = 2;
const done = () => { if (--pending === 0) setImmediate(() => console.log(order.sort())); };
fs.readFile(p('f'), () => {
  order.push('readFile');
  done();
  throw new Error('boom from callback');
});
fs.stat(p('f'), () => {
  order.push('stat');
  done();
});
Promise.resolve().then(() => order.push('microtask'));
process.nextTick(() => order.push('tick'));
order.push('sync');
