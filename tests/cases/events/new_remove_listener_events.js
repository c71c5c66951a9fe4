// 'newListener' fires before the listener is added; 'removeListener' after.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name, fn) => {
  console.log('newListener', String(name), fn.name, e.listenerCount(name));
  if (name === 'data') e.on('extra', () => {});
});
e.on('removeListener', (name, fn) => console.log('removeListener', String(name), fn.name, e.listenerCount(name)));
function onData() {}
function onOnce() {}
e.on('data', onData);
e.once('data', onOnce);
e.emit('data');
e.off('data', onData);
e.on('a', function one() {});
e.on('a', function two() {});
console.log('--- removeAll a');
e.removeAllListeners('a');
console.log('--- removeAll');
e.removeAllListeners();
console.log(e.eventNames());
// newListener added before the first listener of its own type
const f = new EventEmitter();
let added = false;
f.on('newListener', (name) => {
  if (name === 'event' && !added) {
    added = true;
    f.on('event', () => console.log('B'));
  }
});
f.on('event', () => console.log('A'));
f.emit('event');
