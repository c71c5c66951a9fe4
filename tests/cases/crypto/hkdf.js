// hkdf / hkdfSync: outputs and errors.
const c = require("crypto");
const t = (f) => { try { const r = f(); console.log("ok", r); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
t(() => Buffer.from(c.hkdfSync("sha256", "key", "salt", "info", 16)).toString("hex"));
t(() => Buffer.from(c.hkdfSync("sha1", Buffer.from("k"), "", "", 100)).toString("base64"));
t(() => c.hkdfSync("sha256", "key", "salt", "info", 0));
t(() => c.hkdfSync("sha256", "key", "salt", "info", 255 * 32 + 1));
t(() => c.hkdfSync("nope", "key", "salt", "info", 16));
t(() => c.hkdfSync("sha256", "key", "salt", "i".repeat(1025), 16));
t(() => c.hkdfSync("sha256", 1, "salt", "info", 16));
t(() => c.hkdfSync("sha256", "", "", "", 16));
t(() => Buffer.from(c.hkdfSync("sha512", c.createSecretKey(Buffer.from("key")), "s", "i", 70)).toString("hex"));
c.hkdf("sha512", "key", "salt", "info", 8, (e, ab) => console.log(e, ab));
