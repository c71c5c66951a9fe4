// A custom lookup is asked for all addresses (autoSelectFamily is on by
// default) by http.request and net.connect; its errors reach the socket.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end(req.headers.host));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const lookup = (host, opts, cb) => { console.log('lookup called', host, typeof opts, opts.family, opts.all); if (opts.all) cb(null, [{ address: '127.0.0.1', family: 4 }]); else cb(null, '127.0.0.1', 4); };
  http.get({ port, host: 'my.fake.host', lookup, agent: false }, (res) => {
    let d = ''; res.on('data', (c) => d += c);
    res.on('end', () => {
      console.log('body', d.replace(String(port), 'PORT'));
      const c = net.connect({ port, host: 'other.fake', lookup }, () => { console.log('net connected', c.remoteAddress); c.destroy(); });
      c.on('lookup', (err, addr, fam, host) => console.log('lookup event', err, addr, fam, host));
      c.on('close', () => {
        const bad = net.connect({ port, host: 'x.fake', lookup: (h, o, cb) => cb(Object.assign(new Error('nope'), { code: 'ENOTFOUND' })) });
        bad.on('error', (e) => { console.log('lookup failure', e.code, e.message); server.close(); });
      });
    });
  });
});
