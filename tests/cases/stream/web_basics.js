const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy } = require('stream/web');
(async () => {
  const rs = new ReadableStream({
    start(c) { console.log('start', c.desiredSize); c.enqueue('a'); c.enqueue('b'); },
    pull(c) { console.log('pull', c.desiredSize); c.enqueue('c'); c.close(); },
    cancel(r) { console.log('cancel', r); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  console.log(rs);
  for await (const chunk of rs) console.log('chunk', chunk);
  console.log(rs);
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); },
    flush(c) { c.enqueue('!'); },
  });
  const out = [];
  const ws = new WritableStream({
    write(chunk) { out.push(chunk); console.log('write', chunk); },
    close() { console.log('close'); },
  });
  await ReadableStream.from(['x', 'y', 'z']).pipeThrough(upper).pipeTo(ws);
  console.log(out);
  const [a, b] = ReadableStream.from([1, 2, 3]).tee();
  const ra = a.getReader();
  console.log(await ra.read(), await ra.read());
  for await (const v of b) console.log('b', v);
  console.log(await ra.read(), await ra.read());
  // errors
  const e = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  try { for await (const x of e) console.log(x); } catch (err) { console.log('caught', err.message); }
  const w2 = new WritableStream({ write() { throw new Error('wfail'); } });
  const wr = w2.getWriter();
  await wr.write('1').catch((err) => console.log('write rejected', err.message));
  await wr.closed.catch((err) => console.log('closed rejected', err.message));
  console.log(w2);
  // async generator source
  async function* gen() { yield 'g1'; yield 'g2'; }


  const reader = ReadableStream.from(gen()).getReader();
  console.log(await reader.read());
  await reader.cancel('stop');
  console.log(await reader.read());
  // byte stream
  const bs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); } });
  const br = bs.getReader({ mode: 'byob' });
  let r1 = await br.read(new Uint8Array(2));
  console.log(r1);
  r1 = await br.read(new Uint8Array(10));
  console.log(r1);
  r1 = await br.read(new Uint8Array(10));
  console.log(r1);
  console.log(await new Blob(['hello ', 'blob']).stream().getReader().read());
  const te = new TextEncoderStream();
  const td = new TextDecoderStream();
  const res = [];
  await ReadableStream.from(['h\u00e9', 'llo']).pipeThrough(te).pipeThrough(td).pipeTo(new WritableStream({ write(c) { res.push(c); } }));
  console.log(res);
})();
