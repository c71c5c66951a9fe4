const dgram = require('dgram');
const a = dgram.createSocket('udp4');
a.on('listening', () => console.log('a listening', typeof a.address().port, a.address().address, a.address().family));
const got = [];
a.on('message', (m, r) => {
  got.push(['a msg', JSON.stringify(m.toString()), r.address, r.family, typeof r.port, r.size]);
  if (m.toString() === 'done') { a.close(() => { for (const g of got) console.log(...g); console.log('a closed'); }); }
});
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = dgram.createSocket({ type: 'udp4' });
  try { b.remoteAddress(); } catch (e) { console.log(e.code, e.message); }
  b.send('hello', port, '127.0.0.1', (e, n) => console.log('send cb', e, n));
  b.send(Buffer.from('abcdef'), 1, 3, port, '127.0.0.1');
  b.send([Buffer.from('ar'), 'ray'], port, '127.0.0.1', () => {
    b.connect(port, '127.0.0.1', () => {
      console.log('connected', b.remoteAddress().port === port);
      try { b.send('x', port, '127.0.0.1'); } catch (e) { console.log(e.code, e.message); }
      try { b.connect(port); } catch (e) { console.log(e.code, e.message); }
      b.send('conn', (e) => {
        b.disconnect();
        try { b.disconnect(); } catch (e) { console.log(e.code, e.message); }
        b.send('done', port, '127.0.0.1', () => b.close());
      });
    });
  });
  b.on('close', () => { console.log('b close'); try { b.send('x', 1); } catch (e) { console.log(e.code, e.message); } try { b.close(); } catch (e) { console.log(e.code, e.message); } });
});
try { dgram.createSocket('udp5'); } catch (e) { console.log(e.code, e.message); }
const u = dgram.createSocket('udp4'); u.bind(); u.unref();
const v6 = dgram.createSocket('udp6'); v6.bind(0, '::1', () => { console.log('v6', v6.address().family, v6.address().address); v6.close(); });
