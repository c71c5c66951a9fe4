const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough(), output = new PassThrough();
output.columns = 80;
const rl = readline.createInterface({ input, output, terminal: true });
const calls = [];
for (const m of ['_ttyWrite', '_refreshLine', '_insertString', '_line', '_onLine', '_moveCursor', '_deleteLeft', '_addHistory', '_normalWrite', '_writeToOutput', '_getCursorPos', '_historyPrev', '_setRawMode']) {
  const orig = rl[m];
  if (typeof orig !== 'function') { calls.push('nofn:' + m); continue; }
  rl[m] = function (...a) { calls.push(m); return orig.apply(this, a); };
}
rl.prompt();
input.write('ab\x7f\x1b[D\r\x1b[A');
setImmediate(() => { console.log(calls.join(' ')); rl.close(); });
const i2 = new PassThrough();
const r2 = readline.createInterface({ input: i2 });
const c2 = [];
for (const m of ['_normalWrite', '_onLine']) { const o = r2[m]; r2[m] = function (...a) { c2.push(m); return o.apply(this, a); }; }
i2.write('x\n');
setImmediate(() => { console.log(c2.join(' ')); r2.close(); });
