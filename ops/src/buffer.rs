//! Fast paths for Buffer: encodings (UTF-8, Latin-1, ASCII, UTF-16LE, hex,
//! base64/base64url), comparison, search and validation.
//!
//! Slices are given as a whole `Uint8Array` plus `start`/`end` (clamped
//! here) so JS does not create a view per call. String results that V8
//! cannot hold come back as `null`; JS throws ERR_STRING_TOO_LONG.

use deno_core::op2;
use deno_core::v8;
use deno_core::v8::simdutf;

fn range(len: usize, start: f64, end: f64) -> (usize, usize) {
    let clamp = |v: f64| -> usize {
        if v.is_nan() || v <= 0.0 {
            0
        } else if v >= len as f64 {
            len
        } else {
            v as usize
        }
    };
    let s = clamp(start);
    let e = clamp(end);
    if e < s {
        (s, s)
    } else {
        (s, e)
    }
}

fn one_byte<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    bytes: &[u8],
) -> Option<v8::Local<'s, v8::String>> {
    if bytes.len() > v8::String::MAX_LENGTH {
        return None;
    }
    v8::String::new_from_one_byte(scope, bytes, v8::NewStringType::Normal)
}

#[op2]
fn op_buffer_utf8_slice<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    #[buffer] buf: &[u8],
    start: f64,
    end: f64,
) -> Option<v8::Local<'s, v8::String>> {
    let (s, e) = range(buf.len(), start, end);
    let bytes = &buf[s..e];
    if bytes.len() > v8::String::MAX_LENGTH {
        return None;
    }
    v8::String::new_from_utf8(scope, bytes, v8::NewStringType::Normal)
}

#[op2]
fn op_buffer_latin1_slice<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    #[buffer] buf: &[u8],
    start: f64,
    end: f64,
) -> Option<v8::Local<'s, v8::String>> {
    let (s, e) = range(buf.len(), start, end);
    one_byte(scope, &buf[s..e])
}

#[op2]
fn op_buffer_ascii_slice<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    #[buffer] buf: &[u8],
    start: f64,
    end: f64,
) -> Option<v8::Local<'s, v8::String>> {
    let (s, e) = range(buf.len(), start, end);
    let bytes = &buf[s..e];
    if simdutf::validate_ascii(bytes) {
        return one_byte(scope, bytes);
    }
    let masked: Vec<u8> = bytes.iter().map(|b| b & 0x7f).collect();
    one_byte(scope, &masked)
}

#[op2]
fn op_buffer_ucs2_slice<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    #[buffer] buf: &[u8],
    start: f64,
    end: f64,
) -> Option<v8::Local<'s, v8::String>> {
    let (s, e) = range(buf.len(), start, end);
    let bytes = &buf[s..e];
    let n = bytes.len() / 2;
    let mut units: Vec<u16> = Vec::with_capacity(n);
    // SAFETY: `units` has room for `n` units; the bytes are copied as they
    // are and fixed up below on big-endian hosts.
    unsafe {
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), units.as_mut_ptr().cast::<u8>(), n * 2);
        units.set_len(n);
    }
    if cfg!(target_endian = "big") {
        for u in &mut units {
            *u = u16::from_le(*u);
        }
    }
    if units.len() > v8::String::MAX_LENGTH {
        return None;
    }
    v8::String::new_from_two_byte(scope, &units, v8::NewStringType::Normal)
}

/// Two ASCII hex digits per byte, packed in memory order.
static HEX_PAIRS: [u16; 256] = {
    let digits = b"0123456789abcdef";
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = u16::from_ne_bytes([digits[i >> 4], digits[i & 15]]);
        i += 1;
    }
    t
};

