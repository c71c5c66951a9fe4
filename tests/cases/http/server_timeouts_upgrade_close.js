const http = require('http');
const net = require('net');
function raw(port, data, cb, keep) {
  const c = net.connect(port, '127.0.0.1');
  let out = '';
  c.on('data', (d) => { out += d; });
  c.on('close', () => cb(out.replace(/Date: .*\r\n/g, 'Date: X\r\n').replace(/\r\n/g, '|')));
  c.write(data);
  return c;
}
const srv = http.createServer({ requestTimeout: 200, headersTimeout: 150, connectionsCheckingInterval: 50 }, (req, res) => {
  console.log('request', req.url);
  res.end('ok');
});
srv.on('checkContinue', (req, res) => { console.log('checkContinue', req.headers.expect); res.writeContinue(); req.on('data', (d) => console.log('cont body', d.toString())); req.on('end', () => res.end('done')); });
srv.on('upgrade', (req, socket, head) => { console.log('upgrade', req.headers.upgrade, JSON.stringify(head.toString())); socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nhi'); });
srv.on('connect', (req, socket, head) => { console.log('connect', req.url, JSON.stringify(head.toString())); socket.end('HTTP/1.1 200 Connection Established\r\n\r\n'); });
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const run = (d) => new Promise((r) => raw(port, d, (o) => { console.log(JSON.stringify(d.slice(0, 24)), '=>', o); r(); }));
  await run('POST /c HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc');
  await run('GET /u HTTP/1.1\r\nHost: x\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nEXTRA');
  await run('CONNECT a:1 HTTP/1.1\r\nHost: a:1\r\n\r\nXX');
  await run('GET /partial HTTP/1.1\r\nHost: x\r\n');
  // server.close with an idle keep-alive connection and an active one
  const idle = raw(port, 'GET /idle HTTP/1.1\r\nHost: x\r\n\r\n', (o) => console.log('idle conn closed', o.length > 0));
  setTimeout(() => {
    srv.close(() => console.log('server close cb'));
    console.log('listening after close', srv.listening);
  }, 50);
});
