// moveMessagePortToContext(): the port becomes an object of the vm context,
// its messages are made there, and the old object goes dead.
const vm = require('vm');
const { MessageChannel, moveMessagePortToContext } = require('worker_threads');
const ctx = vm.createContext({ console });
const { port1, port2 } = new MessageChannel();
const moved = moveMessagePortToContext(port1, ctx);
console.log(typeof moved, Object.getPrototypeOf(moved) === Object.prototype, moved.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(moved)));
console.log(moved instanceof EventTarget, typeof moved.on, typeof moved.addEventListener);
ctx.port = moved;
vm.runInContext(`port.onmessage = (e) => { console.log('ctx got', typeof e, e.constructor.name, JSON.stringify(e.data), e.data instanceof Object, Array.isArray(e.data.arr), e.data.arr instanceof Array); port.postMessage('reply'); }; port.start();`, ctx);
port2.on('message', (m) => { console.log('main got', m); port2.close(); console.log(typeof moved.close, typeof moved.ref, typeof moved.unref); });
port2.postMessage({ arr: [1, 2] });
try { port1.postMessage('x'); console.log('old port posted silently'); } catch (e) { console.log('old', e.code, e.message); }
try { moveMessagePortToContext({}, ctx); } catch (e) { console.log(e.code, e.message); }
try { moveMessagePortToContext(port2, {}); } catch (e) { console.log(e.code, e.message); }
