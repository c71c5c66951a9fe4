// Digests beyond SHA/MD5: RIPEMD-160, BLAKE2, SM3, md5-sha1 and the
// OpenSSL alias names, through createHash, createHmac, hash(), pbkdf2, hkdf.
const crypto = require('crypto');

const names = ['ripemd160', 'RIPEMD160', 'rmd160', 'ripemd', 'RSA-RIPEMD160', 'ripemd160WithRSA', 'blake2b512',
  'blake2s256', 'sm3', 'RSA-SM3', 'sm3WithRSAEncryption', 'md5-sha1', 'RSA-SHA1-2',
  'id-rsassa-pkcs1-v1_5-with-sha3-256', 'sha256WithRSAEncryption'];
for (const name of names) {
  const h = crypto.createHash(name).update('abc');
  const copy = h.copy();
  console.log(name, h.digest('hex'), copy.update('d').digest('base64'));
}
for (const name of ['ripemd160', 'blake2b512', 'blake2s256', 'sm3', 'md5-sha1']) {
  console.log('hmac', name, crypto.createHmac(name, 'key').update('data').digest('hex'));
  console.log('hmac long key', name, crypto.createHmac(name, 'k'.repeat(200)).update('data').digest('base64'));
  console.log('hash()', name, crypto.hash(name, 'abc'));
  console.log('pbkdf2', name, crypto.pbkdf2Sync('pw', 'salt', 3, 70, name).toString('hex'));
  console.log('hkdf', name, Buffer.from(crypto.hkdfSync(name, 'ikm', 'salt', 'info', 40)).toString('hex'));
}
const hashes = crypto.getHashes();
console.log(hashes.length, hashes.every((n) => {
  try {
    crypto.createHash(n, n.startsWith('shake') ? { outputLength: 4 } : undefined).digest();
    return true;
  } catch {
    return false;
  }
}));
console.log(hashes.join(' '));
crypto.pbkdf2('pw', 'salt', 2, 16, 'ripemd160', (err, key) => console.log('pbkdf2 async', err, key.toString('hex')));
