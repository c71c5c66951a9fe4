const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-Multi', ['a', 'b']);
  console.log(res.getHeader('content-type'), res.hasHeader('X-MULTI'), res.getHeaderNames(), JSON.stringify(res.getHeaders()));
  res.removeHeader('x-multi');
  console.log('headersSent before', res.headersSent, res.writableEnded);
  res.statusCode = 202;
  res.statusMessage = 'Fine';
  res.write('part');
  console.log('headersSent after write', res.headersSent);
  try {
    res.setHeader('X-Late', '1');
  } catch (e) {
    console.log(e.code, e.message);
  }
  res.end(() => console.log('end callback'));
  res.on('finish', () => console.log('finish', res.writableEnded, res.writableFinished));
  res.on('close', () => console.log('res close'));
  try {
    res.writeHead(99);
  } catch (e) {
    console.log(e.code);
  }
  for (const bad of [['bad name', 'x'], ['ok', undefined], ['ok', 'a\nb']]) {
    try { res.setHeader(...bad); } catch (e) { console.log(e.code); }
  }
});
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    console.log(res.statusCode, res.statusMessage, res.headers['content-type'], res.headers['transfer-encoding']);
    res.resume();
    res.on('end', () => server.close());
  });
});
console.log(http.STATUS_CODES[418], http.METHODS.includes('PATCH'), typeof http.globalAgent);
