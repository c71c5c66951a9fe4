// Listener order, prepend, once, removal during emit, listener bookkeeping.
const EventEmitter = require('events');
console.log(typeof EventEmitter, EventEmitter.EventEmitter === EventEmitter, EventEmitter.defaultMaxListeners);
console.log(Object.keys(EventEmitter).join(','));
console.log(Object.keys(EventEmitter.prototype).join(','));
const e = new EventEmitter();
const log = [];
e.on('x', (a, b) => log.push('on1:' + a + b));
e.prependListener('x', () => log.push('prepend'));
e.once('x', () => log.push('once'));
e.prependOnceListener('x', () => log.push('prependOnce'));
e.addListener('x', function () { log.push('this=' + (this === e)); });
console.log(e.listenerCount('x'), e.emit('x', 1, 2), e.emit('nothing'));
console.log(log.join(' '));
log.length = 0;
e.emit('x', 3, 4);
console.log(log.join(' '), e.listenerCount('x'));

// Removal during emit: the current round still calls everybody.
const r = new EventEmitter();
const order = [];
function a() { order.push('a'); r.removeListener('y', b); }
function b() { order.push('b'); }
function c() { order.push('c'); r.on('y', d); }
function d() { order.push('d'); }
r.on('y', a); r.on('y', b); r.on('y', c);
r.emit('y');
console.log(order.join(''), r.listenerCount('y'));
order.length = 0;
r.emit('y');
console.log(order.join(''));

// once listeners removed during emit of the same event
const o = new EventEmitter();
let count = 0;
o.once('z', () => { count++; o.emit('z'); });
o.emit('z');
console.log('once re-emit', count, o.listenerCount('z'));

// listeners / rawListeners
const l = new EventEmitter();
function f1() {}
function f2() {}
l.on('q', f1);
l.once('q', f2);
const raw = l.rawListeners('q');
console.log(l.listeners('q').map((f) => f.name).join(','), raw.length, raw[1].listener === f2, raw[1] !== f2);
raw[1]();
console.log(l.listenerCount('q'), l.listenerCount('q', f1), l.listenerCount('q', f2));
l.once('q', f2);
console.log(l.listenerCount('q', f2));
l.removeListener('q', f2);
console.log(l.listenerCount('q', f2), l.listenerCount('q'));

// eventNames incl. symbols, off, removeAllListeners
const s = Symbol('sym');
const n = new EventEmitter();
n.on('a', f1).on(s, f1).on('b', f1);
console.log(n.eventNames().map(String).join(','));
n.off('a', f1);
console.log(n.eventNames().map(String).join(','));
n.removeAllListeners('b');
console.log(n.eventNames().map(String).join(','));
n.removeAllListeners();
console.log(n.eventNames().length, n._eventsCount);

// same listener twice: removal takes the last added
const t = new EventEmitter();
const seen = [];
const g = (v) => seen.push(v);
t.on('v', g); t.on('v', g);
t.emit('v', 1);
t.removeListener('v', g);
t.emit('v', 2);
console.log(seen.join(','));

// invalid listener
try { t.on('v', 'nope'); } catch (err) { console.log(err.code, err.message); }
try { t.setMaxListeners(-1); } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.defaultMaxListeners = 'x'; } catch (err) { console.log(err.code, err.message); }

// old-style inheritance keeps working
function Old() { EventEmitter.call(this); }
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
const old = new Old();
old.on('hi', (v) => console.log('old got', v));
old.emit('hi', 42);
console.log(Object.keys(old).join(','));
class Sub extends EventEmitter {}
const sub = new Sub();
console.log(sub._eventsCount, sub._maxListeners, sub.getMaxListeners());
const plain = {};
EventEmitter.init.call(plain);
console.log(Object.keys(plain).join(','), typeof plain._events);
