// spawn errors: async ENOENT/EACCES with Node's properties, sync throws
const cp = require('child_process');
function props(e) {
  return JSON.stringify({ message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, path: e.path, spawnargs: e.spawnargs });
}
const a = cp.spawn('no_such_program_xyz', ['a', 'b']);
console.log('pid', a.pid, a.stdin !== null);
a.on('error', (e) => console.log('error', props(e)));
a.on('exit', () => console.log('never: exit'));
a.on('close', (code, sig) => {
  console.log('close', code, sig, a.exitCode);
  const b = cp.spawn('/etc/passwd', [], { cwd: '/' });
  b.on('error', (e) => console.log('eacces', props(e)));
  b.on('close', () => {
    const c = cp.spawn('ls', [], { cwd: '/no/such/dir' });
    c.on('error', (e) => console.log('bad cwd', props(e)));
  });
});
try {
  cp.spawn('ls', [], { cwd: '/etc/passwd' });
} catch (e) {
  console.log('thrown', props(e));
}
for (const bad of [
  () => cp.spawn(42),
  () => cp.spawn(''),
  () => cp.spawn('ls', 'x'),
  () => cp.spawn('ls', [], 'x'),
  () => cp.spawn('ls', [], { cwd: 42 }),
  () => cp.spawn('ls', [], { stdio: 'bogus' }),
  () => cp.spawn('ls', [], { detached: 'yes' }),
  () => cp.spawn('ls', [], { shell: 1 }),
  () => cp.spawn('ls', ['a\u0000b']),
  () => cp.spawn('ls', [], { timeout: -1 }),
  () => cp.spawn('ls', [], { killSignal: 'SIGNOPE' }),
  () => cp.spawn('ls', [], { serialization: 'xml' }),
  () => cp.execFile('ls', [], { maxBuffer: -1 }),
  () => cp.fork('x.js', { stdio: ['pipe', 'pipe', 'pipe'] }),
  () => cp.spawnSync('ls', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }),
]) {
  try {
    bad();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const r = cp.spawnSync('no_such_program_xyz', ['q']);
console.log('sync', props(r.error), r.status, r.signal, r.output, r.pid, r.stdout, r.stderr);
