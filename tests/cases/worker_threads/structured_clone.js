// structuredClone of the structured-clone types, DataCloneError for the rest.
const { MessageChannel, markAsUncloneable, markAsUntransferable, isMarkedAsUntransferable } = require('worker_threads');
const show = (f) => {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof DOMException, e instanceof Error);
  }
};
const circ = { name: 'c' }; circ.self = circ; circ.list = [circ];
show(() => { const c = structuredClone(circ); return [c.self === c, c.list[0] === c]; });
show(() => structuredClone({ m: new Map([[1, { a: 2 }]]), s: new Set([1, 'x']), d: new Date(86400000), r: /ab+c/gi, b: 10n }));
show(() => structuredClone([new Uint8Array([1, 2, 3]), new Float64Array([1.5]), new DataView(new ArrayBuffer(2)).byteLength]));
show(() => { const e = structuredClone(new RangeError('bad')); return [e instanceof RangeError, e.message]; });
show(() => structuredClone(() => {}));
show(() => structuredClone({ f: function foo() {} }));
show(() => structuredClone(Symbol('s')));
const { port1, port2 } = new MessageChannel();
show(() => structuredClone({ port1 }));
show(() => port1.postMessage({ port2 }));
show(() => port1.postMessage(1, [port1]));
show(() => port1.postMessage(1, [5]));
const ab0 = new ArrayBuffer(4);
show(() => port1.postMessage(1, [ab0, ab0]));
const o = {}; markAsUncloneable(o);
show(() => structuredClone(o));
const ab = new ArrayBuffer(8); markAsUntransferable(ab);
console.log('marked', isMarkedAsUntransferable(ab), isMarkedAsUntransferable(new ArrayBuffer(1)));
show(() => structuredClone(ab, { transfer: [ab] }));
const ab2 = new ArrayBuffer(16);
const u = new Uint8Array(ab2); u[0] = 7;
show(() => { const c = structuredClone(u, { transfer: [ab2] }); return [c[0], c.length, ab2.byteLength, u.length]; });
show(() => typeof structuredClone);
port1.close();
