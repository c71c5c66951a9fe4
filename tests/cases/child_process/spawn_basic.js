// spawn: stdout/stderr pipes, exit and close codes, spawnargs, pid
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
let out = '';
let err = '';
c.stdout.setEncoding('utf8');
c.stderr.setEncoding('utf8');
c.stdout.on('data', (d) => (out += d));
c.stderr.on('data', (d) => (err += d));
console.log(typeof c.pid, c.spawnfile, c.spawnargs, c.exitCode, c.signalCode, c.killed, c.connected);
console.log(c.stdio.length, c.stdin === c.stdio[0], c.stdout === c.stdio[1], c.stderr === c.stdio[2]);
let spawned = false;
c.on('spawn', () => (spawned = true));
c.on('exit', (code, signal) => console.log('exit', code, signal, spawned));
c.on('close', (code, signal) => {
  console.log('close', code, signal, JSON.stringify(out), JSON.stringify(err), c.exitCode, c.signalCode);
});
