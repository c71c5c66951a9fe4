// MessageChannel: queued before a listener, close on both ends, ordering
// with nextTick and microtasks, receiveMessageOnPort, ref/unref/hasRef.
const { MessageChannel, MessagePort, receiveMessageOnPort } = require('worker_threads');
console.log(typeof MessageChannel === 'function', globalThis.MessagePort === MessagePort);
const { port1, port2 } = new MessageChannel();
console.log('hasRef before', port1.hasRef());
port2.postMessage('one');
port2.postMessage('two');
port2.postMessage('three');
console.log('sync', receiveMessageOnPort(port1));
console.log('sync empty?', receiveMessageOnPort(new MessageChannel().port1));
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));
setTimeout(() => {
  port1.on('message', function (m) {
    console.log('message', m, this === port1);
    process.nextTick(() => console.log('tick', m));
    Promise.resolve().then(() => console.log('micro', m));
  });
  console.log('hasRef after', port1.hasRef());
  port2.close();
}, 5);
const c = new MessageChannel();
c.port1.onmessage = (e) => { console.log('onmessage', e.constructor.name, e.data, e.ports.length); c.port1.close(); };
c.port2.postMessage({ x: 1 });
const u = new MessageChannel();
u.port1.on('message', () => {});
u.port1.unref();
console.log('unref hasRef', u.port1.hasRef());
try { new MessagePort(); } catch (e) { console.log(e.name, e.message); }
