const util = require('util');
console.log({ rs: new ReadableStream() });
console.log(util.inspect({ a: { b: { c: new ReadableStream() } } }));
console.log(util.inspect({ a: { b: { c: new WritableStream().getWriter() } } }));
console.log(util.inspect(new TransformStream(), { depth: 0 }));
console.log(util.inspect([new CountQueuingStrategy({ highWaterMark: 1 })], { depth: -1 }));
console.log(util.inspect(ReadableStream.from([1])[Symbol.asyncIterator]()));
console.log(util.inspect(new ReadableStream({ type: 'bytes', start(c) { setTimeout(() => {}, 0); } }).getReader({ mode: 'byob' })));
const ts = new TransformStream({ start(c) { console.log(util.inspect(c, { depth: 0 })); } });
