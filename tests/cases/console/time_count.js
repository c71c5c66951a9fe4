// Labels and counters (times themselves are not stable, so only shapes are printed).
const { Writable } = require('stream');
let out = '';
const w = new Writable({ write(chunk, enc, cb) { out += chunk; cb(); } });
const c = new console.Console(w);
c.time('a');
c.timeLog('a', 'extra', { data: 1 });
c.timeEnd('a');
c.time();
c.timeEnd();
c.count(); c.count(); c.count('x'); c.count('x'); c.countReset('x'); c.count('x'); c.count(undefined); c.count(null);
setTimeout(() => {
  console.log(out.replace(/\d+(\.\d+)?ms/g, 'Nms'));
});
