// readdir (sync, callback, promise) lists names in byte order.
const fs = require('fs');
const { p } = require('./_tmp');

fs.mkdirSync(p('d'));
for (const name of ['zeta', 'Alpha', 'beta', '_under', '10', '9', 'a.b', 'a', 'B']) {
  fs.writeFileSync(p('d/' + name), '');
}
fs.mkdirSync(p('d/sub'));
fs.writeFileSync(p('d/sub/y'), '');
fs.writeFileSync(p('d/sub/x'), '');
console.log(fs.readdirSync(p('d')));
console.log(fs.readdirSync(p('d'), { withFileTypes: true }).map((e) => `${e.name}:${e.isDirectory()}`).join(' '));
console.log(fs.readdirSync(p('d'), { encoding: 'buffer' }).map(String).join(' '));
fs.readdir(p('d'), (err, names) => {
  console.log('callback', err, names.join(' '));
  fs.promises.readdir(p('d'), { withFileTypes: true }).then((ents) => {
    console.log('promise', ents.map((e) => e.name).join(' '));
  });
});