#[op2]
fn op_buffer_hex_slice<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    #[buffer] buf: &[u8],
    start: f64,
    end: f64,
) -> Option<v8::Local<'s, v8::String>> {
    let (s, e) = range(buf.len(), start, end);
    let bytes = &buf[s..e];
    if bytes.len() * 2 > v8::String::MAX_LENGTH {
        return None;
    }
    let n = bytes.len();
    let mut pairs: Vec<u16> = Vec::with_capacity(n);
    let dst = pairs.as_mut_ptr();
    for (i, &b) in bytes.iter().enumerate() {
        // SAFETY: `pairs` has capacity for `n` units and `i < n`.
        unsafe { dst.add(i).write(HEX_PAIRS[b as usize]) };
    }
    // SAFETY: all `n` units were written above.
    unsafe { pairs.set_len(n) };
    // SAFETY: a u16 slice viewed as its bytes.
    let out = unsafe { std::slice::from_raw_parts(pairs.as_ptr().cast::<u8>(), n * 2) };
    one_byte(scope, out)
}

#[op2]
fn op_buffer_base64_slice<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    #[buffer] buf: &[u8],
    start: f64,
    end: f64,
    url: bool,
) -> Option<v8::Local<'s, v8::String>> {
    let (s, e) = range(buf.len(), start, end);
    let bytes = &buf[s..e];
    let opts = if url {
        simdutf::Base64Options::Url
    } else {
        simdutf::Base64Options::Default
    };
    let n = simdutf::base64_length_from_binary(bytes.len(), opts);
    if n > v8::String::MAX_LENGTH {
        return None;
    }
    let mut out = vec![0u8; n];
    // SAFETY: `out` has exactly the capacity simdutf asked for.
    let written = unsafe { simdutf::binary_to_base64(bytes, &mut out, opts) };
    out.truncate(written);
    one_byte(scope, &out)
}

fn window(buf: &mut [u8], offset: f64, length: f64) -> &mut [u8] {
    let len = buf.len();
    let (s, e) = range(len, offset, offset + length.max(0.0));
    &mut buf[s..e]
}

/// UTF-8 bytes of `s` written at `offset`, at most `length`; never a partial
/// character. Returns the number of bytes written.
#[op2(fast)]
fn op_buffer_utf8_write(
    scope: &mut v8::PinScope,
    s: v8::Local<v8::String>,
    #[buffer] buf: &mut [u8],
    offset: f64,
    length: f64,
) -> u32 {
    let dst = window(buf, offset, length);
    if dst.is_empty() {
        return 0;
    }
    s.write_utf8_v2(scope, dst, v8::WriteFlags::kReplaceInvalidUtf8, None) as u32
}

/// TextEncoder#encodeInto: writes UTF-8 into `buf`, stores
/// `[read UTF-16 units, written bytes]` in `out`.
#[op2(fast)]
fn op_buffer_encode_into(
    scope: &mut v8::PinScope,
    s: v8::Local<v8::String>,
    #[buffer] buf: &mut [u8],
    #[buffer] out: &mut [u32],
) {
    let mut read = 0usize;
    let written = if buf.is_empty() {
        0
    } else {
        s.write_utf8_v2(
            scope,
            buf,
            v8::WriteFlags::kReplaceInvalidUtf8,
            Some(&mut read),
        )
    };
    if out.len() >= 2 {
        out[0] = read as u32;
        out[1] = written as u32;
    }
}

/// A fresh ArrayBuffer with the UTF-8 bytes of `s`.
#[op2]
fn op_buffer_encode_utf8<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    s: v8::Local<'s, v8::String>,
) -> v8::Local<'s, v8::ArrayBuffer> {
    let len = s.utf8_length(scope);
    let mut bytes: Vec<u8> = vec![0; len];
    if len > 0 {
        let n = s.write_utf8_v2(scope, &mut bytes, v8::WriteFlags::kReplaceInvalidUtf8, None);
        bytes.truncate(n);
    }
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    v8::ArrayBuffer::with_backing_store(scope, &store)
}

#[op2(fast)]
fn op_buffer_utf8_length(scope: &mut v8::PinScope, s: v8::Local<v8::String>) -> f64 {
    s.utf8_length(scope) as f64
}

/// Low byte of each UTF-16 unit (Node's latin1 and ascii writes).
#[op2(fast)]
fn op_buffer_latin1_write(
    scope: &mut v8::PinScope,
    s: v8::Local<v8::String>,
    #[buffer] buf: &mut [u8],
    offset: f64,
    length: f64,
) -> u32 {
    let dst = window(buf, offset, length);
    let n = dst.len().min(s.length());
    if n == 0 {
        return 0;
    }
    s.write_one_byte_v2(scope, 0, &mut dst[..n], v8::WriteFlags::empty());
    n as u32
}

