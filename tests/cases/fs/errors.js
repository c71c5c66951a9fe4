const fs = require('fs');
const { p, showError } = require('./_tmp');

const tries = {
  open: () => fs.openSync(p('missing/file')),
  readFile: () => fs.readFileSync(p('missing')),
  readDir: () => fs.readFileSync(p('.')),
  stat: () => fs.statSync(p('missing')),
  lstat: () => fs.lstatSync(p('missing')),
  readdir: () => fs.readdirSync(p('missing')),
  mkdir: () => fs.mkdirSync(p('')),
  mkdirNested: () => fs.mkdirSync(p('a/b/c')),
  rmdir: () => fs.rmdirSync(p('missing')),
  unlink: () => fs.unlinkSync(p('missing')),
  rename: () => fs.renameSync(p('missing'), p('other')),
  copyFile: () => fs.copyFileSync(p('missing'), p('other')),
  link: () => fs.linkSync(p('missing'), p('other')),
  readlink: () => fs.readlinkSync(p('missing')),
  access: () => fs.accessSync(p('missing')),
  chmod: () => fs.chmodSync(p('missing'), 0o644),
  utimes: () => fs.utimesSync(p('missing'), 1, 1),
  truncate: () => fs.truncateSync(p('missing')),
  realpath: () => fs.realpathSync(p('missing/x')),
  realpathNative: () => fs.realpathSync.native(p('missing/x')),
  rm: () => fs.rmSync(p('missing')),
  mkdtemp: () => fs.mkdtempSync(p('missing/x-')),
  close: () => fs.closeSync(9999),
  read: () => fs.readSync(9999, Buffer.alloc(4)),
  fstat: () => fs.fstatSync(9999),
  opendir: () => fs.opendirSync(p('missing')),
  statfs: () => fs.statfsSync(p('missing')),
};
for (const [name, fn] of Object.entries(tries)) {
  try {
    fn();
    console.log(name, 'no error');
  } catch (e) {
    showError(name, e);
  }
}
fs.mkdirSync(p('full/sub'), { recursive: true });
try { fs.rmdirSync(p('full')); } catch (e) { showError('notempty', e); }
try { fs.rmSync(p('full')); } catch (e) { showError('eisdir', e); console.log(e.info && e.info.code); }
fs.writeFileSync(p('file'), '');
try { fs.mkdirSync(p('file/sub'), { recursive: true }); } catch (e) { showError('enotdir', e); }
try { fs.mkdirSync(p('file'), { recursive: true }); } catch (e) { showError('eexist', e); }
try { fs.symlinkSync(p('file'), p('file')); } catch (e) { showError('symlink', e); }
console.log('statSync throwIfNoEntry', fs.statSync(p('missing'), { throwIfNoEntry: false }));
console.log('rm force', fs.rmSync(p('missing'), { force: true }));

const bad = [
  () => fs.readFileSync(true),
  () => fs.readFileSync({}),
  () => fs.openSync('a\u0000b'),
  () => fs.openSync(p('file'), 'zz'),
  () => fs.openSync(p('file'), 'r', '8'),
  () => fs.readFile(p('file')),
  () => fs.stat(p('file'), 'not a function'),
  () => fs.readSync('x', Buffer.alloc(1)),
  () => fs.readSync(0, 'str'),
  () => fs.writeFileSync(p('file'), 123),
  () => fs.mkdirSync(p('x'), { recursive: 'yes' }),
  () => fs.readFileSync(p('file'), { encoding: 'nope' }),
  () => fs.symlinkSync('a', p('x'), 'bogus'),
  () => fs.readFileSync(new URL('http://example.com/x')),
  () => fs.rmSync(p('file'), { recursive: 1 }),
];
for (const fn of bad) {
  try {
    fn();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message.split(require('./_tmp').dir).join('<tmp>'));
  }
}
console.log(fs.readFileSync(new URL('file://' + p('file'))).length);
