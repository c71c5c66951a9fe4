// AsyncLocalStorage with intervals, refresh(), timers/promises, enterWith inside a timer.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
let resolveOutside;
const outside = new Promise((r) => { resolveOutside = r; });
outside.then(() => console.log('then registered outside, resolved inside:', als.getStore()));
als.run('ctx1', () => {
  let n = 0;
  const iv = setInterval(() => {
    console.log('interval', ++n, als.getStore());
    if (n === 2) clearInterval(iv);
  }, 2);
  const t = setTimeout(() => console.log('refreshed timer', als.getStore()), 50);
  als.run('ctx2', () => t.refresh());
  resolveOutside();
});
als.run('ctx3', async () => {
  await sleep(100);
  console.log('after timers/promises sleep', als.getStore());
  await immediate();
  console.log('after timers/promises immediate', als.getStore());
  setTimeout(() => {
    als.enterWith('entered-in-timer');
    console.log('in timer after enterWith', als.getStore());
  }, 1);
  setTimeout(() => console.log('next timer unaffected', als.getStore()), 3);
});
setTimeout(() => console.log('no context timer', als.getStore()), 200);
