// errorMonitor, error listeners, captureRejections.
const EventEmitter = require('events');
const { errorMonitor, captureRejectionSymbol } = EventEmitter;
console.log(typeof errorMonitor, captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.captureRejections);
const e = new EventEmitter();
e.on(errorMonitor, (err) => console.log('monitor', err.message));
e.on('error', (err) => console.log('handled', err.message));
e.emit('error', new Error('one'));
const m = new EventEmitter();
m.on(errorMonitor, (err) => console.log('monitor only', err.message));
try { m.emit('error', new Error('two')); } catch (err) { console.log('thrown', err.message); }
try { m.emit('error', 'str'); } catch (err) { console.log(err.code, err.message, err.context); }
try { new EventEmitter().emit('error'); } catch (err) { console.log(err.code, err.message, err.context); }
try { new EventEmitter().emit('error', 42); } catch (err) { console.log(err.name, err.message, err.context); }

const c = new EventEmitter({ captureRejections: true });
c.on('ev', async () => { throw new Error('kaboom'); });
c.on('error', (err) => console.log('captured', err.message));
c.emit('ev');

class WithHandler extends EventEmitter {
  [captureRejectionSymbol](err, name, ...args) {
    console.log('rejection handler', err.message, name, args.join('+'));
  }
}
const w = new WithHandler({ captureRejections: true });
w.on('job', async (x, y) => { throw new Error('failed job'); });
w.emit('job', 1, 2);

try { new EventEmitter({ captureRejections: 'yes' }); } catch (err) { console.log(err.code, err.message); }
EventEmitter.captureRejections = true;
const g = new EventEmitter();
g.on('ev', () => Promise.reject(new Error('global capture')));
g.on('error', (err) => console.log('captured by default', err.message));
g.emit('ev');
EventEmitter.captureRejections = false;
try { EventEmitter.captureRejections = 1; } catch (err) { console.log(err.code, err.message); }
