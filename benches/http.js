// HTTP/1.1 server throughput with keep-alive clients in the same process:
// prints requests/s. Run by benches/run.py under host and node.
const http = require('http');

const DURATION_MS = Number(process.env.BENCH_MS || 3000);
const CONNECTIONS = 32;

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('hello world');
});

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const port = server.address().port;
  let done = 0;
  let inFlight = 0;
  let running = true;
  let finish = null;
  const start = process.hrtime.bigint();
  function loop() {
    if (!running) {
      if (inFlight === 0 && finish) finish();
      return;
    }
    inFlight++;
    http.get({ port, host: '127.0.0.1', path: '/', agent }, (res) => {
      res.resume();
      res.on('end', () => {
        inFlight--;
        done++;
        loop();
      });
    });
  }
  for (let i = 0; i < CONNECTIONS; i++) loop();
  setTimeout(() => {
    running = false;
    const secs = Number(process.hrtime.bigint() - start) / 1e9;
    const rate = done / secs;
    finish = () => {
      finish = null;
      console.log(JSON.stringify({ name: 'http: keep-alive GET, server+client in one process', value: rate, unit: 'req/s', better: 'higher' }));
      agent.destroy();
      server.close();
    };
  }, DURATION_MS);
});
