// Values made in a vm context, seen from the main one: inspect, JSON, assert, clone.
const vm = require('vm');
vm.runInNewContext('console.log("from vm console"); console.error("err")');
const util = require('util');
class Foo { constructor() { this.x = 1; } }
console.log(util.inspect(vm.runInNewContext('class Bar { constructor() { this.y = 2 } }; new Bar()')));
console.log(util.inspect(vm.runInNewContext('new Map([[1, {a: [1]}]])')), util.inspect(vm.runInNewContext('Symbol("q")')));
console.log(util.inspect(vm.runInNewContext('new Error("x")')).split('\n')[0]);
console.log(vm.runInNewContext('[1,2,3]'), vm.runInNewContext('({a: 1})'), vm.runInNewContext('new Uint8Array(2)'));
console.log(Buffer.from(vm.runInNewContext('new Uint8Array([1,2])')));
console.log(JSON.stringify(vm.runInNewContext('({d: new Date(0)})')));
const assert = require('assert');
try { assert.deepStrictEqual(vm.runInNewContext('({a: 1})'), { a: 1 }); console.log('deepStrictEqual ok') } catch (e) { console.log('deepStrictEqual fails') }
assert.deepEqual(vm.runInNewContext('({a: [1]})'), { a: [1] }); console.log('deepEqual ok');
console.log(structuredClone(vm.runInNewContext('({a: [1], m: new Map([[1,2]])})')));
