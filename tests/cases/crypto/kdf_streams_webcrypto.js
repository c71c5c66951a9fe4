// pbkdf2, scrypt, timingSafeEqual, hashes as streams, webcrypto global.
const c = require("crypto");
const { Readable, pipeline } = require("stream");
const t = (f) => { try { const r = f(); console.log("ok", r); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
console.log(c.pbkdf2Sync("password", "salt", 1, 20, "sha1").toString("hex"));
console.log(c.pbkdf2Sync("password", "salt", 4096, 32, "sha256").toString("hex"));
console.log(c.pbkdf2Sync(Buffer.from("pw"), new Uint8Array([1, 2]), 10, 64, "sha512").toString("base64"));
t(() => c.pbkdf2Sync("a", "b", 0, 10, "sha1")); t(() => c.pbkdf2Sync("a", "b", 1, -1, "sha1"));
t(() => c.pbkdf2Sync("a", "b", 1, 10)); t(() => c.pbkdf2Sync("a", "b", 1, 10, "nope")); t(() => c.pbkdf2Sync(1, "b", 1, 10, "sha1"));
t(() => c.pbkdf2("a", "b", 1, 10, "sha1"));
console.log(c.scryptSync("password", "salt", 16, { N: 16 }).toString("hex"));
console.log(c.scryptSync("a", "b", 16, { cost: 4, blockSize: 1, parallelization: 1 }).toString("hex"));
console.log(c.scryptSync("a", "b", 0));
t(() => c.scryptSync("a", "b", 16, { N: 3 })); t(() => c.scryptSync("a", "b", 16, { N: 2 ** 20 }));
console.log(c.timingSafeEqual(Buffer.from("abc"), Buffer.from("abc")), c.timingSafeEqual(Buffer.from("abc"), Buffer.from("abd")));
t(() => c.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2))); t(() => c.timingSafeEqual("a", "b"));
const steps = [
  (next) => c.pbkdf2("password", "salt", 2, 16, "sha256", (err, key) => { console.log("pbkdf2 cb", err, key.toString("hex")); next(); }),
  (next) => c.pbkdf2("a", "b", 1, 0, "sha1", (err, key) => { console.log("pbkdf2 0", err && err.message, key); next(); }),
  (next) => c.scrypt("password", "salt", 16, { N: 16 }, (err, key) => { console.log("scrypt cb", err, key.toString("hex")); next(); }),
  (next) => c.scrypt("password", "salt", 16, (err, key) => { console.log("scrypt default", err, key.length); next(); }),
  (next) => pipeline(Readable.from(["hello ", "world"]), c.createHash("sha1").setEncoding("hex"), async function* (src) {
    for await (const chunk of src) console.log("piped", chunk);
  }, (err) => { console.log("pipeline done", err); next(); }),
  (next) => { const h = c.createHash("md5"); h.on("readable", () => { const d = h.read(); if (d) { console.log("readable", d.toString("hex")); next(); } }); h.write("abc"); h.end(); },
  (next) => { const hm = c.createHmac("sha256", "k"); hm.end("data"); hm.on("data", (d) => { console.log("hmac data", d.toString("hex")); next(); }); },
  (next) => c.subtle.digest("SHA-256", new TextEncoder().encode("abc")).then((ab) => { console.log("subtle", ab instanceof ArrayBuffer, Buffer.from(ab).toString("hex")); next(); }),
  (next) => crypto.subtle.digest({ name: "sha-1" }, new Uint8Array(3)).then((ab) => { console.log("subtle2", Buffer.from(ab).toString("hex")); next(); }),
  (next) => crypto.subtle.digest("md5", new Uint8Array(1)).catch((e) => { console.log("subtle3", e.name, e.message); next(); }),
];
const run = () => { const s = steps.shift(); if (s) s(run); };
run();
console.log(typeof crypto, crypto === c.webcrypto, crypto.subtle === c.subtle, typeof Crypto, typeof SubtleCrypto, typeof CryptoKey, crypto instanceof Crypto);
console.log(Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle));
t(() => new Crypto());
console.log(c.getHashes().includes("sha256"), c.getHashes().includes("md5"), Array.isArray(c.getHashes()));
console.log(typeof c.constants, c.constants.RSA_PKCS1_PADDING, typeof require("crypto").webcrypto.getRandomValues);
