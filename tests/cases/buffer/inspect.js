// console.log of Buffers goes through the custom inspect method.
const buffer = require('buffer');
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(50, 0xab));
console.log(Buffer.alloc(51, 1));
console.log(Buffer.alloc(52, 2));
console.log([Buffer.from('ab'), { b: Buffer.from([255]) }]);
const x = Buffer.from('xy');
x.extra = 'prop';
console.log(x);
const y = Buffer.alloc(0);
y.foo = 1;
console.log(y);
console.log(Buffer.from('abc').inspect());
console.log(typeof Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')], Buffer.prototype.inspect === Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]);
console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 4;
console.log(Buffer.from('abcdefgh'));
console.log(buffer.INSPECT_MAX_BYTES);
try { buffer.INSPECT_MAX_BYTES = 'x'; } catch (e) { console.log(e.code, e.message); }
buffer.INSPECT_MAX_BYTES = 50;
class MyBuf extends Buffer {}
console.log(Object.getPrototypeOf(Buffer.from('q')).constructor.name);
console.log(`${new Uint8Array(2)}`, String(Buffer.from('str')));
