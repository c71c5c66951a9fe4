const { Writable } = require('stream');
const out = process.stdout;
console.log(out instanceof Writable, out.fd, ['fs', 'pipe'].includes(out._type), out.isTTY, out.columns, process.stderr.fd, typeof out.write);
console.log(out.writable, out.writableHighWaterMark, out._isStdio);
const r = out.write('direct write\n', () => console.log('write cb 1'));
console.log('write returned', r);
out.write(Buffer.from('buffer write\n'), () => console.log('write cb 2'));
out.write('6869210a', 'hex');
out.write(new Uint8Array([0x75, 0x38, 0x0a]));
process.nextTick(() => console.log('tick'));
out.cork();
out.write('corked a ');
out.write('corked b\n');
process.nextTick(() => out.uncork());
const { Readable } = require('stream');
Readable.from(['piped ', 'into ', 'stdout\n']).pipe(process.stdout);
setTimeout(() => {
  console.log('last line');
}, 10);
