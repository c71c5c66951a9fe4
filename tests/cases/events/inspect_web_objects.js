// How util.inspect shows the event and abort objects (custom inspectors).
const ac = new AbortController();
console.log(ac); console.log(ac.signal); ac.abort(); console.log(ac.signal);
console.log(new Event('foo', {cancelable:true}).type);
console.log(new EventTarget());
console.log(require('util').inspect(new Event('x'), {depth: -1}));
console.log(require('util').inspect({ a: { b: ac.signal } }, {depth: 0}));
const e = new (require('events'))(); e.on('x', ()=>{}); console.log(e);
const {performance} = require('perf_hooks');
console.log(performance.mark('y', {startTime: 5}));
console.log(new DOMException('m', 'AbortError').stack.split('\n')[0]);
const EE = require('events');
try { new EE().emit('error', { a: 1 }); } catch (err) { console.log(err.message); }
const u=require('util'); console.log(u.inspect(new AbortController().signal,{depth:-1}), u.inspect(new AbortController(),{depth:-1}), u.inspect(new EventTarget(),{depth:-1}), u.inspect({a:{b:{c:new AbortController().signal}}}), u.inspect({a:{b:{c:new AbortController()}}}), u.inspect({a:{b:{c:new Event('x')}}}))
