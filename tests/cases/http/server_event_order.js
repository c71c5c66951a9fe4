// Server and client 'end'/'finish'/'close' order for one request each.
const http = require('http');
const log = (...a) => console.log(...a);
const server = http.createServer((req, res) => {
  const tag = req.url;
  req.on('end', () => log(tag, 'S req end'));
  req.on('close', () => log(tag, 'S req close'));
  res.on('finish', () => log(tag, 'S res finish'));
  res.on('close', () => log(tag, 'S res close'));
  if (tag === '/get-noread') { res.end('x', () => log(tag, 'S end cb')); return; }
  if (tag === '/get-resume') { req.resume(); res.end('x', () => log(tag, 'S end cb')); return; }
  if (tag === '/post-read') { req.on('data', () => {}); req.on('end', () => res.end('x', () => log(tag, 'S end cb'))); return; }
  if (tag === '/later') { setTimeout(() => res.end('x', () => log(tag, 'S end cb')), 10); return; }
});
server.listen(0, async () => {
  for (const [path, method, body] of [['/get-noread', 'GET'], ['/get-resume', 'GET'], ['/post-read', 'POST', 'abc'], ['/later', 'GET']]) {
    await new Promise((resolve) => {
      const r = http.request({ port: server.address().port, path, method, agent: false }, (res) => {
        res.resume();
        res.on('end', () => log(path, 'C res end'));
        res.on('close', () => { log(path, 'C res close'); });
      });
      r.on('finish', () => log(path, 'C req finish'));
      r.on('close', () => { log(path, 'C req close'); setTimeout(resolve, 30); });
      r.end(body);
    });
  }
  server.close();
});
