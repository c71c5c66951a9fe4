// EventEmitterAsyncResource runs listeners in the context it was created in.
const { EventEmitterAsyncResource } = require('events');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const ee = als.run('creation', () => new EventEmitterAsyncResource({ name: 'X' }));
ee.on('go', () => console.log('listener sees', als.getStore()));
als.run('emit-time', () => ee.emit('go'));
ee.emitDestroy();
