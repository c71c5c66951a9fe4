// read/write of integers, variable-width integers, BigInt and floats.
const t = (name, f) => {
  try { const r = f(); console.log(name, typeof r === 'bigint' ? `${r}n` : r); } catch (e) { console.log(name, 'ERR', e.code, e.name, e.message); }
};
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0xff, 0xfe, 0x80, 0x00]);
for (const m of ['readUInt8', 'readUint8', 'readInt8', 'readUInt16LE', 'readUint16LE', 'readUInt16BE', 'readUint16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUint32LE', 'readUInt32BE', 'readUint32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUint64LE', 'readBigUInt64BE', 'readBigUint64BE', 'readBigInt64LE', 'readBigInt64BE']) {
  t(`${m}()`, () => b[m]());
  t(`${m}(2)`, () => b[m](2));
  t(`${m}(8)`, () => b[m](8));
  t(`${m}(11)`, () => b[m](11));
  t(`${m}(-1)`, () => b[m](-1));
  t(`${m}(1.5)`, () => b[m](1.5));
  t(`${m}('1')`, () => b[m]('1'));
  t(`${m}(NaN)`, () => b[m](NaN));
}
for (const m of ['readUIntLE', 'readUintLE', 'readUIntBE', 'readUintBE', 'readIntLE', 'readIntBE']) {
  for (let n = 1; n <= 6; n++) t(`${m}(6, ${n})`, () => b[m](6, n));
  t(`${m}(0, 7)`, () => b[m](0, 7));
  t(`${m}(0, 0)`, () => b[m](0, 0));
  t(`${m}(0)`, () => b[m](0));
  t(`${m}()`, () => b[m]());
  t(`${m}(10, 3)`, () => b[m](10, 3));
  t(`${m}(0, 2.5)`, () => b[m](0, 2.5));
  t(`${m}(0, '2')`, () => b[m](0, '2'));
}
const w = Buffer.alloc(10);
const W = (m, ...args) => t(`${m}(${args.map(String).join(', ')})`, () => { w.fill(0); const r = w[m](...args); return `${r} ${w.toString('hex')}`; });
W('writeUInt8', 255, 0); W('writeUInt8', 256, 0); W('writeUInt8', -1, 0); W('writeUInt8', 1.5, 1); W('writeUInt8', '7', 2); W('writeUInt8', NaN, 0); W('writeUInt8', 1, 10); W('writeUInt8', 1, -1); W('writeUInt8', 1, 1.5); W('writeUint8', 3);
W('writeInt8', -128, 0); W('writeInt8', 127, 0); W('writeInt8', -129, 0); W('writeInt8', 128, 0); W('writeInt8', -1);
W('writeUInt16LE', 0x1234, 0); W('writeUInt16BE', 0x1234, 1); W('writeUint16LE', 65535, 8); W('writeUInt16LE', 65536, 0); W('writeUInt16LE', 1, 9); W('writeUInt16BE', -1, 0);
W('writeInt16LE', -2, 0); W('writeInt16BE', -32768, 0); W('writeInt16BE', 32768, 0);
W('writeUInt32LE', 0xdeadbeef, 0); W('writeUInt32BE', 0xdeadbeef, 6); W('writeUint32BE', 2 ** 32, 0); W('writeUInt32LE', -1, 0); W('writeUInt32LE', 1, 7);
W('writeInt32LE', -1, 0); W('writeInt32BE', -0x80000000, 0); W('writeInt32LE', 0x80000000, 0); W('writeInt32LE', 1.9, 0);
for (let n = 1; n <= 6; n++) {
  W('writeUIntLE', 2 ** (8 * n) - 1, 1, n); W('writeUIntBE', 0x123456789a % 2 ** (8 * n), 1, n);
  W('writeIntLE', -(2 ** (8 * n - 1)), 0, n); W('writeIntBE', -2, 0, n);
  W('writeUIntLE', 2 ** (8 * n), 0, n); W('writeIntBE', 2 ** (8 * n - 1), 0, n);
}
W('writeUIntLE', 1, 0, 7); W('writeUIntLE', 1, 0, 0); W('writeUIntLE', 1, 0); W('writeIntBE', 1, 0, 'x'); W('writeUintBE', 1, 8, 3); W('writeUintLE', 5, 0, 2);
W('writeBigUInt64LE', 0x0102030405060708n, 0); W('writeBigUInt64BE', 0x0102030405060708n, 2); W('writeBigUint64LE', 2n ** 64n - 1n); W('writeBigUint64BE', 1n);
W('writeBigUInt64LE', -1n, 0); W('writeBigUInt64LE', 2n ** 64n, 0); W('writeBigInt64LE', -1n, 0); W('writeBigInt64BE', -(2n ** 63n), 0); W('writeBigInt64LE', 2n ** 63n, 0); W('writeBigInt64LE', 1, 0); W('writeBigInt64LE', 1n, 3); W('writeBigInt64LE', 1n, 1.5);
W('writeFloatLE', 1.5, 0); W('writeFloatBE', -0.1, 1); W('writeFloatLE', NaN, 0); W('writeFloatLE', Infinity, 0); W('writeFloatLE', 'x', 0); W('writeFloatBE', 1, 7); W('writeFloatLE', 1e40, 0);
W('writeDoubleLE', Math.PI, 0); W('writeDoubleBE', -0, 2); W('writeDoubleLE', 1, 3); W('writeDoubleLE', 1, -1); W('writeDoubleBE', 1, 'a');
const f = Buffer.alloc(8);
f.writeDoubleBE(123.456); t('double rt', () => f.readDoubleBE());
f.writeFloatLE(3.14); t('float rt', () => f.readFloatLE());
f.writeBigInt64BE(-12345678901234n); t('bigint rt', () => f.readBigInt64BE());
f.writeIntLE(-123456789012, 0, 6); t('int48 rt', () => f.readIntLE(0, 6));
f.writeUIntBE(0xabcdef123456, 1, 6); t('uint48 rt', () => f.readUIntBE(1, 6));
t('empty readUInt8', () => Buffer.alloc(0).readUInt8(0));
t('empty readUInt32LE', () => Buffer.alloc(2).readUInt32LE(0));
t('method names', () => [Buffer.prototype.readUint8 === Buffer.prototype.readUInt8, Buffer.prototype.writeBigUint64LE === Buffer.prototype.writeBigUInt64LE, Buffer.prototype.readUInt8.length, Buffer.prototype.readUIntLE.length, Buffer.prototype.writeUIntLE.length].join());
