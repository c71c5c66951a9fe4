const http = require('http');
const net = require('net');
const srv = http.createServer((req, res) => res.end(req.url));
srv.maxRequestsPerSocket = 2;
srv.on('dropRequest', (req, socket) => console.log('dropRequest', req.url));
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1');
  let out = '';
  c.on('data', (d) => out += d);
  c.on('close', () => { console.log(out.replace(/Date: .*\r\n/g, 'Date: X\r\n').replace(/\r\n/g, '|\n')); srv.close(); });
  c.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n');
});
