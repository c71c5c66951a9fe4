// A non-Error 'error' event without listener: ERR_UNHANDLED_ERROR, exit 1.
const EventEmitter = require('events');
process.on('exit', (code) => console.log('exit', code));
const e = new EventEmitter();
e.emit('error', 'just a string');
