// dgram socket options before and after bind: errors and return values.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
for (const [k, f] of [['bc', () => s.setBroadcast(true)], ['mttl', () => s.setMulticastTTL(5)], ['mloop', () => s.setMulticastLoopback(true)]]) { try { f(); console.log(k, 'ok'); } catch (e) { console.log(k, e.code, e.message, e.syscall); } }
s.bind(0, () => {
  for (const [k, f] of [['ttl0', () => s.setTTL(0)], ['ttl256', () => s.setTTL(256)], ['mttl256', () => s.setMulticastTTL(256)], ['ttlstr', () => s.setTTL('a')], ['ttl1', () => s.setTTL(1)], ['bc', () => s.setBroadcast(true)], ['mloop', () => s.setMulticastLoopback(false)]]) { try { const r = f(); console.log(k, 'ok', r); } catch (e) { console.log(k, e.code, e.message, e.syscall); } }
  s.close();
});
