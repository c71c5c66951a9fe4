const net = require('net');
// unref'd server lets process exit; unref'd socket too
const s = net.createServer().listen(0, () => { console.log('listening'); s.unref(); });
const s2 = net.createServer((c) => { c.unref(); }).listen(0, '127.0.0.1', () => {
  const c = net.connect(s2.address().port, '127.0.0.1', () => { console.log('connected'); c.unref(); s2.unref(); });
});
process.on('exit', () => console.log('exit'));
