// SHAKE128/256 (XOF) with outputLength, copy(), errors.
const c = require("crypto");
const t = (f) => { try { const r = f(); console.log("ok", r); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
t(() => c.createHash("shake256").update("abc").digest("hex"));
t(() => c.createHash("shake128").update("abc").digest("hex"));
t(() => c.createHash("shake256", { outputLength: 5 }).update("abc").digest("hex"));
t(() => c.createHash("shake256", { outputLength: 0 }).update("abc").digest("hex"));
t(() => c.createHash("shake128", { outputLength: 100 }).update("abc").digest("base64"));
t(() => c.createHash("sha256", { outputLength: 5 }));
t(() => c.createHash("sha256", { outputLength: 32 }).digest("hex").length);
t(() => c.createHash("shake256", { outputLength: -1 }));
t(() => c.createHash("shake256", { outputLength: "x" }));
t(() => c.createHash("nope", { outputLength: 5 }));
t(() => c.hash("shake256", "abc"));
t(() => { const h = c.createHash("shake128", { outputLength: 4 }).update("a"); return h.copy({ outputLength: 8 }).digest("hex") + " " + h.copy().digest("hex") + " " + h.digest("hex"); });
console.log(c.getHashes().includes("shake256"));
