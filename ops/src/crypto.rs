//! Hashes, HMACs, key derivation and random bytes for `crypto`.
//!
//! Hash and Hmac objects are cppgc-managed Rust objects held by the JS
//! wrapper, so an abandoned (never digested) hash is freed by the GC.

use std::cell::RefCell;

use deno_core::{op2, v8, GarbageCollected, JsBuffer};
use digest::DynDigest;

use crate::error::SysError;

/// The digests `createHash` knows, by canonical name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Alg {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha512_224,
    Sha512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    Ripemd160,
    Blake2b512,
    Blake2s256,
    Sm3,
    Md5Sha1,
}

impl Alg {
    /// Look up an OpenSSL-style digest name (case-insensitive, with the
    /// usual aliases).
    fn parse(name: &str) -> Option<Alg> {
        let lower = name.to_ascii_lowercase();
        let n = lower.strip_prefix("rsa-").unwrap_or(&lower);
        Some(match n {
            "md5" | "ssl3-md5" => Alg::Md5,
            "sha1" | "sha-1" | "ssl3-sha1" | "sha1-2" => Alg::Sha1,
            "sha224" | "sha-224" | "sha2-224" => Alg::Sha224,
            "sha256" | "sha-256" | "sha2-256" => Alg::Sha256,
            "sha384" | "sha-384" | "sha2-384" => Alg::Sha384,
            "sha512" | "sha-512" | "sha2-512" => Alg::Sha512,
            "sha512-224" | "sha-512/224" | "sha2-512/224" | "sha512/224" => Alg::Sha512_224,
            "sha512-256" | "sha-512/256" | "sha2-512/256" | "sha512/256" => Alg::Sha512_256,
            "sha3-224" | "id-rsassa-pkcs1-v1_5-with-sha3-224" => Alg::Sha3_224,
            "sha3-256" | "id-rsassa-pkcs1-v1_5-with-sha3-256" => Alg::Sha3_256,
            "sha3-384" | "id-rsassa-pkcs1-v1_5-with-sha3-384" => Alg::Sha3_384,
            "sha3-512" | "id-rsassa-pkcs1-v1_5-with-sha3-512" => Alg::Sha3_512,
            "shake128" => Alg::Shake128,
            "shake256" => Alg::Shake256,
            "ripemd160" | "ripemd" | "rmd160" | "ripemd-160" | "ripemd160withrsa" => Alg::Ripemd160,
            "blake2b512" => Alg::Blake2b512,
            "blake2s256" => Alg::Blake2s256,
            "sm3" => Alg::Sm3,
            "md5-sha1" => Alg::Md5Sha1,
            _ => return None,
        })
    }

    fn new_digest(self) -> Box<dyn DynDigest> {
        match self {
            Alg::Md5 => Box::new(md5::Md5::default()),
            Alg::Sha1 => Box::new(sha1::Sha1::default()),
            Alg::Sha224 => Box::new(sha2::Sha224::default()),
            Alg::Sha256 => Box::new(sha2::Sha256::default()),
            Alg::Sha384 => Box::new(sha2::Sha384::default()),
            Alg::Sha512 => Box::new(sha2::Sha512::default()),
            Alg::Sha512_224 => Box::new(sha2::Sha512_224::default()),
            Alg::Sha512_256 => Box::new(sha2::Sha512_256::default()),
            Alg::Sha3_224 => Box::new(sha3::Sha3_224::default()),
            Alg::Sha3_256 => Box::new(sha3::Sha3_256::default()),
            Alg::Sha3_384 => Box::new(sha3::Sha3_384::default()),
            Alg::Sha3_512 => Box::new(sha3::Sha3_512::default()),
            Alg::Shake128 => Box::new(Xof::<sha3::Shake128>::new(16)),
            Alg::Shake256 => Box::new(Xof::<sha3::Shake256>::new(32)),
            Alg::Ripemd160 => Box::new(ripemd::Ripemd160::default()),
            Alg::Blake2b512 => Box::new(blake2::Blake2b512::default()),
            Alg::Blake2s256 => Box::new(blake2::Blake2s256::default()),
            Alg::Sm3 => Box::new(sm3::Sm3::default()),
            Alg::Md5Sha1 => Box::new(Md5Sha1::default()),
        }
    }

    fn is_xof(self) -> bool {
        matches!(self, Alg::Shake128 | Alg::Shake256)
    }

    /// The block size in bytes (for HMAC key padding).
    fn block_size(self) -> usize {
        match self {
            Alg::Md5 | Alg::Sha1 | Alg::Sha224 | Alg::Sha256 => 64,
            Alg::Ripemd160 | Alg::Blake2s256 | Alg::Sm3 | Alg::Md5Sha1 => 64,
            Alg::Blake2b512 => 128,
            Alg::Sha384 | Alg::Sha512 | Alg::Sha512_224 | Alg::Sha512_256 => 128,
            Alg::Sha3_224 => 144,
            Alg::Sha3_256 => 136,
            Alg::Sha3_384 => 104,
            Alg::Sha3_512 => 72,
            Alg::Shake128 => 168,
            Alg::Shake256 => 136,
        }
    }
}

/// OpenSSL's "md5-sha1": the MD5 and SHA-1 digests of the same input, in
/// that order (36 bytes).
#[derive(Clone, Default)]
struct Md5Sha1 {
    md5: md5::Md5,
    sha1: sha1::Sha1,
}

impl DynDigest for Md5Sha1 {
    fn update(&mut self, data: &[u8]) {
        digest::Update::update(&mut self.md5, data);
        digest::Update::update(&mut self.sha1, data);
    }

    fn finalize_into(mut self, buf: &mut [u8]) -> Result<(), digest::InvalidBufferSize> {
        self.finalize_into_reset(buf)
    }

    fn finalize_into_reset(&mut self, out: &mut [u8]) -> Result<(), digest::InvalidBufferSize> {
        if out.len() != 36 {
            return Err(digest::InvalidBufferSize);
        }
        let (a, b) = out.split_at_mut(16);
        a.copy_from_slice(&digest::FixedOutputReset::finalize_fixed_reset(
            &mut self.md5,
        ));
        b.copy_from_slice(&digest::FixedOutputReset::finalize_fixed_reset(
            &mut self.sha1,
        ));
        Ok(())
    }

    fn reset(&mut self) {
        *self = Md5Sha1::default();
    }

    fn output_size(&self) -> usize {
        36
    }

    fn box_clone(&self) -> Box<dyn DynDigest> {
        Box::new(self.clone())
    }
}

/// An extendable-output function (SHAKE) behind the `DynDigest` interface:
/// `finalize_into_reset` fills whatever length it is given.
#[derive(Clone)]
struct Xof<T: Clone> {
    inner: T,
    len: usize,
}

