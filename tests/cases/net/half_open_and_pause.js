const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  const chunks = [];
  sock.on('data', (d) => chunks.push(d));
  sock.on('end', () => {
    console.log('server end; writable still', sock.writable);
    sock.end(Buffer.concat(chunks).toString().toUpperCase());
  });
});
server.listen(0, () => {
  const c = net.connect({ port: server.address().port, allowHalfOpen: false });
  c.end('ping over half-open');
  c.pause();
  setTimeout(() => {
    c.setEncoding('utf8');
    c.on('data', (d) => console.log('client data', d));
    c.resume();
  }, 20);
  c.on('close', () => server.close(() => console.log('done')));
});
