// stderr of unhandled 'error' events in children, stack frames left out.
const { spawnSync } = require('child_process');
for (const name of ['unhandled_string.js', 'unhandled_in_timer.js', 'unhandled_with_handler.js']) {
  const r = spawnSync(process.execPath, [__dirname + '/fixtures/' + name], { encoding: 'utf8' });
  console.log(`--- ${name}: status ${r.status}`);
  console.log(r.stdout);
  console.log(r.stderr.split('\n').filter((l) => !/^\s+at /.test(l)).join('\n').replaceAll(__dirname, '$DIR'));
}