impl<T: Default + Clone> Xof<T> {
    fn new(len: usize) -> Self {
        Xof {
            inner: T::default(),
            len,
        }
    }
}

impl<T> DynDigest for Xof<T>
where
    T: digest::Update + digest::ExtendableOutputReset + Default + Clone + 'static,
{
    fn update(&mut self, data: &[u8]) {
        digest::Update::update(&mut self.inner, data);
    }

    fn finalize_into(mut self, buf: &mut [u8]) -> Result<(), digest::InvalidBufferSize> {
        self.finalize_into_reset(buf)
    }

    fn finalize_into_reset(&mut self, out: &mut [u8]) -> Result<(), digest::InvalidBufferSize> {
        self.inner.finalize_xof_reset_into(out);
        Ok(())
    }

    fn reset(&mut self) {
        self.inner = T::default();
    }

    fn output_size(&self) -> usize {
        self.len
    }

    fn box_clone(&self) -> Box<dyn DynDigest> {
        Box::new(self.clone())
    }
}

/// A running hash or HMAC. `outer` holds the HMAC's key XOR opad block;
/// `out_len` an XOF's requested output length.
pub struct Hasher {
    alg: Alg,
    state: RefCell<Option<Box<dyn DynDigest>>>,
    outer: Option<Vec<u8>>,
    out_len: Option<usize>,
}

// SAFETY: Hasher holds no references to other GC objects, so there is
// nothing to trace.
unsafe impl GarbageCollected for Hasher {
    fn trace(&self, _visitor: &mut v8::cppgc::Visitor) {}

    fn get_name(&self) -> &'static std::ffi::CStr {
        c"Hasher"
    }
}

impl Hasher {
    fn update(&self, data: &[u8]) -> bool {
        match self.state.borrow_mut().as_mut() {
            Some(d) => {
                d.update(data);
                true
            }
            None => false,
        }
    }

    fn finish(&self) -> Option<Vec<u8>> {
        let mut d = self.state.borrow_mut().take()?;
        if let Some(len) = self.out_len {
            let mut out = vec![0u8; len];
            d.finalize_into_reset(&mut out).ok()?;
            return Some(out);
        }
        let inner = d.finalize();
        match &self.outer {
            None => Some(inner.into_vec()),
            Some(opad) => {
                let mut o = self.alg.new_digest();
                o.update(opad);
                o.update(&inner);
                Some(o.finalize().into_vec())
            }
        }
    }
}

fn new_hmac(alg: Alg, key: &[u8]) -> Hasher {
    let bs = alg.block_size();
    let mut block = vec![0u8; bs];
    if key.len() > bs {
        let mut d = alg.new_digest();
        d.update(key);
        let k = d.finalize();
        block[..k.len()].copy_from_slice(&k);
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let ipad: Vec<u8> = block.iter().map(|b| b ^ 0x36).collect();
    let opad: Vec<u8> = block.iter().map(|b| b ^ 0x5c).collect();
    let mut inner = alg.new_digest();
    inner.update(&ipad);
    Hasher {
        alg,
        state: RefCell::new(Some(inner)),
        outer: Some(opad),
        out_len: None,
    }
}

/// Whether `name` is a digest this host supports.
#[op2(fast)]
fn op_crypto_hash_supported(#[string] name: &str) -> bool {
    Alg::parse(name).is_some()
}

/// Whether `name` is an extendable-output function (SHAKE).
#[op2(fast)]
fn op_crypto_hash_is_xof(#[string] name: &str) -> bool {
    Alg::parse(name).is_some_and(Alg::is_xof)
}

fn xof_len(alg: Alg, len: i32) -> Option<usize> {
    (alg.is_xof() && len >= 0).then_some(len as usize)
}

/// A new hash for `name` (`xof_len` >= 0: SHAKE output length), or null
/// when the digest is unknown.
#[op2]
#[cppgc]
fn op_crypto_hash_new(#[string] name: &str, #[smi] xof: i32) -> Option<Hasher> {
    let alg = Alg::parse(name)?;
    Some(Hasher {
        alg,
        state: RefCell::new(Some(alg.new_digest())),
        outer: None,
        out_len: xof_len(alg, xof),
    })
}

/// A new HMAC for `name` keyed with `key`, or null when the digest is unknown.
#[op2]
#[cppgc]
fn op_crypto_hmac_new(#[string] name: &str, #[anybuffer] key: &[u8]) -> Option<Hasher> {
    let alg = Alg::parse(name).filter(|a| !a.is_xof())?;
    Some(new_hmac(alg, key))
}

/// Feed bytes; false once the hash was digested.
#[op2(fast)]
fn op_crypto_hash_update(#[cppgc] h: &Hasher, #[buffer] data: &[u8]) -> bool {
    h.update(data)
}

/// Feed a string as UTF-8; false once the hash was digested.
#[op2(fast)]
fn op_crypto_hash_update_str(#[cppgc] h: &Hasher, #[string] data: &str) -> bool {
    h.update(data.as_bytes())
}

/// Finish: the digest bytes, or null when already finished.
#[op2]
#[buffer]
fn op_crypto_hash_digest(#[cppgc] h: &Hasher) -> Option<Vec<u8>> {
    h.finish()
}

/// Output text encodings done in Rust (saves a Buffer and a JS conversion).
fn encode(bytes: &[u8], kind: u32) -> String {
    use base64::Engine;
    match kind {
        1 => base64::engine::general_purpose::STANDARD.encode(bytes),
        2 => base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes),
        _ => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let mut s = String::with_capacity(bytes.len() * 2);
            for b in bytes {
                s.push(HEX[(b >> 4) as usize] as char);
                s.push(HEX[(b & 15) as usize] as char);
            }
            s
        }
    }
}

/// Finish as text: 0 hex, 1 base64, 2 base64url; null when already finished.
#[op2]
#[string]
fn op_crypto_hash_digest_encoded(#[cppgc] h: &Hasher, #[smi] kind: u32) -> Option<String> {
    h.finish().map(|d| encode(&d, kind))
}

/// One-shot digest of a UTF-8 string as text (null for an unknown digest).
#[op2]
#[string]
fn op_crypto_hash_oneshot_encoded(
    #[string] name: &str,
    #[string] data: &str,
    #[smi] kind: u32,
) -> Option<String> {
    let mut d = Alg::parse(name)?.new_digest();
    d.update(data.as_bytes());
    Some(encode(&d.finalize(), kind))
}

/// A copy of a running hash (null when already finished).
#[op2]
#[cppgc]
fn op_crypto_hash_copy(#[cppgc] h: &Hasher, #[smi] xof: i32) -> Option<Hasher> {
    let state = h.state.borrow();
    let d = state.as_ref()?;
    Some(Hasher {
        alg: h.alg,
        state: RefCell::new(Some(d.box_clone())),
        outer: h.outer.clone(),
        out_len: xof_len(h.alg, xof),
    })
}

