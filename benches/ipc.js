// IPC throughput (small and 64 KiB messages, json and advanced) and
// connections handed from a parent to 2 children per second.
const { fork } = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  let n = 0;
  process.on('message', (m, handle) => {
    if (handle) {
      handle.end('ok');
      return;
    }
    if (m === 'done') {
      process.send(n);
      n = 0;
    } else n++;
  });
  return;
}

function figure(name, value, unit, better) {
  console.log(JSON.stringify({ name, value, unit, better }));
}

async function throughput(mode, payload, count) {
  const child = fork(__filename, ['child'], { serialization: mode });
  const start = process.hrtime.bigint();
  await new Promise((resolve) => {
    let i = 0;
    const pump = () => {
      while (i < count) {
        i++;
        if (!child.send(payload)) return setImmediate(pump);
      }
      child.send('done');
    };
    child.once('message', resolve);
    pump();
  });
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  child.disconnect();
  return count / secs;
}

async function handoff(total) {
  const children = [fork(__filename, ['child']), fork(__filename, ['child'])];
  let next = 0;
  const server = net.createServer((socket) => {
    children[next++ % 2].send('conn', socket);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const start = process.hrtime.bigint();
  let done = 0;
  await new Promise((resolve) => {
    const one = () => {
      const c = net.connect(port, '127.0.0.1');
      c.resume();
      c.on('close', () => {
        if (++done === total) resolve();
        else if (done + 8 <= total) one();
      });
    };
    for (let i = 0; i < 8; i++) one();
  });
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  server.close();
  for (const c of children) c.disconnect();
  return total / secs;
}

(async () => {
  const small = { op: 'tick', n: 1 };
  const big = 'x'.repeat(64 * 1024);
  for (const mode of ['json', 'advanced']) {
    figure(`ipc ${mode}: small messages one way`, await throughput(mode, small, 100000), 'msg/s', 'higher');
    figure(`ipc ${mode}: 64 KiB messages one way`, await throughput(mode, big, 2000), 'msg/s', 'higher');
  }
  figure('ipc: connections handed to 2 children', await handoff(2000), 'conn/s', 'higher');
})();
