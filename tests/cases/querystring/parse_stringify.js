const qs = require('querystring');
const show = (v) => JSON.stringify(v);
const p = (...a) => console.log(show(a.map((x) => (typeof x === 'function' ? 'fn' : x))), show(qs.parse(...a)));
console.log(Object.keys(qs).join());
p('&=&a'); p('=c'); p('&&'); p('='); p('a&b=&=&=x'); p('a=1&a=2&a=3');
p('a=1&b=2&c=3', null, null, { maxKeys: 2 });
p('a=1&&&b=2&c=3', null, null, { maxKeys: 2 });
p('a=1&b=2', null, null, { maxKeys: 0 });
p('a=1&b=2', null, null, { maxKeys: -1 });
p('a=1&b=2', null, null, { maxKeys: 1.5 });
p('a=1&b=2', null, null, { maxKeys: '1' });
p('a:1;;b:2', ';;', ':'); p('a==b=c'); p('%zz=%E2%82%AC%FF&x+y=1+2');
p('a=1&a=2&a', ''); p('a&&b', '&&'); p('aXYbXYc=d', 'XY'); p('a5b', 5, 6);
p('a=1&'); p('&a=1'); p('__proto__=1&constructor=2&hasOwnProperty=3');
p('a[]=1&a[]=2&b%5B%5D=3'); p('%'); p('%%%'); p('a=%G1%1'); p('\u00e9=\u00e8&%C3%A9=x');
console.log(show(qs.parse(123)), show(qs.parse('')), show(qs.parse(null)), Object.getPrototypeOf(qs.parse('a=1')), Object.getPrototypeOf(qs.parse('')));
console.log(show(qs.parse('k=%41%42&z', null, null, { decodeURIComponent: (s) => { console.log('dec', s); return s.toUpperCase(); } })));
console.log(show(qs.parse('k=a+b&j=%4', null, null, { decodeURIComponent: (s) => { console.log('dec', s); throw new Error('x'); } })));
console.log(show(qs.parse('=&a=&=b', null, null, { decodeURIComponent: (s) => s + '!' })));
const s = (...a) => console.log(show(qs.stringify(...a)));
s({ a: [1, 2], b: true, c: null, d: undefined, e: {}, f: NaN, g: 1n, h: 1e21, i: [], j: '', k: -0, 'h i': '\u00e9~!*()\'', l: Infinity, m: 1.5e-7 });
s('x'); s(null); s({ a: 1, b: 2 }, ';', ':'); s({ a: 1 }, '', ''); s({ a: 'x y' }, null, null, { encodeURIComponent: (x) => `<${x}>` });
s([1, 2]); s({ a: [[1], {}] }); s({ a: Symbol('q') }); s({ '': '' }); s({ 'a&b': 'c=d', '\u20ac': '\ud83d\ude00' });
console.log(qs.escape({}), qs.escape(12), qs.escape('\ud83d\ude00\u0100\u0800 /?#[]@$&+,;=%'), qs.escape(undefined), qs.escape([1, 2]));
console.log(qs.escape('\ud800x'), qs.escape('\udc00\udc00'));
for (const bad of ['\ud800', 'a\udc00', '\ud800x']) {
  try { qs.escape(bad); } catch (e) { console.log(e.name, e.code, e.message, e instanceof URIError); }
}
console.log(qs.unescape('%E2%82%AC+%zz'), qs.unescape('a+b', true), qs.unescape('%zz+a', true), qs.unescape('%zz+a'), qs.unescape('%FF%41'));
for (const [x, d] of [['a%20%zz%e2%82%ac+b'], ['abc'], ['a+b%', true], ['%4'], ['%4g'], ['\u00e9\u0100%41'], [''], ['%41%']]) {
  const b = qs.unescapeBuffer(x, d);
  console.log(b instanceof Uint8Array, b.length, JSON.stringify(Array.from(b)));
}
console.log(qs.encode === qs.stringify, qs.decode === qs.parse);
const orig = qs.unescape;
qs.unescape = (x) => `U${x}`;
console.log(show(qs.parse('a=%41&b=c')));
qs.unescape = orig;
const origE = qs.escape;
qs.escape = (x) => `E${x}`;
console.log(qs.stringify({ a: 'b' }));
qs.escape = origE;
