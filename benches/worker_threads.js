// worker_threads figures; runs under node and host:
//   node benches/worker_threads.js      host benches/worker_threads.js
// Prints one JSON line per figure: {"name", "value", "unit", "better"}.
'use strict';
const { Worker, MessageChannel } = require('worker_threads');

const emit = (name, value, unit, better = 'lower') =>
  console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit, better }));
const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

const echo = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => {
  if (m && m.buf) parentPort.postMessage(m, [m.buf]);
  else if (m === 'count') parentPort.postMessage(count);
  else if (typeof m === 'number' && m < 0) count++;
  else parentPort.postMessage(m);
});
let count = 0;
parentPort.postMessage('ready');
`;

function start() {
  return new Promise((resolve) => {
    const w = new Worker(echo, { eval: true });
    w.once('message', () => resolve(w));
  });
}

async function startup() {
  const n = 20;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const t0 = now();
    const w = await start();
    total += now() - t0;
    await w.terminate();
  }
  emit('worker_startup_to_first_message', total / n, 'ms');
}

async function roundTrip(w) {
  const n = 20000;
  await new Promise((resolve) => {
    let i = 0;
    const t0 = now();
    const on = () => {
      if (++i === n) {
        w.off('message', on);
        emit('postmessage_round_trip', ((now() - t0) * 1000) / n, 'us');
        resolve();
      } else w.postMessage(i);
    };
    w.on('message', on);
    w.postMessage(0);
  });
}

async function oneWay(w) {
  const n = 200000;
  const t0 = now();
  for (let i = 0; i < n; i++) w.postMessage(-1);
  w.postMessage('count');
  await new Promise((resolve) => w.once('message', resolve));
  emit('postmessage_one_way', n / ((now() - t0) / 1000), 'msg/s', 'higher');
}

async function transfer(w) {
  const n = 200;
  let buf = new ArrayBuffer(16 * 1024 * 1024);
  const roundTrips = async (count) => {
    for (let i = 0; i < count; i++) {
      w.postMessage({ buf }, [buf]);
      buf = (await new Promise((resolve) => w.once('message', resolve))).buf;
    }
  };
  await roundTrips(50); // warm-up: both runtimes optimize the loop first
  const t0 = now();
  await roundTrips(n);
  emit('arraybuffer_16mib_transfer_round_trip', (now() - t0) / n, 'ms');
}

async function channelBetweenWorkers() {
  const code = `
const { parentPort } = require('worker_threads');
parentPort.once('message', ({ port, n, lead }) => {
  let i = 0;
  port.on('message', (m) => {
    if (lead && ++i === n) { parentPort.postMessage('done'); port.close(); return; }
    port.postMessage(m);
  });
  if (lead) port.postMessage(0);
  else parentPort.postMessage('ready');
});`;
  const n = 20000;
  const a = new Worker(code, { eval: true });
  const b = new Worker(code, { eval: true });
  const { port1, port2 } = new MessageChannel();
  b.postMessage({ port: port2, n, lead: false }, [port2]);
  await new Promise((resolve) => b.once('message', resolve));
  const t0 = now();
  a.postMessage({ port: port1, n, lead: true }, [port1]);
  await new Promise((resolve) => a.once('message', resolve));
  emit('messagechannel_between_workers_round_trip', ((now() - t0) * 1000) / n, 'us');
  await a.terminate();
  await b.terminate();
}

async function atomicsPingPong() {
  const n = 100000;
  const sab = new SharedArrayBuffer(8);
  const ia = new Int32Array(sab);
  const w = new Worker(`
const { workerData: { sab, n } } = require('worker_threads');
const ia = new Int32Array(sab);
for (let i = 0; i < n; i++) {
  while (Atomics.load(ia, 0) !== 1) Atomics.wait(ia, 0, 0);
  Atomics.store(ia, 0, 0);
  Atomics.notify(ia, 0);
}`, { eval: true, workerData: { sab, n } });
  await new Promise((resolve) => w.once('online', resolve));
  const t0 = now();
  for (let i = 0; i < n; i++) {
    Atomics.store(ia, 0, 1);
    Atomics.notify(ia, 0);
    while (Atomics.load(ia, 0) !== 0) Atomics.wait(ia, 0, 1);
  }
  emit('atomics_ping_pong_round_trip', ((now() - t0) * 1000) / n, 'us');
  await new Promise((resolve) => w.once('exit', resolve));
}

async function rssPerWorker() {
  const n = 10;
  const settle = () => new Promise((r) => setTimeout(r, 200));
  await settle();
  const before = process.memoryUsage.rss();
  const ws = [];
  for (let i = 0; i < n; i++) ws.push(await start());
  await settle();
  const after = process.memoryUsage.rss();
  emit('rss_per_idle_worker', (after - before) / n / (1024 * 1024), 'MiB');
  for (const w of ws) await w.terminate();
}

(async () => {
  await startup();
  const w = await start();
  await roundTrip(w);
  await oneWay(w);
  await transfer(w);
  await w.terminate();
  await channelBetweenWorkers();
  await atomicsPingPong();
  await rssPerWorker();
})();
