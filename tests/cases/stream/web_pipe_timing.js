const log = (...a) => console.log(...a);
let i = 0; const tick = () => { log('tick', ++i); if (i < 12) Promise.resolve().then(tick); };
let ctl;
const rs = new ReadableStream({ start(c) { ctl = c; } });
const ws = new WritableStream({ write(c) { log('write', c); } });
rs.pipeTo(ws);
setTimeout(() => {
  Promise.resolve().then(tick);
  log('enqueue'); ctl.enqueue(1); log('enqueued');
  const ts = new TransformStream({ transform(c, ct) { log('transform', c); ct.enqueue(c); } });
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  r.read().then((v) => log('read', v));
  setTimeout(() => { i = 0; Promise.resolve().then(tick); log('write t'); w.write('t'); }, 5);
}, 5);
