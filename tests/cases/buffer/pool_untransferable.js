// Buffers from the shared pool sit on an untransferable ArrayBuffer: they
// cannot be detached by a transfer list or a byte stream.
const { isMarkedAsUntransferable } = require('worker_threads');
const pooled = Buffer.from('pooled');
const big = Buffer.alloc(10);
const unsafe = Buffer.allocUnsafe(10);
console.log(isMarkedAsUntransferable(pooled.buffer), isMarkedAsUntransferable(big.buffer), isMarkedAsUntransferable(unsafe.buffer));
try { structuredClone(pooled, { transfer: [pooled.buffer] }); console.log('cloned'); } catch (e) { console.log(e.name, e.message); }
console.log(pooled.toString(), pooled.buffer.detached);
const own = Buffer.alloc(8);
const copy = structuredClone(own, { transfer: [own.buffer] });
console.log(own.buffer.detached, copy.length);
