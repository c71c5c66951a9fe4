const log = (...a) => console.log(...a);
const rs = new ReadableStream({
  start(c) { log('start'); },
  pull(c) { if (this.n === undefined) this.n = 0; if (this.n++ < 3) c.enqueue(this.n); else c.close(); },
}, { highWaterMark: 2 });
Promise.resolve().then(() => log('tick1')).then(() => log('tick2')).then(() => log('tick3'));
const ts = new TransformStream({
  start() { log('ts start'); },
  transform(ch, c) { log('transform', ch); c.enqueue(ch * 10); },
  flush() { log('flush'); },
});
const ws = new WritableStream({
  start() { log('ws start'); },
  write(ch) { log('write', ch); },
  close() { log('ws close'); },
});
rs.pipeThrough(ts).pipeTo(ws).then(() => log('done'));
(async () => {
  const r = new ReadableStream({ start(c) { c.enqueue('q'); c.close(); } });
  const reader = r.getReader();
  reader.closed.then(() => log('closed resolved'));
  log(await reader.read());
  log(await reader.read());
})();
