const net = require('net');
const srv = net.createServer({ allowHalfOpen: true }, (c) => {
  srv.getConnections((e, n) => console.log('getConnections', e, n));
  c.on('end', () => { console.log('server end, writable', c.writable, c.readyState); c.end('bye'); });
  c.on('close', (h) => console.log('server sock close', h));
});
srv.maxConnections = 1;
srv.on('drop', (d) => console.log('drop', Object.keys(d), d.localAddress, d.remoteFamily));
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const a = net.connect(port, '127.0.0.1');
  a.setTimeout(400, () => console.log('timeout cb'));
  a.on('timeout', () => { console.log('timeout event', a.timeout); a.setTimeout(0); a.end(); });
  await new Promise((r) => a.on('connect', r));
  const b = net.connect(port, '127.0.0.1');
  b.on('close', (h) => console.log('b close', h));
  b.on('error', (e) => console.log('b err', e.code));
  b.on('end', () => console.log('b end'));
  const chunks = [];
  for await (const d of a) chunks.push(d.toString());
  console.log('async iter', chunks);
  a.on('close', (h) => { console.log('a close', h); srv.close(() => console.log('server closed')); });
});
