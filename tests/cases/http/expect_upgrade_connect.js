const http = require('http');
const net = require('net');
const log = (...a) => console.log(...a);
console.log(JSON.stringify(http.STATUS_CODES) === JSON.stringify(require('http').STATUS_CODES), http.METHODS.length, http.METHODS.join(','), http.maxHeaderSize);
const server = http.createServer((req, res) => {
  let body = ''; req.on('data', (d) => body += d);
  req.on('end', () => res.end('got ' + body));
});
server.on('checkContinue', (req, res) => {
  log('S checkContinue', req.headers.expect);
  res.writeContinue();
  server.emit('request', req, res);
});
server.on('upgrade', (req, socket, head) => {
  log('S upgrade', req.headers.upgrade, head.length, req.url);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: foo\r\nConnection: Upgrade\r\n\r\nhello');
  socket.on('data', (d) => { log('S upgraded data', String(d)); socket.end(); });
});
server.on('connect', (req, socket, head) => {
  log('S connect', req.url, head.length, req.method);
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', (d) => { log('S tunnel data', String(d)); socket.end('bye'); });
});
server.listen(0, async () => {
  const port = server.address().port;
  await new Promise((resolve) => {
    const r = http.request({ port, method: 'POST', headers: { Expect: '100-continue' } }, (res) => {
      let d = ''; res.on('data', (c) => d += c); res.on('end', () => { log('C1', res.statusCode, d); resolve(); });
    });
    r.on('continue', () => { log('C1 continue'); r.end('payload'); });
    r.on('information', (i) => log('C1 information', i.statusCode, i.statusMessage));
  });
  await new Promise((resolve) => {
    const r = http.request({ port, headers: { Connection: 'Upgrade', Upgrade: 'foo' } });
    r.on('upgrade', (res, socket, head) => {
      log('C2 upgrade', res.statusCode, res.headers.upgrade, String(head));
      socket.on('end', () => { log('C2 socket end'); socket.end(); resolve(); });
      socket.write('ping');
    });
    r.on('response', () => log('C2 unexpected response'));
    r.end();
  });
  await new Promise((resolve) => {
    const r = http.request({ port, method: 'CONNECT', path: 'example.com:443' });
    r.on('connect', (res, socket, head) => {
      log('C3 connect', res.statusCode, res.statusMessage, head.length);
      socket.on('data', (d) => log('C3 data', String(d)));
      socket.on('end', () => { log('C3 end'); socket.end(); resolve(); });
      socket.write('tunnel');
    });
    r.end();
  });
  // Oversized header
  await new Promise((resolve) => {
    const r = http.request({ port, headers: { 'X-Big': 'a'.repeat(20000) } }, (res) => {
      log('C4', res.statusCode, res.headers.connection); res.resume(); res.on('end', resolve);
    });
    r.on('error', (e) => { log('C4 err', e.code, e.message); resolve(); });
    r.end();
  });
  server.on('clientError', (err, socket) => { log('S clientError', err.code, err.message, err.bytesParsed !== undefined, !!err.rawPacket); socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'); });
  await new Promise((resolve) => {
    const c = net.connect(port, () => c.write('GARBAGE\r\n\r\n'));
    let d = ''; c.on('data', (x) => d += x); c.on('end', () => { log('raw', JSON.stringify(d)); resolve(); });
  });
  server.close(() => log('closed'));
});
