// seed 004's daemon recipe: spawn, setsid (detached), cwd, unref. The
// parent exits at once; the daemon runs on in its own session.
const { spawn } = require('child_process');
const daemon = spawn('node', ['-e', 'setTimeout(() => {}, 10000); console.log("never seen")'], {
  detached: true,
  stdio: 'ignore',
  cwd: '/',
});
daemon.unref();
console.log('daemon pid', daemon.pid, '- see it with: ps -o pid,ppid,sid,cmd -p', daemon.pid);
