const http = require('http');
const net = require('net');
const hdrs = 'Host: a\r\nHost: b\r\nAge: 1\r\nAge: 2\r\nETag: x\r\nETag: y\r\nServer: s1\r\nServer: s2\r\nLocation: l1\r\nLocation: l2\r\nX-Y: 1\r\nx-y: 2\r\nCookie: c1\r\ncookie: c2\r\nSet-Cookie: a\r\nset-cookie: b\r\nProxy-Authorization: p1\r\nProxy-Authorization: p2\r\nFrom: f1\r\nFrom: f2\r\nMax-Forwards: 1\r\nMax-Forwards: 2\r\nRetry-After: 1\r\nRetry-After: 2\r\nExpires: e1\r\nExpires: e2\r\nLast-Modified: m1\r\nLast-Modified: m2\r\nIf-Modified-Since: i1\r\nIf-Modified-Since: i2\r\nReferer: r1\r\nReferer: r2\r\nAccept: a1\r\nAccept: a2\r\nWww-Authenticate: w1\r\nWww-Authenticate: w2\r\nX-Empty: \r\n';
let round = 0;
function serve(opts) {
  return new Promise((resolve) => {
    const srv = http.createServer(opts, (req, res) => {
      console.log(req.headers);
      console.log(req.headersDistinct['x-y'], req.headersDistinct.host, req.headersDistinct['set-cookie']);
      req.resume();
      req.on('end', () => { console.log(req.trailers, req.trailersDistinct, req.rawTrailers); res.end(); });
    });
    srv.listen(0, '127.0.0.1', () => {
      const c = net.connect(srv.address().port, '127.0.0.1');
      c.end('POST / HTTP/1.1\r\n' + hdrs + 'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n1\r\nx\r\n0\r\nT1: a\r\nt1: b\r\nT2: c\r\n\r\n');
      c.resume();
      c.on('close', () => srv.close(resolve));
    });
  });
}
serve({}).then(() => serve({ joinDuplicateHeaders: true }));
