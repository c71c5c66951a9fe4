// execArgv: which node options a Worker accepts, and Node's messages for the rest.
const { Worker } = require('worker_threads');
for (const a of [['--expose-gc', '--title=x'], ['-r'], ['-r', './nope-not-used'], ['--input-type=bad'], ['--unhandled-rejections=bad'], ['--unhandled-rejections=strict'], ['--stack-trace-limit=5'], ['--require'], ['--import'], ['-C'], ['--conditions'], ['--max-semi-space-size=4', '--no-warnings'], ['--tls-min-v1.2'], ['-p', '1'], ['-i'], ['--experimental-foo'], ['--no-foo'], ['-x'], ['--env-file'], ['--disable-warning'], ['--inspect=0'], ['--inspect-port=9229']]) {
  try { const w = new Worker('1', { eval: true, execArgv: a }); w.on('error', (e) => console.log(a, 'error event', e.code, e.message)); w.terminate(); console.log(a, 'ok'); }
  catch (e) { console.log(a, e.code, e.message); }
}
const more = ['--max-old-space-size=100', '--expose-gc', '--title=x', '--inspect', '--no-warnings', '--stack-size=100', '--abort-on-uncaught-exception', '--harmony', '--jitless', '--experimental-vm-modules', '--foo-bar', '--env-file=x', '--max-semi-space-size=4', '--use-strict', '--allow-natives-syntax', '--prof', '--v8-options', '--trace-gc', '--zero-fill-buffers', '--no-deprecation', '--title', '--heapsnapshot-signal=SIGUSR2', '--openssl-config=x', '--tls-min-v1.0', '--disallow-code-generation-from-strings', '--experimental-permission', '--icu-data-dir=x', '--max-http-header-size=1000', '--redirect-warnings=x', '--secure-heap=0', '--eval', '-e', 'plain-arg', '--huge-max-old-generation-size'];
for (const f of more) {
  try {
    const w = new Worker('1', { eval: true, execArgv: [f] });
    w.on('error', (e) => console.log(f, 'error event', e.code));
    w.terminate();
    console.log(f, 'ok');
  } catch (e) { console.log(f, e.code, e.message); }
}
