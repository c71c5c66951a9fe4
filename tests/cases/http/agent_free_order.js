const http = require('http');
const srv = http.createServer((req, res) => res.end('x'));
srv.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const f = (t) => console.log(t, Object.keys(agent.sockets).length, Object.keys(agent.freeSockets).length);
  const req = http.get({ port: srv.address().port, host: '127.0.0.1', agent }, (res) => {
    res.resume();
    res.on('end', () => {
      f('end');
      process.nextTick(() => f('tick'));
      Promise.resolve().then(() => f('micro'));
      setImmediate(() => f('immediate'));
      setTimeout(() => { f('timeout'); agent.destroy(); srv.close(); }, 5);
    });
    res.on('close', () => f('res close'));
  });
  req.on('close', () => f('req close'));
  agent.on('free', () => f('free'));
});
