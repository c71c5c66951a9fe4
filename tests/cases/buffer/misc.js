// copy, slice/subarray sharing, swap, iterators, toJSON, equals, compare, parent/offset.
const t = (name, f) => {
  try { const r = f(); console.log(name, Buffer.isBuffer(r) ? r.toString('hex') : JSON.stringify(r)); } catch (e) { console.log(name, 'ERR', e.code, e.name, e.message); }
};
const src = Buffer.from('0123456789');
const copyCase = (name, ...args) => t(name, () => { const dst = Buffer.alloc(6, '.'); const n = src.copy(dst, ...args); return [n, dst.toString()]; });
copyCase('copy');
copyCase('copy ts', 2);
copyCase('copy ts ss', 2, 5);
copyCase('copy ts ss se', 1, 3, 5);
copyCase('copy ts big', 10);
copyCase('copy ss > se', 0, 5, 3);
copyCase('copy se big', 0, 8, 100);
copyCase('copy float', 1.5, 2.7);
copyCase('copy strings', '1', '2', '4');
copyCase('copy NaN', NaN, NaN);
copyCase('copy neg ts', -1);
copyCase('copy neg ss', 0, -1);
copyCase('copy ss big', 0, 11);
copyCase('copy neg se', 0, 0, -1);
t('copy bad target', () => src.copy('x'));
t('copy to uint8array', () => { const u = new Uint8Array(3); src.copy(u, 1); return Array.from(u); });
t('copy overlap', () => { const x = Buffer.from('abcdefgh'); x.copy(x, 2, 0, 5); return x.toString(); });
t('copy overlap back', () => { const x = Buffer.from('abcdefgh'); x.copy(x, 0, 2); return x.toString(); });
t('Uint8Array.prototype copy', () => { const d = Buffer.alloc(2); Buffer.prototype.copy.call(new Uint8Array([1, 2]), d); return d; });
const base = Buffer.from('hello world');
const sl = base.slice(1, 4);
sl[0] = 0x45;
t('slice shares', () => [base.toString(), sl.toString(), sl.byteOffset - base.byteOffset, sl.buffer === base.buffer]);
const sub = base.subarray(-5);
sub[0] = 0x57;
t('subarray shares', () => [base.toString(), sub.toString(), Buffer.isBuffer(sub)]);
for (const args of [[], [2], [-3], [2, -2], [5, 2], [NaN, 3], ['1', '3'], [1.5, 3.5], [-100, 100], [100]]) {
  t(`slice(${args.join(',')})`, () => base.slice(...args).toString());
  t(`subarray(${args.join(',')})`, () => base.subarray(...args).toString());
}
t('Uint8Array slice on buffer copies', () => { const c = Uint8Array.prototype.slice.call(base, 0, 2); c[0] = 0; return [base[0], Buffer.isBuffer(c)]; });
t('map keeps Buffer', () => Buffer.isBuffer(base.map((x) => x)));
t('filter', () => base.filter((x) => x > 0x6c).toString());
t('swap16', () => Buffer.from([1, 2, 3, 4]).swap16());
t('swap32', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32());
t('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
t('swap16 big', () => { const x = Buffer.alloc(1000); for (let i = 0; i < 1000; i++) x[i] = i & 255; x.swap16(); return [x[0], x[1], x[998], x[999]]; });
t('swap16 odd', () => Buffer.alloc(3).swap16());
t('swap32 bad', () => Buffer.alloc(6).swap32());
t('swap64 bad', () => Buffer.alloc(12).swap64());
const it = Buffer.from('ab');
t('keys', () => [...it.keys()]);
t('values', () => [...it.values()]);
t('entries', () => [...it.entries()]);
t('iterator', () => [...it]);
t('for of', () => { const r = []; for (const x of it) r.push(x); return r; });
t('toJSON', () => Buffer.from([1, 2, 3]).toJSON());
t('JSON.stringify', () => JSON.stringify({ b: Buffer.from('hi') }));
t('toJSON empty', () => Buffer.alloc(0).toJSON());
t('equals', () => [Buffer.from('a').equals(Buffer.from('a')), Buffer.from('a').equals(Buffer.from('b')), Buffer.from('a').equals(new Uint8Array([97])), Buffer.alloc(0).equals(Buffer.alloc(0)), Buffer.from('ab').equals(Buffer.from('a'))]);
t('equals bad', () => Buffer.from('a').equals('a'));
const c1 = Buffer.from([1, 2, 3, 4]);
const c2 = Buffer.from([3, 4, 5]);
for (const args of [[], [0], [0, 2], [0, 2, 2], [0, 2, 2, 4], [1, 3, 3, 4], [0, 0], [0, 3, 0, 0], [5], [0, 4], [0, 1, 0, 5], [-1], [1.5], ['1']]) {
  t(`compare(${args.join(',')})`, () => c1.compare(c2, ...args));
}
t('compare self', () => c1.compare(c1));
t('compare bad', () => c1.compare('x'));
t('parent/offset', () => { const x = Buffer.from(new ArrayBuffer(8), 2, 3); return [x.parent === x.buffer, x.offset]; });
t('length', () => [Buffer.from('abc').length, Buffer.from('abc').byteLength]);
t('toLocaleString', () => Buffer.from('hi').toLocaleString());
t('index access', () => { const x = Buffer.alloc(2); x[0] = 300; x[1] = -1; x[5] = 1; return [x[0], x[1], x[5], x.length]; });
t('Object.keys', () => Object.keys(Buffer.from('ab')));
t('String()', () => String(Buffer.from('str')));
t('template', () => `${Buffer.from('tpl')}`);
t('concat op', () => Buffer.from('a') + Buffer.from('b'));
