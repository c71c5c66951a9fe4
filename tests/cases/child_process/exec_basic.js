// exec/execFile: buffering, errors, maxBuffer, timeout
const cp = require('child_process');
const steps = [
  (next) => cp.exec('echo hello; echo oops >&2', (err, stdout, stderr) => {
    console.log('ok', err, JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => cp.exec('echo out; echo err >&2; exit 3', (err, stdout, stderr) => {
    console.log(JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
    console.log(Object.keys(err));
    next();
  }),
  (next) => cp.execFile('no_such_program_xyz', ['a'], (err, stdout, stderr) => {
    console.log(err.message, err.code, err.errno, err.syscall, err.path, err.spawnargs, err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => cp.exec('yes | head -c 200000', { maxBuffer: 100 }, (err, stdout, stderr) => {
    console.log(err.name, err.code, err.message, err.cmd, stdout.length, JSON.stringify(stderr));
    next();
  }),
  (next) => cp.exec('sleep 5', { timeout: 50 }, (err) => {
    console.log(JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd);
    next();
  }),
  (next) => cp.exec('sleep 5', { timeout: 50, killSignal: 'SIGKILL' }, (err) => {
    console.log(err.killed, err.signal);
    next();
  }),
  (next) => cp.execFile('sh', ['-c', 'echo "$0 $1 $FOO"', 'a', 'b'], { env: { FOO: 'bar', UNSET: undefined, PATH: process.env.PATH } }, (err, stdout) => {
    console.log(err, JSON.stringify(stdout));
    next();
  }),
  (next) => cp.execFile('pwd', { cwd: '/tmp' }, (err, stdout) => {
    console.log(err, JSON.stringify(stdout));
    next();
  }),
  (next) => cp.exec('echo $0', { shell: '/bin/bash' }, (err, stdout) => {
    console.log(err, JSON.stringify(stdout));
    next();
  }),
  (next) => cp.exec('sh -c "kill -TERM $$"', (err) => {
    console.log(err.code, err.killed, err.signal);
    next();
  }),
  (next) => {
    const child = cp.exec('cat', (err, stdout) => {
      console.log('cat', err, JSON.stringify(stdout));
      next();
    });
    child.stdin.end('piped in');
  },
];
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
