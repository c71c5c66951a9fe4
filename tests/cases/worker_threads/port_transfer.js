// A MessagePort moved through another port and through structuredClone keeps its queue.
const { MessageChannel } = require('worker_threads');
const a = new MessageChannel();
const b = new MessageChannel();
b.port1.on('message', ({ p }) => {
  p.on('message', (m) => { console.log('moved port got', m); p.close(); b.port1.close(); });
});
a.port2.postMessage('before move');
b.port2.postMessage({ p: a.port1 }, [a.port1]);
console.log('old hasRef', a.port1.hasRef());
a.port2.postMessage('after move');
const c = structuredClone({ q: a.port2 }, { transfer: [a.port2] });
c.q.postMessage('from clone');
