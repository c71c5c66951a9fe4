// Shapes of util.inspect for URL / URLSearchParams (needs util.inspect's custom hook).
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string#hash');
console.log(u);
console.log([u]);
console.log({ a: { b: { c: u } } });
console.log(util.inspect(u, { depth: 0 }));
const sp = new URLSearchParams('a=1&b=2&a=3');
console.log(sp, new URLSearchParams(), [sp], { x: { y: { z: sp } } });
console.log(new URLSearchParams('aaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbb&cccccccccccccccccccccccccc=ddddddddddddddddddddddd&e=f'));
console.log(sp.keys(), sp.entries(), sp.values());
const it = sp.entries(); it.next(); console.log(it);
console.log(util.inspect(new URL('file:///x')), util.inspect(new URLSearchParams('q=%27')));
