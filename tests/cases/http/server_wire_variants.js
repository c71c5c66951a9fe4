const http = require('http');
const net = require('net');
const srv = http.createServer((req, res) => {
  res.on('error', (e) => console.log('res error', e.code, e.message));
  const u = req.url;
  if (u === '/stream') { res.write('a'); res.write('b'); res.end(); }
  else if (u === '/close') { res.setHeader('Connection', 'close'); res.end('c'); }
  else if (u === '/mismatch') { res.setHeader('Content-Length', 2); try { res.write('abc'); } catch (e) { console.log('throw', e.code, e.message); } res.end(); }
  else if (u === '/early') { res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload'], 'x-h': 'v' }); res.end('e'); }
  else if (u === '/status') { res.statusCode = 299; res.statusMessage = 'Custom'; res.end(); }
  else if (u === '/empty') { res.end(''); }
  else if (u === '/buf') { res.end(Buffer.from('xyz')); }
  else if (u === '/ka') { res.shouldKeepAlive = false; res.end('ka'); }
  else res.end('d');
});
function raw(port, data) {
  return new Promise((r) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.on('data', (d) => out += d);
    c.on('close', () => { console.log(JSON.stringify(data.slice(0, 20)), '=>', out.replace(/Date: .*\r\n/g, 'Date: X\r\n').replace(/\r\n/g, '|')); r(); });
    c.end(data);
  });
}
srv.listen(0, '127.0.0.1', async () => {
  const p = srv.address().port;
  await raw(p, 'GET /stream HTTP/1.0\r\n\r\n');
  await raw(p, 'GET /stream HTTP/1.0\r\nConnection: keep-alive\r\n\r\n');
  await raw(p, 'GET /close HTTP/1.1\r\nHost: x\r\n\r\n');
  await raw(p, 'GET /mismatch HTTP/1.1\r\nHost: x\r\n\r\n');
  await raw(p, 'GET /early HTTP/1.1\r\nHost: x\r\n\r\n');
  await raw(p, 'GET /status HTTP/1.1\r\nHost: x\r\n\r\n');
  await raw(p, 'GET /empty HTTP/1.1\r\nHost: x\r\n\r\n');
  await raw(p, 'GET /buf HTTP/1.1\r\nHost: x\r\n\r\n');
  await raw(p, 'GET /ka HTTP/1.1\r\nHost: x\r\n\r\n');
  await raw(p, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n');
  await raw(p, 'GET /x HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc');
  srv.close();
});
