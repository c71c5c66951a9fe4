// Request/response properties on both sides (upgrade is false, not null).
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('req props', req.socket === req.connection, res.socket === req.socket, res.connection === res.socket, req.socket.encrypted, typeof req.socket.remotePort, req.complete, req.aborted, req.upgrade, req.statusCode, req.statusMessage);
  res.writeHead(200);
  try { res.writeHead(201); } catch (e) { console.log(e.code, e.message); }
  console.log(res.statusCode, res._header && res._header.split('\r\n')[0], typeof res._header);
  res.end();
});
server.listen(0, '0.0.0.0', () => {
  const a = server.address();
  console.log(a.address, a.family);
  http.get({ port: a.port, host: '127.0.0.1' }, (res) => {
    console.log('C', res.statusCode, res.upgrade, res.req.path, res.req.method, res.req.host, typeof res.req.getHeader, res.req.getHeader('host') === `127.0.0.1:${a.port}`, res.req.protocol, res.req.reusedSocket, res.req.finished, res.req.writableEnded);
    console.log(Object.keys(res.req.getHeaders()), res.req.getRawHeaderNames(), res.req.headersSent, res.req.shouldKeepAlive, res.req.maxHeadersCount, res.req.agent === http.globalAgent);
    res.resume(); res.on('end', () => server.close());
  });
});
