const net = require('net');
const os = require('os');
const fs = require('fs');
const path = `${os.tmpdir()}/host-net-test-${process.pid}.sock`;
const server = net.createServer((s) => s.end('bye'));
server.listen(path, () => {
  console.log('address is path', server.address() === path);
  const c = net.connect(path);
  let got = '';
  c.on('data', (d) => got += d);
  c.on('end', () => {
    console.log('got', got);
    server.close(() => console.log('closed, file removed:', !fs.existsSync(path)));
  });
});
