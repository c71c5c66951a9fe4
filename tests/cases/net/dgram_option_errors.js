// dgram option errors name the method as syscall (setTTL, setBroadcast, ...).
const dgram = require('dgram');
const t = (k, f) => { try { const r = f(); console.log(k, 'ok', r === undefined ? '' : typeof r); } catch (e) { console.log(k, e.code, e.name, e.message, e.syscall); } };
const s = dgram.createSocket('udp4');
t('address before bind', () => s.address());
t('setTTL before bind', () => s.setTTL(5));
t('remoteAddress unconnected', () => s.remoteAddress());
s.bind(0, '127.0.0.1', () => {
  t('bind twice', () => s.bind(0));
  t('setTTL 0', () => s.setTTL(0));
  t('setTTL ok', () => s.setTTL(64));
  t('send bad port', () => s.send('x', 70000, '127.0.0.1'));
  t('send bad msg', () => s.send(5, 1234, '127.0.0.1'));
  t('disconnect not connected', () => s.disconnect());
  s.connect(9, '127.0.0.1', (err) => {
    console.log('connected', err, s.remoteAddress().port);
    t('connect twice', () => s.connect(9));
    t('send with port when connected', () => s.send('x', 9, '127.0.0.1'));
    s.close(() => {
      t('send after close', () => s.send('x', 1234, '127.0.0.1'));
      t('close twice', () => s.close());
    });
  });
});
