const a = require('./fixtures/a');
const data = require('./fixtures/data.json');
const pkg = require('pkg');
const ex = require('expkg');
const exSub = require('expkg/feature');
console.log(a.name, a.fromB, data.value, pkg.name, ex.kind, exSub);
console.log(require.resolve('./fixtures/a').replace(__dirname, '.'));
console.log(module.id, require.main === module, typeof require.cache[__filename]);
console.log(require('node:path') === require('path'), typeof require('fs').readFileSync === 'function' || 'fs pending');
try {
  require('./fixtures/missing');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0].replace(__dirname, '.'));
}
try {
  require('expkg/secret');
} catch (e) {
  console.log(e.code);
}
console.log(__filename.endsWith('require_basics.js'), __dirname === require('path').dirname(__filename) || 'path pending');
