const net = require('net');
const a = net.createServer((c) => c.end('from a')).listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  console.log(typeof a._handle.fd, a._handle.fd > 2);
  const b = net.createServer((c) => c.end('from b'));
  b.listen(a._handle, () => {
    console.log('b listening', b.address().port === port);
    const c = net.createServer((s) => s.end('from c'));
    c.on('error', (e) => {
      console.log('c error', e.code, e.errno, e.syscall, e.address, e.message);
      b.close();
      a.close(() => console.log('a and b closed'));
    });
    c.listen({ fd: a._handle.fd }, () => {
      console.log('c listening', c.address().port === port);
      b.close(); c.close();
      a.close(() => console.log('all closed'));
    });
  });
});
try { net.createServer().listen({ fd: -5 }); } catch (e) { console.log(e.code, e.message); }
try { new net.Socket({ fd: 99999 }); } catch (e) { console.log(e.code, e.name, e.message); }
