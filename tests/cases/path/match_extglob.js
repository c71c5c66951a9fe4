// path.matchesGlob with extglobs: +() @() ?() *() !().
const path = require('path');

const pats = ['*.+(js|ts)', 'a/!(b)/c', '@(x|y)/**', '!(*.d).ts', '+(a|b)', '?(a|b)c', '*(ab|c)d', '!(a|b)', 'x/!(y)',
  '@(a|b*)', '!(foo).*', 'src/**/!(index).js', '@(a)b@(c)', '+(a|@(b|c))'];
const paths = ['a.js', 'a.ts', 'a.d.ts', 'x.ts', 'a/b/c', 'a/x/c', 'a/bb/c', 'x/q/r', 'y', 'ab', 'abab', 'c', 'ac', 'abcd',
  'cd', 'd', 'a', 'b', 'x/y', 'x/z', 'bcd', 'foo.js', 'bar.js', 'src/index.js', 'src/a/main.js', 'src/a/index.js', 'xy',
  'abc', '.hidden', 'x/.y', 'abcabc'];
for (const g of pats) {
  console.log(g.padEnd(20), paths.filter((p) => path.matchesGlob(p, g)).join(' '));
  console.log('win32'.padEnd(20), paths.filter((p) => path.win32.matchesGlob(p.replace(/\//g, '\\'), g)).join(' '));
}
