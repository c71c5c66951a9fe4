// node:timers/promises: values, ordering, abort, ref, intervals, scheduler.
import { setTimeout, setImmediate, setInterval, scheduler } from 'node:timers/promises';
import timersPromises from 'node:timers/promises';
import timers from 'node:timers';

console.log(Object.keys(timersPromises).join(','), timers.promises === timersPromises);
console.log(await setTimeout(2, 'late'), await setImmediate('now'), await setTimeout());

// ordering: immediate before a later timeout
const order = [];
await Promise.all([
  setTimeout(20).then(() => order.push('t20')),
  setTimeout(5).then(() => order.push('t5')),
  setImmediate().then(() => order.push('imm')),
]);
console.log(order.join(' '));

// abort
const ac = new AbortController();
const p = setTimeout(10000, 'never', { signal: ac.signal });
ac.abort('stop');
try { await p; } catch (e) { console.log(e.name, e.code, e.message, e.cause); }
try { await setImmediate('x', { signal: AbortSignal.abort() }); } catch (e) { console.log('immediate', e.name); }
const ac2 = new AbortController();
const pi = setImmediate('y', { signal: ac2.signal });
ac2.abort();
try { await pi; } catch (e) { console.log('immediate later', e.name); }

// invalid options reject (not throw)
const bad = setTimeout(1, null, { ref: 'no' });
console.log(bad instanceof Promise);
try { await bad; } catch (e) { console.log(e.code, e.message); }
try { await setTimeout(1, null, 'opts'); } catch (e) { console.log(e.code, e.message); }
try { await setTimeout(1, null, { signal: {} }); } catch (e) { console.log(e.code, e.message); }

// setInterval as an async iterator
let n = 0;
for await (const v of setInterval(3, 'iv')) {
  console.log('interval', v, ++n);
  if (n === 3) break;
}
const ac3 = new AbortController();
let m = 0;
try {
  for await (const v of setInterval(2, m, { signal: ac3.signal })) {
    if (++m === 2) ac3.abort();
  }
} catch (e) {
  console.log('interval aborted', e.name, m);
}
const it = setInterval(1, 'manual');
console.log(await it.next(), await it.next());
console.log(await it.return(), await it.next());

// scheduler
await scheduler.wait(3);
await scheduler.yield();
console.log('scheduler ok', typeof scheduler.wait, typeof scheduler.yield);
try { await scheduler.wait.call({}, 1); } catch (e) { console.log(e.code); }

// an unref'd timer does not keep the process alive
setTimeout(100000, 'unref', { ref: false }).then(() => console.log('never printed'));
process.on('exit', () => console.log('exit'));
