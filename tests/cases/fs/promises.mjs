import fsp from 'node:fs/promises';
import fs, { promises } from 'node:fs';
import os from 'node:os';

const dir = await fsp.mkdtemp(os.tmpdir() + '/host-fsp-');
const p = (n) => dir + '/' + n;
const rel = (s) => (typeof s === 'string' ? s.split(dir).join('<tmp>') : s);
console.log(promises === fsp, fs.promises === fsp);
try {
  await fsp.writeFile(p('a.txt'), 'line one\nline two\r\nline three');
  console.log(await fsp.readFile(p('a.txt'), 'utf8'));
  console.log((await fsp.readFile(p('a.txt'))).length);
  await fsp.appendFile(p('a.txt'), '\nfour');
  console.log((await fsp.stat(p('a.txt'))).size);
  await fsp.writeFile(p('gen.txt'), (function* () { yield 'a'; yield Buffer.from('b'); yield 'c'; })());
  console.log(await fsp.readFile(p('gen.txt'), 'utf8'));

  const fh = await fsp.open(p('a.txt'), 'r+');
  console.log(typeof fh.fd, fh.fd > 2);
  const buf = Buffer.alloc(8);
  const r = await fh.read(buf, 0, 8, 0);
  console.log(r.bytesRead, r.buffer === buf, buf.toString());
  const r2 = await fh.read({ buffer: Buffer.alloc(4), position: 5 });
  console.log(r2.bytesRead, r2.buffer.toString());
  const w = await fh.write('LINE', 0);
  console.log(w.bytesWritten, w.buffer);
  const w2 = await fh.write(Buffer.from('XY'), 0, 2, 9);
  console.log(w2.bytesWritten);
  console.log(JSON.stringify(await fh.readFile('utf8')));
  console.log((await fh.stat()).size);
  await fh.truncate(4);
  await fh.sync();
  await fh.datasync();
  console.log(JSON.stringify(await fsp.readFile(p('a.txt'), 'utf8')));
  let closed = false;
  fh.on('close', () => { closed = true; });
  await fh.close();
  console.log('closed', closed, fh.fd);
  try { await fh.read(Buffer.alloc(1), 0, 1, 0); } catch (e) { console.log(e.code, e.syscall); }

  await fsp.writeFile(p('lines.txt'), 'x\ny\r\nz\n\nlast');
  const lh = await fsp.open(p('lines.txt'));
  const lines = [];
  for await (const line of lh.readLines()) lines.push(line);
  console.log(lines);

  await fsp.mkdir(p('d/e/f'), { recursive: true });
  console.log(await fsp.mkdir(p('d/e/f'), { recursive: true }));
  await fsp.writeFile(p('d/e/file'), '');
  console.log((await fsp.readdir(p('d'), { recursive: true })).sort());
  console.log((await fsp.readdir(p('d/e'), { withFileTypes: true })).map((d) => [d.name, d.isDirectory(), rel(d.parentPath)]).sort());
  try { await fsp.rm(p('d')); } catch (e) { console.log(e.code, rel(e.message)); }
  try { await fsp.rmdir(p('d')); } catch (e) { console.log(e.code, rel(e.message)); }
  await fsp.rm(p('d'), { recursive: true });
  console.log('access', await fsp.access(p('a.txt')));
  try { await fsp.access(p('d')); } catch (e) { console.log(e.code, e.errno, e.syscall, rel(e.path), rel(e.message)); }
  try { await fsp.readFile(p('missing')); } catch (e) { console.log(e.code, rel(e.message), e instanceof Error); }
  await fsp.copyFile(p('a.txt'), p('b.txt'));
  await fsp.rename(p('b.txt'), p('c.txt'));
  await fsp.symlink(p('c.txt'), p('sl'));
  console.log(rel(await fsp.readlink(p('sl'))), rel(await fsp.realpath(p('sl'))));
  console.log((await fsp.lstat(p('sl'))).isSymbolicLink());
  await fsp.unlink(p('sl'));
  await fsp.truncate(p('c.txt'), 1);
  console.log(await fsp.readFile(p('c.txt'), 'utf8'));
  await fsp.chmod(p('c.txt'), 0o600);
  await fsp.utimes(p('c.txt'), 100, 200);
  console.log((await fsp.stat(p('c.txt'))).mtimeMs, ((await fsp.stat(p('c.txt'))).mode & 0o777).toString(8));
  const st = await fsp.stat(p('c.txt'), { bigint: true });
  console.log(typeof st.size, st.mtimeNs);
  const dh = await fsp.opendir(dir);
  const names = [];
  for await (const ent of dh) names.push(ent.name);
  console.log(names.sort());
  const ac = new AbortController();
  ac.abort();
  try { await fsp.readFile(p('c.txt'), { signal: ac.signal }); } catch (e) { console.log(e.name, e.code); }
  await fsp.cp(p('c.txt'), p('cp.txt'));
  console.log(await fsp.readFile(p('cp.txt'), 'utf8'));
} finally {
  await fsp.rm(dir, { recursive: true, force: true });
}
console.log(fs.existsSync(dir));
