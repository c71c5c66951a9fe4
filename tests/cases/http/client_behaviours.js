// Agent reuse, chunked uploads, HEAD, 100-continue, refused connections.
const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    res.setHeader('X-Method', req.method);
    res.setHeader('X-TE', String(req.headers['transfer-encoding']));
    res.end(`${req.method} ${req.url} ${body.length}`);
  });
});
server.on('checkContinue', (req, res) => {
  console.log('checkContinue', req.headers.expect);
  res.writeContinue();
  server.emit('request', req, res);
});
function request(opts, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port: server.address().port, ...opts }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (data += d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, data, reused: req.reusedSocket }));
    });
    req.on('error', reject);
    req.on('continue', () => console.log('got continue'));
    if (body) for (const part of body) req.write(part);
    req.end();
  });
}
server.listen(0, async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const a = await request({ path: '/one', agent });
  const b = await request({ path: '/two', agent });
  console.log(a.data, a.reused, b.data, b.reused);
  const c = await request({ method: 'POST', path: '/up', agent }, ['ab', 'cd', 'ef']);
  console.log(c.data, c.headers['x-te']);
  const d = await request({ method: 'HEAD', path: '/head' });
  console.log('HEAD', d.status, JSON.stringify(d.data), d.headers['content-length']);
  const e = await request({ method: 'PUT', path: '/cont', headers: { Expect: '100-continue' } }, ['xyz']);
  console.log(e.data);
  agent.destroy();
  server.close(() => {
    const port = server.address() === null ? 1 : 1;
    http.get({ port, host: '127.0.0.1' }).on('error', (err) => {
      console.log('refused', err.code, err.syscall, err.address, err.port);
    });
  });
});
