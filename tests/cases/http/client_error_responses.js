const http = require('http');
const net = require('net');
function raw(port, data, cb) {
  const c = net.connect(port, '127.0.0.1');
  let out = '';
  c.on('data', (d) => out += d);
  c.on('close', () => { cb(out.replace(/Date: .*\r\n/g, 'Date: X\r\n').replace(/\r\n/g, '|')); });
  c.write(data);
  return c;
}
const srv = http.createServer((req, res) => res.end('ok'));
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const run = (d) => new Promise((r) => raw(port, d, (o) => { console.log(JSON.stringify(d.slice(0, 30)), '=>', o); r(); }));
  await run('GARBAGE\r\n\r\n');
  await run('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
  await run('GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n');
  await run('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  await run('GET / HTTP/1.0\r\n\r\n');
  await run('GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  await run('GET / HTTP/1.1\r\nHost: x\r\n' + 'X: ' + 'a'.repeat(20000) + '\r\n\r\n');
  await run('GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n');
  srv.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message, JSON.stringify(err.rawPacket && err.rawPacket.toString()));
    socket.end('HTTP/1.1 400 Custom\r\n\r\n');
  });
  await run('BAD\r\n\r\n');
  srv.close(() => console.log('closed'));
});
