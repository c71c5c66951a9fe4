const http = require('http');
const server = http.createServer((req, res) => { res.end('hi'); });
server.listen(0, async () => {
  const port = server.address().port;
  for (const agent of [new http.Agent({ keepAlive: true }), new http.Agent(), false, undefined]) {
    await new Promise((resolve) => {
      const req = http.get({ port, agent, path: '/' }, (res) => {
        console.log('response: res.socket', res.socket === req.socket, !!req.socket, res.connection === res.socket);
        res.on('data', () => console.log('data: res.socket', res.socket === null ? 'null' : typeof res.socket));
        res.on('end', () => console.log('end: res.socket', res.socket === null ? 'null' : typeof res.socket, 'req.socket', req.socket === null ? 'null' : typeof req.socket, req.destroyed, res.destroyed, res.complete));
        res.on('close', () => { console.log('res close', res.socket === null ? 'null' : typeof res.socket, req.destroyed, res.destroyed); });
        req.on('close', () => { console.log('req close', req.socket === null ? 'null' : typeof req.socket, req.destroyed, req.finished); setImmediate(resolve); });
        req.on('finish', () => console.log('req finish'));
      });
      req.on('socket', (s) => console.log('socket event', s.connecting));
    });
    if (agent) agent.destroy();
  }
  server.close();
});
