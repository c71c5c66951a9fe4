// realpath errors: the JS walk names the component whose lstat/stat fails;
// realpath.native reports realpath on the whole path.
const fs = require('fs');
const { p, rel } = require('./_tmp');

const t = (label, fn) => {
  try {
    console.log(label, rel(fn()));
  } catch (e) {
    console.log(label, e.code, e.errno, e.syscall, rel(e.path), rel(e.message));
  }
};
fs.symlinkSync('l2', p('l1'));
fs.symlinkSync('l1', p('l2'));
fs.symlinkSync('nowhere', p('dang'));
fs.writeFileSync(p('f'), '');
fs.mkdirSync(p('d'));
fs.symlinkSync('../dang', p('d/inner'));
fs.symlinkSync('../f', p('d/good'));
for (const x of ['l1', 'l1/x', 'dang', 'dang/x', 'f/x', 'f/', 'd/inner', 'd/inner/y', 'nope/x', 'd/good', 'd/good/z']) {
  t('js ' + x, () => fs.realpathSync(p(x)));
  t('native ' + x, () => fs.realpathSync.native(p(x)));
}
fs.realpath(p('l1'), (e) => {
  console.log('callback', e.code, e.syscall, rel(e.path));
  fs.promises.realpath(p('l1')).catch((e2) => console.log('promise', e2.code, e2.syscall, rel(e2.path)));
});
