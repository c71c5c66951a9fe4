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
}

impl Alg {
    /// Look up an OpenSSL-style digest name (case-insensitive, with the
    /// usual aliases).
    fn parse(name: &str) -> Option<Alg> {
        let lower = name.to_ascii_lowercase();
        let n = lower.strip_prefix("rsa-").unwrap_or(&lower);
        Some(match n {
            "md5" | "ssl3-md5" => Alg::Md5,
            "sha1" | "sha-1" | "ssl3-sha1" => Alg::Sha1,
            "sha224" | "sha-224" | "sha2-224" => Alg::Sha224,
            "sha256" | "sha-256" | "sha2-256" => Alg::Sha256,
            "sha384" | "sha-384" | "sha2-384" => Alg::Sha384,
            "sha512" | "sha-512" | "sha2-512" => Alg::Sha512,
            "sha512-224" | "sha-512/224" | "sha2-512/224" | "sha512/224" => Alg::Sha512_224,
            "sha512-256" | "sha-512/256" | "sha2-512/256" | "sha512/256" => Alg::Sha512_256,
            "sha3-224" => Alg::Sha3_224,
            "sha3-256" => Alg::Sha3_256,
            "sha3-384" => Alg::Sha3_384,
            "sha3-512" => Alg::Sha3_512,
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
        }
    }

    /// The block size in bytes (for HMAC key padding).
    fn block_size(self) -> usize {
        match self {
            Alg::Md5 | Alg::Sha1 | Alg::Sha224 | Alg::Sha256 => 64,
            Alg::Sha384 | Alg::Sha512 | Alg::Sha512_224 | Alg::Sha512_256 => 128,
            Alg::Sha3_224 => 144,
            Alg::Sha3_256 => 136,
            Alg::Sha3_384 => 104,
            Alg::Sha3_512 => 72,
        }
    }
}

/// A running hash or HMAC. `outer` holds the HMAC's key XOR opad block.
pub struct Hasher {
    alg: Alg,
    state: RefCell<Option<Box<dyn DynDigest>>>,
    outer: Option<Vec<u8>>,
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
        let d = self.state.borrow_mut().take()?;
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
    }
}

/// Whether `name` is a digest this host supports.
#[op2(fast)]
fn op_crypto_hash_supported(#[string] name: &str) -> bool {
    Alg::parse(name).is_some()
}

/// A new hash for `name`, or null when the digest is unknown.
#[op2]
#[cppgc]
fn op_crypto_hash_new(#[string] name: &str) -> Option<Hasher> {
    let alg = Alg::parse(name)?;
    Some(Hasher {
        alg,
        state: RefCell::new(Some(alg.new_digest())),
        outer: None,
    })
}

/// A new HMAC for `name` keyed with `key`, or null when the digest is unknown.
#[op2]
#[cppgc]
fn op_crypto_hmac_new(#[string] name: &str, #[anybuffer] key: &[u8]) -> Option<Hasher> {
    let alg = Alg::parse(name)?;
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
fn op_crypto_hash_copy(#[cppgc] h: &Hasher) -> Option<Hasher> {
    let state = h.state.borrow();
    let d = state.as_ref()?;
    Some(Hasher {
        alg: h.alg,
        state: RefCell::new(Some(d.box_clone())),
        outer: h.outer.clone(),
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

fn pbkdf2_into(alg: Alg, password: &[u8], salt: &[u8], iterations: u32, out: &mut [u8]) {
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
    pbkdf2_into(alg, password, salt, iterations, &mut out);
    Some(out)
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
        pbkdf2_into(alg, &password, &salt, iterations, &mut out);
        out
    })
    .await
    .ok()
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

deno_core::extension!(
    host_crypto,
    ops = [
        op_crypto_hash_supported,
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
        op_crypto_scrypt,
        op_crypto_scrypt_async,
        op_crypto_digest_async,
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
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
