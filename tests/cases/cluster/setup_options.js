// setupPrimary's serialization and cwd reach the workers; messages carry
// Maps and BigInts with 'advanced'.
const cluster = require('cluster');
const os = require('os');

if (cluster.isPrimary) {
  cluster.setupPrimary({ serialization: 'advanced', cwd: os.tmpdir() });
  const worker = cluster.fork();
  worker.on('message', (m) => {
    console.log('from worker', m instanceof Map, m.get('n'), m.get('cwd') === os.tmpdir());
    worker.send(new Set([1, 2n]));
  });
  worker.on('exit', (code) => console.log('worker exit', code, worker.exitedAfterDisconnect));
} else {
  process.send(new Map([['n', 42n], ['cwd', process.cwd()]]));
  process.on('message', (s) => {
    console.log('worker got', s instanceof Set, [...s].map(String).join());
    cluster.worker.disconnect();
  });
}
