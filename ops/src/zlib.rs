//! Compression for `zlib`: deflate/inflate (gzip, zlib and raw framing)
//! over the canonical zlib C library, and brotli over the pure-Rust
//! `brotli` crate.
//!
//! A stream is a cppgc object held by the JS wrapper. Its engine sits
//! behind an `Arc<Mutex>` so that a big chunk can be processed on tokio's
//! blocking pool without blocking the event loop; JS never has two writes
//! in flight on one stream.

use std::borrow::Cow;
use std::ffi::CStr;
use std::os::raw::{c_int, c_uint, c_void};
use std::sync::Arc;

use brotli::enc::encode::{BrotliEncoderOperation, BrotliEncoderStateStruct};
use brotli::enc::StandardAlloc;
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};
use deno_core::{op2, v8, GarbageCollected, JsBuffer};
use deno_error::{AdditionalProperties, JsErrorClass, PropertyValue};
use libz_sys as z;
use parking_lot::Mutex;

// Modes, as Node numbers them (zlib.constants.DEFLATE ...).
const DEFLATE: i32 = 1;
const INFLATE: i32 = 2;
const GZIP: i32 = 3;
const GUNZIP: i32 = 4;
const DEFLATERAW: i32 = 5;
const INFLATERAW: i32 = 6;
const UNZIP: i32 = 7;
const BROTLI_DECODE: i32 = 8;
const BROTLI_ENCODE: i32 = 9;

const Z_FINISH: i32 = 4;

/// A compression error in Node's shape: `errno` is zlib's (or brotli's)
/// return code, `code` its constant name.
#[derive(Debug)]
pub struct ZlibError {
    errno: i32,
    code: Cow<'static, str>,
    message: Cow<'static, str>,
}

impl ZlibError {
    fn new(errno: i32, message: impl Into<Cow<'static, str>>) -> Self {
        let code = match errno {
            2 => "Z_NEED_DICT",
            1 => "Z_STREAM_END",
            -1 => "Z_ERRNO",
            -2 => "Z_STREAM_ERROR",
            -3 => "Z_DATA_ERROR",
            -4 => "Z_MEM_ERROR",
            -5 => "Z_BUF_ERROR",
            -6 => "Z_VERSION_ERROR",
            _ => "Z_UNKNOWN",
        };
        ZlibError {
            errno,
            code: code.into(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for ZlibError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ZlibError {}

impl JsErrorClass for ZlibError {
    fn get_class(&self) -> Cow<'static, str> {
        "Error".into()
    }
    fn get_message(&self) -> Cow<'static, str> {
        self.message.clone()
    }
    fn get_additional_properties(&self) -> AdditionalProperties {
        Box::new(
            vec![
                (
                    Cow::Borrowed("errno"),
                    PropertyValue::Number(self.errno as f64),
                ),
                (
                    Cow::Borrowed("code"),
                    PropertyValue::String(self.code.clone()),
                ),
            ]
            .into_iter(),
        )
    }
    fn get_ref(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }
}

unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    // SAFETY: plain C allocation, freed by `zfree`.
    unsafe { libc::calloc(items as usize, size as usize) }
}

unsafe extern "C" fn zfree(_opaque: *mut c_void, ptr: *mut c_void) {
    // SAFETY: `ptr` came from `zalloc`.
    unsafe { libc::free(ptr) }
}

/// One zlib stream. The `z_stream` is boxed: zlib keeps a pointer back to
/// it, so it must never move.
struct ZStream {
    strm: Box<z::z_stream>,
    mode: i32,
    dictionary: Vec<u8>,
    ended: bool,
    /// Node hands deflate output buffers of `chunk` bytes, the boundaries
    /// at multiples of `chunk` in the output; stored blocks (level 0) are
    /// cut there, so compressors see the same space per call.
    chunk: usize,
    out_pos: u64,
    /// UNZIP: whether the first byte seen was gzip's magic 0x1f.
    unzip_gzip: Option<bool>,
}

fn new_z_stream() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

fn is_inflate(mode: i32) -> bool {
    matches!(mode, INFLATE | GUNZIP | INFLATERAW | UNZIP)
}

impl ZStream {
    fn new(
        mode: i32,
        level: i32,
        window_bits: i32,
        mem_level: i32,
        strategy: i32,
        dictionary: &[u8],
        chunk: usize,
    ) -> Option<ZStream> {
        let mut strm = new_z_stream();
        let wbits = match mode {
            GZIP | GUNZIP => window_bits + 16,
            UNZIP => window_bits + 32,
            DEFLATERAW | INFLATERAW => -window_bits,
            _ => window_bits,
        };
        let size = std::mem::size_of::<z::z_stream>() as c_int;
        // SAFETY: `strm` is a valid, boxed z_stream; the version string is
        // the library's own.
        let ret = unsafe {
            if is_inflate(mode) {
                z::inflateInit2_(&mut *strm, wbits, z::zlibVersion(), size)
            } else {
                z::deflateInit2_(
                    &mut *strm,
                    level,
                    8,
                    wbits,
                    mem_level,
                    strategy,
                    z::zlibVersion(),
                    size,
                )
            }
        };
        if ret != z::Z_OK {
            return None;
        }
        let mut s = ZStream {
            strm,
            mode,
            dictionary: dictionary.to_vec(),
            ended: false,
            chunk: chunk.max(64),
            out_pos: 0,
            unzip_gzip: None,
        };
        if !dictionary.is_empty() && !s.set_dictionary_at_start() {
            return None;
        }
        Some(s)
    }

