(async () => {
  for (const fmt of ['gzip', 'deflate', 'deflate-raw']) {
    const input = 'hello hello hello compression '.repeat(20);
    const compressed = ReadableStream.from([new TextEncoder().encode(input)]).pipeThrough(new CompressionStream(fmt));
    const chunks = [];
    for await (const c of compressed) chunks.push(c);
    const all = Buffer.concat(chunks);
    console.log(fmt, all.length < input.length, chunks.every((c) => c instanceof Uint8Array));
    const back = ReadableStream.from([all]).pipeThrough(new DecompressionStream(fmt)).pipeThrough(new TextDecoderStream());
    let s = '';
    for await (const c of back) s += c;
    console.log(s === input);
  }
  try { new CompressionStream('zip'); } catch (e) { console.log(e.code, e.name, e.message); }
  const bad = ReadableStream.from([new Uint8Array([1, 2, 3])]).pipeThrough(new DecompressionStream('gzip'));
  try { for await (const c of bad); } catch (e) { console.log('bad data', e.code, e.name); }
  console.log(new CompressionStream('gzip'));
})();
