// The agent reads the server's Keep-Alive: timeout=N hint: timeout=0 means
// the socket is not pooled; otherwise the pooled socket's idle timeout is
// min(agent timeout, N s - 1 s). A custom keepSocketAlive is consulted.
const http = require('http');
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, async () => {
  const port = server.address().port;
  const once = (agent) => new Promise((resolve) => {
    http.get({ port, agent }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(() => {
        const free = Object.values(agent.freeSockets).flat();
        resolve({ hint: res.headers['keep-alive'], pooled: free.length, timeout: free[0]?.timeout });
      }));
    });
  });
  server.keepAliveTimeout = 500;
  console.log('timeout=0 hint', await once(new http.Agent({ keepAlive: true })));
  server.keepAliveTimeout = 5000;
  const a1 = new http.Agent({ keepAlive: true });
  console.log('no agent timeout', await once(a1));
  const a2 = new http.Agent({ keepAlive: true, timeout: 10000 });
  console.log('agent timeout 10s', await once(a2));
  const a3 = new http.Agent({ keepAlive: true, timeout: 1000 });
  console.log('agent timeout 1s', await once(a3));
  const a4 = new http.Agent({ keepAlive: true });
  a4.keepSocketAlive = (socket) => { console.log('custom keepSocketAlive', typeof socket.setKeepAlive); return false; };
  console.log('custom', await once(a4));
  console.log('global agent', await once(http.globalAgent));
  for (const a of [a1, a2, a3, a4, http.globalAgent]) a.destroy();
  server.close(() => console.log('closed'));
});
