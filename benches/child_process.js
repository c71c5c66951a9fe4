// child_process figures, one JSON line each: {"name", "value", "unit"}.
// Runs unchanged under node and host: `node benches/child_process.js`,
// `host benches/child_process.js`. BENCH_SCALE=0.2 shortens it.
'use strict';
const cp = require('child_process');
const path = require('path');

const scale = Number(process.env.BENCH_SCALE || 1);
const child = path.join(__dirname, 'fixtures', 'cp_echo_child.js');

function report(name, value, unit) {
  console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit }));
}

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

function times(n) {
  return Math.max(1, Math.round(n * scale));
}

// Mean latency of `n` sequential runs of start(done).
function latency(n, start) {
  return new Promise((resolve) => {
    let i = 0;
    const t0 = now();
    const next = () => {
      if (i++ === n) {
        resolve((now() - t0) / n);
        return;
      }
      start(next);
    };
    next();
  });
}

async function main() {
  report('spawn /bin/true', await latency(times(100), (done) => cp.spawn('/bin/true').on('close', done)), 'ms');
  report("exec('echo hi')", await latency(times(100), (done) => cp.exec('echo hi', () => done())), 'ms');
  report("execFile('/bin/echo')", await latency(times(100), (done) => cp.execFile('/bin/echo', ['hi'], () => done())), 'ms');

  // fork: time until the child's first message.
  report('fork to first message', await latency(times(10), (done) => {
    const c = cp.fork(child, ['ready']);
    c.once('message', () => {
      c.on('exit', done);
      if (c.connected) c.disconnect();
    });
  }), 'ms');

  // One long-lived child for the IPC figures.
  const c = cp.fork(child);
  await new Promise((r) => c.once('message', r));

  // Round trip: send, wait for the echo, repeat.
  const rounds = times(5000);
  let t0 = now();
  await new Promise((resolve) => {
    let left = rounds;
    c.on('message', function onEcho() {
      if (--left === 0) {
        c.off('message', onEcho);
        resolve();
      } else c.send({ ping: left });
    });
    c.send({ ping: left });
  });
  report('ipc round trip', ((now() - t0) * 1000) / rounds, 'us');

  // One way: the child counts and reports when it has all of them.
  const count = times(100000);
  t0 = now();
  await new Promise((resolve) => {
    c.once('message', resolve);
    c.send({ count });
    const msg = { n: 1, text: 'hello' };
    let sent = 0;
    const pump = () => {
      while (sent < count) {
        sent++;
        if (!c.send(msg)) {
          setImmediate(pump);
          return;
        }
      }
    };
    pump();
  });
  report('ipc one-way messages', count / ((now() - t0) / 1000), 'msg/s');
  c.disconnect();
}

main();
