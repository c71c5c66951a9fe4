// stdout/stderr/stdin options: the worker's output as streams in the parent.
const { Worker } = require('worker_threads');
const w = new Worker(`
process.stdout.write('to stdout\\n');
console.error('to stderr');
let got = '';
process.stdin.on('data', (d) => { got += d; });
process.stdin.on('end', () => console.log('stdin was: ' + got));
`, { eval: true, stdout: true, stderr: true, stdin: true });
let out = '';
let err = '';
w.stdout.on('data', (d) => { out += d; });
w.stderr.on('data', (d) => { err += d; });
w.stdin.write('hello ');
w.stdin.end('worker');
w.on('exit', (code) => {
  setImmediate(() => {
    console.log('exit', code);
    console.log(JSON.stringify(out), JSON.stringify(err));
  });
});
