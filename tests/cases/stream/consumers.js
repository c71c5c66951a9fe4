const c = require('stream/consumers');
const { Readable } = require('stream');
(async () => {
  console.log(await c.buffer(ReadableStream.from(['ab', new Uint8Array([99])])));
  console.log(await c.text(ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac])])));
  const b = await c.blob(ReadableStream.from(['x', new Uint8Array([121])])); console.log(b.size, b.type, await b.text());
  try { await c.json(Readable.from(['{bad'])); } catch (e) { console.log(e.name, e.message); }
  try { await c.text(Readable.from([5], { objectMode: true })); } catch (e) { console.log(e.name, e.code, e.message); }
  try { await c.buffer(Readable.from([{}])); } catch (e) { console.log(e.name, e.code, e.message); }
  try { await c.text(5); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(await c.arrayBuffer(Readable.from([Buffer.from('q')])) instanceof ArrayBuffer, await c.bytes(ReadableStream.from([new Uint8Array([1])])));
  console.log(await c.text(Readable.from([Buffer.from([0xef, 0xbb, 0xbf, 0x61])])));
})();
