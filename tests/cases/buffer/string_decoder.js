// StringDecoder: multi-byte characters split across writes, U+FFFD, every encoding.
const { StringDecoder } = require('string_decoder');
const sdm = require('string_decoder');
const t = (name, f) => {
  try { console.log(name, JSON.stringify(f())); } catch (e) { console.log(name, 'ERR', e.code, e.name, e.message); }
};
console.log(Object.keys(sdm), typeof StringDecoder);
// Every split of a byte sequence must give the same text as one write.
function allSplits(enc, hex) {
  const bytes = Buffer.from(hex, 'hex');
  const whole = (() => { const d = new StringDecoder(enc); return d.write(bytes) + d.end(); })();
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i; j <= bytes.length; j++) {
      const d = new StringDecoder(enc);
      const r = d.write(bytes.subarray(0, i)) + d.write(bytes.subarray(i, j)) + d.end(bytes.subarray(j));
      if (r !== whole) return `MISMATCH at ${i},${j}: ${JSON.stringify(r)}`;
    }
  }
  return whole;
}
for (const hex of ['e282ac', 'f09f9880', 'c9b5a941', 'e2', 'e241', 'ccccb8', 'f0b841', 'f1ccb8', 'f0fb00', 'cce2b8b8', 'e2b8ccb8', 'e2fbcc01', 'ccb8cdb9', 'eda0b5edb08d', 'e08080', 'c0af', 'ff', '61e282', 'efbbbf61']) {
  t(`utf8 ${hex}`, () => allSplits('utf8', hex));
}
for (const hex of ['6100', '3dd84ddc', '3dd8', '610062', '00d8610000dc']) t(`utf16le ${hex}`, () => allSplits('utf16le', hex));
for (const hex of ['61', '6162', '616263', '61626364', 'fbff']) {
  t(`base64 ${hex}`, () => allSplits('base64', hex));
  t(`base64url ${hex}`, () => allSplits('base64url', hex));
}
t('hex', () => allSplits('hex', 'deadbeef'));
t('latin1', () => allSplits('latin1', 'e9ff41'));
t('ascii', () => allSplits('ascii', 'e9ff41'));
const d = new StringDecoder('utf8');
t('stepwise', () => [d.write(Buffer.from([0xe2])), d.write(Buffer.from([0x82])), d.write(Buffer.from([0xac, 0x61]))]);
t('end flush', () => [d.write(Buffer.from([0xf0, 0x9f])), d.end()]);
t('after end', () => d.write(Buffer.from('x')));
t('string passthrough', () => d.write('abc'));
t('end string', () => new StringDecoder().end('abc'));
t('end empty', () => new StringDecoder().end());
t('lastChar etc', () => { const x = new StringDecoder('utf8'); x.write(Buffer.from([0xe2])); return [x.lastChar.toString('hex'), x.lastNeed, x.lastTotal]; });
t('lastChar fresh', () => { const x = new StringDecoder('utf8'); return [x.lastChar.toString('hex'), x.lastNeed, x.lastTotal]; });
const u = new StringDecoder('utf16le');
t('utf16 steps', () => [u.write(Buffer.from([0x3d])), u.write(Buffer.from([0xd8, 0x4d])), u.write(Buffer.from([0xdc])), u.end()]);
const u2 = new StringDecoder('utf16le');
t('utf16 held surrogate', () => [u2.write(Buffer.from([0x3d, 0xd8])), u2.end(), u2.write(Buffer.from([0x61])), u2.end()]);
const b = new StringDecoder('base64');
t('base64 steps', () => [b.write(Buffer.from('a')), b.write(Buffer.from('bcd')), b.end()]);
t('base64 lastNeed', () => { const x = new StringDecoder('base64'); x.write(Buffer.from('ab')); return [x.lastNeed, x.lastTotal]; });
const x = new StringDecoder('utf8');
t('held invalid', () => [x.write(Buffer.from([0xe0, 0x80])), x.end(Buffer.from([0xf0, 0x9f])), x.write('abc')]);
for (const e of ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf-16le', 'binary', 'latin1', 'base64', 'base64url', 'hex', 'ascii', undefined, null, '']) {
  t(`encoding ${e}`, () => new StringDecoder(e).encoding);
}
t('bad encoding', () => new StringDecoder('bogus'));
t('bad encoding num', () => new StringDecoder(5));
t('bad write', () => new StringDecoder().write(5));
t('bad write null', () => new StringDecoder().write(null));
t('typed array', () => new StringDecoder().write(new Uint16Array([0x6261])));
t('dataview', () => new StringDecoder().write(new DataView(new Uint8Array([0x64, 0x76]).buffer)));
t('text', () => new StringDecoder().text(Buffer.from('hello'), 2));
t('call without new', () => StringDecoder('hex').encoding);
t('keys', () => Object.keys(new StringDecoder('utf8')));
const big = Buffer.from('\u20ac'.repeat(10000));
t('big chunks', () => { const s = new StringDecoder(); let r = ''; for (let i = 0; i < big.length; i += 1000) r += s.write(big.subarray(i, i + 1000)); r += s.end(); return r === '\u20ac'.repeat(10000); });
