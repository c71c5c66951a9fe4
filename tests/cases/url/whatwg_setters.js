const base = 'https://user:pw@example.com:8080/p/a/t/h?query=string#hash';
const sets = {
  protocol: ['http', 'HTTP:', 'ftp:x', 'file', 'mailto', 'wss', '1a', '', 'a+b-c.d'],
  username: ['bob', 'a b', '@:/', ''],
  password: ['secret', 'p@ss:w', ''],
  host: ['other.org', 'other.org:99', 'x:', '[::1]:5', 'a b', '', 'h\u00e9.com', 'x/y'],
  hostname: ['other.org', 'x:99', '', '[::2]', '0x10'],
  port: ['99', '80', '443', '', 'abc', '123abc', '65536', '-1', ' 1'],
  pathname: ['/x/y', 'x', '/a b/%zz/\u00e9', '', '/../..', '?#'],
  search: ['?a=b', 'a=b', '', '?', '?a b#c', '\u00e9'],
  hash: ['#x', 'x', '', '#', 'a b#c', '\u00e9'],
  href: ['http://new.com/', 'relative', ''],
};
for (const [key, values] of Object.entries(sets)) {
  for (const v of values) {
    const u = new URL(base);
    try {
      u[key] = v;
      console.log(key, JSON.stringify(v), u.href);
    } catch (e) {
      console.log(key, JSON.stringify(v), 'threw', e.name, e.code, e.message, u.href);
    }
  }
}
for (const [b, key, v] of [['mailto:a@b', 'host', 'x'], ['mailto:a@b', 'pathname', '/x'], ['file:///x', 'port', '1'], ['file:///x', 'username', 'u'], ['file:///x', 'host', 'h'], ['file://h/x', 'host', ''], ['http://a/', 'protocol', 'file'], ['non-special://a/', 'protocol', 'http'], ['http://a/', 'hostname', ''], ['data:x', 'hash', 'y'], ['sc:opaque', 'pathname', 'x'], ['sc:opaque', 'search', 'q']]) {
  const u = new URL(b);
  u[key] = v;
  console.log(b, key, v, u.href);
}
