// Synchronous argument errors of net.connect / socket.setTimeout / listen.
const net = require('net');
const tries = {
  'connect()': () => net.connect(),
  'port -1': () => net.connect({ port: -1 }),
  'port abc': () => net.connect({ port: 'abc' }),
  'listen 70000': () => net.createServer().listen({ port: 70000 }),
  'setTimeout(-1)': () => new net.Socket().setTimeout(-1),
  'setTimeout(Infinity)': () => new net.Socket().setTimeout(Infinity),
  'setTimeout("1")': () => new net.Socket().setTimeout('1'),
  'host 5': () => net.connect({ port: 80, host: 5 }),
  'host {}': () => net.connect({ port: 80, host: {} }),
};
for (const [k, f] of Object.entries(tries)) {
  try {
    const s = f();
    console.log(k, 'no throw');
    if (s && typeof s.destroy === 'function') s.destroy();
  } catch (e) {
    console.log(k, e.code, e.name, e.message);
  }
}
