const { Readable } = require('stream');
const log = (...a) => console.log(a.join(' '));

(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2);
  setTimeout(() => { r.push(3); r.push(null); }, 5);
  for await (const x of r) log('iter', x);
  log('after loop destroyed', r.destroyed);

  const r2 = Readable.from(['a', 'b', 'c']);
  for await (const x of r2) { log('break at', x); break; }
  log('r2 destroyed', r2.destroyed);

  const r3 = Readable.from(['a', 'b', 'c']);
  for await (const x of r3.iterator({ destroyOnReturn: false })) { log('r3 first', x); break; }
  log('r3 destroyed', r3.destroyed, 'next', r3.read());

  const r4 = new Readable({ read() { this.destroy(new Error('iter fail')); } });
  try { for await (const x of r4) log('never', x); } catch (e) { log('caught', e.message); }

  async function* gen() { yield 'g1'; await null; yield 'g2'; }
  const r5 = Readable.from(gen());
  r5.on('end', () => log('r5 end'));
  r5.on('close', () => log('r5 close'));
  const got = [];
  for await (const c of r5) got.push(c);
  log('r5', got.join(','));

  const r6 = Readable.from('whole string');
  for await (const c of r6) log('r6', c);
  const r7 = Readable.from([Promise.resolve('p1'), 'v2']);
  for await (const c of r7) log('r7', c);
  try { Readable.from(5); } catch (e) { log('from err', e.code); }
  const r8 = Readable.from([1, null, 2]);
  r8.on('error', (e) => log('r8 error', e.code));
  r8.resume();
  await new Promise((res) => setTimeout(res, 10));

  const bytes = new Readable({ read() {} });
  bytes.push('ab'); bytes.push('cd'); bytes.push(null);
  const parts = [];
  for await (const c of bytes) parts.push(c.toString());
  log('bytes', parts.join('|'));
  log('done');
})();
