// Unhandled 'error' from a subclass instance inside a timer callback.
const EventEmitter = require('events');
class Connection extends EventEmitter {}
const c = new Connection();
process.on('exit', (code) => console.log('exit', code));
setTimeout(function fire() {
  c.emit('error', new TypeError('lost connection'));
}, 1);
