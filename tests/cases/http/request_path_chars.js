// Request paths: anything outside \u0021-\u00ff is ERR_UNESCAPED_CHARACTERS.
const http = require('http');
for (const path of ['/caf\u00e9', '/\u4e2d', '/a\tb', '/ok?x=1', '/a\u007fb']) {
  try { const r = http.request({ port: 1, path }); r.on('error', () => {}); r.destroy(); console.log(JSON.stringify(path), 'ok'); } catch (e) { console.log(JSON.stringify(path), e.code, e.name, e.message); }
}
