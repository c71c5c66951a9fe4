// crypto figures, one JSON line each: {"name", "value", "unit", "better"}.
// Runs unchanged under node and host: `node benches/crypto.js`,
// `host benches/crypto.js`. BENCH_SCALE=0.2 shortens it.
'use strict';
const crypto = require('crypto');

const scale = Number(process.env.BENCH_SCALE || 1);

function report(name, value, unit, better) {
  console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit, better }));
}

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

function times(n) {
  return Math.max(1, Math.round(n * scale));
}

// Throughput of hashing a 1 MiB buffer n times, in MiB/s.
function hashThroughput(alg, n) {
  const buf = Buffer.alloc(1 << 20, 7);
  crypto.createHash(alg).update(buf).digest();
  const t0 = now();
  for (let i = 0; i < n; i++) crypto.createHash(alg).update(buf).digest('hex');
  const ms = now() - t0;
  report(`${alg}_1MiB_throughput`, n / (ms / 1000), 'MiB/s', 'higher');
}

// Many small hashes (the common "hash a short string" case), ops/s.
function smallHashes(n) {
  const t0 = now();
  let x = '';
  for (let i = 0; i < n; i++) x = crypto.createHash('sha256').update(`key-${i}`).digest('hex');
  const ms = now() - t0;
  if (x.length !== 64) throw new Error('bad digest');
  report('sha256_small_string_ops', n / (ms / 1000), 'ops/s', 'higher');
  const t1 = now();
  for (let i = 0; i < n; i++) x = crypto.hash('sha1', `key-${i}`);
  report('hash_oneshot_sha1_small_ops', n / ((now() - t1) / 1000), 'ops/s', 'higher');
}

function hmacs(n) {
  const t0 = now();
  for (let i = 0; i < n; i++) crypto.createHmac('sha256', 'secret').update(`msg-${i}`).digest('base64');
  report('hmac_sha256_small_ops', n / ((now() - t0) / 1000), 'ops/s', 'higher');
}

function random(n) {
  let t0 = now();
  for (let i = 0; i < n; i++) crypto.randomBytes(16);
  report('randomBytes16_ops', n / ((now() - t0) / 1000), 'ops/s', 'higher');
  t0 = now();
  const m = Math.max(1, Math.round(n / 64));
  for (let i = 0; i < m; i++) crypto.randomBytes(1 << 16);
  report('randomBytes64KiB_throughput', (m * 64 / 1024) / ((now() - t0) / 1000), 'MiB/s', 'higher');
  t0 = now();
  for (let i = 0; i < n; i++) crypto.randomUUID();
  report('randomUUID_ops', n / ((now() - t0) / 1000), 'ops/s', 'higher');
  t0 = now();
  for (let i = 0; i < n; i++) crypto.randomInt(1000);
  report('randomInt_ops', n / ((now() - t0) / 1000), 'ops/s', 'higher');
}

// AES-256-GCM / CBC over 1 MiB buffers, MiB/s.
function ciphers(n) {
  const buf = Buffer.alloc(1 << 20, 5);
  const key = Buffer.alloc(32, 1);
  for (const [name, ivLen] of [['aes-256-gcm', 12], ['aes-256-cbc', 16]]) {
    const iv = Buffer.alloc(ivLen, 2);
    const t0 = now();
    for (let i = 0; i < n; i++) {
      const c = crypto.createCipheriv(name, key, iv);
      c.update(buf);
      c.final();
    }
    report(`${name}_1MiB_encrypt_throughput`, n / ((now() - t0) / 1000), 'MiB/s', 'higher');
  }
}

function pbkdf2(n) {
  const t0 = now();
  for (let i = 0; i < n; i++) crypto.pbkdf2Sync('password', 'salt', 10000, 32, 'sha256');
  report('pbkdf2_sha256_10k_iter_ms', (now() - t0) / n, 'ms', 'lower');
}

hashThroughput('sha256', times(200));
hashThroughput('sha1', times(200));
hashThroughput('md5', times(200));
smallHashes(times(100000));
hmacs(times(50000));
random(times(100000));
ciphers(times(50));
pbkdf2(times(20));
