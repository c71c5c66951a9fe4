// More inspect output: extra properties, showHidden, StringDecoder, Blob, File, util.format.
const util = require('util');
const b = Buffer.from('ab'); b[Symbol('s')] = 1; b.x = { y: 2 };
console.log(util.inspect(b), util.inspect(b, { showHidden: true }));
const { StringDecoder } = require('string_decoder');
console.log(new StringDecoder('utf8'));
console.log(Buffer.prototype.inspect.call(new Uint8Array(3)));
console.log(Object.isFrozen(require('buffer').constants), Object.keys(require('string_decoder')));
console.log(util.inspect(new Blob(['abc']), { depth: -1 }), [new Blob([])], { f: new File([], 'n', { lastModified: 1 }) });
console.log(util.format('%s', Buffer.from('fmt')), util.format('%o', Buffer.from('x')));
console.log(Buffer.alloc(3).toString('ucs2'), JSON.stringify(Buffer.from([0xd8, 0x00]).toString('utf16le')));
console.log(Buffer.from('abc').toJSON(), new Uint8Array(Buffer.from('z')));
console.log(Buffer.from([1,2,3]).map(x => x * 2), Buffer.from('hi').subarray(0), Buffer.from('a').slice());
console.log(Buffer.isEncoding('utf-16'), Buffer.from('test').readUInt32BE().toString(16));
