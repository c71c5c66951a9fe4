// Stream edge cases: gzip members split across writes, trailing data,
// the `flush` option, partial inflation with finishFlush, write after end,
// destroy while working.
'use strict';
const zlib = require('zlib');

function run(stream, pieces) {
  return new Promise((resolve) => {
    const out = [];
    stream.on('data', (c) => out.push(c));
    stream.on('error', (e) => resolve(`error ${e.code} ${e.message}`));
    stream.on('end', () => resolve(Buffer.concat(out).toString()));
    for (const p of pieces) stream.write(p);
    stream.end();
  });
}

function split(buf, at) {
  const parts = [];
  let prev = 0;
  for (const a of at) { parts.push(buf.subarray(prev, a)); prev = a; }
  parts.push(buf.subarray(prev));
  return parts;
}

(async () => {
  const a = zlib.gzipSync('first member;');
  const b = zlib.gzipSync('second member');
  const both = Buffer.concat([a, b]);
  for (const at of [[a.length], [a.length + 1], [a.length - 1], [1, a.length + 2], [5, 10, 15, 20, 25, 30, 35, 40]]) {
    console.log('members split', at.join(','), await run(zlib.createGunzip(), split(both, at)));
  }
  console.log('unzip members', await run(zlib.createUnzip(), split(both, [a.length])));
  console.log('gunzip zero padding', await run(zlib.createGunzip(), [a, Buffer.alloc(7)]));
  console.log('gunzip trailing garbage', await run(zlib.createGunzip(), [a, Buffer.from('xyz')]));
  console.log('inflate trailing garbage', await run(zlib.createInflate(), [zlib.deflateSync('zz'), Buffer.from('xyz')]));
  console.log('unzip one byte first', await run(zlib.createUnzip(), split(a, [1, 2])));

  // flush option: every write is flushed, each piece decodable at once.
  {
    const z = zlib.createDeflate({ flush: zlib.constants.Z_SYNC_FLUSH });
    const seen = [];
    z.on('data', (c) => seen.push(c));
    await new Promise((resolve) => z.write('part one', resolve));
    await new Promise((resolve) => setImmediate(resolve));
    console.log('flush option', zlib.inflateSync(Buffer.concat(seen), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    z.destroy();
  }

  // Partial inflation of a truncated stream.
  const full = zlib.deflateSync('partially inflated text '.repeat(20));
  console.log('partial sync', zlib.inflateSync(full.subarray(0, 30), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).length > 0);
  console.log('partial stream', (await run(zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH }), [full.subarray(0, 30)])).length > 0);

  // write after end
  {
    const z = zlib.createGzip();
    z.on('error', (e) => console.log('after end', e.code));
    z.resume();
    z.end('x');
    z.write('y');
  }
  await new Promise((resolve) => setTimeout(resolve, 10));

  // destroy while a big chunk is being compressed
  {
    const z = zlib.createGzip();
    z.on('close', () => console.log('destroyed close', z.destroyed, z._handle));
    z.on('data', () => {});
    z.write(Buffer.alloc(1 << 20, 'a'));
    z.destroy();
  }
  await new Promise((resolve) => setTimeout(resolve, 50));

  // empty stream
  console.log('empty gzip', zlib.gunzipSync(Buffer.from(await new Promise((resolve) => {
    const z = zlib.createGzip();
    const out = [];
    z.on('data', (c) => out.push(c));
    z.on('end', () => resolve(Buffer.concat(out)));
    z.end();
  }))).length);
  console.log('empty gunzip', await run(zlib.createGunzip(), []));
  console.log('empty brotli', await run(zlib.createBrotliDecompress(), []));
})();
