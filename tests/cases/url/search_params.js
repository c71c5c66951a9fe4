const show = (p) => JSON.stringify([...p]);
const inits = ['a=1&b=2&a=3', '?a=1', '??a=1', '', 'a', '=', '&&a=b&&', 'a+b=c+d', '%zz=%e2%82%ac%FF', 'a=b=c', '\u00e9=\ud800'];
for (const i of inits) { const p = new URLSearchParams(i); console.log(JSON.stringify(i), show(p), p.toString(), p.size); }
console.log(show(new URLSearchParams({ a: 1, b: [1, 2], c: null, d: undefined })));
console.log(show(new URLSearchParams([['a', 'b'], ['c', 1]])), show(new URLSearchParams(new Map([['m', 'n']]))), show(new URLSearchParams(null)), show(new URLSearchParams(undefined)), show(new URLSearchParams()));
console.log(show(new URLSearchParams(new URLSearchParams('x=1&y=2'))), show(new URLSearchParams({ [Symbol.iterator]: function* () { yield ['q', 'r']; } })));
for (const bad of [[['a']], [['a', 'b', 'c']], [1], { [Symbol.iterator]: 5 }]) {
  try { new URLSearchParams(bad); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { new URLSearchParams({ [Symbol('s')]: 1 }); console.log('sym ok'); } catch (e) { console.log(e.name, e.message); }
const p = new URLSearchParams('z=1&a=2&b=3&a=4&\u00e9=5&A=6');
p.append('n', 'v w'); p.set('a', 'x'); console.log(p.toString());
p.delete('b'); p.append('z', '9'); p.delete('z', '9'); console.log(p.toString(), p.has('z'), p.has('z', '1'), p.has('z', '2'), p.get('nope'), p.get('n'), p.getAll('a'));
p.sort(); console.log(p.toString());
p.forEach(function (v, k, o) { console.log('each', k, v, o === p, this.t); }, { t: 'T' });
console.log([...p.keys()], [...p.values()], [...p.entries()].length, typeof p[Symbol.iterator], p[Symbol.iterator] === p.entries);
const it = p.keys(); console.log(it.next(), Object.prototype.toString.call(it), typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
p.append('late', '1'); const all = []; for (const k of it) all.push(k); console.log(all);
for (const [f, args] of [['append', ['a']], ['set', ['a']], ['get', []], ['getAll', []], ['has', []], ['delete', []]]) {
  try { p[f](...args); console.log(f, 'ok'); } catch (e) { console.log(f, e.name, e.code, e.message); }
}
try { p.forEach(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { URLSearchParams.prototype.get.call({}, 'a'); } catch (e) { console.log(e.name, e.code, e.message); }
const u = new URL('http://a.com/?x=1&y=2#h');
const sp = u.searchParams;
console.log(sp === u.searchParams, sp.get('x'));
sp.append('z', '3 4'); console.log(u.href, u.search);
sp.delete('x'); sp.delete('y'); sp.delete('z'); console.log(u.href, JSON.stringify(u.search));
u.search = '?q=1'; console.log(sp.get('q'), sp.size);
u.href = 'http://b.com/?r=2'; console.log(sp.get('r'), sp.get('q'));
u.search = ''; console.log(sp.size, u.href);
sp.sort(); console.log(u.href);
console.log(new URLSearchParams('a=~!*()\'-._ ^&b=%20+').toString());
console.log(Object.keys(URLSearchParams.prototype).join(), Object.prototype.toString.call(sp), String(sp), sp + '');
