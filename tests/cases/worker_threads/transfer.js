// ArrayBuffer transfer (sender detached) and MessagePort transfer to a worker.
const { Worker, MessageChannel } = require('worker_threads');
const w = new Worker(`
const { parentPort } = require('worker_threads');
parentPort.on('message', ({ buf, port }) => {
  const u = new Uint8Array(buf);
  port.postMessage({ len: buf.byteLength, first: u[0], last: u[u.length - 1] });
  port.close();
  parentPort.close();
});
`, { eval: true });
const buf = new ArrayBuffer(1024 * 1024);
const u = new Uint8Array(buf);
u[0] = 1; u[u.length - 1] = 255;
const { port1, port2 } = new MessageChannel();
port1.on('message', (m) => console.log('via port', m));
port1.on('close', () => console.log('port closed'));
w.postMessage({ buf, port: port2 }, [buf, port2]);
console.log('detached', buf.byteLength, u.length);
try { port2.postMessage(1); console.log('post on moved port ok'); } catch (e) { console.log(e.message); }
let exitCode;
w.on('exit', (c) => { exitCode = c; });
process.on('exit', () => console.log('worker exit', exitCode));
