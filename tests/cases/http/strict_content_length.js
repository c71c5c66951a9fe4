// strictContentLength: a write past the declared length (once the header
// is stored) and an end() short of it throw ERR_HTTP_CONTENT_LENGTH_MISMATCH.
const http = require('http');
const server = http.createServer((req, res) => {
  res.strictContentLength = true;
  const tryIt = (what, f) => { try { f(); console.log(what, 'ok'); } catch (e) { console.log(what, e.code, e.message); } };
  if (req.url === '/over') {
    res.setHeader('Content-Length', 2);
    tryIt('first write (header not stored yet)', () => res.write('abc'));
    tryIt('second write', () => res.write('d'));
    tryIt('end', () => res.end());
    res.destroy();
  } else if (req.url === '/short') {
    res.setHeader('Content-Length', 5);
    tryIt('write', () => res.write('ab'));
    tryIt('end', () => res.end());
    tryIt('end again', () => res.end('cde'));
  } else if (req.url === '/exact') {
    res.setHeader('Content-Length', 3);
    tryIt('write', () => res.write('ab'));
    tryIt('end', () => res.end('c'));
  } else {
    tryIt('chunked ignores', () => { res.write('abc'); res.end('def'); });
  }
});
server.listen(0, async () => {
  for (const path of ['/over', '/short', '/exact', '/chunked']) {
    await new Promise((resolve) => {
      const r = http.get({ port: server.address().port, path, agent: false }, (res) => {
        let d = '';
        res.on('data', (c) => d += c);
        res.on('end', () => { console.log(path, res.statusCode, JSON.stringify(d)); });
        res.on('close', resolve);
      });
      r.on('error', (e) => { console.log(path, 'client error', e.code); resolve(); });
    });
  }
  server.close();
});
