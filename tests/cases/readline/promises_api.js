// stdin: blue\nquit\n
const readline = require('readline/promises');
const { PassThrough } = require('stream');
(async () => {
  const out = new PassThrough();
  const rl = readline.createInterface({ input: process.stdin, output: out });
  const color = await rl.question('Color? ');
  console.log('color', color);
  const cmd = await rl.question('Command? ');
  console.log('cmd', cmd);
  rl.close();
  console.log(require('readline').promises === readline, typeof readline.Readline);
  const sink = new PassThrough();
  let s = '';
  sink.on('data', (d) => { s += d; });
  const r = new readline.Readline(sink);
  r.cursorTo(3).moveCursor(1, -2).clearLine(0).clearScreenDown();
  await r.commit();
  console.log(JSON.stringify(s));
  const ac = new AbortController();
  const rl2 = readline.createInterface({ input: new PassThrough() });
  const p = rl2.question('x', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log('aborted', e.name, e.code); }
  rl2.close();
})();
