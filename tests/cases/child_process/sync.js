// spawnSync / execSync / execFileSync
const cp = require('child_process');
let r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3'], { encoding: 'utf8' });
console.log(r.status, r.signal, JSON.stringify(r.stdout), JSON.stringify(r.stderr), r.output.length, r.output[0], typeof r.pid);
r = cp.spawnSync('sh', ['-c', 'kill -9 $$']);
console.log(r.status, r.signal);
r = cp.spawnSync('cat', { input: 'fed through stdin', encoding: 'utf8' });
console.log(JSON.stringify(r.stdout));
r = cp.spawnSync('sleep', ['5'], { timeout: 50 });
console.log(r.error.code, r.error.errno, r.error.syscall, r.error.path, r.error.spawnargs, r.status, r.signal);
r = cp.spawnSync('sh', ['-c', 'yes | head -c 300000'], { maxBuffer: 100 });
console.log(r.error.code, r.error.message, r.status, r.signal);
console.log(JSON.stringify(cp.execSync('echo via shell; echo $0', { encoding: 'utf8' })));
console.log(JSON.stringify(cp.execSync('cat', { input: 'abc', encoding: 'utf8' })));
console.log(JSON.stringify(cp.execFileSync('echo', ['x', 'y'], { encoding: 'utf8' })));
try {
  cp.execSync('echo o; echo e >&2; exit 4', { stdio: 'pipe', encoding: 'utf8' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status, e.signal, JSON.stringify(e.stdout), JSON.stringify(e.stderr), Object.keys(e));
}
try {
  cp.execFileSync('no_such_program_xyz', ['z']);
} catch (e) {
  console.log(e.message, e.code, e.syscall, e.path, e.spawnargs, e.status, e.pid, e.error === e);
}
try {
  cp.execFileSync('sh', ['-c', 'exit 2'], { stdio: 'ignore' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status, e.stdout, e.output);
}
