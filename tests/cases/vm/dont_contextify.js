// vm.constants.DONT_CONTEXTIFY: a context whose global is an ordinary
// global object, returned as is.
const vm = require('vm');

const g = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(typeof g, vm.isContext(g), Object.keys(g));
console.log(vm.runInContext('globalThis', g) === g);
vm.runInContext('var declared = 5; assigned = 6', g);
console.log(g.declared, g.assigned, Object.keys(g));
g.fromOutside = 'outside';
console.log(vm.runInContext('fromOutside', g));
console.log(vm.runInContext('Array', g) === Array, Array.isArray(vm.runInContext('[]', g)));
console.log(typeof g.Array, g.Math.max(1, 2));
