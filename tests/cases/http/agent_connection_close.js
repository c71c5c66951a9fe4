// Connection: close from the caller, agent queueing under maxTotalSockets;
// shouldKeepAlive turns false when the server answers 'close'.
const http = require('http');
let conns = 0;
const server = http.createServer((req, res) => { res.end(req.headers.connection); });
server.on('connection', () => conns++);
server.listen(0, async () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxTotalSockets: 1 });
  for (const headers of [{ Connection: 'close' }, {}, {}]) {
    await new Promise((resolve) => {
      const r = http.get({ port, agent, headers }, (res) => {
        let d = ''; res.on('data', (c) => d += c);
        res.on('end', () => { console.log('sent', d, 'res conn', res.headers.connection, 'shouldKeepAlive', r.shouldKeepAlive, 'reused', r.reusedSocket, 'conns', conns); setImmediate(resolve); });
      });
      r.setNoDelay(true);
      r.setSocketKeepAlive(true, 1000);
    });
  }
  const r1 = http.get({ port, agent, path: '/a' }, (res) => { res.resume(); res.on('end', () => console.log('a done')); });
  const r2 = http.get({ port, agent, path: '/b' }, (res) => { res.resume(); res.on('end', () => { console.log('b done', 'conns', conns); agent.destroy(); server.close(); }); });
  console.log('queued', Object.values(agent.requests).flat().length);
});
