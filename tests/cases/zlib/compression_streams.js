// CompressionStream / DecompressionStream (web streams over zlib).
async function readAll(readable) {
  const chunks = [];
  for await (const c of readable) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}
(async () => {
  for (const f of ['gzip', 'deflate', 'deflate-raw']) {
    const cs = new CompressionStream(f);
    const w = cs.writable.getWriter();
    w.write(new TextEncoder().encode('hello compression stream '.repeat(10)));
    w.close();
    const compressed = await readAll(cs.readable);
    const ds = new DecompressionStream(f);
    const w2 = ds.writable.getWriter();
    w2.write(compressed);
    w2.close();
    const text = (await readAll(ds.readable)).toString();
    console.log(f, text.length, text.slice(0, 25));
  }
  try {
    const ds = new DecompressionStream('gzip');
    const w = ds.writable.getWriter();
    w.write(new Uint8Array([1, 2, 3])).catch(() => {});
    w.close().catch(() => {});
    const r = ds.readable.getReader();
    await r.read();
  } catch (e) { console.log('err', e.name, e.code, e.message); }
})();
