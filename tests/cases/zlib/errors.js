// Errors as Node's: corrupt or truncated input, dictionaries, bad
// arguments and options.
'use strict';
const zlib = require('zlib');

function t(name, f) {
  try {
    const r = f();
    console.log(name, 'ok', r && r.length);
  } catch (e) {
    console.log(name, e.name, e.code, e.errno, e.message, Object.keys(e));
  }
}

const gz = zlib.gzipSync('hello world');
t('garbage', () => zlib.gunzipSync(Buffer.from('garbage')));
t('truncated header', () => zlib.gunzipSync(gz.subarray(0, 10)));
t('truncated trailer', () => zlib.gunzipSync(gz.subarray(0, gz.length - 3)));
t('inflate truncated', () => zlib.inflateSync(zlib.deflateSync('hello').subarray(0, 5)));
t('trailing garbage', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('garbage')])));
t('trailing bad member', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from([0x1f, 0x8b, 1, 2, 3])])));
t('unzip garbage', () => zlib.unzipSync(Buffer.from('garbage')));
t('brotli garbage', () => zlib.brotliDecompressSync(Buffer.from('hello world')));
t('brotli decoder param', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('a'), { params: { 2: 0 } }));
t('brotli truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('hello world hello').subarray(0, 5)));
t('raw garbage', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])));
t('missing dict', () => zlib.inflateSync(zlib.deflateSync('hello', { dictionary: Buffer.from('hel') })));
t('wrong dict', () => zlib.inflateSync(zlib.deflateSync('hello', { dictionary: Buffer.from('hel') }), { dictionary: Buffer.from('xyz') }));
t('empty gunzip', () => zlib.gunzipSync(Buffer.alloc(0)));
t('empty inflate', () => zlib.inflateSync(Buffer.alloc(0)));
t('number input', () => zlib.gzipSync(123));
t('object input', () => zlib.gzipSync({}));
t('level 10', () => zlib.gzipSync('a', { level: 10 }));
t('level string', () => zlib.deflateSync('a', { level: '1' }));
t('level Infinity', () => zlib.deflateSync('a', { level: Infinity }));
t('level NaN', () => zlib.deflateSync('a', { level: NaN }));
t('gzip windowBits 8', () => zlib.gzipSync('a', { windowBits: 8 }));
t('inflate windowBits 0', () => zlib.inflateSync(zlib.deflateSync('a'), { windowBits: 0 }));
t('raw windowBits 0', () => zlib.inflateRawSync(zlib.deflateRawSync('a'), { windowBits: 0 }));
t('memLevel 0', () => zlib.deflateSync('a', { memLevel: 0 }));
t('chunkSize 10', () => zlib.gzipSync('a', { chunkSize: 10 }));
t('strategy 5', () => zlib.gzipSync('a', { strategy: 5 }));
t('finishFlush 9', () => zlib.gzipSync('a', { finishFlush: 9 }));
t('dictionary string', () => zlib.deflateSync('a', { dictionary: 'abc' }));
t('brotli param 99', () => zlib.brotliCompressSync('a', { params: { 99: 1 } }));
t('brotli param foo', () => zlib.brotliCompressSync('a', { params: { foo: 1 } }));
t('brotli param value', () => zlib.brotliCompressSync('a', { params: { 1: 'x' } }));
t('brotli flush 5', () => zlib.brotliCompressSync('a', { flush: 5 }));
t('maxOutputLength', () => zlib.gunzipSync(zlib.gzipSync('a'.repeat(1000)), { maxOutputLength: 100 }));
t('maxOutputLength brotli', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('a'.repeat(1000)), { maxOutputLength: 100 }));
t('no callback', () => zlib.gzip('a'));
t('bad callback', () => zlib.gzip('a', {}, 5));
t('params level', () => zlib.createDeflate().params(10, 0));
t('params strategy', () => zlib.createDeflate().params(1, 7));
t('flush kind', () => zlib.createDeflate().flush(9));

try {
  zlib.inflateSync(Buffer.from('nope'));
} catch (e) {
  console.log(e instanceof Error, e.constructor === Error, e.stack.split('\n')[0]);
}
