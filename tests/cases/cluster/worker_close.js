// A worker's server.close() takes it out of round-robin: later requests
// all reach the other worker; setupPrimary's silent/execArgv options.
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_RR;
  cluster.setupPrimary({ silent: true, execArgv: ['--no-warnings'] });
  const w1 = cluster.fork();
  const w2 = cluster.fork();
  let port;
  let listening = 0;
  cluster.on('listening', (w, address) => {
    port = address.port;
    if (++listening === 2) w1.send('close');
  });
  w1.on('message', async (m) => {
    console.log('worker 1 says', m);
    const served = [];
    for (let i = 0; i < 6; i++) {
      served.push(await new Promise((resolve) => {
        http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve(body));
        });
      }));
    }
    console.log('served by', served.join(' '));
    console.log('silent stdout is a stream:', typeof w2.process.stdout.on);
    cluster.disconnect(() => console.log('disconnected'));
  });
} else {
  const server = http.createServer((req, res) => res.end(`w${cluster.worker.id}`));
  server.listen(0);
  process.on('message', (m) => {
    if (m === 'close') server.close(() => {});
    process.send(`closed (execArgv ${process.execArgv.join(' ')})`);
  });
}
