const cases = [['sc:a ?q'], ['sc:a #f'], ['sc:a  '], ['data:a b'], ['http://a/b c'], ['sc://a/b c'], ['http://a.com/ %20'], ['http://ab\u0000c/'], ['http://a%00b/'], ['http://a\u200bb/'], ['http://a..com./'], ['http://\u3002/'], ['http://1.1.1.0x100/'], ['http://0x100000000/'], ['http://4294967295/'], ['http://[1:0::]/'], ['http://[::127.0.0.1]/'], ['http://a:b@/'], ['file://a:1/'], ['file:///..'], ['file:///C:/../..'], ['file://C:/x'], ['http://a/%2e%2E/b'], ['http://a/.%2e/b'], ['sc:/.//p'], ['web+demo:/.//not-a-host/'], ['http://a/\u{1f600}'], ['http://EXAMPLE.com/%7e'], ['http://ex.com/?a=\'b\''], ['sc://ex.com/?a=\'b\''], ['http://%41.com'], ['http://%e2%98%83.com'], ['ws:/x'], ['HTTPS://a.B.c:443'], ['http://a/b?c#d#e'], ['http://user@pass:word@host/'], ['http://a/b/../../..'], ['http:/\\/\\a/b']];
for (const [i] of cases) {
  let r; try { const u = new URL(i); r = [u.href, u.host, u.pathname, u.search, u.hash]; } catch (e) { r = e.code; }
  console.log(JSON.stringify(i), JSON.stringify(r));
}
const u = new URL('sc:a ?q'); u.search = ''; console.log(JSON.stringify(u.href));
const u2 = new URL('sc:a #f'); u2.hash = ''; console.log(JSON.stringify(u2.href));
const u3 = new URL('sc:a ?q#f'); u3.searchParams.delete('q'); console.log(JSON.stringify(u3.href));
