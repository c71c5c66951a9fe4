// Secret KeyObjects and CryptoKeys: class shapes, validation and export,
// and inspect output that never shows the key material.
const crypto = require('crypto');
const util = require('util');

const k = crypto.createSecretKey(Buffer.from('abc'));
console.log(k, util.inspect(k, { showHidden: true }), Object.keys(k));
console.log(Object.getPrototypeOf(k).constructor.name, k instanceof crypto.KeyObject);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(k)), Object.getOwnPropertyNames(crypto.KeyObject.prototype));
console.log(k.export(), k.export({ format: 'buffer' }), k.export({ format: 'jwk' }), k.symmetricKeySize, k.type);
console.log(k.asymmetricKeyType, String(k), Object.prototype.toString.call(k));
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
t('construct', () => new crypto.KeyObject('secret', {}));
t('construct type', () => new crypto.KeyObject('x'));
t('string key', () => crypto.createSecretKey('abc').symmetricKeySize);
t('hex key', () => crypto.createSecretKey('6162', 'hex').export().toString());
t('number key', () => crypto.createSecretKey(123));
t('export pem', () => k.export({ format: 'pem' }));
t('export string', () => k.export('x'));
t('equals', () => [k.equals(crypto.createSecretKey(Buffer.from('abc'))), k.equals(crypto.createSecretKey(Buffer.from('abd')))]);
t('equals bad', () => k.equals('x'));
t('hmac with key', () => crypto.createHmac('sha256', k).update('x').digest('hex'));
t('from non-key', () => crypto.KeyObject.from({}));
(async () => {
  const { subtle } = globalThis.crypto;
  const hk = await subtle.importKey('raw', Buffer.from('secret'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log(hk);
  console.log(util.inspect(hk, { depth: 0 }), util.inspect({ nested: { key: hk } }, { depth: 1 }));
  console.log(Object.keys(hk), Object.getOwnPropertySymbols(hk));
  const ko = crypto.KeyObject.from(hk);
  console.log(ko, ko.export().toString());
  console.log(globalThis.crypto, subtle, Object.prototype.toString.call(hk));
})();