/// One-shot digest of bytes (null for an unknown digest).
#[op2]
#[buffer]
fn op_crypto_hash_oneshot(#[string] name: &str, #[anybuffer] data: &[u8]) -> Option<Vec<u8>> {
    let mut d = Alg::parse(name)?.new_digest();
    d.update(data);
    Some(d.finalize().into_vec())
}

/// One-shot digest of a string as UTF-8 (null for an unknown digest).
#[op2]
#[buffer]
fn op_crypto_hash_oneshot_str(#[string] name: &str, #[string] data: &str) -> Option<Vec<u8>> {
    let mut d = Alg::parse(name)?.new_digest();
    d.update(data.as_bytes());
    Some(d.finalize().into_vec())
}

/// Fill a buffer with cryptographically secure random bytes.
#[op2(fast)]
fn op_crypto_random_fill(#[buffer] buf: &mut [u8]) -> Result<(), SysError> {
    // Small requests come from a userspace CSPRNG (ChaCha, seeded and
    // reseeded from the OS), as OpenSSL's DRBG serves Node; large ones too,
    // which keeps bulk randomBytes off the getrandom syscall.
    // Check the OS source once per thread so a failure is an error, not
    // ThreadRng's panic.
    thread_local!(static OS_OK: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if !OS_OK.with(|c| c.get()) {
        let mut probe = [0u8; 1];
        getrandom::fill(&mut probe)
            .map_err(|e| SysError::new(e.raw_os_error().unwrap_or(libc::EIO), "getrandom"))?;
        OS_OK.with(|c| c.set(true));
    }
    use rand::RngCore;
    rand::rng().fill_bytes(buf);
    Ok(())
}

/// Constant-time comparison of two equally long byte strings.
#[op2(fast)]
fn op_crypto_timing_safe_equal(#[buffer] a: &[u8], #[buffer] b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut acc = 0u8;
    for (x, y) in a.iter().zip(b.iter()) {
        acc |= x ^ y;
    }
    acc == 0
}

fn pbkdf2_into(alg: Alg, password: &[u8], salt: &[u8], iterations: u32, out: &mut [u8]) -> bool {
    use pbkdf2::pbkdf2_hmac;
    match alg {
        Alg::Md5 => pbkdf2_hmac::<md5::Md5>(password, salt, iterations, out),
        Alg::Sha1 => pbkdf2_hmac::<sha1::Sha1>(password, salt, iterations, out),
        Alg::Sha224 => pbkdf2_hmac::<sha2::Sha224>(password, salt, iterations, out),
        Alg::Sha256 => pbkdf2_hmac::<sha2::Sha256>(password, salt, iterations, out),
        Alg::Sha384 => pbkdf2_hmac::<sha2::Sha384>(password, salt, iterations, out),
        Alg::Sha512 => pbkdf2_hmac::<sha2::Sha512>(password, salt, iterations, out),
        Alg::Sha512_224 => pbkdf2_hmac::<sha2::Sha512_224>(password, salt, iterations, out),
        Alg::Sha512_256 => pbkdf2_hmac::<sha2::Sha512_256>(password, salt, iterations, out),
        Alg::Sha3_224 => pbkdf2_hmac::<sha3::Sha3_224>(password, salt, iterations, out),
        Alg::Sha3_256 => pbkdf2_hmac::<sha3::Sha3_256>(password, salt, iterations, out),
        Alg::Sha3_384 => pbkdf2_hmac::<sha3::Sha3_384>(password, salt, iterations, out),
        Alg::Sha3_512 => pbkdf2_hmac::<sha3::Sha3_512>(password, salt, iterations, out),
        Alg::Shake128 | Alg::Shake256 => return false,
        Alg::Ripemd160 | Alg::Blake2b512 | Alg::Blake2s256 | Alg::Sm3 | Alg::Md5Sha1 => {
            pbkdf2_generic(alg, password, salt, iterations, out)
        }
    }
    true
}

/// PBKDF2 over this file's own HMAC (for digests without an `hmac` impl).
fn pbkdf2_generic(alg: Alg, password: &[u8], salt: &[u8], iterations: u32, out: &mut [u8]) {
    let keyed = new_hmac(alg, password);
    let mac = |parts: &[&[u8]]| -> Vec<u8> {
        let h = Hasher {
            alg,
            state: RefCell::new(keyed.state.borrow().as_ref().map(|d| d.box_clone())),
            outer: keyed.outer.clone(),
            out_len: None,
        };
        for p in parts {
            h.update(p);
        }
        h.finish().unwrap_or_default()
    };
    for (i, chunk) in out.chunks_mut(alg.new_digest().output_size()).enumerate() {
        let index = (i as u32 + 1).to_be_bytes();
        let mut u = mac(&[salt, &index]);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = mac(&[&u]);
            for (x, y) in t.iter_mut().zip(u.iter()) {
                *x ^= y;
            }
        }
        chunk.copy_from_slice(&t[..chunk.len()]);
    }
}

/// PBKDF2-HMAC; null for an unknown digest (JS validated everything else).
#[op2]
#[buffer]
fn op_crypto_pbkdf2(
    #[anybuffer] password: &[u8],
    #[anybuffer] salt: &[u8],
    iterations: u32,
    #[number] keylen: usize,
    #[string] digest: &str,
) -> Option<Vec<u8>> {
    let alg = Alg::parse(digest)?;
    let mut out = vec![0u8; keylen];
    pbkdf2_into(alg, password, salt, iterations, &mut out).then_some(out)
}

/// PBKDF2-HMAC on a blocking thread.
#[op2]
#[buffer]
async fn op_crypto_pbkdf2_async(
    #[buffer] password: JsBuffer,
    #[buffer] salt: JsBuffer,
    iterations: u32,
    #[number] keylen: usize,
    #[string] digest: String,
) -> Option<Vec<u8>> {
    let alg = Alg::parse(&digest)?;
    let password = password.to_vec();
    let salt = salt.to_vec();
    tokio::task::spawn_blocking(move || {
        let mut out = vec![0u8; keylen];
        pbkdf2_into(alg, &password, &salt, iterations, &mut out).then_some(out)
    })
    .await
    .ok()
    .flatten()
}

// ---- primes (checkPrime / generatePrime) ---------------------------------

mod primes {
    use num_bigint::BigUint;
    use rand::RngCore;

