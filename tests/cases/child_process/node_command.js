// `node` as a command runs a Node-compatible runtime: as a program, inside
// a shell string, and as a #! interpreter
const cp = require('child_process');
const path = require('path');
const script = path.join(__dirname, 'fixtures', 'shebang.js');
cp.execFile('node', ['-e', 'console.log("spawned", typeof process.version, typeof require("child_process").fork)'], (err, out) => {
  console.log(err, out.trim());
  cp.exec(`node -p "1 + 2"`, (err, out) => {
    console.log(err, out.trim());
    cp.execFile(script, ['x'], (err, out) => {
      console.log(err, out.trim());
      const r = cp.spawnSync('node', ['-e', 'process.exit(5)']);
      console.log(r.status);
    });
  });
});
