// events.once / events.on, with AbortSignal, error and close events.
import { EventEmitter, once, on } from 'node:events';

const e = new EventEmitter();
setTimeout(() => e.emit('ready', 1, 2), 1);
console.log('once ->', await once(e, 'ready'));
console.log('error listeners left', e.listenerCount('error'), e.listenerCount('ready'));

setTimeout(() => e.emit('error', new Error('bad')), 1);
try { await once(e, 'ready'); } catch (err) { console.log('once rejected', err.message, e.listenerCount('ready')); }

const ac = new AbortController();
const p = once(e, 'never', { signal: ac.signal });
ac.abort();
try { await p; } catch (err) { console.log(err.name, err.code, err.message, e.listenerCount('never')); }
try { await once(e, 'x', { signal: AbortSignal.abort('why') }); } catch (err) { console.log('pre-aborted', err.name, err.cause); }
try { await once(e, 'x', { signal: 1 }); } catch (err) { console.log(err.code, err.message); }

// once on an EventTarget
const et = new EventTarget();
setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
const [ev] = await once(et, 'ping');
console.log('target once', ev.type, ev instanceof Event);

// on(): async iteration
const src = new EventEmitter();
process.nextTick(() => {
  src.emit('data', 'a');
  src.emit('data', 'b', 'c');
  src.emit('data', 'd');
});
let n = 0;
for await (const args of on(src, 'data')) {
  console.log('on ->', args);
  if (++n === 3) break;
}
console.log('after break', src.listenerCount('data'), src.listenerCount('error'));

// on(): error rejects the loop
const err = new EventEmitter();
process.nextTick(() => {
  err.emit('data', 1);
  err.emit('error', new Error('stream broke'));
});
try {
  for await (const [v] of on(err, 'data')) console.log('value', v);
} catch (e2) {
  console.log('loop threw', e2.message);
}

// on(): abort
const ac2 = new AbortController();
const ab = new EventEmitter();
process.nextTick(() => { ab.emit('tick', 1); ac2.abort(); });
try {
  for await (const [v] of on(ab, 'tick', { signal: ac2.signal })) console.log('tick', v);
} catch (e3) {
  console.log('aborted loop', e3.name, ab.listenerCount('tick'));
}

// on(): close events end the loop
const cl = new EventEmitter();
process.nextTick(() => { cl.emit('item', 'x'); cl.emit('item', 'y'); cl.emit('end'); cl.emit('item', 'z'); });
for await (const [v] of on(cl, 'item', { close: ['end'] })) console.log('item', v);
console.log('closed', cl.listenerCount('item'), cl.listenerCount('end'));
try { on(cl, 'item', { signal: AbortSignal.abort() }); } catch (e4) { console.log('sync throw', e4.name); }
