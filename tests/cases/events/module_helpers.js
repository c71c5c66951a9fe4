// getEventListeners, listenerCount, addAbortListener, EventEmitterAsyncResource.
const events = require('events');
const { EventEmitter, getEventListeners, listenerCount, addAbortListener, EventEmitterAsyncResource } = events;
const e = new EventEmitter();
function f() {}
e.on('a', f);
e.once('a', function g() {});
console.log(getEventListeners(e, 'a').map((x) => x.name).join(','), listenerCount(e, 'a'));
const t = new EventTarget();
const h = () => {};
t.addEventListener('b', h);
t.addEventListener('b', { handleEvent() {} });
console.log(getEventListeners(t, 'b').length, getEventListeners(t, 'b')[0] === h, getEventListeners(t, 'none').length);
try { getEventListeners({}, 'x'); } catch (err) { console.log(err.code, err.message); }
console.log(events.getMaxListeners(t));
events.setMaxListeners(1, t);
console.log(events.getMaxListeners(t));
console.log(events.usingDomains);

const ac = new AbortController();
const disp = addAbortListener(ac.signal, () => console.log('abort listener ran', ac.signal.reason.name));
console.log(typeof disp[Symbol.dispose]);
ac.abort();
const ac2 = new AbortController();
const disp2 = addAbortListener(ac2.signal, () => console.log('should not run'));
disp2[Symbol.dispose]();
ac2.abort();
addAbortListener(AbortSignal.abort(), () => console.log('already aborted: microtask'));
console.log('sync end');
try { addAbortListener({}, () => {}); } catch (err) { console.log(err.code); }

class MyRes extends EventEmitterAsyncResource {}
const r = new MyRes();
r.on('x', (v) => console.log('async resource emit', v));
console.log(r.emit('x', 7), typeof r.asyncId, typeof r.triggerAsyncId, typeof r.asyncResource.runInAsyncScope);
try { new EventEmitterAsyncResource({}); } catch (err) { console.log(err.code); }
