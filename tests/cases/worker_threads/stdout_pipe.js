const { Worker } = require('worker_threads');
const w = new Worker(`console.log('from worker'); console.error('err from worker'); process.stdout.write('partial ');`, { eval: true });
let seen = '';
w.stdout.on('data', (d) => (seen += d));
w.on('exit', (code) => {
  console.log('exit', code, JSON.stringify(seen));
  const w2 = new Worker(`console.log('captured only')`, { eval: true, stdout: true });
  let got = '';
  w2.stdout.on('data', (d) => (got += d));
  w2.on('exit', () => console.log('w2', JSON.stringify(got)));
});
