const { URLPattern } = require('url');
const J = JSON.stringify;
const show = (p) => J([p.protocol, p.username, p.password, p.hostname, p.port, p.pathname, p.search, p.hash, p.hasRegExpGroups]);
const pats = [
  [{ pathname: '/books/:id' }], ['https://example.com/books/:id'], ['/books/:id(\\d+)', 'https://example.com'], [{ hostname: '{*.}?example.com' }],
  ['https://*.example.com/*'], ['http{s}?://:host/:path*'], [{ pathname: '/a/:b?/c' }], [{ pathname: '/foo/*' }], [{ pathname: '/(foo|bar)/:x+' }],
  ['https://example.com:8080/x?q=:v#h'], ['data\\:foo*'], [{ protocol: 'https', port: '443' }], ['*://*:*/*'], [{ search: 'a=:b&c' }],
  ['https://user:pass@host/'], [{ pathname: '/:a-:b' }], [{ pathname: '{/:lang}?/docs' }], ['file:///tmp/:name.txt'], [{ hostname: '[\\:\\:1]' }],
  [{ pathname: '/A/:b' }, { ignoreCase: true }], [{ baseURL: 'https://example.com/a/b', pathname: 'c/:d' }], [{ pathname: '/x/:y(a|b)' }],
];
for (const args of pats) {
  try { const p = new URLPattern(...args); console.log(J(args), show(p)); } catch (e) { console.log(J(args), 'throws', e.name, e.code); }
}
const tests = [
  [[{ pathname: '/books/:id' }], 'https://x.com/books/12'], [['https://example.com/books/:id'], 'https://example.com/books/abc?x#y'],
  [['/books/:id(\\d+)', 'https://example.com'], 'https://example.com/books/12'], [['/books/:id(\\d+)', 'https://example.com'], 'https://example.com/books/ab'],
  [[{ hostname: '{*.}?example.com' }], 'https://sub.example.com/'], [[{ hostname: '{*.}?example.com' }], 'https://example.com/'],
  [['https://*.example.com/*'], 'https://a.b.example.com/x/y'], [['http{s}?://:host/:path*'], 'http://h/a/b/c'], [['http{s}?://:host/:path*'], 'https://h'],
  [[{ pathname: '/a/:b?/c' }], 'https://h/a/c'], [[{ pathname: '/a/:b?/c' }], 'https://h/a/x/c'], [[{ pathname: '/(foo|bar)/:x+' }], 'https://h/bar/1/2'],
  [[{ search: 'a=:b&c' }], 'https://h/?a=1&c'], [[{ pathname: '/:a-:b' }], 'https://h/x-y'], [[{ pathname: '{/:lang}?/docs' }], 'https://h/en/docs'],
  [[{ pathname: '{/:lang}?/docs' }], 'https://h/docs'], [[{ pathname: '/A/:b' }, { ignoreCase: true }], 'https://h/a/Q'],
  [[{ baseURL: 'https://example.com/a/b', pathname: 'c/:d' }], 'https://example.com/a/c/e'], [['file:///tmp/:name.txt'], 'file:///tmp/notes.txt'],
  [[{ protocol: 'https', port: '443' }], 'https://h:443/'], [['*://*:*/*'], 'ws://h:1/x'],
];
for (const [args, input] of tests) {
  const p = new URLPattern(...args);
  const r = p.exec(input);
  console.log(J(args), input, p.test(input), J(r && { inputs: r.inputs, protocol: r.protocol, hostname: r.hostname, port: r.port, pathname: r.pathname, search: r.search, hash: r.hash }));
}
const p = new URLPattern({ pathname: '/x/:y' });
console.log(p.test({ pathname: '/x/1' }), J(p.exec({ pathname: '/x/1' })?.pathname), p.test('/x/1', 'https://a.com'), p.test('not a url'));
for (const bad of [[{ pathname: '/(' }], [{ pathname: '/:' }], [{ pathname: '/((a))' }], ['/relative'], [{ pathname: '/:a/:a' }], [{ pathname: '/(?a)' }], [1]]) {
  try { new URLPattern(...bad); console.log('ok', J(bad)); } catch (e) { console.log('bad', J(bad), e.name, e.code); }
}
console.log(typeof URLPattern, Object.prototype.toString.call(p), p instanceof URLPattern);
for (const bad of [[{ pathname: "/(" }], [1], [{}, "https://a"], [{ protocol: "ht tp" }], [{ hostname: "a b" }], [{ port: "x" }]]) { try { new URLPattern(...bad); console.log("ok"); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } }
try { p.test({ pathname: "/x" }, "https://a"); } catch (e) { console.log(e.name, e.code, e.message); }
try { p.exec({ pathname: "/x" }, "https://a"); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.keys(Object.getOwnPropertyDescriptors(URLPattern.prototype)).join());
