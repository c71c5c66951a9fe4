const timers = require('timers');
console.log(timers.clearInterval.name, timers.clearTimeout.name, clearInterval === timers.clearInterval, setTimeout === timers.setTimeout);
console.log(Object.keys(timers).sort().join());
const t = setTimeout(() => console.log('t fired'), 5);
console.log(t.constructor.name, typeof t.ref, typeof t.unref, t.hasRef(), typeof t.refresh, typeof t[Symbol.toPrimitive]);
console.log(t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());
const id = +t;
console.log(typeof id, id > 0, `${t}` === String(id));
const t2 = setTimeout(() => console.log('t2 should not fire'), 1);
clearTimeout(+t2);
const t3 = setTimeout(() => console.log('t3 should not fire'), 1);
clearTimeout(String(+t3));
const iv = setInterval(() => { console.log('interval'); clearInterval(iv); }, 4);
console.log(iv.constructor.name, iv._repeat);
const immLog = [];
process.on('exit', () => console.log('immediates:', immLog.join(', ')));
const im = setImmediate(() => immLog.push('imm fired'));
console.log(im.constructor.name, im.hasRef(), im.unref() === im, im.hasRef(), im.ref() === im);
const im2 = setImmediate(() => console.log('im2 should not fire'));
clearImmediate(im2);
clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearTimeout(12345); clearImmediate(undefined); clearInterval('x');
for (const bad of [undefined, 'str', {}, 5]) { try { setTimeout(bad); } catch (e) { console.log(e.code, e.message); } }
try { setImmediate('x'); } catch (e) { console.log(e.code, e.message); }
try { setInterval(null); } catch (e) { console.log(e.code, e.message); }
clearTimeout(setTimeout(() => console.log('overflow fired'), 2 ** 31));
clearTimeout(setTimeout(() => console.log('neg fired'), -5));
clearTimeout(setTimeout(() => console.log('nan fired'), 'abc'));
setTimeout((a, b) => console.log('args', a, b), 2, 'x', 'y');
setTimeout(function () { console.log('this is timeout', this === t4); }, 3);
const t4 = setTimeout(function () { console.log('t4 this', this === t4); }, 3);
setImmediate(function (a) { immLog.push(`imm this ${this === imx} ${a}`); }, 'arg');
const imx = setImmediate(function (a) { immLog.push(`imx this ${this === imx} ${a}`); }, 'arg2');
process.on('warning', (w) => console.log('warning', w.name, w.message));
const r = setTimeout(() => console.log('refreshed'), 10); r.refresh();
const dd = setTimeout(() => {}, 1); clearTimeout(dd); console.log('destroyed', dd._destroyed);
const tt = setTimeout(() => {}, 1000); tt.unref(); console.log('unref hasRef', tt.hasRef());
console.log(typeof t.close, t.close() === t);
console.log('ids increasing', +setTimeout(()=>{},0) < +setTimeout(()=>{},0));
