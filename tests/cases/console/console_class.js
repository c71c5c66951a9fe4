// new Console(...) with options, colors and validation.
const { Console } = require('console');
const { Writable } = require('stream');
const chunks = [];
const sink = (name) => new Writable({ write(c, e, cb) { chunks.push(`${name}:${c}`); cb(); } });
const out = sink('out');
const err = sink('err');
const c1 = new Console({ stdout: out, stderr: err, colorMode: true });
c1.log({ a: 1, s: 'x' }); c1.error([null, undefined]); c1.log('%s and %o', 'str', [1]);
const c2 = new Console({ stdout: out, inspectOptions: { breakLength: 20, compact: false } });
c2.log({ a: 1, b: 2 }); c2.warn('to stdout too');
const c3 = new Console(out, err, false);
c3.info('info'); c3.debug('debug'); c3.dir({ x: { y: { z: { w: 1 } } } }, { depth: 0 });
c3.group('grp'); c3.table([{ k: 'v' }]); c3.groupEnd(); c3.assert(false, 'nope');
const c4 = Console({ stdout: out, groupIndentation: 6 });
c4.group(); c4.log('six'); c4.groupEnd(); c4.log('zero');
for (const bad of [{ stdout: out, colorMode: 'yes' }, { stdout: out, groupIndentation: -1 }, { stdout: out, groupIndentation: 1001 },
  { stdout: out, inspectOptions: 5 }, { stdout: out, colorMode: true, inspectOptions: { colors: true } }, { stdout: {} }, { stdout: out, stderr: 5 }]) {
  try { new Console(bad); console.log('no error'); } catch (e) { console.log(e.code, e.message); }
}
console.log(Object.keys(c4).join(','));
setTimeout(() => process.stdout.write(chunks.join('')));
