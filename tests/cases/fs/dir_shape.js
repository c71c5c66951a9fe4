// fs.Dir keeps its state private: it inspects as `Dir {}`.
const fs = require('fs');
const util = require('util');
const { p, rel } = require('./_tmp');

fs.mkdirSync(p('d'));
fs.writeFileSync(p('d/f'), '');
const dir = fs.opendirSync(p('d'));
console.log(Object.keys(dir), Object.getOwnPropertySymbols(dir), util.inspect(dir));
console.log(util.inspect(dir, { showHidden: true }));
console.log(rel(dir.path), Object.getOwnPropertyNames(Object.getPrototypeOf(dir)).includes('path'));
console.log(dir.readSync().name, dir.readSync());
dir.closeSync();
console.log(util.inspect(dir));
