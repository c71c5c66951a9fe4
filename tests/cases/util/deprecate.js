// util.deprecate: once per code, classes, warning events (stderr has the pid).
const util = require('util');
class Old { constructor(x) { this.x = x; } m() { return this.x; } }
const D = util.deprecate(Old, 'Old is old', 'DEP0900');
const d = new D(5); console.log(d instanceof Old, d.m(), D.name, D.length, Object.getPrototypeOf(D) === Old);
const f = util.deprecate(function f(a, b, c) { return a + b + c; }, 'f is old', 'DEP0900');
console.log(f(1, 2, 3), f.length);
const g = util.deprecate(() => 'g', 'g msg', undefined, { modifyPrototype: false });
console.log(g(), g(), Object.getPrototypeOf(g) === Function.prototype);
try { util.deprecate(() => {}, 'x', 5); } catch (e) { console.log(e.code, e.message); }
process.on('warning', (w) => console.log('warning event', w.name, w.code, w.message));
