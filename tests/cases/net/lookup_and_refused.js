const net = require('net');
// connect to localhost when only 127.0.0.1 listens / only ::1
const s4 = net.createServer((c) => c.end('v4')).listen(0, '127.0.0.1', () => {
  const c = net.connect(s4.address().port, 'localhost', () => console.log('connected v4', c.remoteAddress));
  c.on('lookup', (err, addr, fam, host) => console.log('lookup', err, addr, fam, host));
  c.on('data', (d) => console.log(d.toString()));
  c.on('close', () => {
    s4.close();
    refused();
  });
});
function refused() {
  const c = net.connect(1, '127.0.0.1');
  c.on('error', (e) => console.log(Object.keys(e), e.code, e.errno, e.syscall, e.address, e.port, e.message));
  c.on('lookup', () => console.log('no lookup for an IP'));
  c.on('close', (h) => { console.log('close', h);
    const d = net.connect({ port: 1, host: 'localhost' });
    d.on('error', (e) => console.log(e.constructor.name, e.code, e.message));
    d.on('close', () => {
      const u = net.connect({ port: 1, host: 'no.such.host.invalid' });
      u.on('lookup', (err, a, f, h) => console.log('lookup event', err && err.code, a, f, h));
      u.on('error', (e) => console.log('lookup error', e.code, e.errno, e.syscall, e.hostname, e.message));
    });
  });
}
