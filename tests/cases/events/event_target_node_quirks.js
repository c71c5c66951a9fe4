const et = new EventTarget();
const f = (e) => console.log('f', e.type, e.defaultPrevented);
et.addEventListener('a', f, { capture: true });
et.addEventListener('a', f);
et.addEventListener('a', f);
et.dispatchEvent(new Event('a'));
et.removeEventListener('a', f);
et.dispatchEvent(new Event('a'));
et.removeEventListener('a', f, true);
et.dispatchEvent(new Event('a'));
et.addEventListener('p', (e) => { e.preventDefault(); console.log('passive prevented?', e.defaultPrevented); }, { passive: true });
et.dispatchEvent(new Event('p', { cancelable: true }));
et.addEventListener('n', null);
et.addEventListener('n', undefined);
try { et.addEventListener('n', 5); } catch (e) { console.log(e.name, e.code, e.message); }
try { et.addEventListener(); } catch (e) { console.log(e.name, e.code, e.message); }
const e = new Event('x', { bubbles: true, cancelable: true, composed: true });
console.log(e.bubbles, e.cancelable, e.composed, e.timeStamp > 0, typeof e.initEvent, Event.NONE, Event.AT_TARGET, e.returnValue);
e.returnValue = false; console.log(e.defaultPrevented);
e.cancelBubble = true; console.log(e.cancelBubble);
console.log(Object.keys(e), JSON.stringify(e));
let order = [];
et.addEventListener('o', () => order.push(1));
et.addEventListener('o', { handleEvent() { order.push(2); } });
et.addEventListener('o', () => { order.push(3); et.addEventListener('o', () => order.push('late')); });
et.dispatchEvent(new Event('o')); console.log(order);
const ac = new AbortController();
et.addEventListener('s', () => console.log('s1'), { signal: ac.signal, once: true });
ac.abort();
et.dispatchEvent(new Event('s'));
console.log('done');
try { et.addEventListener('x', () => {}, { signal: 5 }); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(String(new EventTarget()), String(new Event('q')), Object.prototype.toString.call(new CustomEvent('c')));
const ce = new CustomEvent('c'); console.log(ce.detail);
try { new CustomEvent(); } catch (err) { console.log(err.name, err.code, err.message); }
