(async () => {
  const collect = async (rs) => { const out = []; for await (const c of rs) out.push(c); return out; };
  console.log(await collect(ReadableStream.from([new Uint8Array([0x61, 0x00, 0x3d]), new Uint8Array([0xd8, 0x00, 0xde])]).pipeThrough(new TextDecoderStream('utf-16le'))));
  console.log(await collect(ReadableStream.from([new Uint8Array([0xe9, 0xff])]).pipeThrough(new TextDecoderStream('latin1'))));
  console.log(await collect(ReadableStream.from([new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), new Uint8Array([0xe2, 0x82])]).pipeThrough(new TextDecoderStream())));
  console.log(await collect(ReadableStream.from([new Uint8Array([0xef, 0xbb, 0xbf, 0x61])]).pipeThrough(new TextDecoderStream('utf-8', { ignoreBOM: true }))));
  try { await collect(ReadableStream.from([new Uint8Array([0xff])]).pipeThrough(new TextDecoderStream('utf-8', { fatal: true }))); } catch (e) { console.log(e.name, e.code, e.message); }
  try { new TextDecoderStream('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { await collect(ReadableStream.from(['str']).pipeThrough(new TextDecoderStream())); } catch (e) { console.log(e.name, e.code, e.message); }
  const enc = await collect(ReadableStream.from(['a\ud83d', '\ude00b', '\ud83d']).pipeThrough(new TextEncoderStream()));
  console.log(enc);
  console.log(await collect(ReadableStream.from([1, null, { toString() { return 'obj'; } }]).pipeThrough(new TextEncoderStream())));
  const ds = new TextDecoderStream('utf-16be'); console.log(ds.encoding);
})();
