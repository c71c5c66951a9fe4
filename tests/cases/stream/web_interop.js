const { Readable, Writable, Duplex, finished } = require('stream');
const consumers = require('stream/consumers');
const { setTimeout: sleep } = require('timers/promises');
(async () => {
  // backpressure
  const log = [];
  const ws = new WritableStream({
    async write(chunk) { log.push('w' + chunk); await sleep(1); },
  }, { highWaterMark: 2 });
  const w = ws.getWriter();
  console.log('desired', w.desiredSize);
  for (let i = 0; i < 5; i++) {
    await w.ready;
    log.push('ready' + i + ':' + w.desiredSize);
    w.write(i);
  }
  await w.close();
  console.log(log.join(' '));
  // abort with signal
  const ac = new AbortController();
  const src = new ReadableStream({ pull(c) { c.enqueue('x'); return sleep(1); }, cancel(r) { console.log('src cancel', r.name); } });
  const dst = new WritableStream({ write() {}, abort(r) { console.log('dst abort', r.name); } });
  const p = src.pipeTo(dst, { signal: ac.signal });
  setTimeout(() => ac.abort(), 5);
  try { await p; } catch (e) { console.log('pipeTo rejected', e.name, e.message); }
  // toWeb/fromWeb
  const web = Readable.toWeb(Readable.from(['a', 'b', 'c']));
  console.log(await consumers.text(web));
  const nodeR = Readable.fromWeb(ReadableStream.from(['1', '2']), { encoding: 'utf8' });
  console.log(await consumers.text(nodeR));
  const chunks = [];
  const wweb = Writable.toWeb(new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } }));
  const ww = wweb.getWriter();
  await ww.write(new TextEncoder().encode('hey'));
  await ww.close();
  console.log(chunks);
  console.log(await consumers.json(ReadableStream.from(['{"a":', '1}'])));
  console.log(await consumers.buffer(Readable.from([Buffer.from('ab'), 'cd'])));
  console.log(await consumers.arrayBuffer(Readable.from([Buffer.from('ab')])));
  const bl = await consumers.blob(Readable.from(['xyz']));
  console.log(bl.size, await bl.text());
  console.log(await consumers.bytes(Readable.from(['q'])));
  // finished on web stream
  const rs = ReadableStream.from(['z']);
  finished(rs, (err) => console.log('finished web', err));
  for await (const _ of rs);
  // Duplex.from pair
  const d = Duplex.from({ readable: ReadableStream.from(['r1']), writable: new WritableStream({ write(c) { console.log('dw', String(c)); } }) });
  d.write('in');
  d.end();
  for await (const c of d) console.log('dr', String(c));
  // controller.signal
  const ws3 = new WritableStream({ start(c) { c.signal.addEventListener('abort', () => console.log('signal aborted', c.signal.reason)); } });
  await ws3.abort('why');
  console.log(ws3);
  // errors
  try { new ReadableStream({}).getReader({ mode: 'byob' }); } catch (e) { console.log(e.code, e.message); }
  const locked = new ReadableStream(); locked.getReader();
  await locked.cancel().catch((e) => console.log(e.code, e.message));
  try { ReadableStream.from(5); } catch (e) { console.log(e.code, e.message); }
  const wlocked = new WritableStream(); wlocked.getWriter();
  try { wlocked.getWriter(); } catch (e) { console.log(e.code, e.message); }
  await wlocked.abort().catch((e) => console.log(e.code, e.message));
  const wc = new WritableStream(); const wcw = wc.getWriter(); await wcw.close();
  await wcw.write('x').catch((e) => console.log(e.code, e.message));
  try { new TransformStream({}).readable.getReader().releaseLock(); console.log('ok'); } catch (e) { console.log(e); }
  const ts = new TransformStream({ transform(c, ctl) { ctl.terminate(); } });
  const tw = ts.writable.getWriter();
  await tw.write('a').catch((e) => console.log('term', e.code, e.message));
  console.log(await ts.readable.getReader().read());
})();
