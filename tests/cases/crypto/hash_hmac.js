// createHash / createHmac / hash: digests, encodings, copy(), errors.
const c = require("crypto");
const t = (f) => { try { const r = f(); console.log("ok", r); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
for (const a of ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512-256", "sha3-256", "RSA-SHA256", "SHA256"]) {
  console.log(a, c.createHash(a).update("hello ").update(Buffer.from("world")).digest("hex"));
}
for (const enc of ["hex", "base64", "base64url", "latin1", "binary", "buffer", undefined, "nope"]) t(() => c.createHash("sha1").update("x").digest(enc));
console.log(c.createHash("md5").update("\u00e9\u4e2d").digest("hex"), c.createHash("md5").update("e9", "hex").digest("hex"), c.createHash("md5").update("\u00e9", "latin1").digest("hex"));
const h = c.createHash("sha256").update("a"); const h2 = h.copy(); h2.update("b");
console.log(h.digest("hex"), h2.digest("hex"));
t(() => h.copy()); t(() => h.update("x")); t(() => h.digest());
t(() => c.createHash("nope")); t(() => c.createHash(1)); t(() => c.createHash("sha256").update(1));
console.log(c.hash("sha1", "abc"), c.hash("sha1", "abc", "base64"), c.hash("md5", Buffer.from("abc"), "buffer"));
t(() => c.hash("nope", "x")); t(() => c.hash("sha1", 1)); t(() => c.hash("sha1", "a", "nope"));
console.log(c.createHmac("sha256", "key").update("The quick brown fox").digest("hex"));
console.log(c.createHmac("sha512", "k".repeat(200)).update("data").digest("base64"));
console.log(c.createHmac("md5", Buffer.alloc(0)).digest("hex"), c.createHmac("sha1", c.createSecretKey(Buffer.from("key"))).update("x").digest("hex"));
const hm = c.createHmac("sha1", "k"); hm.digest(); t(() => hm.digest("hex")); t(() => hm.update("x"));
t(() => c.createHmac("sha256")); t(() => c.createHmac("nope", "k"));
console.log(c.createHash("sha256") instanceof require("stream").Transform, c.createHash("sha256") instanceof c.Hash);
console.log(c.createHash("sha256").update(new Uint16Array([1, 2, 3])).update(new DataView(new ArrayBuffer(3))).digest("hex"));
