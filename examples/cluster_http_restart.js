// The seeds' cluster pattern made testable: a primary forks N workers that
// all listen on one port (PORT, default 8000), answers with the worker's
// pid, and forks a replacement whenever a worker exits.
const cluster = require('cluster');
const http = require('http');
const os = require('os');

const PORT = Number(process.env.PORT || 8000);
const WORKERS = Number(process.env.WORKERS || os.cpus().length);

if (cluster.isPrimary) {
  // Interop tests run the workers on another runtime (node under a host
  // primary, or the other way round).
  if (process.env.WORKER_EXEC_PATH) process.execPath = process.env.WORKER_EXEC_PATH;
  console.log(`primary ${process.pid} forking ${WORKERS} workers`);
  for (let i = 0; i < WORKERS; i++) cluster.fork();
  cluster.on('online', (worker) => console.log(`worker ${worker.process.pid} is online`));
  cluster.on('listening', (worker, address) => console.log(`worker ${worker.process.pid} listening on ${address.port}`));
  cluster.on('exit', (worker, code, signal) => {
    console.log(`worker ${worker.process.pid} exited with code: ${code} and signal: ${signal}`);
    if (!process.exitCode) cluster.fork();
  });
  process.on('SIGTERM', () => {
    process.exitCode = 1;
    for (const id in cluster.workers) cluster.workers[id].process.kill();
    process.exit(0);
  });
} else {
  http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(`${process.pid}\n`);
  }).listen(PORT);
}
