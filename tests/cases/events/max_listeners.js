// The leak warning: text on stderr, the warning object, once per type.
const EventEmitter = require('events');
const e = new EventEmitter();
process.on('warning', (w) => {
  console.log(w.name, w.emitter === e || w.emitter?.constructor?.name, String(w.type), w.count);
  console.log(w.message);
});
for (let i = 0; i < 11; i++) e.on('foo', () => {});
e.on('foo', () => {});
const s = Symbol('bar');
e.setMaxListeners(2);
console.log(e.getMaxListeners());
for (let i = 0; i < 3; i++) e.on(s, () => {});
class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(1);
c.on('x', () => {}).on('x', () => {});
const z = new EventEmitter();
z.setMaxListeners(0);
for (let i = 0; i < 20; i++) z.on('many', () => {});
const { getMaxListeners, setMaxListeners } = EventEmitter;
console.log(getMaxListeners(z), getMaxListeners(new EventEmitter()));
setMaxListeners(3, z);
console.log(z.getMaxListeners());
setMaxListeners(15);
console.log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
try { setMaxListeners(-1); } catch (err) { console.log(err.code, err.message); }
try { setMaxListeners(1, {}); } catch (err) { console.log(err.code, err.message); }
