const stream = require('stream');
const util = require('util');
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;
const log = (...a) => console.log(a.join(' '));

log(typeof stream, stream === Stream, stream.Stream === Stream);
log(Object.getPrototypeOf(Readable.prototype) === Stream.prototype);
log(new PassThrough() instanceof Writable, new Duplex() instanceof Writable, new Readable() instanceof Writable);
log(new Transform() instanceof Duplex, Object.getPrototypeOf(Duplex.prototype) === Readable.prototype);
log('hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
log(new Readable().readableHighWaterMark, new Writable().writableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark);
stream.setDefaultHighWaterMark(false, 1024);
log(new Readable().readableHighWaterMark);
stream.setDefaultHighWaterMark(false, 65536);
try { new Readable({ highWaterMark: -1 }); } catch (e) { log(e.code, e.message); }
try { new Readable({ highWaterMark: 'x' }); } catch (e) { log(e.code); }
const d = new Duplex({ readableHighWaterMark: 10, writableHighWaterMark: 20, readableObjectMode: true });
log('duplex hwm', d.readableHighWaterMark, d.writableHighWaterMark, d.readableObjectMode, d.writableObjectMode);

// old-style inheritance
function MyReadable(opts) {
  Readable.call(this, opts);
  this.count = 0;
}
util.inherits(MyReadable, Readable);
MyReadable.prototype._read = function () {
  this.push(this.count < 2 ? String(this.count++) : null);
};
const mr = new MyReadable();
mr.on('data', (c) => log('MyReadable', c.toString()));
mr.on('end', () => log('MyReadable end'));

class MyWritable extends Writable {
  _write(chunk, enc, cb) { log('MyWritable', chunk.toString()); cb(); }
}
new MyWritable().end('class');

// calling without new
const r = Readable({ read() {} });
log('no new', r instanceof Readable);

// predicates
const pr = new Readable({ read() {} });
log('isReadable', stream.isReadable(pr), stream.isErrored(pr), stream.isDisturbed(pr), stream.isDestroyed(pr));
pr.push('a');
pr.read();
log('disturbed', stream.isDisturbed(pr));
pr.destroy(new Error('x'));
pr.on('error', () => {});
log('after destroy', stream.isReadable(pr), stream.isErrored(pr), stream.isDestroyed(pr));
log('isWritable', stream.isWritable(new Writable()), stream.isWritable(new Readable()));

// legacy Stream pipe
const legacy = new Stream();
legacy.readable = true;
const sink = new Writable({ write(c, e, cb) { log('legacy sink', c.toString()); cb(); } });
sink.on('finish', () => log('legacy sink finish'));
legacy.pipe(sink);
legacy.emit('data', 'L1');
legacy.emit('end');

// readable/writable state properties
const w = new Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
w.write('abc');
log('w props', w.writableLength, w.writableCorked, w.writableEnded, w.writableFinished, w.writableObjectMode, w.writableBuffer.length);
w.write('de');
log('w buffered', w.writableBuffer.length, w._writableState.bufferedRequestCount);
log('errored', w.errored, w.closed, w.destroyed);

// Readable.prototype.wrap
const old = new Stream();
old.pause = () => log('old pause');
old.resume = () => log('old resume');
const wrapped = new Readable().wrap(old);
wrapped.on('data', (c) => log('wrapped', c.toString()));
wrapped.on('end', () => log('wrapped end'));
old.emit('data', Buffer.from('w1'));
old.emit('end');

// destroy() on stream module
const dr = new Readable({ read() {} });
dr.on('error', (e) => log('stream.destroy err', e.name));
stream.destroy(dr);
log('destroyed by stream.destroy', dr.destroyed);

// push returns
const pr2 = new Readable({ read() {}, highWaterMark: 2 });
log('push', pr2.push('a'), pr2.push('bc'), pr2.push(''));
