const http = require('http');
const slog = [];
let n = 0;
const srv = http.createServer((req, res) => {
  n++;
  if (req.url === '/hangup') { req.socket.destroy(); return; }
  if (req.url === '/partial') { res.writeHead(200, { 'content-length': 10 }); res.write('abc'); setTimeout(() => res.destroy(), 30); return; }
  if (req.url === '/upload') {
    req.on('aborted', () => slog.push(['server req aborted', req.aborted, req.complete]));
    req.on('error', (e) => slog.push(['server req error', e.code, e.message]));
    req.on('close', () => slog.push(['server req close', req.aborted, req.complete]));
    res.on('close', () => slog.push(['server res close', res.writableFinished]));
    return;
  }
  res.end('x');
});
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const ev = (req, tag) => {
    for (const e of ['socket', 'response', 'finish', 'close', 'abort', 'timeout']) req.on(e, () => console.log(tag, 'req', e));
    req.on('error', (e) => console.log(tag, 'req error', e.code, e.message));
  };
  await new Promise((r) => { const q = http.get({ port, host: '127.0.0.1', path: '/hangup', agent: false }); ev(q, 'A'); q.on('close', r); });
  await new Promise((r) => {
    const q = http.get({ port, host: '127.0.0.1', path: '/partial', agent: false }, (res) => {
      res.on('data', (d) => console.log('B data', d.toString()));
      res.on('aborted', () => console.log('B res aborted', res.aborted, res.complete));
      res.on('error', (e) => console.log('B res error', e.code, e.message));
      res.on('end', () => console.log('B res end'));
      res.on('close', () => console.log('B res close'));
    });
    ev(q, 'B'); q.on('close', r);
  });
  await new Promise((r) => {
    const q = http.request({ port, host: '127.0.0.1', path: '/upload', method: 'POST', agent: false });
    ev(q, 'C');
    q.write('some');
    setTimeout(() => q.destroy(), 50);
    q.on('close', () => setTimeout(r, 50));
  });
  await new Promise((r) => {
    const q = http.get({ port, host: '127.0.0.1', path: '/x', agent: false });
    ev(q, 'D');
    q.abort();
    console.log('D aborted', q.aborted, q.destroyed);
    q.on('close', r);
  });
  await new Promise((r) => {
    const q = http.get({ port, host: '127.0.0.1', path: '/upload', timeout: 50, agent: false });
    ev(q, 'E');
    q.on('timeout', () => q.destroy());
    q.on('close', () => setTimeout(r, 50));
  });
  srv.close(() => { console.log('closed', n); for (const l of slog) console.log(...l); });
});
