// The encoding-specific slice/write methods (utf8Write, hexSlice, ...).
const t = (name, f) => { try { console.log(name, JSON.stringify(f())); } catch (e) { console.log(name, 'ERR', e.code, e.name, e.message); } };
const b = Buffer.alloc(4);
t('latin1Write oob', () => b.latin1Write('a', 5));
t('latin1Write len oob', () => b.latin1Write('abc', 2, 5));
t('utf8Write neg', () => b.utf8Write('a', -1));
t('hexWrite', () => b.hexWrite('abcd', 1));
t('hexWrite odd', () => b.hexWrite('abc'));
t('hexWrite bad', () => b.hexWrite('zz'));
t('ucs2Write', () => b.ucs2Write('abc'));
t('base64Write', () => b.base64Write('YWJj', 1, 2));
t('utf8Write str off', () => b.utf8Write('a', '1'));
t('utf8Write float', () => b.utf8Write('abc', 1.5));
t('asciiSlice', () => Buffer.from('abc').asciiSlice());
t('utf8Slice neg', () => Buffer.from('abc').utf8Slice(-1));
t('utf8Slice float', () => Buffer.from('abc').utf8Slice(0.5, 2.5));
t('utf8Slice str', () => Buffer.from('abc').utf8Slice('1'));
t('write hex odd', () => Buffer.alloc(4).write('abc', 'hex'));
t('write hex invalid', () => Buffer.alloc(4).write('zz', 'hex'));