#[op2(fast)]
fn op_buffer_ucs2_write(
    scope: &mut v8::PinScope,
    s: v8::Local<v8::String>,
    #[buffer] buf: &mut [u8],
    offset: f64,
    length: f64,
) -> u32 {
    let dst = window(buf, offset, length);
    let chars = (dst.len() / 2).min(s.length());
    if chars == 0 {
        return 0;
    }
    let view = v8::ValueView::new(scope, s);
    match view.data() {
        v8::ValueViewData::OneByte(src) => {
            for (i, &b) in src[..chars].iter().enumerate() {
                dst[2 * i] = b;
                dst[2 * i + 1] = 0;
            }
        }
        v8::ValueViewData::TwoByte(src) => {
            if cfg!(target_endian = "little") {
                // SAFETY: `dst` holds `2 * chars` bytes, `src` `chars` units.
                unsafe {
                    std::ptr::copy_nonoverlapping(
                        src.as_ptr().cast::<u8>(),
                        dst.as_mut_ptr(),
                        chars * 2,
                    )
                };
            } else {
                for (i, &u) in src[..chars].iter().enumerate() {
                    let [lo, hi] = u.to_le_bytes();
                    dst[2 * i] = lo;
                    dst[2 * i + 1] = hi;
                }
            }
        }
    }
    (chars * 2) as u32
}

