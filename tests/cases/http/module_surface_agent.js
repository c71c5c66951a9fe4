const http = require('http');
console.log(Object.keys(http).sort().join(','));
console.log(http.METHODS.length, http.METHODS.slice(0, 5), Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[418], http.maxHeaderSize);
try { http.validateHeaderName('a b'); } catch (e) { console.log(e.code, e.message); }
try { http.validateHeaderValue('x', 'a\u0000'); } catch (e) { console.log(e.code, e.message); }
const a = http.globalAgent;
console.log(a.keepAlive, a.maxSockets, a.maxFreeSockets, a.scheduling, a.defaultPort, a.protocol, a.options.keepAlive, a.options.timeout, a.options.noDelay);
const ag = new http.Agent();
console.log(ag.getName({ host: 'h', port: 80, localAddress: 'l', family: 6 }), ag.keepAlive, ag.maxSockets, ag.maxTotalSockets, ag.keepAliveMsecs);
const srv = http.createServer((req, res) => { res.end(JSON.stringify([req.headers.host, req.method, req.url])); });
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const req = http.request({ port, host: '127.0.0.1', setHost: false, method: 'delete', path: '/p' }, (res) => {
    let b = ''; res.on('data', (d) => b += d); res.on('end', () => {
      console.log(b.replace(String(port), 'PORT'), req.method, req.path, req.host, req.protocol, req.reusedSocket, req.getHeader('host'));
      const r2 = http.request(`http://127.0.0.1:${port}/q`, { method: 'PUT', headers: { 'content-length': 2 } }, (res) => { let b = ''; res.on('data', (d) => b += d); res.on('end', () => { console.log(b.replace(String(port), 'PORT'), r2.getRawHeaderNames()); srv.close(); }); });
      r2.end('ok');
    });
  });
  console.log(req.getHeaderNames(), req.headersSent, req.writableEnded);
  req.end();
});
