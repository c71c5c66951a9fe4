// --input-type=module code (-e and stdin): Node names it file:///<cwd>/[eval1].
const { spawnSync } = require('child_process');
function run(args, input) {
  const r = spawnSync(process.execPath, args, { cwd: __dirname, input, encoding: 'utf8' });
  const clean = (s) => s.replaceAll(__dirname, '<dir>').split('\n').filter((l) => !/^\s+at .*node:/.test(l) && !l.startsWith('Node.js')).join('\n');
  console.log('status', r.status);
  console.log(clean(r.stdout));
  console.log(clean(r.stderr));
}
run(['--input-type=module', '-e', 'console.log(import.meta.url, import.meta.filename, import.meta.dirname, typeof require)']);
run(['--input-type=module', '-e', "import { a } from './fixtures/eval_dep.mjs'; console.log(a, import.meta.resolve('./x.js'))"]);
run(['--input-type=module'], "console.log(import.meta.url); throw new Error('boom')");
run(['--input-type=module', '-e', 'await 1; console.log(new Error("x").stack.split("\\n")[1])']);
run(['--input-type=module', '-p', '1']);
