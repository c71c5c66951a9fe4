const net = require('net');
const srv = net.createServer((c) => {
  console.log('server conn', c.remoteAddress, c.remoteFamily, typeof c.remotePort, c.localAddress, c.readyState);
  c.on('data', (d) => { console.log('server data', JSON.stringify(d.toString())); c.write('pong', () => console.log('server write cb')); c.end(); });
  c.on('end', () => console.log('server end'));
  c.on('close', (h) => console.log('server close', h));
});
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const c = net.connect({ port, host: '127.0.0.1' });
  console.log('readyState', c.readyState, c.pending, c.connecting, c.remoteAddress, c.bytesWritten);
  c.on('lookup', (...a) => console.log('lookup', a));
  c.on('connect', () => console.log('connect', c.readyState, c.pending, c.connecting, c.remotePort === port, c.localAddress, c.address().family));
  c.on('ready', () => console.log('ready'));
  c.setEncoding('utf8');
  c.write('ping', () => console.log('client write cb 1', c.bytesWritten));
  c.write(Buffer.from('!'), () => console.log('client write cb 2', c.bytesWritten));
  console.log('bytesWritten sync', c.bytesWritten);
  c.on('data', (d) => console.log('client data', typeof d, d));
  c.on('end', () => console.log('client end', c.readyState));
  c.on('finish', () => console.log('client finish'));
  c.on('close', (h) => { console.log('client close', h, c.readyState, c.bytesRead, c.bytesWritten, c.destroyed); srv.close(() => console.log('srv closed')); });
});
