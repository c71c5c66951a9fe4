const log = (...a) => console.log(...a);
(async () => {
  // pipeTo backpressure: slow sink, count pulls
  let pulls = 0;
  const src = new ReadableStream({ pull(c) { pulls++; c.enqueue(pulls); if (pulls === 10) c.close(); } }, { highWaterMark: 1 });
  const sink = new WritableStream({ async write(c) { await new Promise((r) => setTimeout(r, 1)); log('sink', c, 'pulls', pulls); } }, { highWaterMark: 2 });
  await src.pipeTo(sink);
  // dest errors mid-way
  let n = 0;
  const src2 = new ReadableStream({ pull(c) { c.enqueue(++n); }, cancel(r) { log('src2 cancel', r.message); } });
  const sink2 = new WritableStream({ write(c) { if (c === 3) throw new Error('sink2 fail'); log('sink2', c); } });
  await src2.pipeTo(sink2).catch((e) => log('pipe2 rejected', e.message));
  // tee cancel both
  const src3 = new ReadableStream({ cancel(r) { log('src3 cancel', JSON.stringify(r)); } });
  const [t1, t2] = src3.tee();
  const c1 = t1.cancel('a');
  log('cancel1 pending');
  await t2.cancel('b');
  await c1;
  // iterator return while read pending
  let ctl;
  const src4 = new ReadableStream({ start(c) { ctl = c; }, cancel(r) { log('src4 cancel', r); } });
  const it = src4[Symbol.asyncIterator]();
  const p1 = it.next();
  const p2 = it.return('ret');
  ctl.enqueue('late');
  log(await p1, await p2, await it.next());
  // from sync iterable that throws
  function* bad() { yield 1; throw new Error('gen threw'); }
  try { for await (const v of ReadableStream.from(bad())) log('from', v); } catch (e) { log('from err', e.message); }
  // TransformStream cancel / abort
  const ts = new TransformStream({ cancel(r) { log('transformer cancel', r); } });
  await ts.readable.cancel('stop reading');
  await ts.writable.getWriter().write('x').catch((e) => log('write after cancel', e));
  const ts2 = new TransformStream({ cancel(r) { log('transformer cancel2', r); } });
  await ts2.writable.abort('abort reason');
  await ts2.readable.getReader().read().catch((e) => log('read after abort', e));
  // flush error
  const ts3 = new TransformStream({ flush() { throw new Error('flush fail'); } });
  const w3 = ts3.writable.getWriter();
  const r3 = ts3.readable.getReader();
  await w3.close().catch((e) => log('close rejected', e.message));
  await r3.read().catch((e) => log('read rejected', e.message));
  // controller.error in transform
  const ts4 = new TransformStream({ transform(c, ctl) { ctl.error(new Error('t4')); } });
  await ts4.writable.getWriter().write('a').catch((e) => log('t4 write', e.message));
  // enqueue after terminate
  const ts5 = new TransformStream({ start(c) { c.terminate(); try { c.enqueue('x'); } catch (e) { log('enqueue after terminate', e.code, e.message); } } });
  log(await ts5.readable.getReader().read());
  // writable close with queued writes
  const order = [];
  const ws = new WritableStream({ async write(c) { order.push('w' + c); await null; }, close() { order.push('close'); } });
  const w = ws.getWriter();
  w.write(1); w.write(2); const cp = w.close();
  await cp; log(order);
  // abort pending writes
  const ws2 = new WritableStream({ write() { return new Promise(() => {}); } });
  const w2 = ws2.getWriter();
  const wp1 = w2.write(1); const wp2 = w2.write(2);
  await new Promise((r) => setTimeout(r, 1));
  w2.abort('ab');
  log(await Promise.allSettled([wp1, wp2]).then((r) => r.map((x) => x.status + ':' + (x.reason ?? x.value))));
})();
