// The server destroys a request mid-upload: 'aborted', closes, and the
// client sees ECONNRESET 'socket hang up'.
const http = require('http');
const server = http.createServer((req, res) => {
  req.on('aborted', () => console.log('S req aborted'));
  req.on('error', (e) => console.log('S req error', e.code, e.message));
  req.on('close', () => console.log('S req close', req.destroyed));
  res.on('close', () => console.log('S res close'));
  req.once('data', () => { console.log('S got data, destroying'); req.destroy(); });
});
server.listen(0, () => {
  const r = http.request({ port: server.address().port, method: 'POST', agent: false });
  r.on('error', (e) => console.log('C error', e.code, e.message));
  r.on('close', () => { console.log('C close'); server.close(); });
  r.write('chunk1');
  const t = setInterval(() => { if (!r.destroyed) r.write('more'); }, 10);
  r.on('close', () => clearInterval(t));
});
