const net = require('net');
let total = 0;
const srv = net.createServer((c) => {
  c.pause();
  setTimeout(() => { c.on('data', (d) => total += d.length); c.resume(); }, 50);
  c.on('end', () => { console.log('server got', total); c.end(); });
});
srv.listen(0, () => {
  const c = net.connect(srv.address().port);
  c.on('connect', () => {
    const big = Buffer.alloc(1024 * 1024, 1);
    let n = 0, drains = 0, falses = 0;
    const cbs = [];
    function go() {
      while (n < 8) {
        const i = n++;
        const ok = c.write(big, () => cbs.push(i));
        if (!ok) { falses++; c.once('drain', () => { drains++; go(); }); return; }
      }
      c.end(() => console.log('end cb', falses > 0, drains > 0, cbs.join(','), c.bytesWritten, c.writableLength));
    }
    go();
  });
  c.on('close', () => srv.close());
  c.resume();
});
