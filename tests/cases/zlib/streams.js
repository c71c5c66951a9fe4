// Transform streams: pipe, pipeline, flush(), params(), bytesWritten,
// close(), errors as 'error' events, chunkSize.
'use strict';
const zlib = require('zlib');
const { pipeline, Readable, Writable, PassThrough } = require('stream');

const text = 'stream data line\n'.repeat(5000);

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

(async () => {
  // write/end on each compressor, decompress with the sync form.
  for (const [c, d] of [['createGzip', 'gunzipSync'], ['createDeflate', 'inflateSync'], ['createDeflateRaw', 'inflateRawSync'], ['createBrotliCompress', 'brotliDecompressSync']]) {
    const z = zlib[c]();
    const p = collect(z);
    for (let i = 0; i < text.length; i += 1000) z.write(text.slice(i, i + 1000));
    z.end();
    const out = await p;
    console.log(c, zlib[d](out).toString() === text, z.bytesWritten);
  }

  // Decompressors fed in small pieces.
  for (const [c, d] of [['gzipSync', 'createGunzip'], ['deflateSync', 'createInflate'], ['deflateRawSync', 'createInflateRaw'], ['gzipSync', 'createUnzip'], ['deflateSync', 'createUnzip'], ['brotliCompressSync', 'createBrotliDecompress']]) {
    const packed = zlib[c](text);
    const z = zlib[d]();
    const p = collect(z);
    for (let i = 0; i < packed.length; i += 7) z.write(packed.subarray(i, i + 7));
    z.end();
    const out = await p;
    console.log(d, out.toString() === text, z.bytesWritten === packed.length);
  }

  // pipeline through gzip and gunzip.
  await new Promise((resolve) => {
    const chunks = [];
    pipeline(
      Readable.from([Buffer.from('one '), Buffer.from('two '), Buffer.from('three')]),
      zlib.createGzip(),
      zlib.createGunzip(),
      new Writable({ write(c, e, cb) { chunks.push(c); cb(); } }),
      (err) => { console.log('pipeline', err, Buffer.concat(chunks).toString()); resolve(); },
    );
  });

  // pipe()
  await new Promise((resolve) => {
    const src = new PassThrough();
    const gunzip = zlib.createGunzip();
    src.pipe(zlib.createGzip()).pipe(gunzip);
    collect(gunzip).then((b) => { console.log('pipe', b.toString()); resolve(); });
    src.write('piped ');
    src.end('data');
  });

  // flush(): everything written so far comes out, decodable.
  await new Promise((resolve) => {
    const z = zlib.createDeflate();
    const chunks = [];
    z.on('data', (c) => chunks.push(c));
    z.write('first part');
    z.flush(() => {
      const partial = Buffer.concat(chunks);
      const inf = zlib.inflateSync(partial, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      console.log('flush', inf.toString());
      z.end('!');
      z.on('end', () => {
        console.log('after flush end', zlib.inflateSync(Buffer.concat(chunks)).toString());
        resolve();
      });
    });
  });

  // brotli flush
  await new Promise((resolve) => {
    const z = zlib.createBrotliCompress();
    const chunks = [];
    z.on('data', (c) => chunks.push(c));
    z.write('brotli part');
    z.flush(() => {
      const d = zlib.createBrotliDecompress();
      d.on('data', (c) => { console.log('brotli flush', c.toString()); z.destroy(); d.destroy(); resolve(); });
      d.write(Buffer.concat(chunks));
    });
  });

  // params() mid-stream.
  await new Promise((resolve) => {
    const z = zlib.createDeflate({ level: 1 });
    const p = collect(z);
    z.write(text.slice(0, 10000));
    z.params(9, zlib.constants.Z_FILTERED, (err) => {
      console.log('params cb', err, z._level, z._strategy);
      z.end(text.slice(10000));
    });
    p.then((b) => { console.log('params data', zlib.inflateSync(b).toString() === text); resolve(); });
  });

  // chunkSize bounds the size of pushed chunks.
  await new Promise((resolve) => {
    const z = zlib.createGunzip({ chunkSize: 1024 });
    const sizes = new Set();
    let total = 0;
    z.on('data', (c) => { total += c.length; if (c.length > 1024) sizes.add(c.length); });
    z.on('end', () => { console.log('chunkSize', total, sizes.size); resolve(); });
    z.end(zlib.gzipSync(text));
  });

  // Corrupt input: 'error' event with Node's fields.
  await new Promise((resolve) => {
    const z = zlib.createGunzip();
    z.on('error', (e) => { console.log('error event', e.message, e.code, e.errno, z.destroyed); resolve(); });
    z.on('data', () => {});
    z.end(Buffer.from('this is not gzip'));
  });

  // Truncated input: unexpected end of file at end().
  await new Promise((resolve) => {
    const z = zlib.createInflate();
    z.on('error', (e) => { console.log('truncated', e.message, e.code, e.errno); resolve(); });
    z.on('data', () => {});
    z.end(zlib.deflateSync(text).subarray(0, 20));
  });

  // close()
  await new Promise((resolve) => {
    const z = zlib.createGzip();
    z.on('close', () => console.log('close event'));
    z.close(() => { console.log('close cb', z.destroyed, z._handle); resolve(); });
  });

  // reset()
  {
    const z = zlib.createInflate();
    z.reset();
    console.log('reset ok', typeof z.reset, typeof z.params, z instanceof zlib.Inflate);
  }

  // Stream-level properties.
  const g = zlib.createGzip({ level: 3 });
  console.log(g._level, g._strategy, g._chunkSize, g._defaultFlushFlag, g._finishFlushFlag, g._defaultFullFlushFlag, g.readableHighWaterMark);
  const b = new zlib.BrotliCompress();
  console.log(b._defaultFlushFlag, b._finishFlushFlag, b._defaultFullFlushFlag, b instanceof require('stream').Transform);
  g.destroy();
  b.destroy();

  // Async iteration of a zlib stream.
  const gz = zlib.createGunzip();
  gz.end(zlib.gzipSync('iterated'));
  let s = '';
  for await (const chunk of gz) s += chunk;
  console.log('for await', s);
})();
