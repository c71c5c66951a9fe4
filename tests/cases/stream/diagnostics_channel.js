const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
console.log(Object.keys(dc));
const ch = dc.channel('my-channel');
console.log(ch, ch.hasSubscribers, dc.hasSubscribers('my-channel'), dc.channel('my-channel') === ch);
function onMessage(message, name) { console.log('got', message, name); }
dc.subscribe('my-channel', onMessage);
console.log(ch.hasSubscribers, dc.hasSubscribers('my-channel'));
ch.publish({ some: 'data' });
console.log(dc.unsubscribe('my-channel', onMessage), dc.unsubscribe('my-channel', onMessage), ch.hasSubscribers);
ch.subscribe((m) => { throw new Error('sub fail ' + m); });
ch.subscribe((m) => console.log('second sub still runs', m));
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
ch.publish('x');
console.log('after publish');
try { dc.channel(5); } catch (e) { console.log(e.code, e.message); }
try { ch.subscribe(5); } catch (e) { console.log(e.code, e.message); }
const sym = Symbol('s');
console.log(dc.channel(sym).name === sym, ch instanceof dc.Channel);
// stores
const als = new AsyncLocalStorage();
const c2 = dc.channel('stores');
c2.bindStore(als, (data) => ({ wrapped: data }));
c2.subscribe((m) => console.log('store sub sees', als.getStore()));
console.log(c2.runStores({ id: 1 }, function (a, b) { console.log('inside', als.getStore(), this.t, a, b); return 'ret'; }, { t: 'this' }, 1, 2));
console.log(c2.unbindStore(als), c2.unbindStore(als));
// tracing
const tc = dc.tracingChannel('op');
console.log(tc.hasSubscribers, Object.keys(tc), tc.start.name);
const events = [];
const handlers = {
  start(ctx) { events.push('start ' + JSON.stringify(ctx)); },
  end(ctx) { events.push('end ' + JSON.stringify(ctx)); },
  asyncStart(ctx) { events.push('asyncStart ' + JSON.stringify(ctx)); },
  asyncEnd(ctx) { events.push('asyncEnd ' + JSON.stringify(ctx)); },
  error(ctx) { events.push('error ' + ctx.error.message); },
};
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
console.log(tc.traceSync((a) => a * 2, { n: 1 }, null, 21));
try { tc.traceSync(() => { throw new Error('sync bad'); }, { n: 2 }); } catch (e) { console.log('rethrown', e.message); }
tc.traceCallback((x, cb) => setImmediate(cb, null, x + 1), -1, { n: 3 }, null, 4, (err, v) => { events.push('cb ' + v); });
(async () => {
  console.log(await tc.tracePromise(async (x) => x + '!', { n: 4 }, null, 'p'));
  await tc.tracePromise(async () => { throw new Error('async bad'); }, { n: 5 }).catch((e) => console.log('rejected', e.message));
  await new Promise((r) => setImmediate(r));
  console.log(events.join('\n'));
  console.log(tc.unsubscribe(handlers), tc.hasSubscribers);
  try { dc.tracingChannel(5); } catch (e) { console.log(e.code); }
})();
