// Sockets handed to a child still count in server.getConnections(), and
// send() validates its handle argument.
const { fork } = require('child_process');
const net = require('net');
const child = fork(`${__dirname}/_socket_child.js`);
const server = net.createServer((socket) => child.send('socket', socket));
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('utf8');
  // The client's data and the child's message race; report them in order.
  let got = '';
  client.on('data', (d) => (got += d));
  child.once('message', (m) => {
    console.log('child', m);
    server.getConnections((err, count) => {
      console.log('connections', err, count);
      child.send('release');
    });
  });
  client.on('end', () => {
    console.log('client got', got.trim());
    client.end();
    server.close(() => {
      console.log('server closed');
      child.disconnect();
    });
  });
});
try {
  child.send('x', { not: 'a handle' });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  child.send();
} catch (e) {
  console.log(e.code, e.message);
}
