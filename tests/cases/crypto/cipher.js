// createCipheriv/createDecipheriv: AES ECB/CBC/CTR/GCM round trips, tags, padding, errors.
const c = require("crypto");
const t = (f) => { try { const r = f(); console.log("ok", r); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message), Object.keys(e)); } };
const key = Buffer.alloc(32, 1), iv = Buffer.alloc(16, 2);
for (const name of ["aes-128-cbc", "aes-192-cbc", "aes-256-cbc", "aes-256-ecb", "aes-128-ctr", "aes-256-ctr", "aes-128-gcm", "aes-256-gcm", "aes256", "AES-256-CBC"]) {
  const info = c.getCipherInfo(name);
  const k = key.subarray(0, info.keyLength);
  const v = info.mode === "ecb" ? null : iv.subarray(0, info.ivLength);
  for (const text of ["", "hello", "exactly sixteen!", "a much longer message that spans several blocks of aes input"]) {
    const e = c.createCipheriv(name, k, v);
    const ct = Buffer.concat([e.update(text.slice(0, 7)), e.update(text.slice(7)), e.final()]);
    const tag = info.mode === "gcm" ? e.getAuthTag() : null;
    const d = c.createDecipheriv(name, k, v);
    if (tag) d.setAuthTag(tag);
    const pt = Buffer.concat([d.update(ct.subarray(0, 5)), d.update(ct.subarray(5)), d.final()]).toString();
    console.log(name, JSON.stringify(text).length, ct.toString("hex"), tag && tag.toString("hex"), pt === text);
  }
}
{
  const g = c.createCipheriv("aes-256-gcm", key, iv.subarray(0, 12)); g.setAAD(Buffer.from("aad"));
  const ct = Buffer.concat([g.update("hello"), g.final()]); console.log(ct.toString("hex"), g.getAuthTag().toString("hex"));
  const g2 = c.createCipheriv("aes-128-gcm", key.subarray(0, 16), iv, { authTagLength: 8 }); g2.setAAD(Buffer.alloc(40, 3));
  const ct2 = Buffer.concat([g2.update(Buffer.alloc(33, 4)), g2.final()]); console.log(ct2.toString("base64"), g2.getAuthTag().toString("hex"));
  const d = c.createDecipheriv("aes-256-gcm", key, iv.subarray(0, 12)); d.setAAD(Buffer.from("aad")); d.setAuthTag(g.getAuthTag());
  console.log(d.update(ct, undefined, "utf8") + d.final("utf8"));
  const bad = c.createDecipheriv("aes-256-gcm", key, iv.subarray(0, 12)); bad.setAAD(Buffer.from("aaX")); bad.setAuthTag(g.getAuthTag()); bad.update(ct); t(() => bad.final());
}
let ci = c.createCipheriv("aes-256-cbc", key, iv); ci.final(); t(() => ci.final()); t(() => ci.update("x"));
t(() => c.createCipheriv("aes-256-cbc", key, iv).getAuthTag());
t(() => c.createCipheriv("aes-256-gcm", key, iv.subarray(0, 12)).getAuthTag());
t(() => c.createCipheriv("aes-256-gcm", key, iv.subarray(0, 12), { authTagLength: 3 }));
t(() => c.createCipheriv("aes-256-ecb", key, null).update("x"));
t(() => c.createCipheriv("aes-256-ecb", key, Buffer.alloc(0)).update("x"));
t(() => c.createCipheriv("aes-256-ecb", key, iv).update("x"));
t(() => c.createCipheriv("aes-256-cbc", key, null));
t(() => c.createCipheriv("aes-256-cbc", key));
t(() => c.createCipheriv("aes-256-cbc", 1, iv));
t(() => c.createCipheriv(1, key, iv));
t(() => c.createCipheriv("nope", key, iv));
t(() => c.createCipheriv("aes-256-cbc", Buffer.alloc(3), iv));
t(() => c.createCipheriv("aes-256-cbc", key, Buffer.alloc(3)));
let x = c.createCipheriv("aes-256-cbc", key, iv); x.setAutoPadding(false); x.update("abc"); t(() => x.final());
let dd = c.createDecipheriv("aes-256-cbc", key, iv); dd.update("00".repeat(15), "hex"); t(() => dd.final());
dd = c.createDecipheriv("aes-256-cbc", key, iv); dd.update("00".repeat(16), "hex"); t(() => dd.final());
let g = c.createDecipheriv("aes-256-gcm", key, iv.subarray(0, 12)); g.update("aa", "hex"); t(() => g.final());
t(() => c.createDecipheriv("aes-256-gcm", key, iv.subarray(0, 12)).setAuthTag(Buffer.alloc(3)));
t(() => { const q = c.createCipheriv("aes-256-gcm", key, iv.subarray(0, 12)); q.update("x"); return q.setAAD(Buffer.from("a")); });
console.log(c.createCipheriv("aes-256-cbc", key, iv).update("x", "utf8", "hex"));
const e = c.createCipheriv("aes-128-ctr", key.subarray(0, 16), iv); console.log(e.update("hello", "utf8", "base64"), e.update("world", "utf8", "base64"), e.final("base64"));
const np = c.createCipheriv("aes-128-cbc", key.subarray(0, 16), iv); np.setAutoPadding(false); console.log(np.update(Buffer.alloc(32)).toString("hex"), np.final().length);
console.log(c.getCipherInfo("aes-256-gcm"), c.getCipherInfo("aes-128-cbc"), c.getCipherInfo("nope"), c.getCipherInfo("aes-256-ecb"));
console.log(c.getCiphers().includes("aes-256-gcm"), c.createCipheriv("aes-256-cbc", key, iv) instanceof require("stream").Transform);
const s = c.createCipheriv("aes-256-ctr", key, iv); const chunks = []; s.on("data", (d) => chunks.push(d)); s.on("end", () => console.log("stream", Buffer.concat(chunks).toString("hex"))); s.write("abc"); s.end("def");
