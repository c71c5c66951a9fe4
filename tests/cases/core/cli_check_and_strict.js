// -c/--check compiles without running; --unhandled-rejections=strict's printout.
const { spawnSync } = require('child_process');
function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: __dirname, encoding: 'utf8' });
  const clean = (s) => s.replaceAll(__dirname, '<dir>').split('\n').filter((l) => !/^\s+at .*node:/.test(l) && !l.startsWith('Node.js')).join('\n');
  console.log(args.join(' '), '=> status', r.status);
  console.log(clean(r.stdout));
  console.log(clean(r.stderr));
}
run(['-c', 'fixtures/bad_syntax.js']);
run(['--check', 'fixtures/good_syntax.js']);
run(['-c', 'fixtures/missing_file.js']);
run(['--unhandled-rejections=strict', '-e', 'process.on("unhandledRejection", () => console.log("unh")); Promise.reject(1)']);
run(['--unhandled-rejections=strict', '-e', 'process.on("uncaughtException", (e, o) => console.log("caught", e.code, o)); process.on("unhandledRejection", () => console.log("unh")); Promise.reject(2)']);
