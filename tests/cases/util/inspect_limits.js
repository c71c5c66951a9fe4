// maxArrayLength / maxStringLength edge values.
const util = require('util');
console.log(util.inspect('a\nb'.repeat(30), { maxStringLength: 25 }));
console.log(util.inspect(['x'.repeat(30)], { maxStringLength: 0 }), util.inspect([1, 2, 3], { maxArrayLength: 0 }), util.inspect([1, 2, 3], { maxArrayLength: -1 }));
console.log(util.inspect(new Array(3), { maxArrayLength: 1 }), util.inspect([1, , , 4, , 6], { maxArrayLength: 2 }), util.inspect([1, , , 4, , 6], { maxArrayLength: 4 }));
console.log(util.inspect(Array.from({ length: 200 }, (_, i) => i), { maxArrayLength: Infinity }).split('\n').length);
console.log(util.inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }), util.inspect(new Float32Array(3), { maxArrayLength: null }));
console.log(util.inspect({ s: 'abc' }, { maxStringLength: null }), util.inspect('abc', { maxStringLength: 1 }));
