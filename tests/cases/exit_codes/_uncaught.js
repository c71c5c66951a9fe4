const a = process.argv[2];
if (a === '1') Promise.reject(new Error('rej'));
if (a === '2') Promise.reject(42);
if (a === '3') Promise.reject({ x: 1 });
if (a === '4') throw { custom: true };
if (a === '5') throw 'a string';
if (a === '6') throw null;
if (a === '7') (async () => { throw new TypeError('async'); })();
if (a === '8') { const e = new Error('props'); e.code = 'E_X'; e.extra = { deep: [1, 2] }; throw e; }
if (a === '9') { class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } } throw new MyErr('mine'); }
if (a === '10') { process.on('unhandledRejection', (r, p) => { console.log('unhandled', r.message, p instanceof Promise); }); Promise.reject(new Error('r')); }
if (a === '11') { const p = Promise.reject(new Error('late')); process.on('rejectionHandled', (pp) => console.log('rejectionHandled', pp === p)); process.on('unhandledRejection', () => console.log('unh')); setTimeout(() => p.catch(() => {}), 10); }
if (a === '12') { process.on('uncaughtExceptionMonitor', (e, o) => console.log('monitor', e.message, o)); Promise.reject(new Error('mon')); }
if (a === '13') { process.on('uncaughtException', (e, o) => console.log('ue', e.message, o)); Promise.reject(new Error('viaue')); setTimeout(() => console.log('still alive'), 5); }
if (a === '14') { setTimeout(() => { throw 'str in timer'; }, 1); }
if (a === '15') { Promise.reject(undefined); }
if (a === '16') { Promise.reject(Symbol('s')); }
if (a === '17') { const e = new Error('no stack'); e.stack = undefined; throw e; }
if (a === '18') { throw new RangeError('multi\nline'); }
if (a === '19') { function f() { f(); } f(); }
if (a === '20') { const e = new Error('agg'); throw new AggregateError([new Error('i1'), new Error('i2')], 'aggregate'); }
if (a === '21') { throw new Error('with cause', { cause: new Error('the cause') }); }
if (a === '22') { setImmediate(() => { null.x; }); }
if (a === '23') { require('fs').readFile(__filename, () => { undefinedFn(); }); }
if (a === '24') { Promise.reject([1, 'a']); }
