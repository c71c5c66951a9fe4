// What a child prints on stderr for the leak warnings (pid masked).
const { spawnSync } = require('child_process');
const r = spawnSync(process.execPath, [__dirname + '/fixtures/leak.js'], { encoding: 'utf8' });
console.log('status', r.status);
console.log('stdout', JSON.stringify(r.stdout));
console.log(r.stderr.replace(/\((\w+):\d+\)/g, '($1:PID)'));
