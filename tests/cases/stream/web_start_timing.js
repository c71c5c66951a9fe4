const log = (...a) => console.log(...a);
let i = 0; const tick = () => { log('tick', ++i); if (i < 12) Promise.resolve().then(tick); };
Promise.resolve().then(tick);
const p = Promise.resolve();
new WritableStream({ start() { log('ws start'); return p; }, write(c) { log('write', c); } }).getWriter().write('x');
new ReadableStream({ start() { return p; }, pull(c) { log('rs pull'); c.close(); } });
const ts = new TransformStream({ transform(c) { log('transform', c); } });
ts.writable.getWriter().write('t');
