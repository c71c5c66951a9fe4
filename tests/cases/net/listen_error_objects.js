// Listen and connect errors: code/errno/syscall/address/port and message as
// Node builds them (no port for port 0, port -1 for a pipe, EACCES for a
// pipe in a missing directory).
const net = require('net');
const fs = require('fs');
const inuse = '/tmp/host-case-listen-inuse.sock';
fs.rmSync(inuse, { force: true });
const log = (e) => console.log(e.code, e.errno, e.syscall, e.address, e.port, e.message, Object.keys(e).join());
const c = net.connect('/tmp/host-case-definitely-missing.sock');
c.on('error', (e) => {
  log(e);
  const s = net.createServer().listen(0, '1.2.3.4');
  s.on('error', (e) => {
    log(e);
    const s2 = net.createServer().listen('/tmp/host-case-missing-dir/a.sock');
    s2.on('error', (e) => {
      log(e);
      const s3 = net.createServer().listen(inuse, () => {
        const s4 = net.createServer().listen(inuse);
        s4.on('error', (e) => { log(e); s3.close(); });
      });
    });
  });
});
