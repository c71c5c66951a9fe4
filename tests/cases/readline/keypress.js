const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
readline.emitKeypressEvents(input);
const seen = [];
input.on('keypress', (s, k) => {
  seen.push([JSON.stringify(s), k.name, k.ctrl, k.meta, k.shift, JSON.stringify(k.sequence)].join(':'));
});
input.write('aZ1 \t\r\n');
input.write('\x03\x1b[A\x1b[B\x1b[C\x1b[D\x1b[3~\x1b[H\x1b[F\x7f\x1bx');
input.write('\u00e9');
setImmediate(() => {
  console.log(seen.join('\n'));
  // ctrl-c closes an interface without SIGINT listeners; with one, it is emitted.
  const i2 = new PassThrough();
  const o2 = new PassThrough();
  const rl = readline.createInterface({ input: i2, output: o2, terminal: true });
  rl.on('SIGINT', () => { console.log('SIGINT'); rl.removeAllListeners('SIGINT'); i2.write('\x03'); });
  rl.on('close', () => console.log('closed by ctrl-c'));
  i2.write('\x03');
  const i3 = new PassThrough();
  const rl3 = readline.createInterface({ input: i3, output: new PassThrough(), terminal: true });
  rl3.on('close', () => console.log('closed by ctrl-d'));
  rl3.on('line', (l) => console.log('rl3 line', l));
  i3.write('x\x04');
  i3.write('\x7f\x04');
});
