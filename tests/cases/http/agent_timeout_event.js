// An agent's timeout reaches its requests as 'timeout' events (nothing is
// destroyed); a reused socket keeps it; a pooled socket's listener is gone.
const http = require('http');
const server = http.createServer((req, res) => setTimeout(() => res.end('slow ' + req.url), 150));
server.listen(0, () => {
  const agent = new http.Agent({ keepAlive: true, timeout: 60 });
  const port = server.address().port;
  const go = (path, cb) => {
    const r = http.get({ port, agent, path }, (res) => {
      let d = ''; res.on('data', (c) => d += c);
      res.on('end', () => { console.log(path, 'body', d, 'reused', r.reusedSocket); cb(r); });
    });
    let n = 0;
    r.on('timeout', () => { if (++n === 1) console.log(path, 'timeout event, destroyed?', r.destroyed); });
  };
  go('/1', (r1) => setImmediate(() => go('/2', () => {
    const free = Object.values(agent.freeSockets).flat();
    console.log('pooled timeout listeners', free.length, free[0] && free[0].listenerCount('timeout'));
    agent.destroy(); server.close();
  })));
});