    /// Odd primes below 2000, for trial division before Miller-Rabin.
    fn small_primes() -> &'static [u32] {
        static PRIMES: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
        PRIMES.get_or_init(|| {
            let mut v = Vec::new();
            for n in (3u32..2000).step_by(2) {
                if v.iter().take_while(|p| *p * *p <= n).all(|p| n % p != 0) {
                    v.push(n);
                }
            }
            v
        })
    }

    fn random_below(limit: &BigUint) -> BigUint {
        let bytes = (limit.bits() as usize).div_ceil(8);
        let mut buf = vec![0u8; bytes];
        loop {
            rand::rng().fill_bytes(&mut buf);
            let n = BigUint::from_bytes_be(&buf) % limit;
            if n > BigUint::from(1u32) {
                return n;
            }
        }
    }

    /// `n mod p` for a small `p`, without allocating.
    fn rem_small(n: &BigUint, p: u32) -> u32 {
        let p = u64::from(p);
        let mut r = 0u64;
        for d in n.iter_u32_digits().rev() {
            r = ((r << 32) | u64::from(d)) % p;
        }
        r as u32
    }

    /// Miller-Rabin with `rounds` random bases (0: a count by size, as
    /// OpenSSL picks one).
    pub fn is_probable_prime(n: &BigUint, rounds: u32) -> bool {
        if n.bits() <= 32 {
            let v = n.to_u32_digits().first().copied().unwrap_or(0);
            if v < 2 {
                return false;
            }
            if v < 4 {
                return true;
            }
        }
        if !n.bit(0) {
            return false;
        }
        for &p in small_primes() {
            if rem_small(n, p) == 0 {
                return n.bits() <= 32 && n.to_u32_digits()[0] == p;
            }
        }
        miller_rabin(n, rounds)
    }

    fn miller_rabin(n: &BigUint, rounds: u32) -> bool {
        let two = BigUint::from(2u32);
        let rounds = if rounds > 0 {
            rounds
        } else if n.bits() > 2048 {
            128
        } else {
            64
        };
        let one = BigUint::from(1u32);
        let n_minus_1 = n - &one;
        let s = n_minus_1.trailing_zeros().unwrap_or(0);
        let d = &n_minus_1 >> s;
        let limit = n - &one;
        'outer: for _ in 0..rounds {
            let a = random_below(&limit);
            let mut x = a.modpow(&d, n);
            if x == one || x == n_minus_1 {
                continue;
            }
            for _ in 1..s {
                x = x.modpow(&two, n);
                if x == n_minus_1 {
                    continue 'outer;
                }
                if x == one {
                    return false;
                }
            }
            return false;
        }
        true
    }

    /// A random prime of exactly `bits` bits (top two bits set, as OpenSSL
    /// does); with `add`, one with p % add == rem (rem defaults to 1, or 3
    /// for a safe prime); with `safe`, (p - 1) / 2 is prime too.
    pub fn generate(bits: u32, safe: bool, add: Option<BigUint>, rem: Option<BigUint>) -> Vec<u8> {
        if add.is_none() && bits > 16 {
            return generate_sieved(bits, safe);
        }
        let one = BigUint::from(1u32);
        let bytes = (bits as usize).div_ceil(8);
        let mut buf = vec![0u8; bytes];
        loop {
            rand::rng().fill_bytes(&mut buf);
            let mut n = BigUint::from_bytes_be(&buf);
            n &= (&one << bits) - &one;
            if let Some(add) = &add {
                n.set_bit(u64::from(bits) - 1, true);
                let r = rem
                    .clone()
                    .unwrap_or_else(|| BigUint::from(if safe { 3u32 } else { 1u32 }));
                n = &n - (&n % add) + r;
                if n.bits() != u64::from(bits) {
                    continue;
                }
            } else {
                n.set_bit(u64::from(bits) - 1, true);
                if bits > 1 {
                    n.set_bit(u64::from(bits) - 2, true);
                }
                n.set_bit(0, true);
            }
            if !is_probable_prime(&n, 0) {
                continue;
            }
            if safe && !is_probable_prime(&((&n - &one) >> 1u32), 0) {
                continue;
            }
            return n.to_bytes_be();
        }
    }

    /// Miller-Rabin rounds enough for a random (not adversarial) candidate
    /// of `bits` bits, as OpenSSL 1.1 chose them (error below 2^-80).
    fn rounds_for_random(bits: u32) -> u32 {
        match bits {
            3747.. => 3,
            1345.. => 4,
            476.. => 5,
            400.. => 6,
            347.. => 7,
            308.. => 8,
            55.. => 27,
            _ => 34,
        }
    }

    /// Search upwards from a random odd start, skipping candidates with a
    /// small factor by their residues (no big-number work for those).
    fn generate_sieved(bits: u32, safe: bool) -> Vec<u8> {
        let one = BigUint::from(1u32);
        let bytes = (bits as usize).div_ceil(8);
        let mut buf = vec![0u8; bytes];
        let primes = small_primes();
        loop {
            rand::rng().fill_bytes(&mut buf);
            let mut n = BigUint::from_bytes_be(&buf);
            n &= (&one << bits) - &one;
            n.set_bit(u64::from(bits) - 1, true);
            n.set_bit(u64::from(bits) - 2, true);
            n.set_bit(0, true);
            let residues: Vec<u32> = primes.iter().map(|&p| rem_small(&n, p)).collect();
            let mut delta: u32 = 0;
            while delta < (1 << 24) {
                let clear = primes.iter().zip(&residues).all(|(&p, &r)| {
                    let m = ((u64::from(r) + u64::from(delta)) % u64::from(p)) as u32;
                    // For a safe prime, (n - 1) / 2 must not have p as a factor either.
                    m != 0 && !(safe && m == 1)
                });
                if clear {
                    let cand = &n + BigUint::from(delta);
                    if cand.bits() != u64::from(bits) {
                        break;
                    }
                    let rounds = rounds_for_random(bits);
                    if miller_rabin(&cand, rounds)
                        && (!safe || miller_rabin(&((&cand - &one) >> 1u32), rounds))
                    {
                        return cand.to_bytes_be();
                    }
                }
                delta += 2;
            }
        }
    }
}

/// Whether the big-endian number `candidate` is (probably) prime.
#[op2]
fn op_crypto_check_prime(#[anybuffer] candidate: &[u8], checks: u32) -> bool {
    primes::is_probable_prime(&num_bigint::BigUint::from_bytes_be(candidate), checks)
}

#[op2]
async fn op_crypto_check_prime_async(#[buffer] candidate: JsBuffer, checks: u32) -> bool {
    let n = num_bigint::BigUint::from_bytes_be(&candidate);
    tokio::task::spawn_blocking(move || primes::is_probable_prime(&n, checks))
        .await
        .unwrap_or(false)
}

fn optional_big(bytes: &[u8], present: bool) -> Option<num_bigint::BigUint> {
    present.then(|| num_bigint::BigUint::from_bytes_be(bytes))
}

/// A random prime of `bits` bits, big-endian (JS validated the options).
#[op2]
#[buffer]
fn op_crypto_generate_prime(
    bits: u32,
    safe: bool,
    #[anybuffer] add: &[u8],
    has_add: bool,
    #[anybuffer] rem: &[u8],
    has_rem: bool,
) -> Vec<u8> {
    primes::generate(
        bits,
        safe,
        optional_big(add, has_add),
        optional_big(rem, has_rem),
    )
}

