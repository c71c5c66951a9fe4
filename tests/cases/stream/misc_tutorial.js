const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');
(async () => {
  const r = () => Readable.from([1, 2, 3, 4, 5]);
  console.log(await r().some((x) => x > 4), await r().every((x) => x > 0), await r().find((x) => x > 2));
  console.log(await r().flatMap((x) => [x, x]).toArray(), await r().drop(3).toArray());
  await r().forEach((x) => process.stdout.write(x + ' ')); console.log();
  console.log(await r().map(async (x) => { await new Promise((res) => setTimeout(res, 6 - x)); return x; }, { concurrency: 3 }).toArray());
  console.log(typeof Readable.prototype.asIndexedPairs);
  try { r().map(5); } catch (e) { console.log(e.code, e.message); }
  try { await r().take(-1).toArray(); } catch (e) { console.log(e.code, e.message); }
  const it = r().iterator({ destroyOnReturn: false });
  for await (const v of it) { console.log('first', v); break; }
  // unshift
  const u = new Readable({ read() {} });
  u.push('world'); u.unshift('hello '); u.push(null);
  let s = ''; for await (const c of u) s += c; console.log(s);
  // construct
  const c = new Writable({ construct(cb) { console.log('construct'); setTimeout(cb, 1); }, write(ch, e, cb) { console.log('write after construct', String(ch)); cb(); } });
  c.write('x'); c.end();
  await new Promise((res) => c.on('finish', res));
  // multiple pipe destinations
  const src = new PassThrough();
  const d1 = new PassThrough(); const d2 = new PassThrough();
  src.pipe(d1); src.pipe(d2);
  src.end('multi');
  console.log(String(await d1.toArray()), String(await d2.toArray()));
  // pipeline returns last
  const last = new PassThrough();
  console.log(pipeline(Readable.from(['a']), last, () => {}) === last);
  // end:false with promises
  const sink = new PassThrough();
  await require('stream/promises').pipeline(Readable.from(['k']), sink, { end: false });
  console.log('ended?', sink.writableEnded);
  // transform flush async
  const tf = new Transform({ transform(ch, e, cb) { cb(null, ch); }, flush(cb) { setTimeout(() => { this.push('flushed'); cb(); }, 1); } });
  tf.end('t');
  console.log((await tf.toArray()).map(String));
  // read(n)
  const rn = new Readable({ read() {} });
  rn.push('abcdef'); rn.push(null);
  rn.once('readable', () => { console.log(String(rn.read(2)), String(rn.read(10)), rn.read(1), String(rn.read())); });
  await new Promise((res) => rn.on('end', res));
  // hwm 0
  const z = new Readable({ highWaterMark: 0, read() { console.log('read called'); this.push('z'); this.push(null); } });
  z.on('data', (d) => console.log('z data', String(d)));
  await new Promise((res) => z.on('end', res));
  // errors: write after destroy
  const wd = new Writable({ write(ch, e, cb) { cb(); } });
  wd.destroy();
  wd.write('x', (err) => console.log('write after destroy', err.code));
  wd.on('error', (e) => console.log('error event', e.code));
  await new Promise((res) => setTimeout(res, 5));
  console.log(Readable.from(Buffer.from('buf')).readableObjectMode, (await Readable.from(Buffer.from('buf')).toArray()).length);
  const dd = new PassThrough({ objectMode: true }); dd.write(null === null ? 'nn' : 0); dd.end();
  try { new PassThrough().write(null); } catch (e) { console.log(e.code, e.message); }
})();
