// The error a parent gets for a worker's uncaught exception: an eval'd
// worker's stack starts with the throw site, as Node prints it.
const { Worker } = require('worker_threads');
const first = (stack) => stack.split('\n').slice(0, 5).join('\n');
const w = new Worker(`
const x = 1;
  throw new RangeError('r');
`, { eval: true });
w.on('error', (e) => {
  console.log(first(e.stack));
  const w2 = new Worker(`Promise.reject(new Error('rejected'))`, { eval: true });
  w2.on('error', (e2) => {
    console.log(first(e2.stack).split('\n').slice(0, 2).join('\n'));
    const w3 = new Worker('function f() {\n  null.x;\n}\nf();\n', { eval: true });
    w3.on('error', (e3) => console.log(first(e3.stack).split('\n').slice(0, 6).join('\n')));
  });
});
