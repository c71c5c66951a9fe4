// More server parse errors (duplicate Content-Length, TE with CL, ...).
const http = require('http');
const net = require('net');
const reqs = [
  'GARBAGE\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
  'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
];
const server = http.createServer((req, res) => { req.resume(); req.on('end', () => res.end('ok')); });
server.on('clientError', (e, sock) => { console.log('clientError', e.code, e.message, e.bytesParsed, e.rawPacket && e.rawPacket.length, e.reason); sock.destroy(); });
server.listen(0, async () => {
  for (const r of reqs) {
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, () => c.write(r));
      c.on('data', (d) => console.log('got', JSON.stringify(String(d).split('\r\n')[0])));
      c.on('close', () => setTimeout(resolve, 10));
    });
  }
  server.close();
});
