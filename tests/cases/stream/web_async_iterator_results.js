(async () => {
  const it = ReadableStream.from([1])[Symbol.asyncIterator]();
  console.log(await it.next(), await it.next(), await it.next(), await it.return('r'));
  const it2 = new ReadableStream({ start(c) { c.enqueue(1); } })[Symbol.asyncIterator]();
  console.log(await it2.next(), await it2.return(), await it2.next());
  const it3 = new ReadableStream({ start(c) { setTimeout(() => c.enqueue(2), 1); } })[Symbol.asyncIterator]();
  console.log(await it3.next());
  const it4 = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } })[Symbol.asyncIterator]();
  console.log(await it4.next(), await it4.next());
  const it5 = new ReadableStream({ start(c) { setTimeout(() => c.close(), 1); } })[Symbol.asyncIterator]();
  console.log(await it5.next());
})();
