// A port the primary already holds: the worker's listen fails with Node's
// bind error, and the worker can report it.
const cluster = require('cluster');
const net = require('net');

if (cluster.isPrimary) {
  const blocker = net.createServer();
  blocker.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
    const port = blocker.address().port;
    const worker = cluster.fork({ BLOCKED_PORT: String(port) });
    worker.on('message', (m) => {
      console.log('worker says', m.code, m.syscall, m.message.replace(String(port), 'PORT'));
      worker.kill();
      blocker.close();
    });
    worker.on('exit', (code, signal) => console.log('exit', code, signal));
  });
} else {
  const server = net.createServer();
  server.on('error', (e) => process.send({ code: e.code, syscall: e.syscall, message: e.message }));
  server.listen(Number(process.env.BLOCKED_PORT), '127.0.0.1');
  // Stay alive until the primary's kill() arrives (exit by SIGTERM).
  setInterval(() => {}, 1000);
}
