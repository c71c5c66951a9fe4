// -e/-p and scripts read from stdin: names, module detection, error printouts.
const { spawnSync } = require('child_process');
function run(args, input) {
  const r = spawnSync(process.execPath, args, { cwd: __dirname, input: input ?? '', encoding: 'utf8' });
  const clean = (s) => s.replaceAll(__dirname, '<dir>').split('\n').filter((l) => !/^\s+at .*node:/.test(l) && !l.startsWith('Node.js')).join('\n');
  console.log(JSON.stringify(args), '=> status', r.status);
  console.log(clean(r.stdout));
  console.log(clean(r.stderr));
}
run(['-'], 'console.log(__filename, module.id, require.main, process.argv.length)');
run([], 'console.log(__filename); throw new Error("stdin err")');
run([], 'await 1; console.log("tla in stdin", typeof require)');
run([], 'import fs from "fs"; console.log(typeof fs.readFileSync, import.meta.url)');
run(['-e', 'import fs from "fs"; console.log(typeof fs.readFileSync, import.meta.url)']);
run(['-p', 'await 1']);
run(['-e', 'setTimeout(() => { throw new Error("later") })']);
run(['-e', 'function f() { throw new Error("in f") } f()']);
run(['-p', 'throw new Error("pe")']);
run(['--input-type=module', '-e', 'await new Promise(() => {})']);
run(['-e', 'process.emitWarning(5)']);