#[op2]
#[buffer]
async fn op_crypto_generate_prime_async(
    bits: u32,
    safe: bool,
    #[buffer] add: JsBuffer,
    has_add: bool,
    #[buffer] rem: JsBuffer,
    has_rem: bool,
) -> Vec<u8> {
    let add = optional_big(&add, has_add);
    let rem = optional_big(&rem, has_rem);
    tokio::task::spawn_blocking(move || primes::generate(bits, safe, add, rem))
        .await
        .unwrap_or_default()
}

fn scrypt_into(password: &[u8], salt: &[u8], log_n: u8, r: u32, p: u32, out: &mut [u8]) -> bool {
    if out.is_empty() {
        return true;
    }
    let Ok(params) = scrypt::Params::new(log_n, r, p, out.len().max(10)) else {
        return false;
    };
    scrypt::scrypt(password, salt, &params, out).is_ok()
}

/// scrypt; null when the parameters are rejected.
#[op2]
#[buffer]
fn op_crypto_scrypt(
    #[anybuffer] password: &[u8],
    #[anybuffer] salt: &[u8],
    #[smi] log_n: u32,
    r: u32,
    p: u32,
    #[number] keylen: usize,
) -> Option<Vec<u8>> {
    let mut out = vec![0u8; keylen];
    scrypt_into(password, salt, log_n as u8, r, p, &mut out).then_some(out)
}

/// scrypt on a blocking thread.
#[op2]
#[buffer]
async fn op_crypto_scrypt_async(
    #[buffer] password: JsBuffer,
    #[buffer] salt: JsBuffer,
    #[smi] log_n: u32,
    r: u32,
    p: u32,
    #[number] keylen: usize,
) -> Option<Vec<u8>> {
    let password = password.to_vec();
    let salt = salt.to_vec();
    tokio::task::spawn_blocking(move || {
        let mut out = vec![0u8; keylen];
        scrypt_into(&password, &salt, log_n as u8, r, p, &mut out).then_some(out)
    })
    .await
    .ok()
    .flatten()
}

/// Digest on a blocking thread (webcrypto `subtle.digest`).
#[op2]
#[buffer]
async fn op_crypto_digest_async(
    #[string] name: String,
    #[buffer] data: JsBuffer,
) -> Option<Vec<u8>> {
    let alg = Alg::parse(&name)?;
    let data = data.to_vec();
    tokio::task::spawn_blocking(move || {
        let mut d = alg.new_digest();
        d.update(&data);
        d.finalize().into_vec()
    })
    .await
    .ok()
}

// ---------------------------------------------------------------------------
// AES ciphers (ECB, CBC, CTR, GCM), streaming as OpenSSL's EVP does. JS
// validates names, key and IV lengths; these ops only run the modes.

enum AesKey {
    A128(aes::Aes128),
    A192(aes::Aes192),
    A256(aes::Aes256),
}

impl AesKey {
    fn new(key: &[u8]) -> Option<AesKey> {
        use aes::cipher::KeyInit;
        Some(match key.len() {
            16 => AesKey::A128(aes::Aes128::new_from_slice(key).ok()?),
            24 => AesKey::A192(aes::Aes192::new_from_slice(key).ok()?),
            32 => AesKey::A256(aes::Aes256::new_from_slice(key).ok()?),
            _ => return None,
        })
    }

    fn encrypt(&self, block: &mut [u8; 16]) {
        use aes::cipher::BlockEncrypt;
        let b = aes::Block::from_mut_slice(block);
        match self {
            AesKey::A128(k) => k.encrypt_block(b),
            AesKey::A192(k) => k.encrypt_block(b),
            AesKey::A256(k) => k.encrypt_block(b),
        }
    }

    /// Encrypt several blocks at once (AES-NI pipelines them).
    fn encrypt_many(&self, blocks: &mut [aes::Block]) {
        use aes::cipher::BlockEncrypt;
        match self {
            AesKey::A128(k) => k.encrypt_blocks(blocks),
            AesKey::A192(k) => k.encrypt_blocks(blocks),
            AesKey::A256(k) => k.encrypt_blocks(blocks),
        }
    }

    fn decrypt(&self, block: &mut [u8; 16]) {
        use aes::cipher::BlockDecrypt;
        let b = aes::Block::from_mut_slice(block);
        match self {
            AesKey::A128(k) => k.decrypt_block(b),
            AesKey::A192(k) => k.decrypt_block(b),
            AesKey::A256(k) => k.decrypt_block(b),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Ecb,
    Cbc,
    Ctr,
    Gcm,
    Ofb,
    Cfb,
    Cfb8,
    ChaChaPoly,
}

/// ChaCha20-Poly1305 (RFC 8439): the cipher runs from block 1; Poly1305
/// (keyed from block 0) covers AAD, ciphertext and their lengths.
struct ChaChaPoly {
    cipher: chacha20::ChaCha20,
    mac: poly1305::Poly1305,
    /// Bytes waiting for a full Poly1305 block.
    pending: Vec<u8>,
    aad_len: u64,
    text_len: u64,
    in_text: bool,
    tag: Option<[u8; 16]>,
    expected: Option<Vec<u8>>,
}

impl ChaChaPoly {
    fn new(key: &[u8], nonce: &[u8]) -> Option<Self> {
        use chacha20::cipher::{KeyIvInit, StreamCipher};
        use poly1305::universal_hash::KeyInit;
        if key.len() != 32 || nonce.len() != 12 {
            return None;
        }
        let mut cipher = chacha20::ChaCha20::new(key.into(), nonce.into());
        let mut block0 = [0u8; 64];
        cipher.apply_keystream(&mut block0);
        let mac = poly1305::Poly1305::new(poly1305::Key::from_slice(&block0[..32]));
        Some(ChaChaPoly {
            cipher,
            mac,
            pending: Vec::new(),
            aad_len: 0,
            text_len: 0,
            in_text: false,
            tag: None,
            expected: None,
        })
    }

    fn absorb(&mut self, data: &[u8]) {
        use poly1305::universal_hash::UniversalHash;
        self.pending.extend_from_slice(data);
        let full = self.pending.len() / 16 * 16;
        for chunk in self.pending[..full].chunks_exact(16) {
            self.mac.update(&[*poly1305::Block::from_slice(chunk)]);
        }
        self.pending.drain(..full);
    }

    fn flush_padded(&mut self) {
        if !self.pending.is_empty() {
            let pad = 16 - self.pending.len();
            self.absorb(&vec![0u8; pad]);
        }
    }

    fn update(&mut self, data: &[u8], encrypt: bool) -> Vec<u8> {
        use chacha20::cipher::StreamCipher;
        if !self.in_text {
            self.flush_padded();
            self.in_text = true;
        }
        let mut out = data.to_vec();
        self.cipher.apply_keystream(&mut out);
        let text = if encrypt { out.clone() } else { data.to_vec() };
        self.absorb(&text);
        self.text_len += data.len() as u64;
        out
    }

    fn finish(&mut self, encrypt: bool) -> Result<Vec<u8>, &'static str> {
        use poly1305::universal_hash::UniversalHash;
        self.flush_padded();
        let mut lens = [0u8; 16];
        lens[..8].copy_from_slice(&self.aad_len.to_le_bytes());
        lens[8..].copy_from_slice(&self.text_len.to_le_bytes());
        self.mac.update(&[*poly1305::Block::from_slice(&lens)]);
        let tag: [u8; 16] = self.mac.clone().finalize().into();
        if encrypt {
            self.tag = Some(tag);
            return Ok(Vec::new());
        }
        // Like Node, a decipher given no tag does not check one.
        match &self.expected {
            None => Ok(Vec::new()),
            Some(exp) if constant_eq(exp, &tag[..exp.len()]) => Ok(Vec::new()),
            _ => Err("auth"),
        }
    }
}

struct Gcm {
    ghash: ghash::GHash,
    /// Bytes waiting for a full GHASH block.
    pending: Vec<u8>,
    aad_len: u64,
    text_len: u64,
    in_text: bool,
    j0: [u8; 16],
    tag: Option<[u8; 16]>,
    expected: Option<Vec<u8>>,
}

impl Gcm {
    fn absorb(&mut self, data: &[u8]) {
        use ghash::universal_hash::UniversalHash;
        let mut data = data;
        if !self.pending.is_empty() {
            let take = (16 - self.pending.len()).min(data.len());
            self.pending.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.pending.len() < 16 {
                return;
            }
            self.ghash
                .update(&[*ghash::Block::from_slice(&self.pending)]);
            self.pending.clear();
        }
        let full = data.len() / 16 * 16;
        let mut batch = [ghash::Block::default(); 64];
        for group in data[..full].chunks(16 * 64) {
            let n = group.len() / 16;
            for (slot, chunk) in batch.iter_mut().zip(group.chunks_exact(16)) {
                slot.copy_from_slice(chunk);
            }
            self.ghash.update(&batch[..n]);
        }
        self.pending.extend_from_slice(&data[full..]);
    }

