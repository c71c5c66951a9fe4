// fork: the parent disconnects; the child sees 'disconnect' and ends;
// NODE_ messages from the child reach 'internalMessage' only
const cp = require('child_process');
const child = cp.fork(__dirname + '/fixtures/fork_listener.js', [], { execArgv: [] });
child.on('internalMessage', (m) => console.log('parent internal', JSON.stringify(m)));
child.on('message', (m) => {
  console.log('parent message', JSON.stringify(m));
  if (m === 'listening') {
    console.log('disconnect', child.disconnect(), child.connected, child.channel);
  }
});
child.on('exit', (code, sig) => console.log('exit', code, sig));