    /// Deflate streams and raw inflate take the dictionary up front; zlib
    /// inflate asks for it (Z_NEED_DICT).
    fn set_dictionary_at_start(&mut self) -> bool {
        let d = &self.dictionary;
        // SAFETY: the stream is initialised; `d` outlives the call.
        let ret = unsafe {
            match self.mode {
                DEFLATE | DEFLATERAW => {
                    z::deflateSetDictionary(&mut *self.strm, d.as_ptr(), d.len() as c_uint)
                }
                INFLATERAW => {
                    z::inflateSetDictionary(&mut *self.strm, d.as_ptr(), d.len() as c_uint)
                }
                _ => z::Z_OK,
            }
        };
        ret == z::Z_OK
    }

    fn message(&self, default: &'static str) -> Cow<'static, str> {
        if self.strm.msg.is_null() {
            default.into()
        } else {
            // SAFETY: zlib's msg is a static NUL-terminated string.
            unsafe { CStr::from_ptr(self.strm.msg) }
                .to_string_lossy()
                .into_owned()
                .into()
        }
    }

    fn reset(&mut self) -> bool {
        self.ended = false;
        // SAFETY: initialised stream.
        let ret = unsafe {
            if is_inflate(self.mode) {
                z::inflateReset(&mut *self.strm)
            } else {
                z::deflateReset(&mut *self.strm)
            }
        };
        ret == z::Z_OK && (self.dictionary.is_empty() || self.set_dictionary_at_start())
    }

    /// Run all of `input` through the stream with `flush`, appending what
    /// comes out to `out`.
    fn write(&mut self, flush: i32, input: &[u8], out: &mut Vec<u8>) -> Result<(), ZlibError> {
        let inflating = is_inflate(self.mode);
        if self.mode == UNZIP && self.unzip_gzip.is_none() && !input.is_empty() {
            self.unzip_gzip = Some(input[0] == 0x1f);
        }
        // avail_in is 32-bit: feed huge inputs in pieces, flushing only
        // with the last one.
        let mut rest = input;
        let result = loop {
            let (part, tail) = rest.split_at(rest.len().min(1 << 30));
            self.strm.next_in = part.as_ptr() as *mut u8;
            self.strm.avail_in = part.len() as c_uint;
            let f = if tail.is_empty() { flush } else { 0 };
            let r = self.run(inflating, f, out);
            if r.is_err() || tail.is_empty() {
                break r;
            }
            rest = tail;
        };
        self.strm.next_in = std::ptr::null_mut();
        self.strm.avail_in = 0;
        self.strm.next_out = std::ptr::null_mut();
        self.strm.avail_out = 0;
        result
    }

    fn run(&mut self, inflating: bool, flush: i32, out: &mut Vec<u8>) -> Result<(), ZlibError> {
        loop {
            if out.capacity() - out.len() < 1024 {
                let extra = (self.strm.avail_in as usize).clamp(16 * 1024, 1 << 20);
                out.reserve(extra.max(out.len() / 2));
            }
            let spare = out.capacity() - out.len();
            let mut spare = spare.min(c_uint::MAX as usize);
            if !inflating {
                let left = self.chunk - (self.out_pos % self.chunk as u64) as usize;
                spare = spare.min(left);
            }
            // SAFETY: `out` has `spare` bytes of capacity after its length.
            self.strm.next_out = unsafe { out.as_mut_ptr().add(out.len()) };
            self.strm.avail_out = spare as c_uint;
            let in_before = self.strm.avail_in;
            // SAFETY: initialised stream with valid in/out pointers.
            let ret = unsafe {
                if inflating {
                    z::inflate(&mut *self.strm, flush)
                } else {
                    z::deflate(&mut *self.strm, flush)
                }
            };
            let produced = spare - self.strm.avail_out as usize;
            // SAFETY: zlib wrote `produced` bytes there.
            unsafe { out.set_len(out.len() + produced) };
            self.out_pos += produced as u64;
            match ret {
                z::Z_OK => {
                    if self.strm.avail_out != 0
                        && (self.strm.avail_in == 0
                            || (produced == 0 && in_before == self.strm.avail_in))
                    {
                        return Ok(());
                    }
                }
                z::Z_BUF_ERROR => {
                    if self.strm.avail_out == 0 {
                        continue;
                    }
                    if inflating && flush == Z_FINISH && !self.ended {
                        return Err(ZlibError::new(z::Z_BUF_ERROR, "unexpected end of file"));
                    }
                    return Ok(());
                }
                z::Z_STREAM_END => {
                    self.ended = true;
                    if self.strm.avail_out == 0 {
                        continue;
                    }
                    if inflating
                        && matches!(self.mode, GUNZIP | UNZIP)
                        && self.strm.avail_in > 0
                        && self.gzip_member_done()
                    {
                        // SAFETY: avail_in > 0, so next_in points at a byte.
                        let next = unsafe { *self.strm.next_in };
                        if next != 0 {
                            // Another gzip member (or garbage, which fails
                            // on its header like Node's).
                            if !self.reset() {
                                return Err(ZlibError::new(z::Z_STREAM_ERROR, "Zlib error"));
                            }
                            continue;
                        }
                    }
                    return Ok(());
                }
                z::Z_NEED_DICT => {
                    if self.dictionary.is_empty() {
                        return Err(ZlibError::new(z::Z_NEED_DICT, "Missing dictionary"));
                    }
                    let d = &self.dictionary;
                    // SAFETY: initialised stream; `d` outlives the call.
                    let r = unsafe {
                        z::inflateSetDictionary(&mut *self.strm, d.as_ptr(), d.len() as c_uint)
                    };
                    if r != z::Z_OK {
                        return Err(ZlibError::new(z::Z_NEED_DICT, "Bad dictionary"));
                    }
                }
                z::Z_DATA_ERROR => {
                    return Err(ZlibError::new(ret, self.message("Zlib error")));
                }
                _ => {
                    return Err(ZlibError::new(ret, self.message("Zlib error")));
                }
            }
        }
    }

    /// Whether the member that just ended was gzip: always for GUNZIP;
    /// for UNZIP when the stream started with gzip's first magic byte (a
    /// zlib stream never continues into another member, as in Node).
    fn gzip_member_done(&self) -> bool {
        self.mode == GUNZIP || (self.mode == UNZIP && self.unzip_gzip == Some(true))
    }

    fn params(&mut self, level: i32, strategy: i32, out: &mut Vec<u8>) -> Result<(), ZlibError> {
        if is_inflate(self.mode) {
            return Ok(());
        }
        out.reserve(1024);
        let spare = out.capacity() - out.len();
        self.strm.next_in = std::ptr::null_mut();
        self.strm.avail_in = 0;
        // SAFETY: `out` has `spare` bytes of capacity after its length.
        self.strm.next_out = unsafe { out.as_mut_ptr().add(out.len()) };
        self.strm.avail_out = spare as c_uint;
        // SAFETY: initialised deflate stream.
        let ret = unsafe { z::deflateParams(&mut *self.strm, level, strategy) };
        let produced = spare - self.strm.avail_out as usize;
        // SAFETY: zlib wrote `produced` bytes.
        unsafe { out.set_len(out.len() + produced) };
        self.out_pos += produced as u64;
        self.strm.next_out = std::ptr::null_mut();
        self.strm.avail_out = 0;
        if ret != z::Z_OK && ret != z::Z_BUF_ERROR {
            return Err(ZlibError::new(
                ret,
                self.message("Failed to set parameters"),
            ));
        }
        Ok(())
    }
}

impl Drop for ZStream {
    fn drop(&mut self) {
        // SAFETY: the stream was initialised in `new`.
        unsafe {
            if is_inflate(self.mode) {
                z::inflateEnd(&mut *self.strm);
            } else {
                z::deflateEnd(&mut *self.strm);
            }
        }
    }
}

type Decoder = BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>;

enum Engine {
    Zlib(ZStream),
    BrotliEnc(Box<BrotliEncoderStateStruct<StandardAlloc>>),
    BrotliDec(Box<Decoder>),
    Closed,
}

// SAFETY: the z_stream's raw pointers only point into memory the stream owns
// (or into buffers that live for one `write` call); the engine is only ever
// used by one thread at a time, behind the mutex.
unsafe impl Send for Engine {}

fn new_encoder(params: &[u32]) -> Box<BrotliEncoderStateStruct<StandardAlloc>> {
    use brotli::enc::encode::BrotliEncoderParameter as P;
    let mut st = Box::new(BrotliEncoderStateStruct::new(StandardAlloc::default()));
    for pair in params.chunks_exact(2) {
        let p = match pair[0] {
            0 => P::BROTLI_PARAM_MODE,
            1 => P::BROTLI_PARAM_QUALITY,
            2 => P::BROTLI_PARAM_LGWIN,
            3 => P::BROTLI_PARAM_LGBLOCK,
            4 => P::BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
            5 => P::BROTLI_PARAM_SIZE_HINT,
            6 => P::BROTLI_PARAM_LARGE_WINDOW,
            _ => continue,
        };
        st.set_parameter(p, pair[1]);
    }
    st
}

fn brotli_encode(
    st: &mut BrotliEncoderStateStruct<StandardAlloc>,
    flush: i32,
    input: &[u8],
    out: &mut Vec<u8>,
) -> Result<(), ZlibError> {
    let op = match flush {
        1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
        2 => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
        3 => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
        _ => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
    };
    let mut avail_in = input.len();
    let mut in_off = 0usize;
    loop {
        if out.capacity() - out.len() < 1024 {
            out.reserve((input.len() / 2).clamp(16 * 1024, 1 << 20));
        }
        let len = out.len();
        out.resize(out.capacity(), 0);
        let mut avail_out = out.len() - len;
        let mut out_off = len;
        let mut total = None;
        let ok = st.compress_stream(
            op,
            &mut avail_in,
            input,
            &mut in_off,
            &mut avail_out,
            out,
            &mut out_off,
            &mut total,
            &mut |_, _, _, _| (),
        );
        out.truncate(out_off);
        if !ok {
            return Err(ZlibError::new(-2, "Compression failed"));
        }
        let more = st.has_more_output();
        let done = match op {
            BrotliEncoderOperation::BROTLI_OPERATION_FINISH => st.is_finished(),
            _ => avail_in == 0 && !more,
        };
        if done {
            return Ok(());
        }
    }
}

fn brotli_decode(
    st: &mut Decoder,
    flush: i32,
    input: &[u8],
    out: &mut Vec<u8>,
) -> Result<(), ZlibError> {
    let mut avail_in = input.len();
    let mut in_off = 0usize;
    let mut total = 0usize;
    loop {
        if out.capacity() - out.len() < 1024 {
            out.reserve((input.len() * 4).clamp(16 * 1024, 4 << 20));
        }
        let len = out.len();
        let cap = out.capacity();
        out.resize(cap, 0);
        let mut avail_out = cap - len;
        let mut out_off = len;
        let r = BrotliDecompressStream(
            &mut avail_in,
            &mut in_off,
            input,
            &mut avail_out,
            &mut out_off,
            out,
            &mut total,
            st,
        );
        out.truncate(out_off);
        match r {
            BrotliResult::NeedsMoreOutput => continue,
            BrotliResult::ResultSuccess => return Ok(()),
            BrotliResult::NeedsMoreInput => {
                if flush == 2 {
                    return Err(ZlibError::new(z::Z_BUF_ERROR, "unexpected end of file"));
                }
                return Ok(());
            }
            BrotliResult::ResultFailure => {
                let errno = st.error_code as i32;
                return Err(ZlibError {
                    errno,
                    code: format!("ERR__ERROR_{}", brotli_error_name(errno)).into(),
                    message: "Decompression failed".into(),
                });
            }
        }
    }
}

/// The brotli decoder's error names (decode.h), by code.
fn brotli_error_name(code: i32) -> &'static str {
    match code {
        -1 => "FORMAT_EXUBERANT_NIBBLE",
        -2 => "FORMAT_RESERVED",
        -3 => "FORMAT_EXUBERANT_META_NIBBLE",
        -4 => "FORMAT_SIMPLE_HUFFMAN_ALPHABET",
        -5 => "FORMAT_SIMPLE_HUFFMAN_SAME",
        -6 => "FORMAT_CL_SPACE",
        -7 => "FORMAT_HUFFMAN_SPACE",
        -8 => "FORMAT_CONTEXT_MAP_REPEAT",
        -9 => "FORMAT_BLOCK_LENGTH_1",
        -10 => "FORMAT_BLOCK_LENGTH_2",
        -11 => "FORMAT_TRANSFORM",
        -12 => "FORMAT_DICTIONARY",
        -13 => "FORMAT_WINDOW_BITS",
        -14 => "FORMAT_PADDING_1",
        -15 => "FORMAT_PADDING_2",
        -16 => "FORMAT_DISTANCE",
        -18 => "COMPOUND_DICTIONARY",
        -19 => "DICTIONARY_NOT_SET",
        -20 => "INVALID_ARGUMENTS",
        -21 => "ALLOC_CONTEXT_MODES",
        -22 => "ALLOC_TREE_GROUPS",
        -25 => "ALLOC_CONTEXT_MAP",
        -26 => "ALLOC_RING_BUFFER_1",
        -27 => "ALLOC_RING_BUFFER_2",
        -30 => "ALLOC_BLOCK_TYPE_TREES",
        _ => "UNREACHABLE",
    }
}

impl Engine {
    fn write(&mut self, flush: i32, input: &[u8]) -> Result<Vec<u8>, ZlibError> {
        let mut out = Vec::new();
        let r = match self {
            Engine::Zlib(s) => s.write(flush, input, &mut out),
            Engine::BrotliEnc(st) => brotli_encode(st, flush, input, &mut out),
            Engine::BrotliDec(st) => brotli_decode(st, flush, input, &mut out),
            Engine::Closed => Err(ZlibError::new(-2, "zlib binding closed")),
        };
        r.map(|()| out)
    }
}

/// A compression stream held by JS.
pub struct ZHandle {
    engine: Arc<Mutex<Engine>>,
    mode: i32,
    /// Brotli parameters, kept for reset().
    params: Vec<u32>,
    /// Input bytes a compressor took since its last flush: what a flush
    /// may still have to compress.
    unflushed: std::cell::Cell<usize>,
}

// SAFETY: ZHandle holds no references to other GC objects.
unsafe impl GarbageCollected for ZHandle {
    fn trace(&self, _visitor: &mut v8::cppgc::Visitor) {}

