const http = require('http');
const net = require('net');
let n = 0;
const lines = [];
const srv = net.createServer((c) => {
  let all = '';
  let answered = false;
  c.on('data', (d) => {
    all += d;
    // Answer once the head and any body have arrived.
    const head = all.indexOf('\r\n\r\n');
    if (answered || head === -1) return;
    const cl = /content-length: (\d+)/i.exec(all);
    const body = all.slice(head + 4);
    const chunked = /transfer-encoding: chunked/i.test(all);
    if ((cl && body.length < Number(cl[1])) || (chunked && !body.endsWith('0\r\n\r\n'))) return;
    answered = true;
    lines.push(all.replace(/:\d{4,5}/g, ':PORT').replace(/\r\n/g, '|'));
    c.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n' + (all.startsWith('HEAD') ? '' : 'ok'));
  });
});
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const go = (opts, body, extra) => new Promise((r) => {
    const req = http.request({ port, host: '127.0.0.1', ...opts }, (res) => { res.resume(); res.on('end', r); });
    if (extra) extra(req);
    if (body !== undefined) req.end(body); else req.end();
  });
  await go({ path: '/a' });
  await go({ path: '/b', agent: false });
  await go({ path: '/c', method: 'POST' }, 'hello');
  await go({ path: '/d', method: 'POST' }, undefined, (req) => { req.write('chunk1'); });
  await go({ path: '/e', method: 'PUT', headers: { 'Content-Type': 'x', 'X-Multi': ['1', '2'] } }, Buffer.from('buf'));
  await go({ path: '/f', headers: [['X-Arr', 'v'], ['x-arr', 'w']] });
  await go({ path: '/g', method: 'HEAD', agent: new http.Agent({ keepAlive: true }) });
  await go({ path: '/h', auth: 'user:pass', headers: { connection: 'keep-alive' } });
  await go({ path: '/i', method: 'DELETE' }, 'del');
  await go({ path: '/j', headers: { 'transfer-encoding': 'chunked' }, method: 'POST' }, 'tc');
  await go({ path: '/k', headers: { expect: '100-continue' }, method: 'POST' }, 'x');
  for (const l of lines) console.log(l);
  srv.close();
});
