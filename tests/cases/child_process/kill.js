// kill(): return values, killed, signalCode, names and numbers
const cp = require('child_process');
const a = cp.spawn('sleep', ['10']);
console.log(a.kill(), a.killed);
a.on('exit', (code, sig) => {
  console.log('a exit', code, sig, a.exitCode, a.signalCode, a.kill(), a.killed);
  const b = cp.spawn('sleep', ['10']);
  console.log(b.kill(0), b.killed);
  console.log(b.kill(9));
  b.on('exit', (code, sig) => {
    console.log('b exit', code, sig);
    const c = cp.spawn('sleep', ['10']);
    try {
      c.kill('SIGNOPE');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
    try {
      c.kill({});
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
    console.log(c.kill('SIGUSR1'));
    c.on('close', (code, sig) => console.log('c close', code, sig));
  });
});
