// 400k buffered chunks drain (in linear time: quadratic draining would take minutes); unshift and setEncoding on the chunk list.
const { Readable, PassThrough } = require('stream');
const r = new Readable({ read() {} });
const n = 400000;
for (let i = 0; i < n; i++) r.push(Buffer.from('x'));
r.push(null);
let got = 0;
r.on('data', (c) => { got += c.length; });
r.on('end', () => console.log('got', got));
const o = new Readable({ objectMode: true, read() {} });
for (let i = 0; i < 5; i++) o.push({ i });
o.unshift({ first: true });
o.push(null);
o.on('data', (d) => console.log(d));
const s = new Readable({ read() {} });
s.push('abc'); s.push('def'); s.setEncoding('utf8'); console.log(s.read(2), s.read(3), s.read());
s.unshift('zz'); console.log(s.read(1), s.read());
