const net = require('net');
const slog = [];
let conns = 0;
const srv = net.createServer((c) => {
  const id = conns++;
  const S = (...a) => slog.push([id, ...a]);
  c.setEncoding('hex');
  c.on('data', (d) => S('server data hex', d));
  c.on('end', () => S('server end'));
  c.on('error', (e) => S('server sock error', e.code));
  c.on('close', (h) => S('server close', h));
});
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  await new Promise((r) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.write('ff00', 'hex', () => console.log('hex write cb'));
      c.end('z', () => console.log('end cb', c.readyState, c.writableFinished));
      c.write('late', (e) => console.log('late cb', e && e.code));
    });
    c.on('error', (e) => console.log('client error', e.code, e.message));
    c.on('close', (h) => { console.log('client close', h, c.readyState, c.destroyed); r(); });
  });
  await new Promise((r) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.destroy(new Error('boom'));
      console.log('after destroy', c.destroyed, c.readyState);
    });
    c.on('error', (e) => console.log('client error', e.message));
    c.on('close', (h) => { console.log('client close', h); r(); });
  });
  await new Promise((r) => {
    const c = net.connect(port, '127.0.0.1', () => { c.write('soon'); c.destroySoon(); });
    c.on('finish', () => console.log('finish'));
    c.on('close', (h) => { console.log('destroySoon close', h); r(); });
  });
  await new Promise((r) => {
    const c = net.connect(port, '127.0.0.1', () => { c.resetAndDestroy(); });
    c.on('close', (h) => { console.log('reset close', h); r(); });
  });
  setTimeout(() => srv.close(() => { console.log('srv closed'); slog.sort((x, y) => x[0] - y[0]); for (const l of slog) console.log(...l); }), 50);
});
