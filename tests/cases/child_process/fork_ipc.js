// fork: messages both ways, send callbacks, internal messages, disconnect
const cp = require('child_process');
const child = cp.fork(__dirname + '/fixtures/fork_child.js', ['arg1'], { env: { ...process.env, FROM_PARENT: 'yes' } });
console.log(child.connected, typeof child.send, child.stdio.length, child.stdin, child.stdout);
const events = [];
child.on('internalMessage', (m) => console.log('parent internal', JSON.stringify(m)));
child.on('message', (m) => {
  console.log('parent got', JSON.stringify(m));
  if (m.argv) {
    console.log(child.send({ n: 1, nested: { a: [1, 2] } }, (err) => console.log('send cb', err)));
    child.send('a string');
    child.send(42);
    child.send(true);
    child.send(null);
    child.send({ cmd: 'NODE_SECRET', x: 1 });
    child.send({ cmd: 'NOT_INTERNAL' });
    child.send({ done: true });
  }
});
child.on('disconnect', () => events.push('disconnect'));
child.on('exit', (code, sig) => events.push(`exit ${code} ${sig}`));
child.on('close', (code, sig) => {
  events.push(`close ${code} ${sig}`);
  console.log(events.join(', '), child.connected);
  child.send('late', (err) => console.log('late send', err.code, err.message));
  try {
    child.send(undefined);
  } catch (e) {
    console.log(e.code, e.message);
  }
  child.disconnect();
});
child.on('error', (e) => console.log('child error', e.code, e.message));
