// indexOf / lastIndexOf / includes and fill.
const t = (name, f) => {
  try { const r = f(); console.log(name, Buffer.isBuffer(r) ? r.toString('hex') : JSON.stringify(r)); } catch (e) { console.log(name, 'ERR', e.code, e.name, e.message); }
};
const b = Buffer.from('abcdef abcdef \u20ac\u20ac');
const cases = [
  ['a'], ['abc'], ['abc', 1], ['abc', -7], ['abc', -100], ['abc', 100], ['f'], ['z'], [''], ['', 3], ['', 100], ['', -2],
  [0x61], [0x61, 1], [0x61 + 256], [-159], [97.9], ['abc', 'latin1'], ['abc', 1, 'latin1'], ['\u20ac'], ['\u20ac', 'utf16le'],
  ['YWJj', 'base64'], ['616263', 'hex'], ['abc', 'ascii'], [Buffer.from('cde')], [new Uint8Array([0x64, 0x65])], [Buffer.alloc(0)],
  [Buffer.alloc(0), 5], ['abc', null], ['abc', {}], ['abc', '3'], ['abc', NaN], ['abc', Infinity], ['abc', -Infinity], ['abc', 2 ** 40], ['abc', 1.9],
  ['e', 'bogus'], [{}], [null], [true],
];
for (const args of cases) {
  const label = args.map((a) => (Buffer.isBuffer(a) || a instanceof Uint8Array ? `<${Buffer.from(a).toString('hex')}>` : typeof a === 'string' ? JSON.stringify(a) : String(a))).join(',');
  t(`indexOf(${label})`, () => b.indexOf(...args));
  t(`lastIndexOf(${label})`, () => b.lastIndexOf(...args));
  t(`includes(${label})`, () => b.includes(...args));
}
const u = Buffer.from('abcabc', 'utf16le');
t('ucs2 indexOf', () => [u.indexOf('c', 'ucs2'), u.indexOf('bc', 3, 'ucs2'), u.lastIndexOf('a', 'ucs2'), u.lastIndexOf('a', 5, 'ucs2'), u.indexOf('\u6200', 'ucs2'), u.indexOf(Buffer.from('b\u0000'), 0, 'ucs2')]);
t('empty buffer', () => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).lastIndexOf(0), Buffer.alloc(0).includes('')]);
const big = Buffer.alloc(100000, 'x');
big.write('needle', 77777);
t('big', () => [big.indexOf('needle'), big.lastIndexOf('needle'), big.indexOf('needle', 77778), big.lastIndexOf('needle', 77776), big.indexOf(Buffer.from('xne'))]);
// fill
const f = Buffer.alloc(10);
t('fill num', () => f.fill(7));
t('fill num range', () => f.fill(0).fill(1, 2, 5));
t('fill 256', () => f.fill(256 + 3));
t('fill -1', () => f.fill(-1));
t('fill float', () => f.fill(3.9));
t('fill str', () => f.fill('abc'));
t('fill str offset', () => f.fill(0).fill('abc', 3));
t('fill str offset end', () => f.fill(0).fill('abc', 3, 8));
t('fill str enc', () => f.fill('6162', 'hex'));
t('fill str offset enc', () => f.fill(0).fill('6162', 4, 'hex'));
t('fill str offset end enc', () => f.fill(0).fill('YWJj', 1, 9, 'base64'));
t('fill multi-byte', () => f.fill('\u20ac'));
t('fill latin1 char', () => f.fill('\u00e9', 'latin1'));
t('fill utf8 e-acute', () => f.fill('\u00e9'));
t('fill ucs2', () => f.fill('ab', 'ucs2'));
t('fill empty string', () => f.fill(1).fill(''));
t('fill buffer', () => f.fill(Buffer.from([1, 2, 3])));
t('fill u16array', () => f.fill(new Uint16Array([0x0102])));
t('fill empty buffer', () => f.fill(Buffer.alloc(0)));
t('fill bad hex', () => f.fill('zz', 'hex'));
t('fill odd hex', () => f.fill('a', 'hex'));
t('fill true', () => f.fill(true));
t('fill object', () => f.fill({}));
t('fill null', () => f.fill(null));
t('fill bad enc', () => f.fill('a', 'bogus'));
t('fill bad enc type', () => f.fill('a', 0, 2, 5));
t('fill bad offset', () => f.fill(1, -1));
t('fill offset float', () => f.fill(1, 1.5));
t('fill offset string', () => f.fill(1, '1'));
t('fill bad end', () => f.fill(1, 0, 11));
t('fill offset >= end', () => f.fill(0).fill(1, 5, 5));
t('fill returns this', () => f.fill(0) === f);
t('fill big pattern', () => { const x = Buffer.alloc(100003); x.fill('abcdefg'); return [x.toString('latin1', 0, 10), x.toString('latin1', 99996)]; });
