// Client parse errors reach the request (also after a response began);
// a truncated body only aborts the response.
const http = require('http');
const net = require('net');
const responses = [
  'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab',            // early close
  'garbage\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'HTTP/1.1 200 OK\r\nBad Header\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
  'HTTP/1.0 200 OK\r\n\r\nclose-delimited body',
  '',
];
let i = 0;
const server = net.createServer((sock) => {
  const r = responses[i++];
  sock.once('data', () => { if (r) sock.end(r); else sock.destroy(); });
});
server.listen(0, async () => {
  for (let k = 0; k < responses.length; k++) {
    await new Promise((resolve) => {
      const req = http.get({ port: server.address().port, agent: false }, (res) => {
        let d = '';
        res.on('data', (c) => d += c);
        res.on('aborted', () => console.log(k, 'res aborted'));
        res.on('error', (e) => console.log(k, 'res error', e.code, e.message));
        res.on('end', () => console.log(k, 'end', res.statusCode, JSON.stringify(d), res.complete));
        res.on('close', () => { console.log(k, 'res close', res.complete); });
      });
      req.on('error', (e) => console.log(k, 'req error', e.code, e.message, e.bytesParsed, e.rawPacket && e.rawPacket.length, e.reason));
      req.on('close', () => { console.log(k, 'req close'); setTimeout(resolve, 10); });
    });
  }
  server.close();
});
