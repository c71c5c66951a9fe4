// v8.serialize must produce Node's exact bytes (advanced IPC depends on it).
const v8 = require('v8');
const values = [
  { a: 1, b: 'two', c: [1, 2, 3], d: null, e: undefined, f: true },
  new Map([[1, 'a'], ['b', { c: 2 }]]),
  new Set([1, 'x', 3n]),
  new Date(0),
  /ab+c/gi,
  123456789012345678901234567890n,
  Buffer.from('hello'),
  new Uint16Array([1, 2, 65535]),
  new Float64Array([1.5, -0]),
];
for (const v of values) {
  const bytes = v8.serialize(v);
  const back = v8.deserialize(bytes);
  console.log(bytes.toString('hex'), Object.prototype.toString.call(back), back instanceof Buffer);
}
const err = v8.deserialize(v8.serialize(new RangeError('boom')));
console.log(err instanceof RangeError, err.message);
const circ = { name: 'c' };
circ.self = circ;
const copy = v8.deserialize(v8.serialize(circ));
console.log(copy.self === copy);
try {
  v8.serialize(() => {});
} catch (e) {
  console.log(e.name, e.message);
}
