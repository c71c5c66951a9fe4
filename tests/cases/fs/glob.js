const fs = require('fs');
const { p, dir } = require('./_tmp');

for (const f of ['x.js', 'y.txt', 'a/z.js', 'a/b/w.js', '.h/q.js', '.dot.js']) {
  fs.mkdirSync(p(f).slice(0, p(f).lastIndexOf('/')), { recursive: true });
  fs.writeFileSync(p(f), '');
}
const opts = { cwd: dir };
console.log(fs.globSync('**/*.js', opts).sort());
console.log(fs.globSync('*', opts).sort());
console.log(fs.globSync('**', opts).sort());
console.log(fs.globSync('a/**', opts).sort());
console.log(fs.globSync('{x,y}.*', opts).sort());
console.log(fs.globSync('?.js', opts), fs.globSync('[xy].txt', opts), fs.globSync('.*', opts).sort());
console.log(fs.globSync(dir + '/*.js').map((f) => f.replace(dir, '<tmp>')));
console.log(fs.globSync('*.js', { cwd: p('a') }));
console.log(fs.globSync('**/*.js', { cwd: dir, exclude: ['a/b/**'] }).sort());
console.log(fs.globSync('**/*.js', { cwd: dir, withFileTypes: true }).map((d) => d.name + ' in ' + d.parentPath.replace(dir, '<tmp>')).sort());
console.log(fs.globSync(['x.js', 'y.txt'], opts).sort(), fs.globSync('a/../x.js', opts), fs.globSync('nope/*', opts));
fs.glob('*.txt', opts, (err, r) => {
  console.log('callback', err, r);
  (async () => {
    const out = [];
    for await (const f of fs.promises.glob('**/*.js', opts)) out.push(f);
    console.log('promises', out.sort());
    const d = fs.mkdtempDisposableSync(p('disp-'));
    fs.writeFileSync(d.path + '/f', '');
    d.remove();
    console.log('disposable', fs.existsSync(d.path));
    const d2 = await fs.promises.mkdtempDisposable(p('disp-'));
    await d2.remove();
    console.log('async disposable', fs.existsSync(d2.path));
  })();
});
