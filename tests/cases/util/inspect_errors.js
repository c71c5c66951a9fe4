const util = require('util');
const L = (...a) => console.log(...a);
function clean(e) { e.stack = e.stack.split('\n').slice(0, 2).join('\n').replace(/\(.*\)/, '(file)'); return e; }
L(clean(new Error('boom')));
const e1 = clean(new Error('with props')); e1.code = 'E_X'; e1.extra = { a: 1 }; L(e1);
L([clean(new TypeError('in arr'))]);
L({ err: clean(new RangeError('nested')) });
const e2 = new Error('nostack'); e2.stack = undefined; L(e2);
const e3 = new Error('m'); e3.stack = 'just text'; L(e3);
const e4 = clean(new Error('outer', { cause: clean(new Error('inner')) })); L(e4);
const e5 = new Error('c2', { cause: 'str cause' }); e5.stack = 'Error: c2'; L(e5);
const ag = new AggregateError([new Error('a'), new Error('b')], 'agg'); ag.stack = 'AggregateError: agg'; ag.errors.forEach(e => e.stack = e.stack.split('\n')[0]); L(ag);
class MyErr extends Error {} const me = new MyErr('mine'); me.stack = me.stack.split('\n')[0]; L(me);
class NamedErr extends Error { constructor(m) { super(m); this.name = 'NamedErr'; } } const ne = new NamedErr('n'); ne.stack = ne.stack.split('\n')[0]; L(ne);
const nm = new Error('x'); nm.name = 'Custom'; nm.stack = 'Error: x'; L(nm);
const noproto = new Error('np'); Object.setPrototypeOf(noproto, null); noproto.stack = 'Error: np'; L(noproto);
const emptyMsg = new Error(); emptyMsg.stack = 'Error'; L(emptyMsg);
const e6 = new TypeError('t'); e6.stack = 'TypeError: t'; e6.name = 'TypeError'; L(e6, [e6]);
try { null.x } catch (e) { e.stack = e.stack.split('\n')[0]; L(e); }
const e7 = new Error('msg'); e7.stack = 'Error: msg\n    at a (x.js:1:1)\n    at b (x.js:2:2)'; e7.code = 'C'; L({ e7 });
const e8 = new Error('multi\nline message'); e8.stack = 'Error: multi\nline message\n    at a (x.js:1:1)'; L(e8);
L(util.inspect(new Error('d'), { depth: -1 }).split('\n')[0]);
const e9 = new Error('x'); e9.stack = 'Error: x'; e9.name = 'Error'; Object.defineProperty(e9, 'message', {enumerable: true, value: 'x'}); L(e9);
const err10 = new Error('cause chain', { cause: new Error('c') }); err10.stack = 'Error: cause chain\n    at f (a.js:1:1)\n    at g (a.js:2:1)\n    at h (a.js:3:1)\n    at i (a.js:4:1)\n    at j (a.js:5:1)'; err10.cause.stack = 'Error: c\n    at g (a.js:2:1)\n    at h (a.js:3:1)\n    at i (a.js:4:1)\n    at j (a.js:5:1)'; L(err10);
L(Object.assign(new Error('abc'), {stack: 'Error: abc'}), 'after');
const circErr = new Error('circ'); circErr.stack = 'Error: circ'; circErr.self = circErr; L(circErr);
