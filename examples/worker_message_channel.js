// A MessageChannel between two workers: the main thread creates the
// channel and transfers one port to each worker; they then talk directly.
//   host examples/worker_message_channel.js
const { Worker, MessageChannel } = require('worker_threads');

const code = `
const { parentPort, workerData } = require('worker_threads');
parentPort.once('message', (port) => {
  port.on('message', (msg) => {
    console.log(workerData.name + ' received: ' + msg.text);
    if (msg.hops < 3) port.postMessage({ text: 'hello from ' + workerData.name, hops: msg.hops + 1 });
    else port.close();
  });
  if (workerData.name === 'ping') port.postMessage({ text: 'hello from ping', hops: 0 });
});
`;
const { port1, port2 } = new MessageChannel();
const ping = new Worker(code, { eval: true, workerData: { name: 'ping' } });
const pong = new Worker(code, { eval: true, workerData: { name: 'pong' } });
pong.postMessage(port2, [port2]);
ping.postMessage(port1, [port1]);
for (const w of [ping, pong]) w.on('exit', (c) => console.log(`worker exited with ${c}`));
