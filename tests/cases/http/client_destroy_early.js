// A request destroyed before it has a socket: 'socket hang up' unless it was
// aborted, the caller's own error otherwise; a queued request taking a freed
// socket is not marked reusedSocket.
const http = require('http');
const log = (...a) => console.log(...a);
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, async () => {
  const port = server.address().port;
  for (const [name, act] of [
    ['destroy()', (r) => r.destroy()],
    ['destroy(err)', (r) => r.destroy(new Error('early'))],
    ['abort()', (r) => r.abort()],
  ]) {
    const pooled = new http.Agent({ keepAlive: true });
    for (const agent of [undefined, false, pooled]) {
      await new Promise((resolve) => {
        const r = http.get({ port, path: '/', agent });
        r.on('error', (e) => log(name, 'error', e.code, e.message));
        r.on('abort', () => log(name, 'abort event'));
        r.on('response', () => log(name, 'unexpected response'));
        r.on('close', () => { log(name, 'close', r.destroyed); setImmediate(resolve); });
        act(r);
      });
    }
    pooled.destroy();
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let n = 0;
  for (let i = 0; i < 3; i++) {
    const r = http.get({ port, path: '/' + i, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        log('queued', i, 'reusedSocket', r.reusedSocket);
        if (++n === 3) {
          setImmediate(() => {
            const r2 = http.get({ port, path: '/again', agent }, (res) => {
              res.resume();
              res.on('end', () => { log('idle socket reused', r2.reusedSocket); agent.destroy(); http.globalAgent.destroy(); server.close(); });
            });
          });
        }
      });
    });
  }
});
