const url = require('url');
const { fileURLToPath, pathToFileURL } = url;
const J = JSON.stringify;
for (const p of ['/a b?#%\\\t\n\r"<>^`{|}\u00e9[];=~!$&\'()*+,:@', '/x/', '/', '/tmp/../etc', '/a/./b//c', '/\ud83d\ude00']) {
  console.log(J(p), pathToFileURL(p).href, fileURLToPath(pathToFileURL(p)) === require('path').resolve(p) + (p.endsWith('/') && p !== '/' ? '/' : ''));
}
console.log(pathToFileURL('rel/x').href === new URL('rel/x', 'file://' + process.cwd() + '/').href, pathToFileURL('rel/').href.endsWith('/'));
for (const [p, o] of [['C:\\x\\y z', { windows: true }], ['\\\\server\\share\\f.txt', { windows: true }], ['C:\\x\\', { windows: true }], ['/x', { windows: false }]]) {
  console.log('toURL', J(p), J(o), pathToFileURL(p, o).href);
}
for (const u of ['file:///a/b%20c', 'file:///a%2Fb', 'file:///a%2fb', 'file://localhost/x', 'file://host/x', 'http://a/b', 'file:///%E2%82%AC', 'file:///a%25', new URL('file:///u/v')]) {
  try { console.log('toPath', J(String(u)), J(fileURLToPath(u))); } catch (e) { console.log('toPath', J(String(u)), e.name, e.code, e.message); }
}
for (const [u, o] of [['file:///C:/x/y%20z', { windows: true }], ['file://server/share/x', { windows: true }], ['file:///x', { windows: true }], ['file:///C:/a%5Cb', { windows: true }], ['file:///C:/a%2Fb', { windows: true }]]) {
  try { console.log('toPathWin', u, J(fileURLToPath(u, o))); } catch (e) { console.log('toPathWin', u, e.name, e.code, e.message); }
}
for (const bad of [1, null, {}, undefined]) {
  try { fileURLToPath(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  try { pathToFileURL(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { fileURLToPath('not a url'); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
const o = url.urlToHttpOptions(new URL('http://u%20x:p@[::1]:8080/a?b#c'));
console.log(J(o), Object.getPrototypeOf(o), Object.keys(o).join());
console.log(J(url.urlToHttpOptions(new URL('https://a.com/'))));
console.log(url.domainToASCII('espa\u00f1ol.com'), url.domainToASCII('xn--iñvalid.com'), J(url.domainToASCII('a b')), url.domainToUnicode('xn--espaol-zwa.com'), J(url.domainToUnicode('xn--iñvalid.com')), url.domainToASCII('1.2.3.4'), url.domainToASCII('EXAMPLE.com'));
try { url.domainToASCII(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.keys(url).join());
const u = new URL('http://a.com/');
console.log(typeof URL.canParse, typeof URL.parse, Object.keys(URL).join(), Object.keys(URL.prototype).join(), Object.prototype.toString.call(u), u + '', JSON.stringify({ u }));
try { new URL(); } catch (e) { console.log(e.name, e.code, e.message); }
try { URL.canParse(); } catch (e) { console.log(e.name, e.code, e.message); }
try { Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(URL === globalThis.URL, URLSearchParams === globalThis.URLSearchParams, url.URL === URL);
