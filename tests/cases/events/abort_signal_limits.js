// Listener limits on AbortSignal (none by default) and custom EventTarget subclasses.
process.on('warning', (w) => console.log(w.name, w.message, w.count, w.type, w.target === s));
const s = new AbortController().signal;
for (let i = 0; i < 11; i++) s.addEventListener('abort', () => {});
const { setMaxListeners, getMaxListeners } = require('events');
const s2 = new AbortController().signal;
setMaxListeners(2, s2);
console.log(getMaxListeners(s2));
for (let i = 0; i < 3; i++) s2.addEventListener('abort', () => {});
class MyTarget extends EventTarget {}
const m = new MyTarget();
setMaxListeners(1, m);
m.addEventListener('x', () => {}); m.addEventListener('x', () => {});
