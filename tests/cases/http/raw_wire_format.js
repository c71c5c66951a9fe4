const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  if (req.url === '/a') { res.writeHead(200); res.end('hello world'); }
  else if (req.url === '/b') { res.end(); }
  else if (req.url === '/c') { res.statusCode = 404; res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.write('x'); res.end(); }
  else { res.writeHead(204); res.end(); }
});
server.listen(0, () => {
  const port = server.address().port;
  const c = net.connect(port, () => {
    c.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\nGET /c HTTP/1.1\r\nHost: x\r\n\r\nGET /d HTTP/1.0\r\n\r\n');
  });
  let all = '';
  c.on('data', (d) => all += d);
  c.on('end', () => {
    console.log(all.replace(/Date: .*\r\n/g, 'Date: X\r\n').replace(/\r\n/g, '\\r\\n\n'));
    const bad = net.connect(port, () => bad.write('BAD\r\n\r\n'));
    let b = '';
    bad.on('data', (d) => b += d);
    bad.on('close', () => { console.log(JSON.stringify(b)); server.close(); });
  });
});
