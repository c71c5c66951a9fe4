// An exception from vm code that nobody catches ends the process with 1.
const vm = require('vm');
process.on('exit', (code) => console.log('exit', code));
console.log('before');
vm.runInNewContext('throw new Error("uncaught from vm")', {}, { filename: 'uncaught-vm.js' });
console.log('not reached');
