// spawn options: argv0, shell, env, timeout + killSignal, AbortSignal, ref
const cp = require('child_process');
const steps = [
  (next) => {
    const c = cp.spawn('sh', ['-c', 'echo "$0"'], { argv0: 'custom-name' });
    c.stdout.setEncoding('utf8');
    c.stdout.on('data', (d) => console.log('argv0', d.trim(), c.spawnargs));
    c.on('close', next);
  },
  (next) => {
    const c = cp.spawn('echo $((6 * 7)) "$HOME_X"', { shell: true, env: { HOME_X: 'set', DROPPED: undefined, PATH: process.env.PATH } });
    c.stdout.setEncoding('utf8');
    c.stdout.on('data', (d) => console.log('shell', d.trim(), c.spawnfile, c.spawnargs));
    c.on('close', next);
  },
  (next) => {
    const c = cp.spawn('sleep', ['5'], { timeout: 30, killSignal: 'SIGINT' });
    c.on('exit', (code, sig) => console.log('timeout', code, sig, c.killed));
    c.on('close', next);
  },
  (next) => {
    const ac = new AbortController();
    const c = cp.spawn('sleep', ['5'], { signal: ac.signal });
    c.on('error', (e) => console.log('abort error', e.name, e.code, e.message));
    c.on('exit', (code, sig) => console.log('aborted', code, sig));
    c.on('close', next);
    ac.abort();
  },
  (next) => {
    const c = cp.spawn('sleep', ['5'], { signal: AbortSignal.abort('why') });
    c.on('error', (e) => console.log('pre-aborted', e.name, e.cause));
    c.on('close', next);
  },
  (next) => {
    const c = cp.spawn('true', { stdio: 'ignore', windowsHide: true, windowsVerbatimArguments: false });
    c.unref();
    c.ref();
    c.on('close', (code) => {
      console.log('ref', code);
      next();
    });
  },
];
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
