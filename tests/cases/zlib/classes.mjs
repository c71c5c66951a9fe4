// ESM named imports, subclassing, calling constructors without new
// (deprecated), _processChunk.
import zlib, { gzipSync, gunzipSync, constants, Gzip, createDeflate } from 'node:zlib';

console.log(gunzipSync(gzipSync('esm')).toString(), constants.Z_BEST_COMPRESSION, zlib.Gzip === Gzip);

class My extends Gzip {
  constructor() {
    super({ level: 1 });
    this.mine = true;
  }
}
const m = new My();
console.log(m instanceof Gzip, m instanceof My, m.mine, m._level, m.constructor.name, Gzip.name, Gzip.length);
console.log(new Gzip() instanceof Gzip, zlib.createGzip().constructor === Gzip);
console.log(Object.getPrototypeOf(Gzip.prototype).constructor.name, Object.getPrototypeOf(Object.getPrototypeOf(Gzip.prototype)).constructor.name);

process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const g = zlib.Gunzip();
console.log(g instanceof zlib.Gunzip, g.constructor.name);

const d = createDeflate();
console.log(d._processChunk(Buffer.from('abc'), constants.Z_FINISH).toString('hex'));
for (const C of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress']) {
  const s = new zlib[C]();
  console.log(C, s.constructor.name, typeof s.flush, typeof s.close, typeof s.params, typeof s.reset, s.bytesWritten);
  s.destroy();
}
