const fs = require('fs');
const { p, showError } = require('./_tmp');

const steps = [
  (next) => fs.writeFile(p('a.txt'), 'abc', (err) => { console.log('writeFile', err); next(); }),
  (next) => fs.appendFile(p('a.txt'), 'def', (err) => { console.log('appendFile', err); next(); }),
  (next) => fs.readFile(p('a.txt'), 'utf8', (err, s) => { console.log('readFile', err, s); next(); }),
  (next) => fs.readFile(p('a.txt'), (err, b) => { console.log('readFile buf', err, Buffer.isBuffer(b), b.length); next(); }),
  (next) => fs.readFile(p('missing'), (err, b) => { showError('readFile missing', err); console.log(b); next(); }),
  (next) => fs.stat(p('a.txt'), (err, st) => { console.log('stat', err, st.isFile(), st.size, st instanceof fs.Stats); next(); }),
  (next) => fs.lstat(p('missing'), (err) => { showError('lstat', err); next(); }),
  (next) => fs.mkdir(p('d/e'), { recursive: true }, (err, first) => { console.log('mkdir', err, first && first.endsWith('/d')); next(); }),
  (next) => fs.readdir(p(''), (err, names) => { console.log('readdir', err, names.sort()); next(); }),
  (next) => fs.readdir(p(''), { withFileTypes: true }, (err, ents) => {
    console.log('readdir types', err, ents.map((e) => `${e.name}:${e.isFile() ? 'f' : 'd'}`).sort());
    next();
  }),
  (next) => fs.rename(p('a.txt'), p('b.txt'), (err) => { console.log('rename', err); next(); }),
  (next) => fs.copyFile(p('b.txt'), p('c.txt'), (err) => { console.log('copyFile', err); next(); }),
  (next) => fs.access(p('c.txt'), (err) => { console.log('access', err); next(); }),
  (next) => fs.access(p('nope'), fs.constants.R_OK, (err) => { showError('access missing', err); next(); }),
  (next) => fs.exists(p('c.txt'), (ok) => { console.log('exists', ok); next(); }),
  (next) => fs.exists(p('nope'), (ok) => { console.log('exists missing', ok); next(); }),
  (next) => fs.symlink(p('c.txt'), p('l'), (err) => { console.log('symlink', err); next(); }),
  (next) => fs.readlink(p('l'), (err, t) => { console.log('readlink', err, t === p('c.txt')); next(); }),
  (next) => fs.realpath(p('l'), (err, t) => { console.log('realpath', err, t.endsWith('/c.txt')); next(); }),
  (next) => fs.truncate(p('c.txt'), 2, (err) => { console.log('truncate', err, fs.readFileSync(p('c.txt'), 'utf8')); next(); }),
  (next) => fs.chmod(p('c.txt'), 0o640, (err) => { console.log('chmod', err, (fs.statSync(p('c.txt')).mode & 0o777).toString(8)); next(); }),
  (next) => fs.utimes(p('c.txt'), 5, 6, (err) => { console.log('utimes', err, fs.statSync(p('c.txt')).mtimeMs); next(); }),
  (next) => fs.unlink(p('l'), (err) => { console.log('unlink', err); next(); }),
  (next) => fs.mkdtemp(p('t-'), (err, d) => { console.log('mkdtemp', err, d.length === p('t-').length + 6); next(); }),
  (next) => fs.rm(p('d'), (err) => { console.log('rm dir', err.code); next(); }),
  (next) => fs.rm(p('d'), { recursive: true }, (err) => { console.log('rm recursive', err, fs.existsSync(p('d'))); next(); }),
  (next) => fs.rm(p('nope'), { force: true }, (err) => { console.log('rm force', err); next(); }),
  (next) => fs.rmdir(p('nope'), (err) => { showError('rmdir', err); next(); }),
  (next) => fs.open(p('c.txt'), 'r', (err, fd) => {
    console.log('open', err, typeof fd);
    fs.fstat(fd, (err2, st) => {
      console.log('fstat', err2, st.size);
      fs.close(fd, (err3) => { console.log('close', err3); next(); });
    });
  }),
];

let i = 0;
function next() {
  const step = steps[i++];
  if (step) step(next);
  else console.log('done');
}
next();
console.log('sync part over');
