// fs.glob: extglobs, a trailing "/" for directories only, and
// withFileTypes entries answered from lstat (DirentFromStats).
const fs = require('fs');
const { dir } = require('./_tmp');

process.chdir(dir);
for (const f of ['a.js', 'b.ts', 'ab.js', 'c.d.ts', 'src/c.js', 'src/d/e.js', 'src/d/f.md', 'src/index.js', '.hidden.js']) {
  fs.mkdirSync(require('path').dirname(f), { recursive: true });
  fs.writeFileSync(f, '');
}
fs.symlinkSync('src', 'lnk');
fs.symlinkSync('a.js', 'alink');
const g = (pat, o) => console.log(JSON.stringify(pat), fs.globSync(pat, o).sort());
g('+(a|b).*');
g('@(a|b).js');
g('*.+(js|ts)');
g('!(a).js');
g('!(*.d).ts');
g('src/**/!(index).js');
g('?(a)b.js');
g('*/');
g('src/*/');
g('**/');
g('*/', { cwd: 'src' });
const ents = fs.globSync('*', { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
for (const d of ents) {
  console.log(d.constructor.name, d.name, d.parentPath, d.isFile(), d.isDirectory(), d.isSymbolicLink(), Object.keys(d));
}
