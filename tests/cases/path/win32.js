const w = require('path').win32;
const J = JSON.stringify;
const cases = ['', '\\', '/', 'C:', 'C:\\', 'C:/', 'c:\\a\\b', 'c:a\\b', 'C:..\\x', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\a\\..\\..', '//server/share/x/y.txt', '\\\\server', '\\\\?\\C:\\x\\..', '\\\\.\\pipe\\x', 'a\\b\\..\\c', 'a/b/../c/', '..\\..', '.\\a\\.', 'C:\\..\\..', 'x.tar.gz', 'C:x.y', 'C:\\x\\.bashrc', 'C:\\foo\\bar\\baz\\..\\qux\\', '\\\\a\\b\\c', 'CON', 'con:x', 'a:b', 'x\\a:', 'file:stream', '\\\\\\x', 'C:\\\\a\\\\\\b'];
for (const p of cases) {
  console.log(J(p), J(w.normalize(p)), J(w.dirname(p)), J(w.basename(p)), J(w.extname(p)), w.isAbsolute(p), J(w.parse(p)), J(w.format(w.parse(p))));
}
const joins = [['a', 'b'], ['C:', 'x'], ['C:\\', '..', 'y'], ['\\\\server', 'share'], ['\\\\', 'server', 'share'], ['//server/', 'share'], ['\\\\\\', 'x'], ['a', '\\\\b'], ['', ''], ['c:/a', '../../../b']];
for (const a of joins) console.log('join', J(a), J(w.join(...a)));
const resolves = [['C:\\a', 'b'], ['C:\\a', 'D:\\b', 'c'], ['\\\\s\\h\\x', '..\\..\\..'], ['C:\\x', '\\y'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], ['c:/blah\\blah', 'd:/games', 'c:../a'], ['\\\\server\\share', '..', 'relative\\']];
for (const a of resolves) console.log('resolve', J(a), J(w.resolve(...a)));
const rels = [['C:\\a\\b', 'C:\\a\\c'], ['C:\\A\\b', 'c:\\a\\b\\D'], ['C:\\a', 'D:\\a'], ['c:\\', 'c:\\x'], ['c:\\x', 'c:\\'], ['\\\\s\\h\\a', '\\\\s\\h\\b'], ['\\\\s\\h', '\\\\s\\i'], ['C:\\foo\\bar', 'C:\\foo\\barbaz'], ['C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb']];
for (const [a, b] of rels) console.log('relative', J(a), J(b), J(w.relative(a, b)));
for (const p of ['C:\\x\\y', '\\\\s\\h\\x', '\\\\?\\C:\\x', '', 1]) console.log('ns', J(p), J(w.toNamespacedPath(p)));
const bases = [['C:\\x\\y.js', '.js'], ['C:y.js', '.js'], ['C:', 'C:'], ['\\a\\b\\', 'b'], ['aaa\\bbb', 'bbb']];
for (const [p, s] of bases) console.log('basename', J(p), J(s), J(w.basename(p, s)));
console.log(w.sep, w.delimiter, w.format({ dir: 'C:\\x', base: 'y' }), w.format({ root: 'C:\\', name: 'n', ext: 'e' }));
for (const p of ['CON/', 'CON.', 'CON ', 'NUL\\', 'CON\\\\', 'CON\\x', './C:x', 'ab:', 'ab:\\c', 'ab:/..', 'abc:d', 'CON:\\..x', 'con:foo', 'LPT1:', 'COM10:', 'a\\..\\CON:x', 'x.yC:\\\\?\\..a:']) console.log('dev', JSON.stringify(p), JSON.stringify(w.normalize(p)));
for (const a of [['CON:a/b', 'c'], ['x', 'CON:a/./b'], ['a/b:', 'c'], ['.', 'C:x'], ['x', '..', 'C:y'], ['a', 'b:c'], ['prn:x\\y', '..'], ['CON', ':x']]) console.log('devjoin', JSON.stringify(a), JSON.stringify(w.join(...a)));
