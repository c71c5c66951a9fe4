const url = require('url');
const J = JSON.stringify;
const inputs = ['  \tHTTP://a\\b\\c?x\\y#z\\w ', '//foo/bar', '/a/b?c=d', 'mailto:a@b.com', 'javascript:alert(1)', 'a:b', 'x.com/y',
  'http://[::1]:80/a', 'http://a b/c', 'http://a.com#h?q', 'HTTPS://EX.com', 'http://\u00e9x.com/\u00e9', 'file:///C:/x', 'http://a@b@c/',
  '?q', '#h', 'http://x/a b<c>"\'^`{|}', 'http://user:pw@Host.COM:8080/p/a/t/h?query=string#hash', 'http://a:abc/x', 'http://a.com:/x',
  'https://a.com:8080', 'file://localhost/etc/passwd', 'file:/x', 'ftp://u@f.com', 'http://a.com/p?x=1&x=2&y', 'http://a.com?',
  'HTTP://A.COM/AbC', 'http://a.com/\u00e9', 'http://a_b.com/', 'http://-a.com/', 'http://a.com:80:90/', 'http://[::1', 'http://[::1]x/', 'http://[a b]/', 'http://a[b/', 'http://a:b]/', 'http://a*b/', '\u0001http://a/\u0001', '\u00a0http://a/\ufeff', 'http://a/ \u0001x', 'http://x.com\\y',
  'svn+ssh://a.com/x', 'xmpp:isaacschlueter@jabber.org', 'news:comp.lang', '', ' ', 'http://a.com/%zz', 'www.example.com', 'http://a.com;b/c'];
for (const i of inputs) {
  try {
    const u = url.parse(i);
    console.log(J(i), J(u), u instanceof url.Url, u.format() === u.href);
  } catch (e) {
    console.log(J(i), e.name, e.code, e.message, e.input);
  }
}
let ctl = '';
for (let c = 1; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let r;
  try { r = url.parse(`http://a${ch}b/`).href; } catch (e) { r = e.code; }
  ctl += `${c}:${J(r)} `;
}
console.log(ctl);
for (const i of ['http://a.com/p?x=1&x=2&y=&z', '/p?a=1', '/p', 'http://a.com', 'http://a.com/?']) {
  const u = url.parse(i, true);
  console.log(J(i), J(u.query), Object.getPrototypeOf(u.query), J(u.search));
}
for (const i of ['//foo/bar', '//u@h:1/p', '/x', 'a/b']) console.log('slashesDenoteHost', J(i), J(url.parse(i, false, true)));
for (const bad of [1, null, undefined, {}]) {
  try { url.parse(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { url.parse('http://%zz@a'); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.parse('http://a%b.com/'); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
const objs = [{ auth: 'a b:c@d/?#', host: 'x' }, { protocol: 'file', pathname: '/x' }, { protocol: 'mailto', pathname: 'a@b' }, { hostname: '::1', port: 8 },
  { protocol: 'http', hostname: 'a.com', port: 80, pathname: '/p#?', query: { a: [1, 2], b: 'c d' } }, { protocol: 'https:', host: 'h', search: 's', hash: 'h' },
  { protocol: 'http', slashes: true, pathname: 'x' }, { protocol: 'http', host: 'a', pathname: 'x', search: '?q#' }, {}, { href: 'http://ignored/' },
  { protocol: 'fIlE', pathname: 'C:/x' }, { protocol: 'x', host: 'h', pathname: '/p' }, { protocol: 'x', slashes: true, host: 'h' }];
for (const o of objs) console.log('format', J(o), J(url.format(o)));
console.log(url.format('http://a.com/b?c#d'), url.format(url.parse('HTTP://X.com/Y')));
for (const bad of [1, null, undefined, true]) {
  try { url.format(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const w = new URL('https://u:p@\u00e9x.com:8080/a?b#c');
console.log(url.format(w), url.format(w, { auth: false }), url.format(w, { fragment: false, search: false }), url.format(w, { unicode: true }), url.format(new URL('file:///x?#')), url.format(new URL('http://a/?#'), {}));
const res = [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'],
  ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '/g'], ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', 'g?y'],
  ['http://a/b/c/d;p?q', '#s'], ['http://a/b/c/d;p?q', 'g#s'], ['http://a/b/c/d;p?q', ';x'], ['http://a/b/c/d;p?q', ''], ['http://a/b/c/d;p?q', '.'],
  ['http://a/b/c/d;p?q', './'], ['http://a/b/c/d;p?q', '..'], ['http://a/b/c/d;p?q', '../'], ['http://a/b/c/d;p?q', '../g'], ['http://a/b/c/d;p?q', '../..'],
  ['http://a/b/c/d;p?q', '../../g'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', '/./g'], ['http://a/b/c/d;p?q', '/../g'],
  ['http://a/b/c/d;p?q', 'g.'], ['http://a/b/c/d;p?q', '.g'], ['http://a/b/c/d;p?q', 'g..'], ['http://a/b/c/d;p?q', './../g'], ['http://a/b/c/d;p?q', 'g;x=1/../y'],
  ['http://a/b/c/d;p?q', 'http:g'], ['http://a/b/c/d;p?q', 'https:g'], ['mailto:a@b.com', 'c@d.com'], ['mailto:a@b.com', 'mailto:x@y'], ['http://u:p@a/b', '//c/d'],
  ['http://a/b', 'mailto:x@y'], ['file:///a/b', '../c'], ['a/b/c', '../../../d'], ['', 'x'], ['http://a', 'b'], ['http://a/b/', '../../../..'],
  ['http://user:pass@a/b', 'http://c/d'], ['http://a/b?c', '?'], ['http://a/b?c', '#'], ['/a/b', 'http://c'], ['http://a/b', 'HTTP://c/D']];
for (const [a, b] of res) console.log('resolve', J(a), J(b), J(url.resolve(a, b)));
const ro = url.resolveObject('http://a/b/c', '../d?x#y');
console.log(J(ro), ro instanceof url.Url);
