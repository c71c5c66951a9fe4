const dgram = require('dgram');
const c = dgram.createSocket('udp4');
c.bind(0, '127.0.0.1', () => {
  const c2 = dgram.createSocket('udp4');
  c2.on('error', (e) => {
    console.log('bind err', e.code, e.errno, e.syscall, e.address, e.port === c.address().port, e.message.replace(/\d+$/, 'P'));
    c.close();
    c2.close(() => console.log('c2 closed'));
  });
  c2.bind(c.address().port, '127.0.0.1');
});
const d = dgram.createSocket('udp4');
try { d.address(); } catch (e) { console.log(e.code, e.syscall, e.message); }
try { d.send('x'); } catch (e) { console.log(e.code, e.message); }
try { d.send(5, 1, 'localhost'); } catch (e) { console.log(e.code, e.message); }
try { d.connect(0); } catch (e) { console.log(e.code, e.message); }
d.close(() => { try { d.close(); } catch (e) { console.log('second close', e.code, e.message); } });
const e = dgram.createSocket({ type: 'udp4', reuseAddr: true });
e.bind({ port: 0, address: '127.0.0.1', exclusive: true }, () => { console.log('options bind', e.address().family); e.close(); });
