// Destroying a response mid-body: 'aborted', the socket closes, the
// server sees its response closed; response 'close' precedes the request's.
const http = require('http');
const server = http.createServer((req, res) => {
  res.write('part1');
  const t = setInterval(() => res.write('more'), 10);
  res.on('close', () => { clearInterval(t); console.log('S res close', res.writableEnded); });
  req.on('close', () => console.log('S req close'));
});
server.listen(0, () => {
  const r = http.get({ port: server.address().port, agent: false }, (res) => {
    res.once('data', (d) => {
      console.log('C data', String(d));
      res.destroy();
    });
    res.on('aborted', () => console.log('C res aborted'));
    res.on('error', (e) => console.log('C res error', e.code));
    res.on('close', () => console.log('C res close', res.destroyed, res.aborted, res.complete));
  });
  r.on('error', (e) => console.log('C req error', e.code));
  r.on('close', () => { console.log('C req close'); setTimeout(() => server.close(), 50); });
});
