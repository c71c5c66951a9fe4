const timers = require('timers');
console.log(typeof timers.active, typeof timers.unenroll, typeof timers.enroll, typeof timers._unrefActive);
process.on('warning', (w) => console.log('warning', w.name, w.message));
for (const d of [undefined, null, '', 0, '5', true, [], {}, -0, 0.5, Infinity, -Infinity, 2**31-1]) { const t = setTimeout(() => {}, d); console.log(String(d), t._idleTimeout); clearTimeout(t); }
const iv = setInterval(() => {}, -1); console.log(iv._repeat); clearInterval(iv);