    fn flush_padded(&mut self) {
        use ghash::universal_hash::UniversalHash;
        if !self.pending.is_empty() {
            let mut block = [0u8; 16];
            block[..self.pending.len()].copy_from_slice(&self.pending);
            self.ghash.update(&[*ghash::Block::from_slice(&block)]);
            self.pending.clear();
        }
    }
}

struct CipherState {
    key: AesKey,
    mode: Mode,
    encrypt: bool,
    /// CBC chaining value or CTR counter block.
    iv: [u8; 16],
    /// ECB/CBC: input not yet processed. CTR/GCM: unused.
    buf: Vec<u8>,
    keystream: [u8; 16],
    ks_pos: usize,
    auto_padding: bool,
    gcm: Option<Box<Gcm>>,
    chacha: Option<Box<ChaChaPoly>>,
    done: bool,
}

/// A running cipher or decipher.
pub struct Cipher {
    state: RefCell<CipherState>,
}

// SAFETY: no references to GC objects inside.
unsafe impl GarbageCollected for Cipher {
    fn trace(&self, _visitor: &mut v8::cppgc::Visitor) {}

    fn get_name(&self) -> &'static std::ffi::CStr {
        c"Cipher"
    }
}

fn inc128(block: &mut [u8; 16]) {
    for b in block.iter_mut().rev() {
        *b = b.wrapping_add(1);
        if *b != 0 {
            break;
        }
    }
}

fn inc32(block: &mut [u8; 16]) {
    let c = u32::from_be_bytes([block[12], block[13], block[14], block[15]]).wrapping_add(1);
    block[12..].copy_from_slice(&c.to_be_bytes());
}

impl CipherState {
    fn next_counter(&mut self, gcm_counter: bool) -> [u8; 16] {
        let c = self.iv;
        if gcm_counter {
            inc32(&mut self.iv);
        } else {
            inc128(&mut self.iv);
        }
        c
    }

    fn stream(&mut self, data: &[u8], out: &mut Vec<u8>, gcm_counter: bool) {
        // Use up the current keystream block first.
        let mut data = data;
        while self.ks_pos < 16 && !data.is_empty() {
            out.push(data[0] ^ self.keystream[self.ks_pos]);
            self.ks_pos += 1;
            data = &data[1..];
        }
        // Whole blocks, keystream made in batches.
        let full = data.len() / 16 * 16;
        let mut batch = [aes::Block::default(); 32];
        for group in data[..full].chunks(16 * 32) {
            let n = group.len() / 16;
            for slot in batch[..n].iter_mut() {
                let c = self.next_counter(gcm_counter);
                slot.copy_from_slice(&c);
            }
            self.key.encrypt_many(&mut batch[..n]);
            for (chunk, ks) in group.chunks_exact(16).zip(batch.iter()) {
                out.extend(chunk.iter().zip(ks.iter()).map(|(a, b)| a ^ b));
            }
        }
        for &byte in &data[full..] {
            if self.ks_pos == 16 {
                self.keystream = self.iv;
                self.key.encrypt(&mut self.keystream);
                if gcm_counter {
                    inc32(&mut self.iv);
                } else {
                    inc128(&mut self.iv);
                }
                self.ks_pos = 0;
            }
            out.push(byte ^ self.keystream[self.ks_pos]);
            self.ks_pos += 1;
        }
    }

    fn block(&mut self, block: &mut [u8; 16]) {
        match (self.mode, self.encrypt) {
            (Mode::Cbc, true) => {
                for (b, v) in block.iter_mut().zip(self.iv.iter()) {
                    *b ^= v;
                }
                self.key.encrypt(block);
                self.iv = *block;
            }
            (Mode::Cbc, false) => {
                let next = *block;
                self.key.decrypt(block);
                for (b, v) in block.iter_mut().zip(self.iv.iter()) {
                    *b ^= v;
                }
                self.iv = next;
            }
            (_, true) => self.key.encrypt(block),
            (_, false) => self.key.decrypt(block),
        }
    }

