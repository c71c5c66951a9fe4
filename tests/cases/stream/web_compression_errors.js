(async () => {
  const bad = ReadableStream.from([new Uint8Array([1, 2, 3])]).pipeThrough(new DecompressionStream('gzip'));
  try { for await (const c of bad); } catch (e) { console.log(e.name, JSON.stringify(e.message), e.code, Object.keys(e), e.cause.message, e.cause.code); }
  const trunc = ReadableStream.from([new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])]).pipeThrough(new DecompressionStream('gzip'));
  try { for await (const c of trunc); console.log('trunc ok'); } catch (e) { console.log(e.message, e.code, e.name); }
  try { new DecompressionStream(); } catch (e) { console.log(e.message); }
})();