    fn get_name(&self) -> &'static std::ffi::CStr {
        c"ZlibHandle"
    }
}

/// A deflate/inflate stream (null when zlib refuses the options).
#[op2]
#[cppgc]
fn op_zlib_new(
    #[smi] mode: i32,
    #[smi] level: i32,
    #[smi] window_bits: i32,
    #[smi] mem_level: i32,
    #[smi] strategy: i32,
    #[anybuffer] dictionary: &[u8],
    chunk: u32,
) -> Option<ZHandle> {
    let chunk = chunk.clamp(64, 1 << 30) as usize;
    let s = ZStream::new(
        mode,
        level,
        window_bits,
        mem_level,
        strategy,
        dictionary,
        chunk,
    )?;
    Some(ZHandle {
        engine: Arc::new(Mutex::new(Engine::Zlib(s))),
        mode,
        params: Vec::new(),
        unflushed: Default::default(),
    })
}

fn new_brotli(mode: i32, params: &[u32]) -> Engine {
    if mode == BROTLI_ENCODE {
        Engine::BrotliEnc(new_encoder(params))
    } else {
        Engine::BrotliDec(Box::new(BrotliState::new(
            StandardAlloc::default(),
            StandardAlloc::default(),
            StandardAlloc::default(),
        )))
    }
}

