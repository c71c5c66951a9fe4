const readline = require('readline');
const { PassThrough } = require('stream');
const s = new PassThrough();
let out = '';
s.on('data', (d) => { out += d; });
const results = [];
results.push(readline.cursorTo(s, 5));
results.push(readline.cursorTo(s, 2, 3));
results.push(readline.moveCursor(s, -1, 2));
results.push(readline.moveCursor(s, 3, -4));
results.push(readline.moveCursor(s, 0, 0));
results.push(readline.clearLine(s, -1), readline.clearLine(s, 1), readline.clearLine(s, 0));
results.push(readline.clearScreenDown(s));
results.push(readline.cursorTo(null, 1));
try { readline.cursorTo(s, 'a', 1); } catch (e) { console.log(e.code, e.message); }
try { readline.cursorTo(s, NaN); } catch (e) { console.log(e.code); }
readline.cursorTo(s, 1, () => console.log('cursorTo cb'));
readline.clearLine(null, 0, () => console.log('null stream cb'));
setImmediate(() => console.log(results.join(','), JSON.stringify(out)));
const tty = require('tty');
console.log(tty.isatty(1), tty.isatty(0), tty.isatty(-1), tty.isatty(99), tty.isatty('1'));
console.log(typeof tty.ReadStream, typeof tty.WriteStream);
try { new tty.WriteStream(99); } catch (e) { console.log(e.code); }
console.log(tty.WriteStream.prototype.getColorDepth.call(null, { TERM: 'xterm-256color' }),
  tty.WriteStream.prototype.getColorDepth.call(null, { NO_COLOR: '1', TERM: 'xterm-256color' }),
  tty.WriteStream.prototype.getColorDepth.call(null, { FORCE_COLOR: '3' }),
  tty.WriteStream.prototype.getColorDepth.call(null, { FORCE_COLOR: '0' }),
  tty.WriteStream.prototype.getColorDepth.call(null, { TERM: 'dumb' }),
  tty.WriteStream.prototype.getColorDepth.call(null, { COLORTERM: 'truecolor' }),
  tty.WriteStream.prototype.getColorDepth.call(null, {}),
  tty.WriteStream.prototype.hasColors.call(null, 256, { TERM: 'xterm-256color' }),
  tty.WriteStream.prototype.hasColors.call(null, { TERM: 'xterm' }));
