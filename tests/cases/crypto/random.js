// randomBytes/randomFill/randomInt/randomUUID/getRandomValues: formats, ranges, errors.
const c = require("crypto");
const t = (f) => { try { const r = f(); console.log("ok", r); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
const b = c.randomBytes(16); console.log(Buffer.isBuffer(b), b.length);
console.log(c.randomBytes(0).length);
t(() => c.randomBytes(-1)); t(() => c.randomBytes("a")); t(() => c.randomBytes(2 ** 31)); t(() => c.randomBytes(4, "x"));
const u = c.randomUUID(); console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u), u.length);
console.log(/^[0-9a-f-]{36}$/.test(crypto.randomUUID()), c.randomUUID() !== c.randomUUID());
let ok = true; for (let i = 0; i < 1000; i++) { const n = c.randomInt(10); if (n < 0 || n >= 10 || !Number.isInteger(n)) ok = false; } console.log("randomInt", ok);
ok = true; for (let i = 0; i < 1000; i++) { const n = c.randomInt(-5, 5); if (n < -5 || n >= 5) ok = false; } console.log("randomInt range", ok);
console.log(c.randomInt(1, 2), c.randomInt(2 ** 48 - 1) >= 0);
t(() => c.randomInt(5, 1)); t(() => c.randomInt(2 ** 48)); t(() => c.randomInt(1.5)); t(() => c.randomInt("a")); t(() => c.randomInt(1, 2 ** 49));
c.randomInt(3, (err, n) => console.log("randomInt cb", err, n >= 0 && n < 3));
const a = new Uint32Array(4); console.log(c.randomFillSync(a) === a, a.length);
t(() => c.randomFillSync(new Uint32Array(4), 5).length); t(() => c.randomFillSync(new Uint32Array(4), 1, 4)); t(() => c.randomFillSync("a")); t(() => c.randomFillSync(new Uint8Array(4), "x"));
const z = new Uint8Array(8); c.randomFillSync(z, 2, 2); console.log(z[0], z[1], z[4], z[5], z[6], z[7]);
console.log(c.randomFillSync(new ArrayBuffer(5)).byteLength);
c.randomBytes(8, (err, buf) => {
  console.log("cb", err, buf.length);
  c.randomFill(new Uint8Array(4), (err, buf) => {
    console.log("randomFill cb", err, buf.length);
    c.randomFill(new Uint8Array(4), 1, (err, buf) => console.log("randomFill cb2", err, buf.length));
  });
});
const g = new Int16Array(3); console.log(crypto.getRandomValues(g) === g, c.getRandomValues(new BigInt64Array(2)).length, c.webcrypto.getRandomValues(new Uint8Array(65536)).length);
t(() => c.getRandomValues(new Float32Array(2))); t(() => crypto.getRandomValues(new Uint8Array(70000)));
try { crypto.getRandomValues(new Float64Array(1)); } catch (e) { console.log(e instanceof DOMException, e.name, e.code); }
console.log("sync end");
const v7 = []; for (let i = 0; i < 20; i++) v7.push(c.randomUUIDv7());
console.log("v7", v7.every((u) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)), Math.abs(parseInt(v7[0].replace(/-/g, "").slice(0, 12), 16) - Date.now()) < 60000);
t(() => c.randomUUIDv7(1));
