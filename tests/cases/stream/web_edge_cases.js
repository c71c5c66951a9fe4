const util = require('util');
const { text, arrayBuffer } = require('stream/consumers');
(async () => {
  // break out of for-await cancels
  const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { console.log('cancelled with', r); } });
  for await (const v of rs) { console.log('v', v); break; }
  console.log(rs.locked);
  // preventCancel
  const rs2 = ReadableStream.from([1, 2, 3]);
  for await (const v of rs2.values({ preventCancel: true })) { console.log('v2', v); break; }
  console.log(rs2.locked, await rs2.getReader().read());
  // async gen return on cancel
  async function* g() { try { yield 1; yield 2; } finally { console.log('gen finally'); } }
  const rs3 = ReadableStream.from(g());
  const r3 = rs3.getReader();
  console.log(await r3.read());
  await r3.cancel('enough');
  // tee byte stream
  const bs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); } });
  const [b1, b2] = bs.tee();
  console.log(await arrayBuffer(b1), await arrayBuffer(b2));
  // preventClose
  const ws = new WritableStream({ write(c) { console.log('ws got', c); }, close() { console.log('ws closed'); } });
  await ReadableStream.from(['a']).pipeTo(ws, { preventClose: true });
  console.log(ws.locked);
  const wr = ws.getWriter(); await wr.write('b'); await wr.close();
  // preventAbort / preventCancel with errors
  const errSrc = new ReadableStream({ start(c) { c.error(new Error('src err')); } });
  const ws2 = new WritableStream({ abort(r) { console.log('ws2 abort', r.message); } });
  await errSrc.pipeTo(ws2).catch((e) => console.log('pipe rejected', e.message));
  const ws3 = new WritableStream({ start(c) { c.error(new Error('dst err')); } });
  const src3 = new ReadableStream({ cancel(r) { console.log('src3 cancel', r.message); } });
  await src3.pipeTo(ws3).catch((e) => console.log('pipe3 rejected', e.message));
  // async transform with backpressure
  const ts = new TransformStream({
    async transform(chunk, c) { await new Promise((r) => setTimeout(r, 1)); c.enqueue(chunk * 2); },
  }, { highWaterMark: 1 }, { highWaterMark: 0 });
  const tw = ts.writable.getWriter();
  console.log('ts desired', tw.desiredSize);
  tw.write(1); tw.write(2); tw.close();
  console.log('ts desired after', tw.desiredSize);
  const got = [];
  for await (const v of ts.readable) got.push(v);
  console.log(got);
  // abort during write
  let resolveWrite;
  const ws4 = new WritableStream({ write() { return new Promise((r) => { resolveWrite = r; }); }, abort(r) { console.log('ws4 abort', r); } });
  const w4 = ws4.getWriter();
  const wp = w4.write('x');
  await new Promise((r) => setTimeout(r, 1));
  const ap = w4.abort('stop');
  resolveWrite();
  console.log(await wp, await ap, await w4.closed.catch((e) => 'closed rejected ' + e));
  // release lock
  const ws5 = new WritableStream();
  const w5 = ws5.getWriter();
  w5.releaseLock();
  await w5.write('a').catch((e) => console.log(e.code, e.message));
  await w5.closed.catch((e) => console.log('w5 closed', e.code, e.message));
  try { w5.desiredSize; } catch (e) { console.log(e.code, e.message); }
  const rs6 = new ReadableStream(); const r6 = rs6.getReader(); const pending = r6.read();
  r6.releaseLock();
  await pending.catch((e) => console.log('pending', e.code, e.message));
  await r6.closed.catch((e) => console.log('r6 closed', e.code, e.message));
  // errors in start / strategy
  try { new ReadableStream({ start() { throw new Error('start threw'); } }); } catch (e) { console.log('ctor', e.message); }
  try { new ReadableStream({ start(c) { c.enqueue('abc'); } }, { size() { throw new Error('size threw'); } }); } catch (e) { console.log('size', e.message); }
  let sc; const rs8 = new ReadableStream({ start(c) { sc = c; } }, { size() { throw new Error('size threw later'); } });
  try { sc.enqueue('x'); } catch (e) { console.log('enqueue', e.message); }
  await rs8.getReader().read().catch((e) => console.log('read', e.message));
  const rs9 = new ReadableStream({ pull() { return Promise.reject(new Error('pull rejected')); } });
  await rs9.getReader().read().catch((e) => console.log(e.message));
  // desiredSize
  new ReadableStream({ start(c) { console.log(c.desiredSize); c.enqueue(new Uint8Array(3)); console.log(c.desiredSize); try { c.enqueue('ab'); } catch (e) { console.log(e.message); } } }, new ByteLengthQueuingStrategy({ highWaterMark: 4 }));
  await new Promise((r) => setTimeout(r, 1));
  console.log(util.inspect(new ReadableStream().getReader({ mode: undefined })));
  const brs = new ReadableStream({ type: 'bytes' });
  console.log(brs, brs.getReader({ mode: 'byob' }));
  console.log(Object.prototype.toString.call(new ReadableStream()), Object.prototype.toString.call(new WritableStream().getWriter()));
  console.log(await text(new Blob(['ab', 'cd']).stream()), await new File(['x'], 'f.txt').text());
  const nodeR = require('stream').Readable.fromWeb(new Blob(['blob data']).stream());
  console.log(await text(nodeR));
  try { new ReadableStreamDefaultController(); } catch (e) { console.log(e.code, e.message); }
  try { ReadableStream.prototype.getReader.call({}); } catch (e) { console.log(e.code, e.message); }
  await ReadableStream.prototype.cancel.call({}).catch((e) => console.log(e.code, e.message));
})();
