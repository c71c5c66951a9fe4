// fs.realpath (the JS one) resolves against the cwd first: '' is the cwd and
// errors name absolute paths; realpath.native keeps the path as given.
const fs = require('fs');
const { dir, rel } = require('./_tmp');

process.chdir(dir);
fs.mkdirSync('sub');
fs.symlinkSync('sub', 'link');
const show = (label, fn) => {
  try {
    console.log(label, rel(fn()));
  } catch (e) {
    console.log(label, e.code, e.syscall, rel(e.path), rel(e.message));
  }
};
show('empty', () => fs.realpathSync(''));
show('dot', () => fs.realpathSync('.'));
show('link', () => fs.realpathSync('link'));
show('missing', () => fs.realpathSync('nope/x'));
show('missing buffer', () => fs.realpathSync(Buffer.from('./nope')));
show('native missing', () => fs.realpathSync.native('nope/x'));
show('native empty', () => fs.realpathSync.native(''));
fs.realpath('nope', (e) => {
  console.log('callback', e.code, e.syscall, rel(e.path));
  fs.realpath('', (e2, r) => console.log('callback empty', e2, rel(r)));
});