static UNHEX: [u8; 256] = {
    let mut t = [BAD; 256];
    let mut i = 0;
    while i < 10 {
        t[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        t[b'a' as usize + i] = 10 + i as u8;
        t[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    t
};

/// Pairs of hex digits until the first invalid pair. Node reads only the
/// low byte of each UTF-16 unit.
fn hex_decode<T: Copy + Into<u16>>(src: &[T], dst: &mut [u8]) -> usize {
    let n = (src.len() / 2).min(dst.len());
    for (i, (pair, out)) in src.chunks_exact(2).zip(dst.iter_mut()).take(n).enumerate() {
        let h = UNHEX[(pair[0].into() & 0xff) as usize];
        let l = UNHEX[(pair[1].into() & 0xff) as usize];
        if h == BAD || l == BAD {
            return i;
        }
        *out = (h << 4) | l;
    }
    n
}

#[op2(fast)]
fn op_buffer_hex_write(
    scope: &mut v8::PinScope,
    s: v8::Local<v8::String>,
    #[buffer] buf: &mut [u8],
    offset: f64,
    length: f64,
) -> u32 {
    let dst = window(buf, offset, length);
    if dst.is_empty() {
        return 0;
    }
    let view = v8::ValueView::new(scope, s);
    (match view.data() {
        v8::ValueViewData::OneByte(src) => hex_decode(src, dst),
        v8::ValueViewData::TwoByte(src) => hex_decode(src, dst),
    }) as u32
}

const BAD: u8 = 255;
static UNBASE64: [u8; 256] = {
    let mut t = [BAD; 256];
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut i = 0;
    while i < 64 {
        t[alphabet[i] as usize] = i as u8;
        i += 1;
    }
    t[b'-' as usize] = 62;
    t[b'_' as usize] = 63;
    t
};

/// Lenient base64 (both alphabets): characters outside the alphabet are
/// skipped, '=' ends the input, a trailing partial group yields what it can.
fn base64_decode_lenient<T: Copy + Into<u16>>(src: &[T], dst: &mut [u8]) -> usize {
    let mut acc = [0u8; 4];
    let mut have = 0usize;
    let mut out = 0usize;
    for &c in src {
        // Node reads only the low byte of each UTF-16 unit.
        let c = (c.into() & 0xff) as u8;
        if c == b'=' {
            break;
        }
        let v = UNBASE64[c as usize];
        if v == BAD {
            continue;
        }
        acc[have] = v;
        have += 1;
        if have == 4 {
            let bytes = [
                (acc[0] << 2) | (acc[1] >> 4),
                (acc[1] << 4) | (acc[2] >> 2),
                (acc[2] << 6) | acc[3],
            ];
            for b in bytes {
                if out == dst.len() {
                    return out;
                }
                dst[out] = b;
                out += 1;
            }
            have = 0;
        }
    }
    let tail: &[u8] = match have {
        2 => &[(acc[0] << 2) | (acc[1] >> 4)],
        3 => &[(acc[0] << 2) | (acc[1] >> 4), (acc[1] << 4) | (acc[2] >> 2)],
        _ => &[],
    };
    for &b in tail {
        if out == dst.len() {
            break;
        }
        dst[out] = b;
        out += 1;
    }
    out
}

fn base64_decode_bytes(src: &[u8], dst: &mut [u8]) -> usize {
    if src.len() >= 64 {
        let max = simdutf::maximal_binary_length_from_base64(src);
        let opts = simdutf::Base64Options::Default;
        let last = simdutf::LastChunkHandling::Loose;
        if max <= dst.len() {
            // SAFETY: `dst` holds at least the maximal decoded length.
            let r = unsafe { simdutf::base64_to_binary(src, dst, opts, last) };
            if r.is_ok() {
                return r.count;
            }
        } else {
            let mut tmp = vec![0u8; max];
            // SAFETY: `tmp` holds the maximal decoded length.
            let r = unsafe { simdutf::base64_to_binary(src, &mut tmp, opts, last) };
            if r.is_ok() {
                let n = r.count.min(dst.len());
                dst[..n].copy_from_slice(&tmp[..n]);
                return n;
            }
        }
    }
    base64_decode_lenient(src, dst)
}

#[op2(fast)]
fn op_buffer_base64_write(
    scope: &mut v8::PinScope,
    s: v8::Local<v8::String>,
    #[buffer] buf: &mut [u8],
    offset: f64,
    length: f64,
) -> u32 {
    let dst = window(buf, offset, length);
    if dst.is_empty() {
        return 0;
    }
    let view = v8::ValueView::new(scope, s);
    (match view.data() {
        v8::ValueViewData::OneByte(src) => base64_decode_bytes(src, dst),
        v8::ValueViewData::TwoByte(src) => base64_decode_lenient(src, dst),
    }) as u32
}

/// memcmp of two byte ranges: -1, 0 or 1.
#[op2(fast)]
fn op_buffer_compare(#[buffer] a: &[u8], #[buffer] b: &[u8]) -> i32 {
    match a.cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

fn memmem(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    // SAFETY: both ranges are valid for their lengths.
    let p = unsafe {
        libc::memmem(
            hay.as_ptr().cast(),
            hay.len(),
            needle.as_ptr().cast(),
            needle.len(),
        )
    };
    if p.is_null() {
        None
    } else {
        Some(p as usize - hay.as_ptr() as usize)
    }
}

fn memrchr(hay: &[u8], byte: u8) -> Option<usize> {
    // SAFETY: the range is valid for its length.
    let p = unsafe { libc::memrchr(hay.as_ptr().cast(), i32::from(byte), hay.len()) };
    if p.is_null() {
        None
    } else {
        Some(p as usize - hay.as_ptr() as usize)
    }
}

fn memchr(hay: &[u8], byte: u8) -> Option<usize> {
    // SAFETY: the range is valid for its length.
    let p = unsafe { libc::memchr(hay.as_ptr().cast(), i32::from(byte), hay.len()) };
    if p.is_null() {
        None
    } else {
        Some(p as usize - hay.as_ptr() as usize)
    }
}

/// First match at or after `from`; with `step == 2` only at even offsets.
fn find_forward(hay: &[u8], needle: &[u8], from: usize, step: usize) -> Option<usize> {
    let n = needle.len();
    let mut pos = from;
    let mut misses = 0usize;
    while pos + n <= hay.len() {
        // Skip to the next occurrence of the first byte (a SIMD scan); when
        // that byte keeps matching without a hit, let memmem take over.
        let i = if misses < 16 {
            pos + memchr(&hay[pos..=hay.len() - n], needle[0])?
        } else {
            pos + memmem(&hay[pos..], needle)?
        };
        if (step == 1 || i % 2 == 0) && &hay[i..i + n] == needle {
            return Some(i);
        }
        misses += 1;
        pos = i + 1;
    }
    None
}

/// Last match starting at or before `from`.
fn find_backward(hay: &[u8], needle: &[u8], from: usize, step: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    // One past the last candidate start.
    let mut end = from.min(hay.len() - needle.len()) + 1;
    while end > 0 {
        let i = memrchr(&hay[..end], needle[0])?;
        if (step == 1 || i % 2 == 0) && &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        end = i;
    }
    None
}

/// Index of `needle` in `hay` starting at `from` (already normalised by JS),
/// searching backwards when `!forward`; `ucs2` searches whole UTF-16 units
/// only. -1 when absent.
#[op2(fast)]
fn op_buffer_index_of(
    #[buffer] hay: &[u8],
    #[buffer] needle: &[u8],
    from: f64,
    forward: bool,
    ucs2: bool,
) -> f64 {
    if needle.is_empty() || from < 0.0 {
        return -1.0;
    }
    let from = from as usize;
    if ucs2 {
        let hay = &hay[..hay.len() & !1];
        let needle = &needle[..needle.len() & !1];
        if needle.is_empty() {
            return -1.0;
        }
        let r = if forward {
            find_forward(hay, needle, from & !1, 2)
        } else {
            find_backward(hay, needle, from, 2)
        };
        return r.map_or(-1.0, |i| i as f64);
    }
    let r = if forward {
        find_forward(hay, needle, from, 1)
    } else {
        find_backward(hay, needle, from, 1)
    };
    r.map_or(-1.0, |i| i as f64)
}

/// Index of `byte` searching from `from` (forwards) or at or before it
/// (backwards); -1 when absent.
#[op2(fast)]
fn op_buffer_index_of_byte(#[buffer] hay: &[u8], byte: u32, from: f64, forward: bool) -> f64 {
    if from < 0.0 || hay.is_empty() {
        return -1.0;
    }
    let from = (from as usize).min(hay.len() - 1);
    let r = if forward {
        memchr(&hay[from..], byte as u8).map(|i| i + from)
    } else {
        memrchr(&hay[..=from], byte as u8)
    };
    r.map_or(-1.0, |i| i as f64)
}

#[op2]
fn op_buffer_is_utf8(#[anybuffer] buf: &[u8]) -> bool {
    simdutf::validate_utf8(buf)
}

#[op2]
fn op_buffer_is_ascii(#[anybuffer] buf: &[u8]) -> bool {
    simdutf::validate_ascii(buf)
}

deno_core::extension!(
    host_buffer,
    ops = [
        op_buffer_utf8_slice,
        op_buffer_latin1_slice,
        op_buffer_ascii_slice,
        op_buffer_ucs2_slice,
        op_buffer_hex_slice,
        op_buffer_base64_slice,
        op_buffer_utf8_write,
        op_buffer_encode_into,
        op_buffer_encode_utf8,
        op_buffer_utf8_length,
        op_buffer_latin1_write,
        op_buffer_ucs2_write,
        op_buffer_hex_write,
        op_buffer_base64_write,
        op_buffer_compare,
        op_buffer_index_of,
        op_buffer_index_of_byte,
        op_buffer_is_utf8,
        op_buffer_is_ascii,
    ],
);

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Vec<u8> {
        let mut out = vec![0u8; s.len()];
        let n = base64_decode_lenient(s.as_bytes(), &mut out);
        out.truncate(n);
        out
    }

    #[test]
    fn lenient_base64() {
        assert_eq!(dec("YWJj"), b"abc");
        assert_eq!(dec("YQ=="), b"a");
        assert_eq!(dec("YQ"), b"a");
        assert_eq!(dec("Y Q\n=="), b"a");
        assert_eq!(dec("YWJj=ZGVm"), b"abc");
        assert_eq!(dec("_-8"), [0xff, 0xef]);
    }

    #[test]
    fn search() {
        assert_eq!(find_forward(b"abcabc", b"bc", 2, 1), Some(4));
        assert_eq!(find_backward(b"abcabc", b"bc", 3, 1), Some(1));
        assert_eq!(find_forward(b"abc", b"abcd", 0, 1), None);
    }
}
