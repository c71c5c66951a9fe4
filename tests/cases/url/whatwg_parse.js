const inputs = [
  ['https://user:pw@example.com:8080/p/a/t/h?query=string#hash'],
  ['HTTP://EXAMPLE.COM:80/a/../b/./c'], ['http://0x7f.1/'], ['http://192.168.0.257/'], ['http://[::1]:443/'], ['https://[0:0:0:0:0:ffff:7f00:1]/'],
  ['http://xn--nxasmq6b.com/'], ['http://\u00e9x.com/\u00e9?\u00e9#\u00e9'], ['http://faß.de/'], ['http://\u0661.com/'], ['http://a\u00adb.com/'],
  ['file:///C:/x/../y'], ['file://localhost/etc/passwd'], ['file://host/share/x'], ['file:/x'], ['file:x'],
  ['mailto:someone@example.com'], ['javascript:alert(1)'], ['data:text/plain,hello world'], ['blob:https://a.com/uuid'], ['urn:isbn:0451450523'],
  ['  http://a.com/  '], ['http://a.com/\t\nb'], ['http://a.com/a b?c d#e f'], ["http://a.com/'\"<>`{}|^?'\"<>`#'\"<>`"],
  ['http://a.com/%zz%41'], ['http://a.com:0/'], ['http://a.com:65536/'], ['http://a.com:/'], ['http://@a.com/'], ['http://:@a.com/'],
  ['http://a:b:c@d.com/'], ['http://a@b@c.com/'], ['http:\\\\a.com\\b\\c'], ['http:/a.com'], ['http:a.com'], ['ws://a.com/'], ['wss://a.com:443/'],
  ['ftp://a.com:21/'], ['non-special://host:99/path'], ['non-special:/path'], ['non-special:path?q#f'], ['sc://\u00e9/'], ['sc://a b/'],
  ['http://a.com?'], ['http://a.com#'], ['http://a.com/?#'], ['foo'], [''], ['http://'], ['http://a b.com/'], ['http://[::1/'], ['http://a%41.com/'],
  ['http://a.com/\ud800'], ['http://1.2.3.4.5/'], ['http://999999999999/'], ['http://0/'], ['http://a..b/'], ['http://.a/'],
  ['../x', 'http://a/b/c/d'], ['?q', 'http://a/b?x#y'], ['#f', 'http://a/b?x#y'], ['//h/p', 'https://a/b'], ['/p', 'file:///C:/x'], ['x', 'mailto:a@b'],
  ['http://a/b', 'invalid'], ['', 'http://a/b?c#d'], ['C|/x', 'file:///'], ['\\\\x\\y', 'http://a/'],
];
for (const [input, base] of inputs) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify([input, base]), JSON.stringify({ href: u.href, origin: u.origin, protocol: u.protocol, username: u.username, password: u.password, host: u.host, hostname: u.hostname, port: u.port, pathname: u.pathname, search: u.search, hash: u.hash }));
  } catch (e) {
    console.log(JSON.stringify([input, base]), e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base));
  }
  console.log(' canParse', URL.canParse(input, base), URL.parse(input, base) === null);
}
