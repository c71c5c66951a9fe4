// AbortController / AbortSignal / DOMException.
const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason, ac.signal === signal, signal instanceof EventTarget);
const order = [];
signal.onabort = (e) => order.push('onabort:' + e.type + ':' + e.isTrusted);
signal.addEventListener('abort', (e) => order.push('listener:' + (e.target === signal)));
ac.abort();
ac.abort('again');
console.log(order.join(' '), signal.aborted);
const r = signal.reason;
console.log(r instanceof DOMException, r instanceof Error, r.name, r.message, r.code, String(r));
try { signal.throwIfAborted(); } catch (e) { console.log('throwIfAborted', e === r); }
new AbortController().signal.throwIfAborted();

const ac2 = new AbortController();
ac2.abort('custom');
console.log(ac2.signal.reason);
const ac3 = new AbortController();
const reason = new Error('mine');
ac3.abort(reason);
console.log(ac3.signal.reason === reason);

const pre = AbortSignal.abort();
console.log(pre.aborted, pre.reason.name, AbortSignal.abort(7).reason);

// any()
const a1 = new AbortController();
const a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
a2.abort('second');
a1.abort('first');
console.log(any.reason);
console.log(AbortSignal.any([AbortSignal.abort('early'), a1.signal]).reason);
console.log(AbortSignal.any([]).aborted);
try { AbortSignal.any([{}]); } catch (e) { console.log(e.code, e.message); }

// timeout(): the timer does not keep the process alive; a pending timer does
const t = AbortSignal.timeout(10);
t.onabort = () => {
  console.log('timeout', t.reason.name, t.reason.message, t.reason.code, t.reason instanceof DOMException);
};
setTimeout(() => console.log('after timeout', t.aborted), 50);
try { AbortSignal.timeout(-1); } catch (e) { console.log(e.code, e.message); }
try { new AbortSignal(); } catch (e) { console.log(e.code, e.message); }

// DOMException
const d = new DOMException('msg', 'NotFoundError');
console.log(d.name, d.message, d.code, DOMException.NOT_FOUND_ERR, d.NOT_FOUND_ERR, Object.keys(d).length);
console.log(new DOMException().name, new DOMException().message, new DOMException('x', 'Custom').code);
const dc = new DOMException('with cause', { name: 'DataCloneError', cause: 'c' });
console.log(dc.name, dc.code, dc.cause, d.stack.split('\n')[0]);
console.log(Object.prototype.toString.call(d), Object.prototype.toString.call(signal), Object.prototype.toString.call(ac));