/// A brotli stream; `params` holds (parameter, value) pairs.
#[op2]
#[cppgc]
fn op_zlib_brotli_new(#[smi] mode: i32, #[buffer] params: &[u32]) -> Option<ZHandle> {
    if mode != BROTLI_ENCODE && mode != BROTLI_DECODE {
        return None;
    }
    Some(ZHandle {
        engine: Arc::new(Mutex::new(new_brotli(mode, params))),
        mode,
        params: params.to_vec(),
        unflushed: Default::default(),
    })
}

/// Process `input` with `flush` and return all output, synchronously.
#[op2]
#[buffer]
fn op_zlib_write(
    #[cppgc] h: &ZHandle,
    #[smi] flush: i32,
    #[anybuffer] input: &[u8],
) -> Result<Vec<u8>, ZlibError> {
    h.engine.lock().write(flush, input)
}

/// Inputs at least this big are processed on the blocking pool.
const ASYNC_THRESHOLD: usize = 32 * 1024;

/// Process `input` with `flush`; big inputs run off the event loop thread.
#[op2]
#[buffer]
fn op_zlib_write_async(
    #[cppgc] h: &ZHandle,
    #[smi] flush: i32,
    #[buffer] input: JsBuffer,
) -> impl std::future::Future<Output = Result<Vec<u8>, ZlibError>> {
    let engine = h.engine.clone();
    let mut big = input.len() >= ASYNC_THRESHOLD;
    if matches!(h.mode, DEFLATE | GZIP | DEFLATERAW | BROTLI_ENCODE) {
        let unflushed = h.unflushed.get() + input.len();
        if flush == 0 {
            h.unflushed.set(unflushed);
        } else {
            h.unflushed.set(0);
            big |= unflushed >= ASYNC_THRESHOLD;
        }
    }
    async move {
        if !big {
            return engine.lock().write(flush, &input);
        }
        match tokio::task::spawn_blocking(move || engine.lock().write(flush, &input)).await {
            Ok(r) => r,
            Err(_) => Err(ZlibError::new(-4, "Zlib error")),
        }
    }
}

