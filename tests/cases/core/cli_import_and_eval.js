// --import before -e/-p code, missing --import targets, import() from -e code.
const { spawnSync } = require('child_process');
function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: __dirname, encoding: 'utf8' });
  const clean = (s) => s.replaceAll(__dirname, '<dir>').split('\n')
    .filter((l) => !/^\s+at .*node:/.test(l) && !l.startsWith('Node.js'))
    .map((l) => l.replace(/^\S*\/(node|host): /, 'PROG: ')).join('\n');
  console.log(JSON.stringify(args), '=> status', r.status);
  console.log(clean(r.stdout));
  console.log(clean(r.stderr));
}
run(['--import', './fixtures/_import_first.mjs', '-e', 'console.log("eval")']);
run(['--import', './fixtures/_import_first.mjs', '-p', '"print"']);
run(['--import', './fixtures/missing-import.mjs', '-e', 'console.log("never")']);
run(['--import', 'missing-import-pkg', '-e', 'console.log("never")']);
run(['-e', 'import("./fixtures/missing.mjs").catch((e) => console.log(e.name, e.code, e.message))']);
run(['-e', 'import("file:///nonexistent-dir/x.mjs").catch((e) => console.log(e.code, e.message))']);
run(['--input-type=bogus', '-e', '1']);
