const mods = ['stream', 'stream/promises', 'stream/web', 'stream/consumers', 'events', 'buffer', 'string_decoder', 'timers', 'timers/promises', 'assert', 'assert/strict', 'console', 'diagnostics_channel', 'punycode'];
process.removeAllListeners('warning'); process.on('warning', () => {});
for (const m of mods) {
  const x = require(m);
  const keys = Object.getOwnPropertyNames(x).filter((k) => !['length', 'name', 'prototype', 'arguments', 'caller'].includes(k)).sort();
  console.log(m, keys.join(','));
}
const { Readable, Writable, Duplex, Transform } = require('stream');
for (const C of [Writable, Duplex, Transform, require('events'), require('buffer').Buffer]) console.log(C.name, Object.getOwnPropertyNames(C.prototype).sort().join(','), '|', Object.getOwnPropertyNames(C).sort().join(','));
console.log(Object.getOwnPropertyNames(Event.prototype).sort().join(','));
console.log(Object.getOwnPropertyNames(EventTarget.prototype).sort().join(','));
console.log(Object.getOwnPropertyNames(AbortSignal).sort().join(','), Object.getOwnPropertyNames(AbortSignal.prototype).sort().join(','));
