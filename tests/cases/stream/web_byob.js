(async () => {
  // pull-based byte source using byobRequest
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const req = c.byobRequest;
      if (n >= 3) { c.close(); if (req) req.respond(0); return; }
      const v = req.view;
      console.log('pull view', v.constructor.name, v.byteOffset, v.byteLength);
      for (let i = 0; i < 2; i++) v[i] = 65 + n;
      req.respond(2);
      n++;
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  let r = await reader.read(new Uint8Array(8));
  console.log(r.value, r.done);
  r = await reader.read(new Uint16Array(4));
  console.log(r.value, r.done);
  reader.releaseLock();
  const dr = rs.getReader();
  r = await dr.read();
  console.log(r);
  r = await dr.read();
  console.log(r);
  // min option
  let m = 0;
  const rs2 = new ReadableStream({
    type: 'bytes',
    pull(c) { const v = c.byobRequest.view; v[0] = ++m; c.byobRequest.respond(1); if (m === 5) c.close(); },
  });
  const r2 = rs2.getReader({ mode: 'byob' });
  console.log(await r2.read(new Uint8Array(4), { min: 3 }));
  console.log(await r2.read(new Uint8Array(4), { min: 2 }));
  console.log(await r2.read(new Uint8Array(4)));
  // respondWithNewView
  const rs3 = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const nv = new Uint8Array(v.buffer, v.byteOffset, 3);
      nv.set([7, 8, 9]);
      c.byobRequest.respondWithNewView(nv);
      c.close();
    },
  });
  const r3 = rs3.getReader({ mode: 'byob' });
  console.log(await r3.read(new Uint8Array(10)), await r3.read(new Uint8Array(1)));
  // enqueue into byte stream read by default reader and byob reader
  let ctl;
  const rs4 = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  const r4 = rs4.getReader({ mode: 'byob' });
  const p = r4.read(new Uint8Array(2));
  ctl.enqueue(new Uint8Array([1, 2, 3]));
  console.log(await p, await r4.read(new Uint8Array(2)));
  console.log(ctl.desiredSize);
  // errors
  try { ctl.enqueue(new Uint8Array(0)); } catch (e) { console.log(e.code, e.message); }
  try { ctl.enqueue('str'); } catch (e) { console.log(e.code, e.message); }
  await r4.read(new Uint8Array(0)).catch((e) => console.log(e.code, e.message));
  await r4.read('x').catch((e) => console.log(e.code, e.message));
  await r4.read(new Uint8Array(2), { min: 3 }).catch((e) => console.log(e.code, e.message));
  await r4.read(new Uint8Array(2), { min: 0 }).catch((e) => console.log(e.code, e.message));
  const buf = new Uint8Array(4);
  const pr = r4.read(buf);
  console.log(buf.byteLength, buf.buffer.detached);
  ctl.close();
  console.log(await pr);
  ctl = null;
  const rs5 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([5])); c.close(); } });
  for await (const chunk of rs5) console.log('iter byte', chunk);
  try { new ReadableStream({ type: 'bytes' }, { size() { return 1; } }); } catch (e) { console.log(e.code, e.message); }
  try { new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }); } catch (e) { console.log(e.code, e.message); }
})();
