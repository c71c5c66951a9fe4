// send(msg, socket, { keepOpen: true }): the parent's socket stays usable
// after the child has it too.
const { fork } = require('child_process');
const net = require('net');
const child = fork(`${__dirname}/_keep_open_child.js`);
const server = net.createServer((socket) => {
  child.send('socket', socket, { keepOpen: true });
  child.once('message', () => {
    console.log('parent socket destroyed?', socket.destroyed);
    socket.end('parent\n');
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => (got += d));
  c.on('end', () => console.log(JSON.stringify(got)));
});
