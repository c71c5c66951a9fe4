// One-shot sync forms: round trips with options, string/ArrayBuffer/view
// input, Node-made fixtures decoded, and outputs that are identical in
// every zlib (stored blocks, empty input).
'use strict';
const zlib = require('zlib');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);
const pairs = [
  ['deflateSync', 'inflateSync'],
  ['gzipSync', 'gunzipSync'],
  ['deflateRawSync', 'inflateRawSync'],
  ['deflateSync', 'unzipSync'],
  ['gzipSync', 'unzipSync'],
  ['brotliCompressSync', 'brotliDecompressSync'],
];
for (const [c, d] of pairs) {
  const packed = zlib[c](text);
  const back = zlib[d](packed);
  console.log(c, d, Buffer.isBuffer(packed), packed.length < text.length, back.toString() === text);
}

for (const level of [-1, 0, 1, 5, 9]) {
  for (const strategy of [0, 1, 2, 3, 4]) {
    const out = zlib.deflateSync(text, { level, strategy, memLevel: 9, windowBits: 12 });
    if (zlib.inflateSync(out).toString() !== text) console.log('mismatch', level, strategy);
  }
}
console.log('levels and strategies ok');

for (const q of [0, 1, 5, 11]) {
  const out = zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q, [zlib.constants.BROTLI_PARAM_LGWIN]: 18 } });
  console.log('brotli q', q, zlib.brotliDecompressSync(out).toString() === text);
}

// Inputs of every shape.
const u16 = new Uint16Array([1, 2, 3, 65535]);
console.log(zlib.inflateSync(zlib.deflateSync(u16)).toString('hex'));
console.log(zlib.inflateSync(zlib.deflateSync(u16.buffer)).toString('hex'));
console.log(zlib.inflateSync(zlib.deflateSync(new DataView(u16.buffer, 2, 4))).toString('hex'));
console.log(zlib.gunzipSync(new Uint8Array(zlib.gzipSync('typed'))).toString());

// Identical in every deflate implementation: stored blocks and empty input.
console.log(zlib.deflateSync('hello', { level: 0 }).toString('hex'));
console.log(zlib.gzipSync('hello', { level: 0 }).toString('hex'));
console.log(zlib.deflateRawSync('', { level: 0 }).toString('hex'));
console.log(zlib.deflateSync('').toString('hex'));
console.log(zlib.gzipSync('').toString('hex'));
console.log(zlib.deflateRawSync('').toString('hex'));
console.log(zlib.deflateSync('a', { windowBits: 8 }).toString('hex'));
console.log(zlib.brotliCompressSync('').toString('hex'));

// Streams made by Node's zlib, decoded here.
const nodeGzip = Buffer.from('1f8b0800000000000003cb48cdc9c95728cf2fca4951c8c0ce0600bbfe420f23000000', 'hex');
console.log(zlib.gunzipSync(nodeGzip).toString());
const nodeDeflate = Buffer.from('789c4b4c4a4ec440005875080b', 'hex');
console.log(zlib.inflateSync(nodeDeflate).toString());
console.log(zlib.unzipSync(nodeDeflate).toString());
console.log(zlib.brotliDecompressSync(Buffer.from('1b5400f8c56d6c5df7960a824a90e2aa00014deba751d6e2140902', 'hex')).toString());

// Concatenated gzip members, and trailing zero padding.
const gz = zlib.gzipSync('abc');
console.log(zlib.gunzipSync(Buffer.concat([gz, gz, zlib.gzipSync('def')])).toString());
console.log(zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(10)])).toString());
console.log(zlib.unzipSync(Buffer.concat([gz, gz])).toString());
// inflate ignores what follows the stream
console.log(zlib.inflateSync(Buffer.concat([zlib.deflateSync('hi'), Buffer.from('garbage')])).toString());

// Dictionaries.
const dict = Buffer.from('fox dog quick brown lazy');
for (const [c, d] of [['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync']]) {
  const out = zlib[c](text, { dictionary: dict });
  console.log(c, 'dict', zlib[d](out, { dictionary: dict }).toString() === text);
}

// info: true
const r = zlib.deflateSync('hello', { info: true });
console.log(Object.keys(r), r.engine.constructor.name, r.engine.bytesWritten, r.engine._handle);
console.log(zlib.inflateSync(r.buffer).toString());

// Large input and small chunkSize.
const big = Buffer.alloc(3 << 20);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 9)) & 0xff;
const bigz = zlib.gzipSync(big, { chunkSize: 64 });
console.log('big', zlib.gunzipSync(bigz, { chunkSize: 1024 }).equals(big));
console.log('big brotli', zlib.brotliDecompressSync(zlib.brotliCompressSync(big, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })).equals(big));

// unzip: a zlib stream never continues into a following gzip member.
console.log(zlib.unzipSync(Buffer.concat([zlib.deflateSync('zlib first'), zlib.gzipSync('then gzip')])).toString());
console.log(zlib.unzipSync(Buffer.concat([zlib.gzipSync('gzip first;'), zlib.gzipSync('then gzip')])).toString());

// Stored blocks are cut where Node's output buffers end (chunkSize), so
// level 0 output is byte-identical to Node's, also for big inputs.
const md5 = (b) => require('crypto').createHash('md5').update(b).digest('hex');
const stored = Buffer.alloc(100000, 'abc');
console.log('stored', md5(zlib.deflateSync(stored, { level: 0 })), md5(zlib.gzipSync(stored, { level: 0, chunkSize: 1000 })));
const zs = zlib.createDeflateRaw({ level: 0, chunkSize: 5000 });
const zsOut = [];
zs.on('data', (c) => zsOut.push(c));
zs.on('end', () => console.log('stored stream', md5(Buffer.concat(zsOut)), zsOut.length));
zs.write(stored.subarray(0, 30000));
zs.end(stored.subarray(30000));
