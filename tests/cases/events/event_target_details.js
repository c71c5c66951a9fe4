// More EventTarget details: handleEvent lookup, once re-entrancy, option read order, Symbol types, cancelBubble.
const t = new EventTarget();
const obj = { handleEvent(e) { console.log('handleEvent this ok', this === obj, e.composedPath().length, e.composedPath()[0] === t); } };
t.addEventListener('a', obj);
t.dispatchEvent(new Event('a'));
obj.handleEvent = function (e) { console.log('replaced handleEvent', e.type); };
t.dispatchEvent(new Event('a'));
// once listener removed before it runs, even when the event is re-dispatched inside
let n = 0;
t.addEventListener('b', (e) => { n++; if (n === 1) t.dispatchEvent(new Event('b')); }, { once: true });
t.dispatchEvent(new Event('b'));
console.log('once count', n);
// options read
const opts = {};
for (const k of ['capture', 'once', 'passive', 'signal']) Object.defineProperty(opts, k, { get() { console.log('read', k); return undefined; } });
t.addEventListener('c', () => {}, opts);
// symbol type
try { t.addEventListener(Symbol('s'), () => {}); console.log('symbol ok'); } catch (e) { console.log(e.name, e.message); }
// event after dispatch
const ev = new Event('d', { bubbles: true, composed: true });
console.log(ev.bubbles, ev.composed, ev.cancelBubble, ev.returnValue);
ev.cancelBubble = true;
console.log(ev.cancelBubble);
t.addEventListener('d', () => console.log('d listener after cancelBubble'));
t.dispatchEvent(ev);
// removing inside own callback with once
const x = new EventTarget();
function self() { console.log('self'); x.removeEventListener('e', self); }
x.addEventListener('e', self);
x.dispatchEvent(new Event('e')); x.dispatchEvent(new Event('e'));
// listener that is neither function nor has handleEvent at dispatch
const y = new EventTarget();
y.addEventListener('f', {});
process.on('uncaughtException', (err) => console.log('uncaught', err.name, err.code));
y.dispatchEvent(new Event('f'));
console.log('after f');