/// Total input bytes consumed so far (zlib streams; -1 for brotli).
#[op2(fast)]
fn op_zlib_total_in(#[cppgc] h: &ZHandle) -> f64 {
    match &*h.engine.lock() {
        Engine::Zlib(s) => s.strm.total_in as f64,
        _ => -1.0,
    }
}

/// deflateParams (after JS flushed); returns any bytes it produced.
#[op2]
#[buffer]
fn op_zlib_params(
    #[cppgc] h: &ZHandle,
    #[smi] level: i32,
    #[smi] strategy: i32,
) -> Result<Vec<u8>, ZlibError> {
    let mut out = Vec::new();
    if let Engine::Zlib(s) = &mut *h.engine.lock() {
        s.params(level, strategy, &mut out)?;
    }
    Ok(out)
}

/// Start over (deflateReset/inflateReset, or a fresh brotli state).
#[op2(fast)]
fn op_zlib_reset(#[cppgc] h: &ZHandle) -> bool {
    let mut e = h.engine.lock();
    match &mut *e {
        Engine::Zlib(s) => s.reset(),
        Engine::Closed => false,
        _ => {
            *e = new_brotli(h.mode, &h.params);
            true
        }
    }
}

/// Free the engine now (close()).
#[op2(fast)]
fn op_zlib_close(#[cppgc] h: &ZHandle) {
    *h.engine.lock() = Engine::Closed;
}

/// CRC-32 of `data` continuing from `value`.
#[op2(fast)]
fn op_zlib_crc32(#[buffer] data: &[u8], value: u32) -> u32 {
    crc32(data, value)
}

fn crc32(data: &[u8], value: u32) -> u32 {
    let mut h = crc32fast::Hasher::new_with_initial(value);
    h.update(data);
    h.finalize()
}

/// CRC-32 of a string's UTF-8 bytes.
#[op2(fast)]
fn op_zlib_crc32_str(#[string] data: &str, value: u32) -> u32 {
    crc32(data.as_bytes(), value)
}

deno_core::extension!(
    host_zlib,
    ops = [
        op_zlib_new,
        op_zlib_brotli_new,
        op_zlib_write,
        op_zlib_write_async,
        op_zlib_total_in,
        op_zlib_params,
        op_zlib_reset,
        op_zlib_close,
        op_zlib_crc32,
        op_zlib_crc32_str,
    ]
);
