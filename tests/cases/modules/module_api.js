// node:module's public surface and Module instances, as in Node 24.
const Module = require('module');
console.log(Object.keys(Module).sort().join());
console.log(module.constructor === Module, typeof module.require, module.parent, module.isPreloading);
console.log(Module.wrap('x'), Module.wrapper.length, Object.getOwnPropertyDescriptor(Module, 'wrapper').enumerable);
console.log(Module.getSourceMapsSupport());
try {
  require('./fixtures/badjson/bad.json');
} catch (e) {
  console.log(e.name, e.message.replaceAll(__dirname, '<dir>'));
}
const { spawnSync } = require('child_process');
const r = spawnSync(process.execPath, ['-r', './fixtures/_preload_flag.js', '-e', 'console.log("main", module.isPreloading)'], { cwd: __dirname, encoding: 'utf8' });
console.log(r.stdout.trim(), r.status);
