// A worker whose file does not exist: 'error' (MODULE_NOT_FOUND), then exit 1.
const { Worker } = require('worker_threads');
const w = new Worker('./does-not-exist.js');
w.on('error', (e) => console.log('error', e.code, e.message.split('\n')[0].replace(__dirname, '.')));
w.on('exit', (c) => {
  console.log('exit', c);
  const w2 = new Worker('./does-not-exist.mjs');
  w2.on('error', (e) => console.log('error2', e.code, e.message.split('\n')[0]));
  w2.on('exit', (c) => console.log('exit2', c));
});
