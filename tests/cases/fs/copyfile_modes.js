// copyFile modes: EXCL, FICLONE (falls back to a copy), FICLONE_FORCE
// (a reflink or an error that leaves no destination behind).
const fs = require('fs');
const { p, rel } = require('./_tmp');
const { COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE } = fs.constants;

console.log(COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE);
fs.writeFileSync(p('src'), 'content');
fs.chmodSync(p('src'), 0o640);
fs.copyFileSync(p('src'), p('clone'), COPYFILE_FICLONE);
console.log('ficlone', fs.readFileSync(p('clone'), 'utf8'), (fs.statSync(p('clone')).mode & 0o777).toString(8));
try {
  fs.copyFileSync(p('src'), p('clone'), COPYFILE_EXCL | COPYFILE_FICLONE);
} catch (e) {
  console.log('excl', e.code, e.syscall, rel(e.path), rel(e.dest), rel(e.message));
}
let forced;
try {
  fs.copyFileSync(p('src'), p('forced'), COPYFILE_FICLONE_FORCE);
  forced = fs.readFileSync(p('forced'), 'utf8') === 'content';
} catch (e) {
  forced = e.syscall === 'copyfile' && !fs.existsSync(p('forced'));
}
console.log('ficlone force consistent', forced);
for (const mode of [8, -1, 1.5, 7.9, -0.5, NaN, Infinity, 2 ** 31, true, '1']) {
  try {
    fs.copyFileSync(p('src'), p('x'), mode);
  } catch (e) {
    console.log('mode', mode, e.code, rel(e.message));
  }
}
fs.copyFile(p('src'), p('cb'), COPYFILE_FICLONE, (e) => {
  console.log('callback', e, fs.readFileSync(p('cb'), 'utf8'));
  fs.promises.copyFile(p('src'), p('cb'), COPYFILE_EXCL).catch((e2) => console.log('promise', e2.code));
});
