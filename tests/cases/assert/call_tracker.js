const assert = require('assert');
process.on('warning', (w) => console.log(w.code, w.message));
const tracker = new assert.CallTracker();
function foo() {}
const f = tracker.calls(foo, 2);
f();
const r = tracker.report();
console.log(r.length, r[0].message, r[0].actual, r[0].expected, r[0].operator, typeof r[0].stack);
try { tracker.verify(); } catch (e) { console.log(e.code, e.message); }
f();
tracker.verify();
console.log('verified');
