// TCP throughput and ping-pong latency over 127.0.0.1 within one process.
const net = require('net');

const TOTAL = 256 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 97);

function throughput() {
  return new Promise((resolve) => {
    const server = net.createServer((sock) => {
      let got = 0;
      sock.on('data', (d) => {
        got += d.length;
        if (got >= TOTAL) sock.end();
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      const start = process.hrtime.bigint();
      let sent = 0;
      function pump() {
        while (sent < TOTAL) {
          sent += chunk.length;
          if (!c.write(chunk)) return c.once('drain', pump);
        }
      }
      c.on('connect', pump);
      c.on('end', () => {
        const secs = Number(process.hrtime.bigint() - start) / 1e9;
        console.log(JSON.stringify({ name: 'net: 256 MiB one way over TCP', value: TOTAL / secs / (1 << 20), unit: 'MiB/s', better: 'higher' }));
        c.destroy();
        server.close(resolve);
      });
    });
  });
}

function pingpong(rounds = 20000) {
  return new Promise((resolve) => {
    const server = net.createServer((sock) => sock.on('data', (d) => sock.write(d)));
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let n = 0;
      let start;
      c.on('connect', () => {
        start = process.hrtime.bigint();
        c.write('x');
      });
      c.on('data', () => {
        if (++n === rounds) {
          const us = Number(process.hrtime.bigint() - start) / 1e3 / rounds;
          console.log(JSON.stringify({ name: 'net: 1-byte ping-pong round trip', value: us, unit: 'us', better: 'lower' }));
          c.destroy();
          server.close(resolve);
        } else c.write('x');
      });
    });
  });
}

throughput().then(pingpong);
