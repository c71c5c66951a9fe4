const net = require('net');
// listen forms + address
function L(args, cb) {
  const s = net.createServer();
  s.on('error', (e) => { console.log('err', args.length, e.code, e.syscall, e.message.replace(/\d{4,5}/, 'P')); cb(); });
  s.listen(...args, () => {
    const a = s.address();
    console.log('listening', typeof a === 'string' ? a.includes('host-net-lf') : { ...a, port: typeof a.port }, s.listening);
    s.close((e) => { const b = s.address(); console.log('closed', e, s.listening, typeof b === 'string' ? b.includes('host-net-lf') : b); cb(); });
  });
}
const steps = [
  (n) => L([0], n),
  (n) => L([0, '127.0.0.1'], n),
  (n) => L([0, '::1'], n),
  (n) => L([0, '127.0.0.1', 10], n),
  (n) => L([{ port: 0, host: 'localhost' }], n),
  (n) => L([{ port: 0, ipv6Only: true }], n),
  (n) => L([{ port: 0, exclusive: true, host: '127.0.0.1' }], n),
  (n) => L([require('path').join(require('os').tmpdir(), 'host-net-lf1-' + process.pid + '.sock')], n),
  (n) => L([{ path: require('path').join(require('os').tmpdir(), 'host-net-lf2-' + process.pid + '.sock') }], n),
  (n) => L([80, '127.0.0.1'], n),
  (n) => L([0, 'no.such.host.invalid'], n),
  (n) => { try { net.createServer().listen({}); } catch (e) { console.log(e.code, e.message); } n(); },
  (n) => { try { net.createServer().listen({ port: -1 }); } catch (e) { console.log(e.code, e.message); } n(); },
  (n) => { const s = net.createServer(); s.close((e) => { console.log('close not running', e.code, e.message); n(); }); },
  (n) => { const s = net.createServer(); console.log(s.address(), s.listening, s.maxConnections, s.connections); n(); },
];
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); };
next();
