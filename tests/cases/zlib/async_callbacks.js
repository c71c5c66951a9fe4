// Callback and util.promisify forms.
'use strict';
const zlib = require('zlib');
const { promisify } = require('util');

const text = 'callback data '.repeat(1000);
const steps = [];

function step(name, fn) {
  steps.push(() => new Promise((resolve) => fn((...args) => { console.log(name, ...args); resolve(); })));
}

step('gzip/gunzip', (done) => zlib.gzip(text, (err, buf) => {
  if (err) throw err;
  zlib.gunzip(buf, (err2, out) => done(err2, out.toString() === text));
}));
step('deflate opts', (done) => zlib.deflate(text, { level: 1 }, (err, buf) => {
  zlib.inflate(buf, (err2, out) => done(err, err2, out.length));
}));
step('raw', (done) => zlib.deflateRaw(Buffer.from(text), (err, buf) => {
  zlib.inflateRaw(buf, (err2, out) => done(err, err2, out.toString() === text));
}));
step('unzip', (done) => zlib.gzip('u', (err, buf) => zlib.unzip(buf, (err2, out) => done(err2, out.toString()))));
step('brotli', (done) => zlib.brotliCompress(text, (err, buf) => {
  zlib.brotliDecompress(buf, (err2, out) => done(err, err2, out.toString() === text));
}));
step('bad gunzip', (done) => zlib.gunzip(Buffer.from('garbage'), (err, out) => done(err.message, err.code, err.errno, out)));
step('truncated inflate', (done) => zlib.inflate(zlib.deflateSync('xyz').subarray(0, 3), (err, out) => done(err.message, err.code, err.errno, out)));
step('info', (done) => zlib.deflate('abc', { info: true }, (err, res) => done(err, Object.keys(res), res.engine.constructor.name, res.engine.bytesWritten)));
step('maxOutputLength', (done) => zlib.inflate(zlib.deflateSync('a'.repeat(500)), { maxOutputLength: 10 }, (err) => done(err.code, err.message)));

(async () => {
  for (const s of steps) await s();
  const gzipP = promisify(zlib.gzip);
  const gunzipP = promisify(zlib.gunzip);
  const out = await gunzipP(await gzipP('promised'));
  console.log('promisify', out.toString());
  const br = await promisify(zlib.brotliDecompress)(await promisify(zlib.brotliCompress)('xyz'));
  console.log('promisify brotli', br.toString());
  try {
    await promisify(zlib.inflate)(Buffer.from('bad'));
  } catch (e) {
    console.log('rejected', e.code, e.message);
  }
  // A big input does not block: a timer set before completes in between
  // or after, but the result is right.
  const big = Buffer.alloc(8 << 20, 'abcdefghij');
  const packed = await promisify(zlib.gzip)(big);
  console.log('big', (await promisify(zlib.gunzip)(packed)).equals(big));
})();
