// AES in OFB, CFB and CFB8 modes: ciphertext across split updates, round
// trips, getCipherInfo, and IV length checks.
const c = require('crypto');
const key = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const iv = Buffer.from('f0e0d0c0b0a090807060504030201000', 'hex');
const plain = Buffer.from('The quick brown fox jumps over the lazy dog, 0123456789!');
for (const bits of [128, 192, 256]) for (const m of ['ofb', 'cfb', 'cfb8']) {
  const name = `aes-${bits}-${m}`;
  const k = key.subarray(0, bits / 8);
  const ci = c.createCipheriv(name, k, iv);
  const parts = [ci.update(plain.subarray(0, 7)), ci.update(plain.subarray(7, 40)), ci.update(plain.subarray(40)), ci.final()];
  const enc = Buffer.concat(parts);
  const de = c.createDecipheriv(name, k, iv);
  const dec = Buffer.concat([de.update(enc.subarray(0, 3)), de.update(enc.subarray(3)), de.final()]);
  console.log(name, enc.toString('hex'), dec.equals(plain), JSON.stringify(c.getCipherInfo(name)));
}
console.log(c.getCiphers().filter((n) => /^aes-.*(ofb|cfb8|cfb)$/.test(n)).join(' '));
try { c.createCipheriv('aes-128-ofb', key.subarray(0, 16), Buffer.alloc(8)); } catch (e) { console.log(e.code, e.message); }
