//! Ops for `os` and the process-wide facts `process` reports.

use deno_core::op2;

use crate::error::SysError;

/// The current working directory.
#[op2]
#[string]
fn op_os_cwd() -> Result<String, SysError> {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| SysError::io(&e, "uv_cwd"))
}

/// `process.chdir`.
#[op2(fast)]
fn op_os_chdir(#[string] dir: &str) -> Result<(), SysError> {
    std::env::set_current_dir(dir).map_err(|e| SysError::io(&e, "chdir").with_path(dir.to_string()))
}

/// The whole environment as pairs (process.env snapshot for workers).
#[op2]
#[serde]
fn op_os_env_list() -> Vec<(String, String)> {
    std::env::vars_os()
        .map(|(k, v)| (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned()))
        .collect()
}

/// One environment variable, or null.
#[op2]
#[string]
fn op_os_env_get(#[string] key: &str) -> Option<String> {
    if key.is_empty() || key.contains('=') || key.contains('\0') {
        return None;
    }
    std::env::var_os(key).map(|v| v.to_string_lossy().into_owned())
}

/// Set an environment variable of the process.
#[op2(fast)]
fn op_os_env_set(#[string] key: &str, #[string] value: &str) {
    if key.is_empty() || key.contains('=') || key.contains('\0') || value.contains('\0') {
        return;
    }
    // SAFETY: host changes its environment only from JS, and worker threads
    // sharing it (SHARE_ENV) accept the same race Node accepts.
    unsafe { std::env::set_var(key, value) };
}

/// Remove an environment variable of the process.
#[op2(fast)]
fn op_os_env_delete(#[string] key: &str) {
    if key.is_empty() || key.contains('=') || key.contains('\0') {
        return;
    }
    // SAFETY: see op_os_env_set.
    unsafe { std::env::remove_var(key) };
}

/// Nanoseconds from a monotonic clock, as [seconds, nanoseconds].
#[op2]
#[serde]
fn op_os_hrtime() -> (u64, u32) {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: one valid timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    (ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Monotonic time in nanoseconds as a float (fast path for hrtime.bigint).
#[op2(fast)]
fn op_os_hrtime_ns() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: one valid timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as f64 * 1e9 + ts.tv_nsec as f64
}

/// Send a signal to a process (`process.kill`).
#[op2(fast)]
fn op_os_kill(pid: i32, sig: i32) -> Result<(), SysError> {
    // SAFETY: kill has no memory effects.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(SysError::io(&std::io::Error::last_os_error(), "kill"));
    }
    Ok(())
}

/// `process.umask([mask])`: returns the old mask; -1 only reads it.
#[op2(fast)]
fn op_os_umask(mask: i32) -> u32 {
    // SAFETY: umask has no memory effects.
    unsafe {
        if mask < 0 {
            let old = libc::umask(0);
            libc::umask(old);
            old
        } else {
            libc::umask(mask as libc::mode_t)
        }
    }
}

/// [uid, gid, euid, egid].
#[op2]
#[serde]
fn op_os_ids() -> (u32, u32, u32, u32) {
    // SAFETY: these calls cannot fail.
    unsafe { (libc::getuid(), libc::getgid(), libc::geteuid(), libc::getegid()) }
}

/// [user µs, system µs] of this process.
#[op2]
#[serde]
fn op_os_cpu_usage() -> (f64, f64) {
    // SAFETY: one valid rusage.
    unsafe {
        let mut ru: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut ru);
        (
            ru.ru_utime.tv_sec as f64 * 1e6 + ru.ru_utime.tv_usec as f64,
            ru.ru_stime.tv_sec as f64 * 1e6 + ru.ru_stime.tv_usec as f64,
        )
    }
}

/// Resident set size in bytes.
#[op2(fast)]
fn op_os_rss() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0.0);
    // SAFETY: sysconf has no memory effects.
    pages * unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as f64
}

/// Set the process title (argv[0] area is not rewritten; prctl name only).
#[op2(fast)]
fn op_os_set_title(#[string] title: &str) {
    if let Ok(c) = std::ffi::CString::new(title.as_bytes().iter().take(15).copied().collect::<Vec<u8>>()) {
        // SAFETY: PR_SET_NAME reads a NUL-terminated string of at most 16 bytes.
        unsafe { libc::prctl(libc::PR_SET_NAME, c.as_ptr()) };
    }
}

deno_core::extension!(
    host_os,
    ops = [
        op_os_cwd,
        op_os_chdir,
        op_os_env_list,
        op_os_env_get,
        op_os_env_set,
        op_os_env_delete,
        op_os_hrtime,
        op_os_hrtime_ns,
        op_os_kill,
        op_os_umask,
        op_os_ids,
        op_os_cpu_usage,
        op_os_rss,
        op_os_set_title,
    ]
);
