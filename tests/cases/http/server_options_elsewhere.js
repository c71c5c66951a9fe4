const http = require('http');
const net = require('net');
try { http.createServer({ headersTimeout: 1000, requestTimeout: 500 }); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
const s = http.createServer();
console.log(s.headersTimeout, s.requestTimeout, s.keepAliveTimeout, s.timeout, s.maxHeadersCount, s.maxRequestsPerSocket, s.listening);
// sockets from elsewhere
const srv = http.createServer((req, res) => { console.log('served', req.url, req.socket === res.socket); res.end('elsewhere'); });
const tcp = net.createServer((sock) => srv.emit('connection', sock));
tcp.listen(0, '127.0.0.1', () => {
  http.get({ port: tcp.address().port, host: '127.0.0.1', path: '/x', agent: false }, (res) => {
    console.log('status', res.statusCode, res.headers.connection);
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('data', d));
    res.on('end', () => {
      srv.closeAllConnections();
      tcp.close(() => console.log('tcp closed'));
      // maxHeadersCount and header events
      const s2 = http.createServer((req, res) => {
        console.log('headers', req.rawHeaders.length, Object.keys(req.headers));
        res.on('finish', () => console.log('res finish'));
        res.on('close', () => console.log('res close', res.writableFinished));
        req.on('close', () => console.log('req close'));
        res.end();
      });
      s2.maxHeadersCount = 2;
      s2.listen(0, '127.0.0.1', () => {
        const c = net.connect(s2.address().port, '127.0.0.1');
        c.write('GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\nConnection: close\r\n\r\n');
        c.on('data', (d) => console.log(JSON.stringify(d.toString())));
        c.on('close', () => s2.close(() => console.log('s2 closed')));
      });
    });
  });
});
