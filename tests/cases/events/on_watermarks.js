// events.on high/low water marks, iterator throw(), once on an EventTarget with a signal, process leak warning.
process.on('warning', (w) => console.log(w.message));
process.setMaxListeners(1);
process.on('foo', () => {}); process.on('foo', () => {});
const { on, EventEmitter } = require('events');
const e = new EventEmitter();
let paused = 0, resumed = 0;
e.pause = () => { paused++; }; e.resume = () => { resumed++; };
(async () => {
  const it = on(e, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 0; i < 5; i++) e.emit('d', i);
  console.log('paused', paused, 'resumed', resumed);
  for (let i = 0; i < 5; i++) console.log((await it.next()).value, paused, resumed);
  await it.return();
  const t = new EventTarget();
  const ac = new AbortController();
  const p = require('events').once(t, 'never', { signal: ac.signal });
  ac.abort();
  try { await p } catch (err) { console.log(err.name, require('events').getEventListeners(t, 'never').length); }
  const it2 = on(e, 'x');
  try { it2.throw(5); } catch (err) { console.log(err.code, err.message); }
  it2.throw(new Error('thrown in'));
  try { await it2.next(); } catch (err) { console.log('next rejects', err.message); }
  console.log(await it2.next());
})();
