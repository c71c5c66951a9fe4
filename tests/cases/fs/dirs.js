const fs = require('fs');
const { p, rel } = require('./_tmp');

console.log('mkdir recursive', rel(fs.mkdirSync(p('a/b/c'), { recursive: true })));
console.log('again', fs.mkdirSync(p('a/b/c'), { recursive: true }));
console.log('partial', rel(fs.mkdirSync(p('a/b/x/y'), { recursive: true })));
console.log('plain', fs.mkdirSync(p('plain')));
fs.writeFileSync(p('a/f1'), '1');
fs.writeFileSync(p('a/b/f2'), '22');
fs.symlinkSync(p('a/f1'), p('a/sl'));

console.log(fs.readdirSync(p('a')).sort());
const ents = fs.readdirSync(p('a'), { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
for (const e of ents) {
  console.log(e.name, rel(e.parentPath), e.isFile(), e.isDirectory(), e.isSymbolicLink(), e instanceof fs.Dirent);
}
console.log(fs.readdirSync(p('a'), { recursive: true }).sort());
console.log(fs.readdirSync(p('a'), { recursive: true, withFileTypes: true }).map((e) => rel(e.parentPath) + ' ' + e.name).sort());
console.log(fs.readdirSync(p('a'), 'buffer').map((b) => Buffer.isBuffer(b)));

const dir = fs.opendirSync(p('a'));
console.log('dir path', rel(dir.path));
const seen = [];
let ent;
while ((ent = dir.readSync()) !== null) seen.push(ent.name + (ent.isDirectory() ? '/' : ''));
console.log(seen.sort());
dir.closeSync();
try { dir.closeSync(); } catch (e) { console.log(e.code, e.message); }

fs.rmSync(p('a/b'), { recursive: true });
console.log('after rm', fs.readdirSync(p('a')).sort());
fs.rmdirSync(p('plain'));
console.log('rmdir', fs.existsSync(p('plain')));

fs.opendir(p('a'), async (err, d) => {
  console.log('opendir cb', err);
  const names = [];
  for await (const e of d) names.push(e.name);
  console.log(names.sort());
  try { d.read(() => {}); } catch (e) { console.log('read after close', e.code); }
});
