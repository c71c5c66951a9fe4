const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => body += d);
  req.on('end', () => {
    console.log('server got', req.method, req.url, req.httpVersion, req.headers['content-type'], JSON.stringify(body));
    res.setHeader('X-Test', 'yes');
    res.writeHead(201, { 'Content-Type': 'text/plain' });
    res.write('hello ');
    res.end('world');
  });
});
server.listen(0, () => {
  const port = server.address().port;
  const req = http.request({ port, method: 'POST', path: '/p?q=1', headers: { 'content-type': 'application/json' } }, (res) => {
    console.log('status', res.statusCode, res.statusMessage, res.headers['x-test'], res.headers['transfer-encoding'], res.headers.connection);
    res.setEncoding('utf8');
    let data = '';
    res.on('data', (d) => data += d);
    res.on('end', () => {
      console.log('client body', data);
      http.get(`http://localhost:${port}/again`, (res2) => {
        res2.resume();
        res2.on('end', () => { console.log('second', res2.statusCode); server.close(() => console.log('closed')); });
      });
    });
  });
  req.write('{"a":');
  req.end('1}');
});
