// Writes queued before connect, end(data, cb), a write after end (its error
// comes before 'finish': shutdown completes on a later loop turn).
const net = require('net');
const server = net.createServer((s) => {
  s.setEncoding('hex');
  let d = ''; s.on('data', (x) => d += x);
  s.on('end', () => { console.log('S got', d); s.end(); });
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  console.log('before connect', c.write('ab', 'hex'), c.write('cd', 'latin1'), c.writableLength, c.bytesWritten, c.writableHighWaterMark, c.readableHighWaterMark);
  c.on('connect', () => {
    console.log('after connect bytesWritten', c.bytesWritten);
    c.end(Buffer.from([0xff]), () => console.log('end cb'));
    c.write('late', (err) => console.log('write cb', err && err.code, err && err.message));
    c.end(() => console.log('second end cb'));
  });
  c.on('error', (e) => console.log('error', e.code, e.message));
  c.on('close', () => { console.log('close', c.bytesWritten); server.close(); });
  c.resume();
});
