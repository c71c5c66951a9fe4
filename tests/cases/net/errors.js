// Node's error objects for a refused connection, a port in use, bad ports.
const net = require('net');
const s1 = net.createServer().listen(0, '127.0.0.1', () => {
  const port = s1.address().port;
  const s2 = net.createServer();
  s2.on('error', (e) => {
    console.log('listen error', e.code, e.errno, e.syscall, e.address, e.port === port, e.message.replace(String(port), 'PORT'));
    s1.close(() => {
      const c = net.connect(port, '127.0.0.1');
      c.on('error', (e) => {
        console.log('connect error', e.code, e.errno, e.syscall, e.address, e.port === port, e.message.replace(String(port), 'PORT'));
      });
      c.on('close', (hadError) => console.log('close', hadError));
    });
  });
  s2.listen(port, '127.0.0.1');
});
for (const bad of [-1, 65536, 1.5, true]) {
  try {
    net.connect(bad);
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('x'), net.isIPv4('1.2.3.4'), net.isIPv6('fe80::1%eth0'));