    /// OFB, CFB (128-bit feedback) and CFB8, byte by byte: `iv` is the
    /// feedback register, `keystream` its encryption.
    fn feedback(&mut self, data: &[u8], out: &mut Vec<u8>) {
        for &byte in data {
            if self.mode == Mode::Cfb8 {
                let mut ks = self.iv;
                self.key.encrypt(&mut ks);
                let o = byte ^ ks[0];
                let c = if self.encrypt { o } else { byte };
                self.iv.copy_within(1.., 0);
                self.iv[15] = c;
                out.push(o);
                continue;
            }
            if self.ks_pos == 16 {
                self.keystream = self.iv;
                self.key.encrypt(&mut self.keystream);
                if self.mode == Mode::Ofb {
                    self.iv = self.keystream;
                }
                self.ks_pos = 0;
            }
            let o = byte ^ self.keystream[self.ks_pos];
            if self.mode == Mode::Cfb {
                self.iv[self.ks_pos] = if self.encrypt { o } else { byte };
            }
            self.ks_pos += 1;
            out.push(o);
        }
    }

    fn update(&mut self, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(data.len() + 16);
        match self.mode {
            Mode::Ctr => self.stream(data, &mut out, false),
            Mode::Ofb | Mode::Cfb | Mode::Cfb8 => self.feedback(data, &mut out),
            Mode::ChaChaPoly => {
                let encrypt = self.encrypt;
                out = self
                    .chacha
                    .as_mut()
                    .expect("chacha state")
                    .update(data, encrypt);
            }
            Mode::Gcm => {
                let mut gcm = self.gcm.take().expect("gcm state");
                if !gcm.in_text {
                    gcm.flush_padded();
                    gcm.in_text = true;
                }
                if !self.encrypt {
                    gcm.absorb(data);
                }
                self.stream(data, &mut out, true);
                if self.encrypt {
                    gcm.absorb(&out);
                }
                gcm.text_len += data.len() as u64;
                self.gcm = Some(gcm);
            }
            Mode::Ecb | Mode::Cbc => {
                self.buf.extend_from_slice(data);
                let mut full = self.buf.len() / 16 * 16;
                // A decipher with padding keeps the last block for final().
                if !self.encrypt && self.auto_padding && full == self.buf.len() && full > 0 {
                    full -= 16;
                }
                let pending = std::mem::take(&mut self.buf);
                for chunk in pending[..full].chunks_exact(16) {
                    let mut block: [u8; 16] = chunk.try_into().expect("16 bytes");
                    self.block(&mut block);
                    out.extend_from_slice(&block);
                }
                self.buf = pending[full..].to_vec();
            }
        }
        out
    }

    fn finish(&mut self) -> Result<Vec<u8>, &'static str> {
        if self.done {
            return Err("finalized");
        }
        self.done = true;
        match self.mode {
            Mode::Ctr | Mode::Ofb | Mode::Cfb | Mode::Cfb8 => Ok(Vec::new()),
            Mode::ChaChaPoly => {
                let encrypt = self.encrypt;
                self.chacha.as_mut().expect("chacha state").finish(encrypt)
            }
            Mode::Gcm => {
                use ghash::universal_hash::UniversalHash;
                let mut gcm = self.gcm.take().expect("gcm state");
                gcm.flush_padded();
                let mut lens = [0u8; 16];
                lens[..8].copy_from_slice(&(gcm.aad_len * 8).to_be_bytes());
                lens[8..].copy_from_slice(&(gcm.text_len * 8).to_be_bytes());
                gcm.ghash.update(&[*ghash::Block::from_slice(&lens)]);
                let s = gcm.ghash.clone().finalize();
                let mut tag = gcm.j0;
                self.key.encrypt(&mut tag);
                for (t, x) in tag.iter_mut().zip(s.iter()) {
                    *t ^= x;
                }
                let result = if self.encrypt {
                    gcm.tag = Some(tag);
                    Ok(Vec::new())
                } else {
                    match &gcm.expected {
                        Some(exp) if constant_eq(exp, &tag[..exp.len()]) => Ok(Vec::new()),
                        _ => Err("auth"),
                    }
                };
                self.gcm = Some(gcm);
                result
            }
            Mode::Ecb | Mode::Cbc => {
                if self.encrypt {
                    if !self.auto_padding {
                        return if self.buf.is_empty() {
                            Ok(Vec::new())
                        } else {
                            Err("wrong_final_block_length")
                        };
                    }
                    let pad = 16 - self.buf.len();
                    let mut block = [pad as u8; 16];
                    block[..self.buf.len()].copy_from_slice(&self.buf);
                    self.buf.clear();
                    self.block(&mut block);
                    Ok(block.to_vec())
                } else {
                    if !self.auto_padding {
                        return if self.buf.is_empty() {
                            Ok(Vec::new())
                        } else {
                            Err("wrong_final_block_length")
                        };
                    }
                    if self.buf.len() != 16 {
                        return Err("wrong_final_block_length");
                    }
                    let mut block: [u8; 16] = self.buf[..].try_into().expect("16 bytes");
                    self.buf.clear();
                    self.block(&mut block);
                    let pad = block[15] as usize;
                    if pad == 0 || pad > 16 || block[16 - pad..].iter().any(|&b| b as usize != pad)
                    {
                        return Err("bad_decrypt");
                    }
                    Ok(block[..16 - pad].to_vec())
                }
            }
        }
    }
}

fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A cipher for mode "ecb" | "cbc" | "ctr" | "gcm"; null when the key or
/// IV does not fit (JS checked them already).
#[op2]
#[cppgc]
fn op_crypto_cipher_new(
    #[string] mode: &str,
    #[anybuffer] key: &[u8],
    #[anybuffer] iv: &[u8],
    encrypt: bool,
) -> Option<Cipher> {
    if mode == "chacha20-poly1305" {
        let chacha = ChaChaPoly::new(key, iv)?;
        // The AES key slot is unused in this mode.
        return Some(Cipher {
            state: RefCell::new(CipherState {
                key: AesKey::new(&[0u8; 16])?,
                mode: Mode::ChaChaPoly,
                encrypt,
                iv: [0u8; 16],
                buf: Vec::new(),
                keystream: [0u8; 16],
                ks_pos: 16,
                auto_padding: true,
                gcm: None,
                chacha: Some(Box::new(chacha)),
                done: false,
            }),
        });
    }
    let key = AesKey::new(key)?;
    let mode = match mode {
        "ecb" => Mode::Ecb,
        "cbc" => Mode::Cbc,
        "ctr" => Mode::Ctr,
        "gcm" => Mode::Gcm,
        "ofb" => Mode::Ofb,
        "cfb" => Mode::Cfb,
        "cfb8" => Mode::Cfb8,
        _ => return None,
    };
    let mut block = [0u8; 16];
    let mut gcm = None;
    match mode {
        Mode::Ecb | Mode::ChaChaPoly => {}
        Mode::Cbc | Mode::Ctr | Mode::Ofb | Mode::Cfb | Mode::Cfb8 => {
            if iv.len() != 16 {
                return None;
            }
            block.copy_from_slice(iv);
        }
        Mode::Gcm => {
            use ghash::universal_hash::{KeyInit, UniversalHash};
            if iv.is_empty() {
                return None;
            }
            let mut h = [0u8; 16];
            key.encrypt(&mut h);
            let ghash = ghash::GHash::new(ghash::Key::from_slice(&h));
            let mut j0 = [0u8; 16];
            if iv.len() == 12 {
                j0[..12].copy_from_slice(iv);
                j0[15] = 1;
            } else {
                let mut g = ghash.clone();
                g.update_padded(iv);
                let mut lens = [0u8; 16];
                lens[8..].copy_from_slice(&((iv.len() as u64) * 8).to_be_bytes());
                g.update(&[*ghash::Block::from_slice(&lens)]);
                j0.copy_from_slice(&g.finalize());
            }
            block = j0;
            inc32(&mut block);
            gcm = Some(Box::new(Gcm {
                ghash,
                pending: Vec::new(),
                aad_len: 0,
                text_len: 0,
                in_text: false,
                j0,
                tag: None,
                expected: None,
            }));
        }
    }
    Some(Cipher {
        state: RefCell::new(CipherState {
            key,
            mode,
            encrypt,
            iv: block,
            buf: Vec::new(),
            keystream: [0u8; 16],
            ks_pos: 16,
            auto_padding: true,
            gcm,
            chacha: None,
            done: false,
        }),
    })
}

