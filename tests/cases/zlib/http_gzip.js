// Typical http usage: a server gzips its response through createGzip, the
// client gunzips with createGunzip and with gunzipSync.
'use strict';
const http = require('http');
const zlib = require('zlib');

const body = JSON.stringify({ items: Array.from({ length: 500 }, (_, i) => ({ id: i, name: `item ${i}` })) });

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
  const gz = zlib.createGzip();
  gz.pipe(res);
  gz.end(body);
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http.get({ port, host: '127.0.0.1', path: '/' }, (res) => {
    console.log('status', res.statusCode, res.headers['content-encoding']);
    const raw = [];
    const gunzip = zlib.createGunzip();
    res.on('data', (c) => raw.push(c));
    res.pipe(gunzip);
    const out = [];
    gunzip.on('data', (c) => out.push(c));
    gunzip.on('end', () => {
      const text = Buffer.concat(out).toString();
      console.log('streamed', text === body, JSON.parse(text).items.length);
      console.log('sync', zlib.gunzipSync(Buffer.concat(raw)).toString() === body);
      server.close();
    });
  });
});
