// EventTarget / Event / CustomEvent semantics.
const t = new EventTarget();
const log = [];
function fn(e) { log.push('fn:' + e.type + ':' + (this === t) + ':' + e.eventPhase + ':' + (e.target === t) + ':' + (e.currentTarget === t)); }
t.addEventListener('foo', fn);
t.addEventListener('foo', fn); // duplicate ignored
t.addEventListener('foo', { handleEvent(e) { log.push('obj:' + (this !== t)); } });
t.addEventListener('foo', () => log.push('once'), { once: true });
const ev = new Event('foo');
console.log(ev.eventPhase, ev.target, ev.currentTarget, ev.bubbles, ev.cancelable, ev.composed, ev.isTrusted, ev.defaultPrevented);
console.log(t.dispatchEvent(ev), log.join(' '));
console.log(ev.eventPhase, ev.target === t, ev.currentTarget, ev.composedPath().length);
log.length = 0;
t.dispatchEvent(new Event('foo'));
console.log(log.length);
t.removeEventListener('foo', fn);
log.length = 0;
t.dispatchEvent(new Event('foo'));
console.log(log.join(' '));

// preventDefault / cancelable / passive / returnValue
const c = new EventTarget();
c.addEventListener('c', (e) => e.preventDefault());
console.log('not cancelable', c.dispatchEvent(new Event('c')));
const ce = new Event('c', { cancelable: true });
console.log('cancelable', c.dispatchEvent(ce), ce.defaultPrevented, ce.returnValue);
const p = new EventTarget();
p.addEventListener('p', (e) => { e.preventDefault(); }, { passive: true });
const pe = new Event('p', { cancelable: true });
console.log('passive', p.dispatchEvent(pe), pe.defaultPrevented);
const rv = new Event('r', { cancelable: true });
rv.returnValue = false;
console.log('returnValue', rv.defaultPrevented);

// stopImmediatePropagation, stopPropagation
const s = new EventTarget();
s.addEventListener('s', (e) => { log.push('s1'); e.stopImmediatePropagation(); });
s.addEventListener('s', () => log.push('s2'));
log.length = 0;
const se = new Event('s');
s.dispatchEvent(se);
console.log(log.join(' '), se.cancelBubble);
const sp = new EventTarget();
sp.addEventListener('s', (e) => { log.push('p1'); e.stopPropagation(); });
sp.addEventListener('s', () => log.push('p2'));
log.length = 0;
sp.dispatchEvent(new Event('s'));
console.log(log.join(' '));

// listeners added/removed during dispatch
const d = new EventTarget();
function late() { log.push('late'); }
function removed() { log.push('removed'); }
d.addEventListener('d', () => { log.push('first'); d.addEventListener('d', late); d.removeEventListener('d', removed); });
d.addEventListener('d', removed);
log.length = 0;
d.dispatchEvent(new Event('d'));
console.log(log.join(' '));
log.length = 0;
d.dispatchEvent(new Event('d'));
console.log(log.join(' '));

// signal option removes the listener
const ac = new AbortController();
const g = new EventTarget();
g.addEventListener('g', () => log.push('g'), { signal: ac.signal });
log.length = 0;
g.dispatchEvent(new Event('g'));
ac.abort();
g.dispatchEvent(new Event('g'));
console.log(log.join(' '));
g.addEventListener('g', () => log.push('never'), { signal: ac.signal });
g.dispatchEvent(new Event('g'));
console.log(log.join(' '));

// CustomEvent, timeStamp, Symbol.toStringTag
const cu = new CustomEvent('cu', { detail: { n: 5 } });
console.log(cu.detail.n, new CustomEvent('x').detail, cu instanceof Event, typeof cu.timeStamp, cu.timeStamp >= 0);
console.log(Object.prototype.toString.call(cu), Object.prototype.toString.call(new Event('e')), Object.prototype.toString.call(t));
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, ev.AT_TARGET);
const cap = new EventTarget();
const capFn = () => log.push('cap');
cap.addEventListener('k', capFn, true);
cap.addEventListener('k', capFn, { capture: true });
cap.removeEventListener('k', capFn);
log.length = 0;
cap.dispatchEvent(new Event('k'));
cap.removeEventListener('k', capFn, { capture: true });
cap.dispatchEvent(new Event('k'));
console.log('capture', log.join(' '));

// errors
try { new Event(); } catch (e) { console.log(e.code, e.message); }
try { t.dispatchEvent({ type: 'foo' }); } catch (e) { console.log(e.code, e.message); }
try { t.addEventListener('foo'); } catch (e) { console.log(e.code, e.message); }
try { Event.prototype.type; } catch (e) { console.log(e.code, e.message); }
const rec = new EventTarget();
rec.addEventListener('r', (e) => { try { rec.dispatchEvent(e); } catch (err) { console.log(err.code, err.message); } });
rec.dispatchEvent(new Event('r'));

// a throwing listener is reported as uncaught after dispatch, others still run
process.on('uncaughtException', (err) => console.log('uncaught', err.message));
const th = new EventTarget();
th.addEventListener('t', () => { throw new Error('listener threw'); });
th.addEventListener('t', () => console.log('second still runs'));
console.log('dispatch returned', th.dispatchEvent(new Event('t')));
