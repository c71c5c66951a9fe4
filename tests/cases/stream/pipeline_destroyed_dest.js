// pipeline() into a destroyed stream throws ERR_STREAM_UNABLE_TO_PIPE at
// once (the promise form rejects); other broken destinations call back.
const { Readable, Writable, PassThrough, pipeline } = require('stream');
const ds = new PassThrough(); ds.destroy();
try { Readable.from(['x']).pipe(ds); console.log('pipe ok'); } catch (e) { console.log('pipe threw', e.code); }
const ds2 = new PassThrough(); ds2.destroy();
try { pipeline(Readable.from(['x']), ds2, (err) => console.log('cb', err && err.code)); console.log('pipeline returned'); } catch (e) { console.log('pipeline threw', e.code, e.message); }
const ds3 = new PassThrough(); ds3.destroy();
try { pipeline(Readable.from(['x']), new PassThrough(), ds3, (err) => console.log('cb3', err && err.code)); console.log('pipeline3 returned'); } catch (e) { console.log('pipeline3 threw', e.code, e.message); }
const rs = Readable.from(['x']); rs.destroy();
try { pipeline(rs, new PassThrough(), (err) => console.log('cb2', err && err.code)); console.log('returned2'); } catch (e) { console.log('threw2', e.code); }
const w4 = new Writable({ write(c, e, cb) { cb(); } }); w4.destroy();
require('stream/promises').pipeline(Readable.from(['a']), w4).then(() => console.log('p4 ok'), (e) => console.log('p4 rejected', e.code));
