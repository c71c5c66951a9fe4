const dc = require('diagnostics_channel');
const c = dc.channel('q');
const f = () => {};
c.subscribe(f);
console.log(c);
c.unsubscribe(f);
console.log(c, c.hasSubscribers);
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
c.bindStore(als);
console.log(c, c.hasSubscribers);
c.unbindStore(als);
console.log(c, c.hasSubscribers);
console.log(Object.getPrototypeOf(c) === dc.Channel.prototype, c instanceof dc.Channel, c.constructor.name);
c.subscribe(f);
console.log(Object.getPrototypeOf(c) === dc.Channel.prototype, c instanceof dc.Channel, c.constructor.name);
console.log(dc.tracingChannel('z'), dc.tracingChannel({ start: dc.channel('a'), end: dc.channel('b'), asyncStart: dc.channel('c'), asyncEnd: dc.channel('d'), error: dc.channel('e') }).start.name);
try { dc.tracingChannel({ start: 5 }); } catch (e) { console.log(e.code, e.message); }
