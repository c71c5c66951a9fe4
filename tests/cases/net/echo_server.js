const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', (d) => sock.write('echo:' + d));
  sock.on('end', () => { console.log('server saw end'); });
  sock.on('close', (hadErr) => { console.log('server sock close', hadErr); server.close(() => console.log('server closed')); });
});
server.listen(0, '127.0.0.1', () => {
  const { port, family, address } = server.address();
  console.log('listening', family, address, typeof port);
  const c = net.connect(port, '127.0.0.1', () => {
    console.log('connected', c.remoteAddress, c.remotePort === port);
    c.write('hello');
  });
  c.setEncoding('utf8');
  c.on('data', (d) => { console.log('client got', d); c.end(); });
  c.on('end', () => console.log('client end'));
  c.on('close', (e) => console.log('client close', e, c.bytesRead, c.bytesWritten));
});
