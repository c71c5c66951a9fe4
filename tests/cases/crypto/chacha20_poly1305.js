// chacha20-poly1305: ciphertext and tags across split updates and AAD,
// tag lengths, IV/key checks, authentication failures, getCipherInfo.
const c = require('crypto');
console.log(JSON.stringify(c.getCipherInfo('chacha20-poly1305')), JSON.stringify(c.getCipherInfo(1018)));
const key = Buffer.alloc(32, 7);
for (const ivl of [12, 8, 16, 0]) { try { c.createCipheriv('chacha20-poly1305', key, Buffer.alloc(ivl)); console.log('iv', ivl, 'ok'); } catch (e) { console.log('iv', ivl, e.code, e.message); } }
for (const t of [undefined, 16, 8, 4, 1, 17, 0]) { try { const ci = c.createCipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: t }); ci.update('x'); ci.final(); console.log('tag', t, ci.getAuthTag().length); } catch (e) { console.log('tag', t, e.code, e.message); } }
const ci = c.createCipheriv('chacha20-poly1305', key, Buffer.alloc(12, 1)); ci.setAAD(Buffer.from('aad')); ci.setAAD(Buffer.from('-more-aad-bytes!!'));
const ct = Buffer.concat([ci.update('hello '), ci.update('world, a longer message over several blocks of sixteen bytes'), ci.final()]); const tag = ci.getAuthTag(); console.log(ct.toString('hex'), tag.toString('hex'));
const d = c.createDecipheriv('chacha20-poly1305', key, Buffer.alloc(12, 1)); d.setAAD(Buffer.from('aad-more-aad-bytes!!')); d.setAuthTag(tag); console.log(Buffer.concat([d.update(ct.subarray(0, 5)), d.update(ct.subarray(5)), d.final()]).toString());
const d2 = c.createDecipheriv('chacha20-poly1305', key, Buffer.alloc(12, 1)); d2.setAuthTag(Buffer.alloc(16)); d2.update(ct); try { d2.final(); } catch (e) { console.log(e.code, e.message); }
const d3 = c.createDecipheriv('chacha20-poly1305', key, Buffer.alloc(12, 1)); d3.update(ct); try { d3.final(); console.log('no tag final ok'); } catch (e) { console.log('notag', e.code, e.message); }
try { c.createCipheriv('chacha20-poly1305', Buffer.alloc(16), Buffer.alloc(12)); } catch (e) { console.log(e.code, e.message); }
const e0 = c.createCipheriv('chacha20-poly1305', key, Buffer.alloc(12)); e0.final(); console.log('empty', e0.getAuthTag().toString('hex'));
const s = c.createCipheriv('chacha20-poly1305', key, Buffer.alloc(12)); s.update('x'); try { s.setAAD(Buffer.from('late')); } catch (e) { console.log(e.code, e.message); }
try { const g = c.createCipheriv('chacha20-poly1305', key, Buffer.alloc(12)); g.getAuthTag(); } catch (e) { console.log(e.code, e.message); }
console.log(c.getCiphers().includes('chacha20-poly1305'));
