const { compose, Readable, Writable, duplexPair } = require('stream');
(async () => {
  const c = compose(new TransformStream({ transform(ch, ctl) { ctl.enqueue(String(ch).toUpperCase()); } }), async function* (src) { for await (const x of src) yield x + '!'; });
  c.end('abc');
  for await (const x of c) console.log('compose web transform', String(x));
  const c2 = compose(ReadableStream.from(['r1', 'r2']), new TransformStream());
  for await (const x of c2) console.log('compose web src', String(x));
  const got = [];
  const c3 = compose(async function* (src) { for await (const x of src) yield String(x) + '?'; }, new WritableStream({ write(ch) { got.push(ch); } }));
  c3.end('w');
  await new Promise((r) => c3.on('finish', r));
  await new Promise((r) => setTimeout(r, 5));
  console.log('compose web sink', got);
  const [a, b] = duplexPair();
  a.write('ping'); b.on('data', (d) => { console.log('pair got', String(d)); a.end(); b.end(); });
  console.log(Readable.from(ReadableStream.from(['q'])).readableObjectMode);
  for await (const x of Readable.from(ReadableStream.from(['q']))) console.log('from web', x);
})();
