const readline = require('readline');
const { PassThrough } = require('stream');
const log = (...a) => console.log(a.join(' '));
// Each section runs once everything the previous one started has settled.
const sections = [];
const section = (fn) => sections.push(fn);
process.on('beforeExit', () => { const next = sections.shift(); if (next) setImmediate(next); });

const input = new PassThrough();
const rl = readline.createInterface({ input });
log(typeof rl.paused, typeof rl.closed, rl.terminal, rl.crlfDelay, rl.historySize, JSON.stringify(rl.getPrompt()), input.readableFlowing);
for (const ev of ['pause', 'resume', 'close', 'history', 'SIGINT']) rl.on(ev, (...a) => log('ev', ev, a.length));
rl.on('line', (l) => {
  log('line', JSON.stringify(l));
  if (l === 'stop') { rl.close(); log('closed in handler', rl.closed); }
});
input.write('a\r');
input.write('\nb\r\nc\rd\n\ne');
rl.pause();
rl.pause();
rl.resume();
setTimeout(() => {
  input.write('p\nafter p\n');
  setTimeout(() => {
    input.write('x\nstop\nzzz\n');
    try { rl.resume(); } catch (e) { log(e.code); }
    try { rl.write('x'); } catch (e) { log(e.code); }
    log('closed', rl.closed, 'paused', rl.paused, input.listenerCount('data'));
  }, 10);
}, 10);
section(() => {
  const i2 = new PassThrough();
  const r2 = readline.createInterface({ input: i2, crlfDelay: 50 });
  log('crlfDelay min', r2.crlfDelay);
  r2.on('line', (l) => log('r2 line', JSON.stringify(l)));
  r2.on('close', () => log('r2 close'));
  r2.write('typed\n');
  i2.end('end-no-newline');
});
