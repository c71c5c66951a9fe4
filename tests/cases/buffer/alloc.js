// alloc, allocUnsafe, allocUnsafeSlow, of, concat, compare, byteLength, isEncoding, copyBytesFrom.
const t = (name, f) => {
  try {
    const r = f();
    console.log(name, Buffer.isBuffer(r) ? `Buffer(${r.length}) ${r.toString('hex')}` : r);
  } catch (e) { console.log(name, 'ERR', e.code, e.name, e.message); }
};
t('alloc 4', () => Buffer.alloc(4));
t('alloc 0', () => Buffer.alloc(0));
t('alloc fill num', () => Buffer.alloc(5, 0x41));
t('alloc fill 257', () => Buffer.alloc(3, 257));
t('alloc fill str', () => Buffer.alloc(7, 'abc'));
t('alloc fill hex', () => Buffer.alloc(5, 'a1b2', 'hex'));
t('alloc fill base64', () => Buffer.alloc(5, 'YWI=', 'base64'));
t('alloc fill buffer', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('alloc fill utf8 multi', () => Buffer.alloc(5, '\u20ac'));
t('alloc fill bad hex', () => Buffer.alloc(5, 'zz', 'hex'));
t('alloc fill empty str', () => Buffer.alloc(3, ''));
t('alloc fill bad enc', () => Buffer.alloc(3, 'a', 'bogus'));
t('alloc 1.5', () => Buffer.alloc(1.5));
t('alloc -1', () => Buffer.alloc(-1));
t('alloc str', () => Buffer.alloc('5'));
t('alloc NaN', () => Buffer.alloc(NaN));
t('alloc huge', () => Buffer.alloc(2 ** 53));
t('allocUnsafe len', () => Buffer.allocUnsafe(10).length);
t('allocUnsafe -1', () => Buffer.allocUnsafe(-1));
t('allocUnsafe obj', () => Buffer.allocUnsafe({}));
t('allocUnsafeSlow len', () => Buffer.allocUnsafeSlow(10).length);
t('allocUnsafeSlow own buffer', () => Buffer.allocUnsafeSlow(10).buffer.byteLength);
t('allocUnsafe pooled', () => Buffer.allocUnsafe(10).buffer.byteLength > 10);
t('allocUnsafe big not pooled', () => Buffer.allocUnsafe(100000).byteOffset);
t('of', () => Buffer.of(1, 2, 300, -1));
t('of empty', () => Buffer.of());
t('concat', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]), Buffer.from('d')]));
t('concat length short', () => Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4));
t('concat length long', () => Buffer.concat([Buffer.from('abc')], 6));
t('concat empty', () => Buffer.concat([]));
t('concat not array', () => Buffer.concat('abc'));
t('concat bad elem', () => Buffer.concat([Buffer.from('a'), 'b']));
t('concat bad length', () => Buffer.concat([Buffer.from('a')], -1));
t('compare', () => [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('ab')), Buffer.compare(Buffer.from('ab'), Buffer.from('abc'))].join());
t('sort', () => [Buffer.from('c'), Buffer.from('a'), Buffer.from('b')].sort(Buffer.compare).map(String).join());
t('compare bad', () => Buffer.compare('a', Buffer.from('a')));
t('compare bad 2', () => Buffer.compare(Buffer.from('a'), 'a'));
for (const [s, e] of [['hello', undefined], ['h\u00e9\u20ac\ud83d\ude00', 'utf8'], ['\ud800', 'utf8'], ['abcd', 'hex'], ['abc', 'hex'], ['aGk=', 'base64'], ['aGk', 'base64'], ['aG==', 'base64'], ['a', 'base64'], ['aGk', 'base64url'], ['abc', 'latin1'], ['abc', 'ucs2'], ['abc', 'utf-16le'], ['abc', 'ascii'], ['abc', 'bogus'], ['', 'hex']]) {
  t(`byteLength ${JSON.stringify(s)} ${e}`, () => Buffer.byteLength(s, e));
}
t('byteLength buffer', () => Buffer.byteLength(Buffer.alloc(7)));
t('byteLength ab', () => Buffer.byteLength(new ArrayBuffer(9)));
t('byteLength dv', () => Buffer.byteLength(new DataView(new ArrayBuffer(5))));
t('byteLength u16', () => Buffer.byteLength(new Uint16Array(3)));
t('byteLength num', () => Buffer.byteLength(5));
t('byteLength long', () => Buffer.byteLength('\u00e9'.repeat(1000)));
for (const e of ['utf8', 'UTF-8', 'Utf8', 'hex', 'HEX', 'base64', 'BASE64URL', 'latin1', 'Binary', 'ascii', 'ucs2', 'UCS-2', 'utf16le', 'UTF-16LE', 'utf16', 'utf-16', '', 'foo', undefined, null, 1, {}]) {
  console.log('isEncoding', JSON.stringify(e), Buffer.isEncoding(e));
}
t('copyBytesFrom u16', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3])));
t('copyBytesFrom offset', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1));
t('copyBytesFrom offset len', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
t('copyBytesFrom past end', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 5));
t('copyBytesFrom empty', () => Buffer.copyBytesFrom(new Uint8Array(0)));
t('copyBytesFrom bad', () => Buffer.copyBytesFrom([1, 2]));
t('copyBytesFrom bad offset', () => Buffer.copyBytesFrom(new Uint8Array(3), -1));
t('copyBytesFrom bad length', () => Buffer.copyBytesFrom(new Uint8Array(3), 0, 1.5));
const u = new Uint8Array([1, 2, 3]);
const c = Buffer.copyBytesFrom(u);
u[0] = 9;
console.log('copyBytesFrom copies', c[0]);
