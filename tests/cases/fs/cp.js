const fs = require('fs');
const { dir } = require('./_tmp');

process.chdir(dir);
fs.mkdirSync('src/sub', { recursive: true });
fs.writeFileSync('src/a.txt', 'a');
fs.writeFileSync('src/sub/b.txt', 'b');
fs.symlinkSync('a.txt', 'src/link');

const show = (label, f) => {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, Object.keys(e), e.code, e.message.split(dir).join('<tmp>'), e.errno, e.syscall);
  }
};
show('parent created', () => fs.cpSync('src/a.txt', 'x/y/a.txt'));
console.log(fs.readFileSync('x/y/a.txt', 'utf8'));
show('dir no recursive', () => fs.cpSync('src', 'dst'));
show('recursive', () => fs.cpSync('src', 'dst', { recursive: true }));
console.log(fs.readdirSync('dst').sort(), fs.lstatSync('dst/link').isSymbolicLink(), fs.readlinkSync('dst/link').split(dir).join('<tmp>'));
show('errorOnExist', () => fs.cpSync('src/a.txt', 'dst/a.txt', { force: false, errorOnExist: true }));
show('no force', () => fs.cpSync('src/a.txt', 'dst/a.txt', { force: false }));
show('into self', () => fs.cpSync('src', 'src/sub/inner', { recursive: true }));
show('same', () => fs.cpSync('src', 'src', { recursive: true }));
show('missing', () => fs.cpSync('nope', 'dst2'));
show('filter', () => fs.cpSync('src', 'dst3', { recursive: true, filter: (s) => !s.endsWith('b.txt') }));
console.log(fs.readdirSync('dst3/sub'));
show('file onto dir', () => fs.cpSync('src/a.txt', 'dst'));
show('dir onto file', () => fs.cpSync('src', 'src/a.txt', { recursive: true }));
fs.cp('src', 'dst4', { recursive: true }, (e) => {
  console.log('callback', e, fs.readdirSync('dst4').sort());
  fs.promises.cp('src', 'dst5', { recursive: true }).then(() => console.log('promise', fs.readdirSync('dst5').sort()));
});
