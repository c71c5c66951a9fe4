// port.postMessage(value, transferList): the forms of the second argument.
const { port1 } = new MessageChannel();
for (const t of [{}, { transfer: null }, 'str', 5, new Set(), { a: 1 }]) {
  try { port1.postMessage('x', t); console.log('ok', t); } catch (e) { console.log(e.code, e.message); }
}
port1.close();
