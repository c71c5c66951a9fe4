// util.inspect of URLSearchParams iterators, live and exhausted.
const util = require('util');

const sp = new URLSearchParams('a=1&b=2');
console.log(util.inspect(sp.entries()));
console.log(util.inspect(sp.keys()));
console.log(util.inspect(sp.values()));
const it = sp.entries();
it.next();
console.log(it);
it.next();
console.log(it);
it.next();
console.log(it);
console.log(new URLSearchParams().keys());
console.log(util.inspect(new URLSearchParams('a=' + 'x'.repeat(80) + '&b=' + 'y'.repeat(30)).entries()));
console.log(util.inspect({ nested: sp.entries() }, { depth: 0 }));
console.log(util.inspect(new URLSearchParams()), util.inspect(new URLSearchParams('a=1'), { depth: -1 }));
