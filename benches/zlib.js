// zlib figures, one JSON line each: {"name", "value", "unit", "better"}.
// Runs unchanged under node and host: `node benches/zlib.js`,
// `host benches/zlib.js`. BENCH_SCALE=0.2 shortens it.
'use strict';
const zlib = require('zlib');
const { promisify } = require('util');

const scale = Number(process.env.BENCH_SCALE || 1);

function report(name, value, unit, better) {
  console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit, better }));
}

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

function times(n) {
  return Math.max(1, Math.round(n * scale));
}

// 1 MiB of JSON-like text: compressible the way HTTP bodies are.
function corpus() {
  const parts = [];
  let size = 0;
  for (let i = 0; size < (1 << 20); i++) {
    const s = JSON.stringify({ id: i, name: `user ${i}`, email: `user${i}@example.com`, score: (i * 7919) % 1000, tags: ['a', 'b', String(i % 13)] });
    parts.push(s);
    size += s.length + 1;
  }
  return Buffer.from(parts.join('\n')).subarray(0, 1 << 20);
}

const data = corpus();

function syncThroughput(name, compress, decompress, n) {
  const packed = compress(data);
  decompress(packed);
  let t0 = now();
  for (let i = 0; i < n; i++) compress(data);
  report(`${name}_compress_1MiB_throughput`, n / ((now() - t0) / 1000), 'MiB/s', 'higher');
  t0 = now();
  for (let i = 0; i < n; i++) decompress(packed);
  report(`${name}_decompress_1MiB_throughput`, n / ((now() - t0) / 1000), 'MiB/s', 'higher');
}

function smallOps(n) {
  const small = Buffer.from(JSON.stringify({ ok: true, message: 'hello world', items: [1, 2, 3] }));
  const packed = zlib.gzipSync(small);
  let t0 = now();
  for (let i = 0; i < n; i++) zlib.gzipSync(small);
  report('gzipSync_small_ops', n / ((now() - t0) / 1000), 'ops/s', 'higher');
  t0 = now();
  for (let i = 0; i < n; i++) zlib.gunzipSync(packed);
  report('gunzipSync_small_ops', n / ((now() - t0) / 1000), 'ops/s', 'higher');
}

async function asyncOps(n) {
  const gzip = promisify(zlib.gzip);
  const t0 = now();
  const jobs = [];
  for (let i = 0; i < n; i++) jobs.push(gzip(data));
  await Promise.all(jobs);
  report('gzip_async_1MiB_throughput', n / ((now() - t0) / 1000), 'MiB/s', 'higher');
}

function streamThroughput(n) {
  return new Promise((resolve) => {
    const t0 = now();
    const gz = zlib.createGzip();
    const gunzip = zlib.createGunzip();
    let out = 0;
    gz.pipe(gunzip);
    gunzip.on('data', (c) => { out += c.length; });
    gunzip.on('end', () => {
      if (out !== n * data.length) throw new Error('bad length');
      report('gzip_gunzip_stream_pipe_throughput', n / ((now() - t0) / 1000), 'MiB/s', 'higher');
      resolve();
    });
    let i = 0;
    (function write() {
      while (i < n) {
        gz.write(data.subarray(0, 1 << 19));
        const ok = gz.write(data.subarray(1 << 19));
        i++;
        if (!ok) { gz.once('drain', write); return; }
      }
      gz.end();
    })();
  });
}

(async () => {
  syncThroughput('gzip', (b) => zlib.gzipSync(b), (b) => zlib.gunzipSync(b), times(30));
  syncThroughput('deflate_level1', (b) => zlib.deflateSync(b, { level: 1 }), (b) => zlib.inflateSync(b), times(30));
  syncThroughput('brotli_q4', (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }), (b) => zlib.brotliDecompressSync(b), times(20));
  smallOps(times(20000));
  await asyncOps(times(16));
  await streamThroughput(times(20));
  const t0 = now();
  for (let i = 0; i < times(2000); i++) zlib.crc32(data.subarray(0, 65536));
  report('crc32_64KiB_throughput', times(2000) / 16 / ((now() - t0) / 1000), 'MiB/s', 'higher');
})();
