const http = require('http');
const net = require('net');
const srv = http.createServer((req, res) => {
  res.on('timeout', (s) => console.log('res timeout', s === req.socket));
  req.on('timeout', () => console.log('req timeout'));
  setTimeout(() => res.end('late'), 200);
});
srv.setTimeout(50, (socket) => { console.log('server timeout cb', typeof socket.write); });
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1');
  let out = '';
  c.on('data', (d) => out += d);
  c.on('end', () => { console.log(out.replace(/Date: .*\r\n/g, '').replace(/\r\n/g, '|')); c.end(); srv.close(() => console.log('closed')); });
  c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
