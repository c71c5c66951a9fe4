// FileHandle#readableWebStream: a byte stream of the file; the handle is
// locked while it is in use. FileHandle#close is an own property.
const fsp = require('fs/promises');
const { p } = require('./_tmp');

(async () => {
  await fsp.writeFile(p('f'), 'x'.repeat(20000) + 'END');
  const fh = await fsp.open(p('f'));
  console.log(Object.keys(fh), typeof fh.close, Object.hasOwn(Object.getPrototypeOf(fh), 'close'));
  const stream = fh.readableWebStream();
  console.log(stream.constructor.name, stream.locked);
  try {
    fh.readableWebStream();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  let total = 0;
  let tail = '';
  for await (const chunk of stream) {
    total += chunk.byteLength;
    tail = Buffer.from(chunk).toString().slice(-3);
  }
  console.log(total, tail);
  await fh.close();
  try {
    fh.readableWebStream();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  const fh2 = await fsp.open(p('f'));
  const reader = fh2.readableWebStream().getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(5));
  console.log(reader.constructor.name, value.byteLength);
  await fh2.close();
})();
