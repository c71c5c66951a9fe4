// util.promisify(exec/execFile) resolves {stdout, stderr}, rejects with them
const util = require('util');
const cp = require('child_process');
const exec = util.promisify(cp.exec);
const execFile = util.promisify(cp.execFile);
(async () => {
  const p = exec('echo hi; echo there >&2');
  console.log(typeof p.child.pid);
  console.log(await p);
  console.log(await execFile('echo', ['a', 'b']));
  try {
    await execFile('sh', ['-c', 'echo x; echo y >&2; exit 1']);
  } catch (e) {
    console.log(e.message, e.code, e.cmd, JSON.stringify(e.stdout), JSON.stringify(e.stderr));
  }
  const ac = new AbortController();
  const q = exec('sleep 5', { signal: ac.signal });
  ac.abort();
  try {
    await q;
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
})();
