const path = require('path');
const J = JSON.stringify;
const cases = ['', '/', '//', '///', '.', '..', './', '../', 'a', 'a/', '/a', '/a/', '//a', '//a//', 'a/b', 'a//b', '/a/b/c', 'a/./b', 'a/../b', '../a', '../../a/../b', '/..', '/../a', './a/./', 'a/b/..', 'a/b/../..', 'a/b/../../..', '.a', '..a', 'a.', 'a..', '...', '.a.b', 'a.b.c', '/x/y.tar.gz', '/x/.bashrc', '/x/..', 'file.js/', 'file.js//', '/a/b.c/', '\\a\\b', 'C:\\x\\y.z', 'a/.', 'a/..', '/./', 'foo/bar/baz/asdf/quux/..'];
for (const p of cases) {
  console.log(J(p), J(path.normalize(p)), J(path.dirname(p)), J(path.basename(p)), J(path.extname(p)), path.isAbsolute(p), J(path.parse(p)), J(path.format(path.parse(p))), J(path.toNamespacedPath(p)));
}
const bases = [['/aaa/bbb', 'bbb'], ['aaa/bbb', 'a/bbb'], ['/aaa/bbb', 'a/bbb'], ['file.js', '.js'], ['file.js.', '.js'], ['a', 'a'], ['/a', 'a'], ['a/', 'a'], ['a.js/', '.js'], ['a.js//', 'js'], ['/aaa/bbb/', 'a/bbb'], ['x.js', 'x.js'], ['/x.js', 'x.js'], ['x', 'xx'], ['.js', '.js'], ['a.js', ''], ['abc/def', 'ef'], ['abc/def/', 'f/'], ['', '']];
for (const [p, s] of bases) console.log('basename', J(p), J(s), J(path.basename(p, s)));
const joins = [[], [''], ['', ''], ['a', 'b'], ['/a', '/b'], ['a', '', 'b'], ['a/', '/b'], ['/', '..'], ['a', '../..', 'b'], ['.', '.'], ['./', './'], ['/foo', 'bar', 'baz/asdf', 'quux', '..'], ['', '/x'], ['x', '']];
for (const a of joins) console.log('join', J(a), J(path.join(...a)));
const resolves = [['/a/b', './c'], ['/a/b', '/c'], ['/'], ['/a', '..', '..', 'b'], ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'], ['/x', 'a/', '', 'b//'], ['/a/b/c', '../../..', '../x']];
for (const a of resolves) console.log('resolve', J(a), J(path.resolve(...a)));
console.log(path.resolve() === process.cwd(), path.resolve('') === process.cwd(), path.resolve('x') === process.cwd() + '/x', path.resolve('.') === process.cwd());
const rels = [['/a/b', '/a/b'], ['/a/b', '/a/b/c'], ['/a/b/c', '/a/b'], ['/', '/a'], ['/a', '/'], ['/foo/bar', '/foo/barbaz'], ['/foo/barbaz', '/foo/bar'], ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/a/b/', '/a/b/c/'], ['/', '/'], ['//a', '/a']];
for (const [a, b] of rels) console.log('relative', J(a), J(b), J(path.relative(a, b)));
console.log(path.relative('x', 'y'), path.relative('', ''), path.relative('x', ''));
const fmts = [{ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }, { root: '/', base: 'file.txt', ext: 'ignored' }, { root: '/', name: 'file', ext: '.txt' }, { name: 'file', ext: 'txt' }, { dir: 'a' }, { root: '/' }, {}, { dir: '/', base: 'x' }, { root: 'r', dir: 'r', base: 'b' }, { name: 'x', ext: '' }];
for (const f of fmts) console.log('format', J(f), J(path.format(f)));
console.log(path.sep, path.delimiter, path === path.posix, path.posix.posix === path, path.win32.win32 === path.win32, path.win32.posix === path, require('path/posix') === path.posix, path._makeLong === path.toNamespacedPath);
console.log(Object.keys(path).join(), Object.keys(path.win32).join());
const bad = [() => path.join('a', 1), () => path.resolve(null), () => path.normalize(undefined), () => path.basename(1), () => path.basename('a', 2), () => path.dirname({}), () => path.extname(true), () => path.relative(1, 'a'), () => path.relative('a', 1), () => path.isAbsolute(0), () => path.parse(1), () => path.format(null), () => path.format('x'), () => path.resolve('a', 5), () => path.win32.join(1), () => path.matchesGlob(1, 'x'), () => path.matchesGlob('x', 1)];
for (const f of bad) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(path.toNamespacedPath(1), path.toNamespacedPath(null));
