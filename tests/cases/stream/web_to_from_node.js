const { Readable, Writable } = require('stream');
(async () => {
  let n = 0;
  const r = new Readable({ read() { console.log('node read', n); this.push(n < 5 ? Buffer.from('x' + n++) : null); } });
  const web = Readable.toWeb(r);
  await new Promise((res) => setTimeout(res, 5));
  console.log('desired?');
  const reader = web.getReader();
  for (;;) { const { value, done } = await reader.read(); if (done) break; console.log('web got', value); }
  const o = new Readable({ objectMode: true, read() {} });
  o.push({ a: 1 }); o.push('str'); o.push(null);
  for await (const v of Readable.toWeb(o)) console.log('obj', v);
  const e = new Readable({ read() { this.destroy(new Error('node err')); } });
  try { for await (const v of Readable.toWeb(e)); } catch (err) { console.log('web err', err.message); }
  const wr = Writable.toWeb(new Writable({ highWaterMark: 2, write(c, enc, cb) { console.log('node write', String(c)); setTimeout(cb, 1); } }));
  const w = wr.getWriter();
  console.log('desired', w.desiredSize);
  await w.write(new Uint8Array([65]));
  await w.write('str chunk');
  await w.close();
  console.log('closed');
  const r2 = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105])); c.enqueue('str'); c.close(); } }));
  for await (const c of r2) console.log('fromWeb', c);
  const r3 = Readable.fromWeb(ReadableStream.from([{ a: 1 }]), { objectMode: true });
  for await (const c of r3) console.log('fromWeb obj', c);
  const r4 = Readable.fromWeb(ReadableStream.from([1]));
  try { for await (const c of r4) console.log(c); } catch (err) { console.log('fromWeb non-bytes', err.code, err.message); }
})();
