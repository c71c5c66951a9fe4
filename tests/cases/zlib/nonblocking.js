// Big inputs are compressed off the event loop thread: an immediate queued
// after starting the work runs before the work's callback.
'use strict';
const zlib = require('zlib');

const big = Buffer.alloc(4 << 20);
for (let i = 0; i < big.length; i += 4096) big.write(`block ${i} `, i);
const order = [];
zlib.gzip(big, { level: 9 }, (err, out) => {
  order.push('gzip done');
  console.log(order.join(', '), err, zlib.gunzipSync(out).equals(big));
  const s = zlib.createGzip({ level: 9 });
  s.on('data', () => {});
  s.on('end', () => {
    order.push('stream done');
    console.log(order.slice(2).join(', '));
  });
  s.end(big);
  setImmediate(() => order.push('immediate 2'));
});
setImmediate(() => order.push('immediate'));
