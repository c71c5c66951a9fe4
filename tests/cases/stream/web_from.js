const { Readable } = require('stream');
(async () => {
  const collect = async (rs) => { const out = []; for await (const c of rs) out.push(c); return out; };
  console.log(await collect(ReadableStream.from('abc')));
  console.log(await collect(ReadableStream.from(Readable.from(['n1', 'n2']))));
  console.log(await collect(ReadableStream.from(new Set([1, 2]))));
  console.log(await collect(ReadableStream.from([Promise.resolve('p1'), 'p2'])));
  console.log(await collect(ReadableStream.from(new Map([[1, 2]]))));
  const rs = ReadableStream.from(ReadableStream.from(['nested']));
  console.log(await collect(rs));
  for (const bad of [null, undefined, 5, {}, { [Symbol.asyncIterator]: 5 }, { [Symbol.iterator]() { return 5; } }]) {
    try { ReadableStream.from(bad); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const it = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve(5); } }; } };
  try { await collect(ReadableStream.from(it)); } catch (e) { console.log(e.name, e.code, e.message); }
})();
