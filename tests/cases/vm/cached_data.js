// V8 code cache through produceCachedData, cachedData and createCachedData.
const vm = require('vm');

const code = 'function add(a, b) { return a + b } add(20, 22)';
const first = new vm.Script(code, { produceCachedData: true, filename: 'first.js' });
console.log(Object.keys(first));
console.log(first.cachedDataProduced, Buffer.isBuffer(first.cachedData), first.cachedData.length > 0);

const second = new vm.Script(code, { cachedData: first.cachedData, filename: 'second.js' });
console.log(Object.keys(second), second.cachedDataRejected, second.runInThisContext());

const other = new vm.Script('1 + 1', { cachedData: first.createCachedData() });
console.log(other.cachedDataRejected, other.runInThisContext());

const cache = first.createCachedData();
console.log(Buffer.isBuffer(cache), cache.length > 0);
const fromView = new vm.Script(code, { cachedData: new Uint8Array(cache) });
console.log(fromView.cachedDataRejected);

const plain = new vm.Script('1');
console.log(Object.keys(plain), plain.sourceMapURL);
const mapped = new vm.Script('1\n//# sourceMappingURL=foo.map');
console.log(mapped.sourceMapURL);
