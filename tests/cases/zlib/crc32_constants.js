// zlib.crc32 and the constants/codes tables.
'use strict';
const zlib = require('zlib');

console.log(zlib.crc32('hello'), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32(Buffer.from('hello world')));
console.log(zlib.crc32(''), zlib.crc32('', 12345), zlib.crc32('\u00e9\u4e2d'));
console.log(zlib.crc32(new Uint16Array([1, 2])), zlib.crc32(new DataView(new ArrayBuffer(3))));
console.log(zlib.crc32(Buffer.alloc(100000, 1), 4294967295));
for (const [v, d] of [[-1, 'a'], ['x', 'a'], [2 ** 32, 'a'], [1.5, 'a'], [0, 1], [0, new ArrayBuffer(3)], [0, null]]) {
  try {
    zlib.crc32(d, v);
  } catch (e) {
    console.log(e.code, e.message);
  }
}

console.log(zlib.constants);
console.log(Object.isFrozen(zlib.constants), Object.getPrototypeOf(zlib.constants));
console.log(zlib.codes);
console.log(Object.keys(zlib).filter((k) => !/zstd/i.test(k)));
