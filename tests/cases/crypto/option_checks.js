// scrypt option aliases (N/cost, r/blockSize, p/parallelization) cannot be
// combined; Crypto methods check their receiver.
const crypto = require('crypto');

const t = (label, fn) => {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
for (const o of [{ cost: 'x' }, { N: 'x' }, { N: 16, cost: 16 }, { r: 1, blockSize: 1 }, { p: 1, parallelization: 1 },
  { N: undefined, cost: 16 }, { blockSize: 'a' }, { parallelization: 2, cost: 32, blockSize: 2 }]) {
  t('scrypt ' + JSON.stringify(o), () => crypto.scryptSync('pw', 'salt', 8, o));
}
const { getRandomValues, randomUUID } = crypto.webcrypto;
t('detached getRandomValues', () => getRandomValues(new Uint8Array(1)));
t('detached randomUUID', () => randomUUID());
t('other this', () => crypto.webcrypto.getRandomValues.call({}, new Uint8Array(1)));
t('bound', () => getRandomValues.call(crypto.webcrypto, new Uint8Array(3)).length);
t('module function', () => crypto.getRandomValues(new Uint8Array(2)).length);
t('global crypto', () => globalThis.crypto.getRandomValues(new Uint8Array(2)).length);
