// A bound dgram.Socket passed to a child keeps receiving there.
const { fork } = require('child_process');
const dgram = require('dgram');
const child = fork(`${__dirname}/_dgram_child.js`);
const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  child.send('udp', server);
  child.on('message', (m) => {
    console.log('child says', m);
    server.close();
    const client = dgram.createSocket('udp4');
    client.on('message', (reply) => {
      console.log('reply:', String(reply));
      client.close();
    });
    client.send('ping', port, '127.0.0.1');
  });
});
child.on('exit', (code) => console.log('child exit', code));
