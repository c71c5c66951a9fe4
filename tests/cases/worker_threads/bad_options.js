// Errors for bad Worker arguments.
const { Worker } = require('worker_threads');
const attempts = [
  () => new Worker('x.js'),
  () => new Worker('file:///x.js'),
  () => new Worker(5),
  () => new Worker('./x.js', { execArgv: ['--foo'] }),
  () => new Worker('./x.js', { env: 5 }),
  () => new Worker('./x.js', { argv: 5 }),
  () => new Worker('./x.js', { execArgv: 5 }),
  () => new Worker('./x.js', { name: 5 }),
];
for (const f of attempts) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
