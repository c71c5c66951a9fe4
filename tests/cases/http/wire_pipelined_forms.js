const http = require('http');
const net = require('net');
const srv = http.createServer((req, res) => {
  const u = req.url;
  console.log('req', req.method, u, req.httpVersion, JSON.stringify(req.headers), req.rawHeaders.length);
  if (u === '/a') { res.end('hello'); }
  else if (u === '/b') { res.write('x'); res.end('y'); }
  else if (u === '/c') { res.writeHead(201, 'Made', [['X-A', '1'], ['x-a', '2'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']]); res.end(); }
  else if (u === '/d') { res.setHeader('Content-Type', 'text/plain'); res.appendHeader('X-L', 'a'); res.appendHeader('X-L', ['b', 'c']); res.setHeaders(new Map([['x-m', 'm']])); res.statusCode = 404; res.end('nf'); }
  else if (u === '/e') { res.statusCode = 204; res.end('ignored'); }
  else if (u === '/f') { res.statusCode = 304; res.end(); }
  else if (u === '/g') { res.writeHead(200, { 'Content-Length': 3, Connection: 'close' }); res.end('abc'); }
  else if (u === '/h') { res.setHeader('Trailer', 'X-T'); res.write('t'); res.addTrailers({ 'X-T': 'v' }); res.end(); }
  else if (u === '/i') { res.flushHeaders(); setTimeout(() => res.end('late'), 10); }
  else if (u === '/j') { req.on('data', (d) => console.log('body', d.toString())); req.on('end', () => { console.log('complete', req.complete, req.trailers); res.end('ok'); }); }
  else res.end();
});
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1');
  let out = '';
  c.on('data', (d) => out += d);
  c.on('end', () => { console.log(out.replace(/Date: .*\r\n/g, 'Date: X\r\n').replace(/\r\n/g, '\\r\\n\n')); srv.close(); });
  c.write('GET /a HTTP/1.1\r\nHost: x\r\nCookie: a=1\r\nCookie: b=2\r\nX-Dup: 1\r\nX-Dup: 2\r\nSet-Cookie: s1\r\nSet-Cookie: s2\r\nContent-Type: a\r\nContent-Type: b\r\nUser-Agent: u1\r\nUser-Agent: u2\r\n\r\n');
  c.write('GET /b HTTP/1.1\r\nHost: x\r\n\r\n');
  c.write('GET /c HTTP/1.1\r\nHost: h\r\n\r\n');
  c.write('GET /d HTTP/1.1\r\nHost: h\r\n\r\n');
  c.write('GET /e HTTP/1.1\r\nHost: h\r\n\r\n');
  c.write('GET /f HTTP/1.1\r\nHost: h\r\n\r\n');
  c.write('HEAD /a HTTP/1.1\r\nHost: h\r\n\r\n');
  c.write('GET /h HTTP/1.1\r\nHost: h\r\n\r\n');
  c.write('GET /i HTTP/1.1\r\nHost: h\r\n\r\n');
  c.write('POST /j HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-Tr: 1\r\n\r\n');
});
