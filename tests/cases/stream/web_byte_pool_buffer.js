const other = Buffer.from('other');
const chunk = Buffer.from('abc');
console.log(other.buffer === chunk.buffer);
const rs = new ReadableStream({ type: 'bytes', start(c) { try { c.enqueue(chunk); console.log('enqueued'); } catch (e) { console.log('enqueue threw', e.name, e.message); } c.close(); } });
(async () => {
  for await (const c of rs) console.log('got', c);
  console.log(other.toString(), other.length, chunk.length);
  console.log(Buffer.from('after').toString());
})();
