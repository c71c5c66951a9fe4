// AbortSignal on http.request / net.connect / server.listen: AbortError with
// the signal's reason as cause.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { setTimeout(() => res.end('late'), 100); });
server.listen(0, async () => {
  const port = server.address().port;
  await new Promise((resolve) => {
    const ac = new AbortController();
    const r = http.get({ port, signal: ac.signal, agent: false });
    r.on('error', (e) => console.log('abort err', e.name, e.code, e.message, typeof e.cause === 'string' ? e.cause : e.cause && e.cause.name + ' ' + e.cause.message));
    r.on('close', () => { console.log('closed', r.destroyed); resolve(); });
    setTimeout(() => ac.abort(), 20);
  });
  await new Promise((resolve) => {
    const r = http.get({ port, signal: AbortSignal.abort('why'), agent: false });
    r.on('error', (e) => console.log('pre-aborted err', e.name, e.code, e.message, typeof e.cause === 'string' ? e.cause : e.cause && e.cause.name + ' ' + e.cause.message));
    r.on('close', () => { console.log('closed2'); resolve(); });
  });
  await new Promise((resolve) => {
    const ac = new AbortController();
    const c = net.connect({ port, signal: ac.signal });
    c.on('error', (e) => console.log('net abort err', e.name, e.code, e.message));
    c.on('close', () => { console.log('net closed'); resolve(); });
    c.on('connect', () => ac.abort());
  });
  await new Promise((resolve) => {
    const ac = new AbortController();
    const s = net.createServer();
    s.listen({ port: 0, signal: ac.signal }, () => { ac.abort(); });
    s.on('close', () => { console.log('server aborted closed'); resolve(); });
  });
  server.close(); server.closeAllConnections();
});
