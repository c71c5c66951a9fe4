//! Setting V8's stack limit of an isolate after it is created.
//!
//! The v8 crate only offers the limit in `CreateParams`, which V8 resets
//! when the isolate initializes its thread (leaving its notion of the stack
//! size inconsistent, which aborts on the first stack overflow), so this
//! calls `v8::Isolate::SetStackLimit` itself.

use std::sync::atomic::{AtomicUsize, Ordering};

use deno_core::v8;

unsafe extern "C" {
    /// `void v8::Isolate::SetStackLimit(uintptr_t)`.
    #[link_name = "_ZN2v87Isolate13SetStackLimitEm"]
    fn v8_isolate_set_stack_limit(isolate: *mut std::ffi::c_void, limit: usize);
}

/// JS running in `isolate` may not use the stack below address `limit`.
/// Call on the isolate's thread.
pub(crate) fn set(isolate: &mut v8::Isolate, limit: usize) {
    // SAFETY: the isolate is alive and entered on this thread; the raw
    // pointer is the `v8::Isolate*` the C++ method takes as `this`.
    unsafe {
        let raw: *mut std::ffi::c_void = std::mem::transmute(isolate.as_raw_isolate_ptr());
        v8_isolate_set_stack_limit(raw, limit);
    }
}

/// `--stack-size` (KiB) given for the process, applied to the main isolate
/// once it is built: V8 would apply it to the runtime's own start-up too,
/// which a small value cannot survive.
static MAIN_STACK_KIB: AtomicUsize = AtomicUsize::new(0);

/// Take `--stack-size=N` out of the V8 flags, to be applied by
/// [`apply_main`].
pub(crate) fn take_stack_size_flag(flags: &mut Vec<String>) {
    flags.retain(|flag| {
        let Some(value) = flag
            .strip_prefix("--stack-size=")
            .or_else(|| flag.strip_prefix("--stack_size="))
        else {
            return true;
        };
        match value.parse::<usize>() {
            Ok(kib) if kib > 0 => {
                MAIN_STACK_KIB.store(kib, Ordering::Relaxed);
                false
            }
            _ => true,
        }
    });
}

/// Apply `--stack-size` to the main isolate; `top` is an address near the
/// top of this thread's stack.
pub(crate) fn apply_main(isolate: &mut v8::Isolate, top: usize) {
    let kib = MAIN_STACK_KIB.load(Ordering::Relaxed);
    if kib > 0 {
        set(isolate, top.saturating_sub(kib * 1024));
    }
}
