// Stats date fields: enumerable accessors on the prototype that turn into
// own data properties once read or written.
const fs = require('fs');
const { p } = require('./_tmp');

fs.writeFileSync(p('f'), 'x');
fs.utimesSync(p('f'), 1000, 2000);
for (const bigint of [false, true]) {
  const s = fs.statSync(p('f'), { bigint });
  const proto = Object.getPrototypeOf(s);
  const d = Object.getOwnPropertyDescriptor(proto, 'mtime');
  console.log(s.constructor.name, typeof d.get, typeof d.set, d.enumerable, d.configurable);
  console.log(Object.keys(s).includes('mtime'));
  console.log(s.mtime.toISOString(), s.atime.getTime());
  console.log(Object.keys(s).filter((k) => !k.endsWith('Ms') && !k.endsWith('Ns')).slice(-2));
  const own = Object.getOwnPropertyDescriptor(s, 'mtime');
  console.log(own.writable, own.enumerable, own.configurable, own.value instanceof Date);
  s.ctime = 'replaced';
  console.log(s.ctime, Object.keys(s).includes('ctime'));
  console.log(Object.getOwnPropertyNames(proto));
}
