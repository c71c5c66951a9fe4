// Assorted EventEmitter details: preset _events, removeAll during emit, numeric names, listener errors.
const EE = require('events');
// shapeMode: _events preset on the instance before init
function Pre() { this._events = { foo: undefined }; this._eventsCount = 0; EE.call(this); }
Object.setPrototypeOf(Pre.prototype, EE.prototype);
const p = new Pre();
const f = () => {};
p.on('foo', f); p.off('foo', f);
console.log(Object.keys(p._events), p._eventsCount, p.listenerCount('foo'));
// removeAllListeners inside emit
const e = new EE();
e.on('x', () => { console.log('first'); e.removeAllListeners('x'); });
e.on('x', () => console.log('second still runs'));
e.emit('x'); console.log(e.emit('x'));
// symbols & numbers as event names
e.on(1, () => console.log('numeric event')); e.emit('1');
console.log(e.eventNames());
// emit with this binding & return of listeners array copy
const fns = e.listeners(1); fns.push(() => {}); console.log(e.listenerCount(1));
// once + prepend order
const o = new EE(); const log = [];
o.once('a', () => log.push(1)); o.prependOnceListener('a', () => log.push(0)); o.on('a', () => log.push(2));
o.emit('a'); o.emit('a'); console.log(log.join(''));
// newListener sees the wrapper's listener for once
o.on('newListener', (n, l) => console.log('newListener', n, l.name));
o.once('b', function named() {});
// errors thrown in listeners propagate and stop later listeners
const t = new EE(); t.on('z', () => { throw new Error('in listener'); }); t.on('z', () => console.log('not run'));
try { t.emit('z'); } catch (err) { console.log('propagated', err.message); }
// setMaxListeners returns this; getMaxListeners after defaultMaxListeners change
console.log(t.setMaxListeners(3) === t, t.getMaxListeners());
EE.defaultMaxListeners = 4; console.log(new EE().getMaxListeners(), t.getMaxListeners()); EE.defaultMaxListeners = 10;
// the inherited methods are the same functions
console.log(EE.prototype.on === EE.prototype.addListener, EE.prototype.off === EE.prototype.removeListener);
console.log(EE.prototype.on.name, EE.prototype.off.name, EE.prototype.emit.name);
