const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log('server got', String(msg), rinfo.family, rinfo.address, typeof rinfo.port, rinfo.size);
  server.send(Buffer.from('pong:' + msg), rinfo.port, rinfo.address);
});
server.on('listening', () => {
  const { port, address, family } = server.address();
  console.log('listening', address, family, typeof port);
  const client = dgram.createSocket({ type: 'udp4' });
  client.on('message', (msg) => {
    console.log('client got', String(msg));
    client.close(() => server.close(() => console.log('both closed')));
  });
  client.send('ping', port, '127.0.0.1', (err, bytes) => console.log('sent', err, bytes));
});
server.bind(0, '127.0.0.1');
try { dgram.createSocket('udp5'); } catch (e) { console.log(e.code, e.message); }
