// checkPrime / generatePrime: results, option checks and errors.
const c = require('crypto');

const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
for (const n of [0n, 1n, 2n, 3n, 4n, 7n, 8n, 97n, 561n, 7919n, 2n ** 61n - 1n, 2n ** 127n - 1n, 2n ** 127n + 1n, 2n ** 521n - 1n]) {
  t('check ' + n, () => c.checkPrimeSync(n));
}
t('check buffer', () => c.checkPrimeSync(Buffer.from([0x0d])));
t('check arraybuffer', () => c.checkPrimeSync(new Uint8Array([0, 0, 0, 7]).buffer));
t('check u16 bytes', () => c.checkPrimeSync(new Uint16Array([0x0700])));
t('check empty', () => c.checkPrimeSync(Buffer.alloc(0)));
t('check checks', () => c.checkPrimeSync(7n, { checks: 10 }));
t('check negative', () => c.checkPrimeSync(-7n));
t('check number', () => c.checkPrimeSync(7));
t('check string', () => c.checkPrimeSync('7'));
t('check checks bad', () => c.checkPrimeSync(7n, { checks: -1 }));
t('check options bad', () => c.checkPrimeSync(7n, 5));
t('check no callback', () => c.checkPrime(7n));
for (const bits of [2, 3, 8, 16, 17, 64, 256]) {
  t('gen ' + bits, () => {
    const p = c.generatePrimeSync(bits, { bigint: true });
    const buf = c.generatePrimeSync(bits);
    return [p.toString(2).length === bits, c.checkPrimeSync(p), buf instanceof ArrayBuffer, buf.byteLength, c.checkPrimeSync(buf)];
  });
}
t('gen 2', () => c.generatePrimeSync(2, { bigint: true }));
t('gen 3', () => c.generatePrimeSync(3, { bigint: true }));
t('gen safe', () => {
  const p = c.generatePrimeSync(64, { safe: true, bigint: true });
  return [c.checkPrimeSync((p - 1n) / 2n), p.toString(2).length];
});
t('gen add rem', () => c.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true }) % 12n);
t('gen add', () => c.generatePrimeSync(32, { add: 12n, bigint: true }) % 12n);
t('gen add bytes', () => c.generatePrimeSync(16, { add: Buffer.from([6]), rem: Buffer.from([5]), bigint: true }) % 6n);
t('gen rem alone', () => c.generatePrimeSync(32).byteLength);
t('gen add too big', () => c.generatePrimeSync(8, { add: 2n ** 20n }));
t('gen rem >= add', () => c.generatePrimeSync(32, { add: 10n, rem: 11n }));
t('gen size 0', () => c.generatePrimeSync(0));
t('gen size 1', () => c.generatePrimeSync(1));
t('gen size string', () => c.generatePrimeSync('8'));
t('gen options bad', () => c.generatePrimeSync(8, 1));
t('gen bigint bad', () => c.generatePrimeSync(8, { bigint: 1 }));
t('gen safe bad', () => c.generatePrimeSync(8, { safe: 1 }));
t('gen add bad', () => c.generatePrimeSync(8, { add: 'x' }));
t('gen no callback', () => c.generatePrime(8));
c.generatePrime(48, { bigint: true }, (e, p) => {
  console.log('async generate', e, typeof p, c.checkPrimeSync(p));
  c.checkPrime(97n, (e2, r) => {
    console.log('async check', e2, r);
    c.checkPrime(new Uint8Array([91]), { checks: 3 }, (e3, r3) => console.log('async check bytes', e3, r3));
  });
});
