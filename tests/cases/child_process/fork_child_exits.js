// fork: a child that exits on its own; the parent sees disconnect, exit, close
const cp = require('child_process');
const child = cp.fork(__dirname + '/fixtures/fork_quick.js', { silent: true });
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => (out += d));
const ev = [];
child.on('message', (m) => ev.push('message ' + JSON.stringify(m)));
child.on('disconnect', () => ev.push('disconnect'));
child.on('exit', (c, s) => ev.push(`exit ${c} ${s}`));
child.on('close', (c, s) => {
  ev.push(`close ${c} ${s}`);
  console.log(ev.join(' | '));
  console.log(JSON.stringify(out));
});
