const http = require('http');
const srv = http.createServer({ keepAliveTimeout: 100 }, (req, res) => {
  console.log('server req', req.method, req.url, req.headers.authorization, typeof req.headers.host);
  if (req.url === '/slow') { setTimeout(() => res.end('slow'), 300); return; }
  if (req.url === '/info') { res.writeProcessing(); res.writeHead(200, { 'x-a': 'b' }); res.end('i'); return; }
  res.setHeader('X-Url', req.url);
  req.resume();
  req.on('end', () => res.end('body:' + req.url));
});
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const get = (opts, body) => new Promise((resolve) => {
    const req = http.request(opts, (res) => {
      console.log('response', res.statusCode, res.statusMessage, res.httpVersion, JSON.stringify(res.headers).replace(/"date":"[^"]*"/, 'D'), res.rawHeaders.length);
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (d) => b += d);
      res.on('end', () => { console.log('body', b, res.complete); });
      res.on('close', () => { console.log('res close'); resolve(); });
    });
    req.on('socket', (s) => console.log('socket event', s.constructor.name));
    req.on('information', (i) => console.log('information', i.statusCode, i.statusMessage));
    req.on('finish', () => console.log('req finish'));
    req.on('close', () => console.log('req close'));
    req.on('error', (e) => { console.log('req error', e.code, e.message); resolve(); });
    if (body) req.write(body);
    req.end();
  });
  await get(`http://127.0.0.1:${port}/a?x=1`);
  await get({ port, host: '127.0.0.1', path: '/b', method: 'POST', auth: 'u:p', headers: { 'content-type': 'x' } }, 'data');
  await get(new URL(`http://u:p@127.0.0.1:${port}/c`));
  await get({ port, host: '127.0.0.1', path: '/info' });
  await get({ port, host: '127.0.0.1', path: '/slow', timeout: 50 });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const ports = [];
  await Promise.all([1, 2, 3].map((i) => new Promise((r) => http.get({ port, host: '127.0.0.1', path: '/k' + i, agent }, (res) => { ports.push(res.socket.localPort); res.resume(); res.on('end', r); }))));
  console.log('reused', new Set(ports).size);
  agent.destroy();
  try { http.request({ port, path: '/a b' }); } catch (e) { console.log(e.code, e.message); }
  try { http.request({ port, method: 'BAD METHOD' }); } catch (e) { console.log(e.code, e.message); }
  try { http.request({ port, headers: { 'x': 'a\nb' } }); } catch (e) { console.log(e.code, e.message); }
  const r = http.get({ port: 1, host: '127.0.0.1' });
  r.on('error', (e) => console.log('refused', e.code, e.message));
  await new Promise((res) => r.on('close', res));
  const r2 = http.get({ port, host: '127.0.0.1', path: '/slow' });
  r2.on('error', (e) => console.log('r2 error', e.code, e.message));
  r2.on('close', () => console.log('r2 close'));
  setTimeout(() => r2.destroy(), 50);
  await new Promise((res) => r2.on('close', res));
  srv.close(() => console.log('server closed'));
});