/// Transform bytes; what is ready comes back.
#[op2]
#[buffer]
fn op_crypto_cipher_update(#[cppgc] c: &Cipher, #[anybuffer] data: &[u8]) -> Vec<u8> {
    c.state.borrow_mut().update(data)
}

/// Finish: the last bytes, or an error name ("bad_decrypt",
/// "wrong_final_block_length", "auth", "finalized") thrown as an Error.
#[op2]
#[buffer]
fn op_crypto_cipher_final(#[cppgc] c: &Cipher) -> Result<Vec<u8>, deno_error::JsErrorBox> {
    c.state
        .borrow_mut()
        .finish()
        .map_err(deno_error::JsErrorBox::generic)
}

/// setAutoPadding.
#[op2(fast)]
fn op_crypto_cipher_set_auto_padding(#[cppgc] c: &Cipher, on: bool) {
    c.state.borrow_mut().auto_padding = on;
}

/// GCM additional data; false when not GCM or the text has started.
#[op2]
fn op_crypto_cipher_set_aad(#[cppgc] c: &Cipher, #[anybuffer] aad: &[u8]) -> bool {
    let mut st = c.state.borrow_mut();
    if let Some(ch) = st.chacha.as_mut() {
        if ch.in_text {
            return false;
        }
        ch.absorb(aad);
        ch.aad_len += aad.len() as u64;
        return true;
    }
    match st.gcm.as_mut() {
        Some(g) if !g.in_text => {
            g.absorb(aad);
            g.aad_len += aad.len() as u64;
            true
        }
        _ => false,
    }
}

/// GCM tag after final() of an encryption (first `len` bytes).
#[op2]
#[buffer]
fn op_crypto_cipher_get_tag(#[cppgc] c: &Cipher, #[smi] len: u32) -> Option<Vec<u8>> {
    let st = c.state.borrow();
    let tag = match st.chacha.as_ref() {
        Some(ch) => ch.tag?,
        None => st.gcm.as_ref()?.tag?,
    };
    Some(tag[..(len as usize).min(16)].to_vec())
}

/// GCM expected tag for a decryption.
#[op2]
fn op_crypto_cipher_set_tag(#[cppgc] c: &Cipher, #[anybuffer] tag: &[u8]) -> bool {
    let mut st = c.state.borrow_mut();
    if let Some(ch) = st.chacha.as_mut() {
        if tag.len() > 16 || tag.is_empty() {
            return false;
        }
        ch.expected = Some(tag.to_vec());
        return true;
    }
    match st.gcm.as_mut() {
        Some(g) if tag.len() <= 16 && !tag.is_empty() => {
            g.expected = Some(tag.to_vec());
            true
        }
        _ => false,
    }
}

deno_core::extension!(
    host_crypto,
    ops = [
        op_crypto_hash_supported,
        op_crypto_hash_is_xof,
        op_crypto_hash_new,
        op_crypto_hmac_new,
        op_crypto_hash_update,
        op_crypto_hash_update_str,
        op_crypto_hash_digest,
        op_crypto_hash_copy,
        op_crypto_hash_digest_encoded,
        op_crypto_hash_oneshot_encoded,
        op_crypto_hash_oneshot,
        op_crypto_hash_oneshot_str,
        op_crypto_random_fill,
        op_crypto_timing_safe_equal,
        op_crypto_pbkdf2,
        op_crypto_pbkdf2_async,
        op_crypto_check_prime,
        op_crypto_check_prime_async,
        op_crypto_generate_prime,
        op_crypto_generate_prime_async,
        op_crypto_scrypt,
        op_crypto_scrypt_async,
        op_crypto_digest_async,
        op_crypto_cipher_new,
        op_crypto_cipher_update,
        op_crypto_cipher_final,
        op_crypto_cipher_set_auto_padding,
        op_crypto_cipher_set_aad,
        op_crypto_cipher_get_tag,
        op_crypto_cipher_set_tag,
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn primes_are_recognised_and_generated() {
        use num_bigint::BigUint;
        for (n, want) in [
            (0u64, false),
            (1, false),
            (2, true),
            (3, true),
            (4, false),
            (561, false),
            (7919, true),
        ] {
            assert_eq!(primes::is_probable_prime(&BigUint::from(n), 0), want, "{n}");
        }
        let m61 = (BigUint::from(1u32) << 61u32) - BigUint::from(1u32);
        assert!(primes::is_probable_prime(&m61, 0));
        for bits in [2u32, 3, 17, 64, 128] {
            let p = BigUint::from_bytes_be(&primes::generate(bits, false, None, None));
            assert_eq!(p.bits(), u64::from(bits));
            assert!(primes::is_probable_prime(&p, 0));
        }
        let safe = BigUint::from_bytes_be(&primes::generate(40, true, None, None));
        assert!(primes::is_probable_prime(&(safe >> 1u32), 0));
    }

    #[test]
    fn hmac_matches_rfc4231_case2() {
        let h = new_hmac(Alg::Sha256, b"Jefe");
        h.update(b"what do ya want for nothing?");
        assert_eq!(
            hex(&h.finish().unwrap()),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn encodings() {
        assert_eq!(encode(&[0xde, 0xad, 0xbe, 0xef], 0), "deadbeef");
        assert_eq!(encode(&[0xfb, 0xff], 1), "+/8=");
        assert_eq!(encode(&[0xfb, 0xff], 2), "-_8");
    }

    #[test]
    fn aliases() {
        assert_eq!(Alg::parse("RSA-SHA256"), Some(Alg::Sha256));
        assert_eq!(Alg::parse("SHA1"), Some(Alg::Sha1));
        assert_eq!(Alg::parse("nope"), None);
    }
}
