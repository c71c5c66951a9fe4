// An 'error' event with no listener throws; uncaught, it ends the process.
const EventEmitter = require('events');
const e = new EventEmitter();
process.on('exit', (code) => console.log('exit', code));
console.log('before');
function emitIt() {
  e.emit('error', new Error('nobody listens'));
}
emitIt();
console.log('not reached');
