// util.MIMEType / MIMEParams parsing, serializing and errors.
const util = require('util');
const m = new util.MIMEType('text/javascript;charset=utf-8;x="a b";Y=Z');
console.log(m, String(m), m.params, [...m.params.keys()], JSON.stringify(m));
m.type = 'Application'; m.params.set('q', '1'); m.params.delete('x'); console.log(String(m), m.essence);
for (const bad of ['', 'text', 'text/', '/html', 'te xt/html']) { try { new util.MIMEType(bad); console.log('ok', bad); } catch (e) { console.log(e.code, e.message); } }
console.log(String(new util.MIMEType('  text/plain  ;  a=1 ; b="q\\"x" ; c ; =d; e=')));
try { m.params.set('bad name', 'v'); } catch (e) { console.log(e.code, e.message); }
console.log(util.TextEncoder === globalThis.TextEncoder, util.TextDecoder === TextDecoder);
for (const bad of ['text/ht ml', 'text/html;a=1', 'te(xt/html', 'text/ht@ml; x=1']) { try { console.log(String(new util.MIMEType(bad))); } catch (e) { console.log(e.code, e.message); } }
try { m.subtype = 'a b'; } catch (e) { console.log(e.message); }
try { m.type = ''; } catch (e) { console.log(e.message); }
try { m.params.set('ok', 'v\u0000'); } catch (e) { console.log(e.message); }
for (const f of [() => util.stripVTControlCharacters(1), () => { util.inspect.defaultOptions = null; }, () => util.formatWithOptions([], 'x'), () => new util.MIMEType('te xt/a'), () => new util.MIMEType('')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message, e.stack.split('\n')[0]); }
}
