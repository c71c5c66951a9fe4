// Server parse errors: llhttp's codes, messages, reason, bytesParsed (offset
// into the chunk) and rawPacket (the chunk); HTTP/0.9 and versions.
const http = require('http');
const net = require('net');
const reqs = ['GET / HTTP/0.9\r\nHost: x\r\n\r\n','GET / HTTP/1.0\r\n\r\n','GET / HTTP/2.0\r\nHost: x\r\n\r\n','GET / HTTP/3.0\r\nHost: x\r\n\r\n','GET / HTTP/1.2\r\nHost: x\r\n\r\n','GET / HTTP/0.0\r\nHost: x\r\n\r\n',
 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n0\r\n\r\n', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1x\r\n\r\n', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na', 'GET /\r\n\r\n', 'GET  / HTTP/1.1\r\n\r\n', 'G@T / HTTP/1.1\r\n\r\n', 'PUX / HTTP/1.1\r\n\r\n', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\nContent-Length: 1\r\n\r\n0\r\n\r\n','GET / HTTP/1.1\r\nHo st: x\r\n\r\n','GET / HTTP/1.1\r\n: x\r\n\r\n','GET / HTTP/1.1\r\nX: a\x01b\r\n\r\n', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;ext\r\nhello\r\n0\r\n\r\n'];
const server = http.createServer((req, res) => { req.resume(); req.on('end', () => res.end('ok ' + req.httpVersion)); });
server.on('clientError', (e, sock) => { console.log('clientError', e.code, e.message, e.bytesParsed, e.rawPacket && e.rawPacket.length); sock.destroy(); });
server.listen(0, async () => {
  for (const r of reqs) {
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, () => c.write(r));
      c.on('data', (d) => { console.log('got', JSON.stringify(String(d).split('\r\n')[0]), JSON.stringify(String(d).split('\r\n\r\n')[1])); c.destroy(); });
      c.on('close', () => setTimeout(resolve, 10));
    });
  }
  server.close();
});
