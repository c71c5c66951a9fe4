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
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            )
        })
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
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: one valid timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    (ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Monotonic time in nanoseconds as a float (fast path for hrtime.bigint).
#[op2(fast)]
fn op_os_hrtime_ns() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
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
    unsafe {
        (
            libc::getuid(),
            libc::getgid(),
            libc::geteuid(),
            libc::getegid(),
        )
    }
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
    let pages: f64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.0);
    // SAFETY: sysconf has no memory effects.
    pages * unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as f64
}

/// Set the process title (argv[0] area is not rewritten; prctl name only).
#[op2(fast)]
fn op_os_set_title(#[string] title: &str) {
    if let Ok(c) = std::ffi::CString::new(
        title
            .as_bytes()
            .iter()
            .take(15)
            .copied()
            .collect::<Vec<u8>>(),
    ) {
        // SAFETY: PR_SET_NAME reads a NUL-terminated string of at most 16 bytes.
        unsafe { libc::prctl(libc::PR_SET_NAME, c.as_ptr()) };
    }
}

// ---------------------------------------------------------------- `os` module

/// [sysname, release, version, machine] from uname(2).
#[op2]
#[serde]
fn op_os_uname() -> (String, String, String, String) {
    // SAFETY: one zeroed utsname filled by uname.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: u is a valid utsname (on failure the fields stay empty).
    unsafe { libc::uname(&mut u) };
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    (
        field(&u.sysname),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    )
}

/// gethostname(2) ("" if it fails).
#[op2]
#[string]
fn op_os_hostname() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: buf is writable for its length.
    if unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) } != 0 {
        return String::new();
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..end]).into_owned()
}

/// The 1, 5 and 15 minute load averages.
#[op2(fast)]
fn op_os_loadavg(#[buffer] out: &mut [f64]) {
    let mut avg = [0f64; 3];
    // SAFETY: avg holds three doubles.
    if unsafe { libc::getloadavg(avg.as_mut_ptr(), 3) } != 3 {
        avg = [0.0; 3];
    }
    for (o, a) in out.iter_mut().zip(avg) {
        *o = a;
    }
}

/// System uptime in seconds (as /proc/uptime reports it).
#[op2(fast)]
fn op_os_uptime() -> f64 {
    if let Ok(s) = std::fs::read_to_string("/proc/uptime") {
        if let Some(v) = s
            .split_whitespace()
            .next()
            .and_then(|v| v.parse::<f64>().ok())
        {
            return v;
        }
    }
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: one valid timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut ts) };
    ts.tv_sec as f64
}

pub(crate) fn meminfo_kb(key: &str) -> Option<f64> {
    let s = std::fs::read_to_string("/proc/meminfo").ok()?;
    for line in s.lines() {
        if let Some(rest) = line.strip_prefix(key) {
            let rest = rest.strip_prefix(':')?;
            return rest.split_whitespace().next()?.parse::<f64>().ok();
        }
    }
    None
}

/// Free (available) memory in bytes.
#[op2(fast)]
fn op_os_freemem() -> f64 {
    if let Some(kb) = meminfo_kb("MemAvailable") {
        return kb * 1024.0;
    }
    // SAFETY: sysconf has no memory effects.
    unsafe {
        libc::sysconf(libc::_SC_AVPHYS_PAGES) as f64 * libc::sysconf(libc::_SC_PAGESIZE) as f64
    }
}

/// Total memory in bytes.
#[op2(fast)]
fn op_os_totalmem() -> f64 {
    if let Some(kb) = meminfo_kb("MemTotal") {
        return kb * 1024.0;
    }
    // SAFETY: sysconf has no memory effects.
    unsafe { libc::sysconf(libc::_SC_PHYS_PAGES) as f64 * libc::sysconf(libc::_SC_PAGESIZE) as f64 }
}

/// CPUs this process may run on (sched_getaffinity), at least 1.
#[op2(fast)]
fn op_os_available_parallelism() -> u32 {
    // SAFETY: one zeroed cpu_set_t filled by sched_getaffinity.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) == 0 {
            let n = libc::CPU_COUNT(&set);
            if n > 0 {
                return n as u32;
            }
        }
        let n = libc::sysconf(libc::_SC_NPROCESSORS_ONLN);
        if n > 0 {
            n as u32
        } else {
            1
        }
    }
}

/// One CPU: [model, speed MHz, user, nice, sys, idle, irq] (times in ms).
type CpuRow = (String, f64, f64, f64, f64, f64, f64);

/// Per-CPU model, speed and times from /proc and /sys.
#[op2]
#[serde]
fn op_os_cpus() -> Vec<CpuRow> {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let models: Vec<String> = cpuinfo
        .lines()
        .filter(|l| l.starts_with("model name"))
        .filter_map(|l| l.split_once(':').map(|(_, v)| v.trim().to_string()))
        .collect();
    // SAFETY: sysconf has no memory effects.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let mult = if ticks > 0 {
        1000.0 / ticks as f64
    } else {
        10.0
    };
    let mut out = Vec::new();
    for line in stat.lines() {
        // Per-CPU lines only ("cpu0 ..."), not the "cpu " total.
        let Some(rest) = line.strip_prefix("cpu") else {
            continue;
        };
        if !rest.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let mut parts = rest.split_whitespace();
        let Some(idx) = parts.next().and_then(|n| n.parse::<usize>().ok()) else {
            continue;
        };
        let nums: Vec<f64> = parts.map(|v| v.parse::<f64>().unwrap_or(0.0)).collect();
        let get = |i: usize| nums.get(i).copied().unwrap_or(0.0) * mult;
        let model = models
            .get(idx)
            .or_else(|| models.first())
            .cloned()
            .unwrap_or_else(|| "unknown".to_string());
        let speed = std::fs::read_to_string(format!(
            "/sys/devices/system/cpu/cpu{idx}/cpufreq/scaling_cur_freq"
        ))
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .map(|khz| (khz / 1000.0).floor())
        .unwrap_or(0.0);
        out.push((model, speed, get(0), get(1), get(2), get(3), get(5)));
    }
    out
}

/// getpriority(PRIO_PROCESS, pid) into `out[0]`; returns 0 or a positive
/// errno (the `os` module builds Node's SystemError from it).
#[op2(fast)]
fn op_os_get_priority(pid: i32, #[buffer] out: &mut [f64]) -> i32 {
    // SAFETY: errno is thread-local; getpriority has no memory effects.
    unsafe {
        *libc::__errno_location() = 0;
        let r = libc::getpriority(libc::PRIO_PROCESS, pid as libc::id_t);
        let e = *libc::__errno_location();
        if r == -1 && e != 0 {
            return e;
        }
        if let Some(slot) = out.first_mut() {
            *slot = r as f64;
        }
        0
    }
}

/// setpriority(PRIO_PROCESS, pid, priority); returns 0 or a positive errno.
#[op2(fast)]
fn op_os_set_priority(pid: i32, priority: i32) -> i32 {
    // SAFETY: setpriority has no memory effects.
    if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid as libc::id_t, priority) } != 0 {
        return std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO);
    }
    0
}

/// One passwd entry: [errno (0 = found), uid, gid, username, homedir, shell].
type PasswdRow = (i32, u32, u32, String, String, String);

/// The passwd entry of `uid` (-1: the effective user). Failures come back as
/// a positive errno in the first field.
#[op2]
#[serde]
fn op_os_user_info(uid: f64) -> PasswdRow {
    // SAFETY: geteuid cannot fail.
    let uid = if uid < 0.0 {
        unsafe { libc::geteuid() }
    } else {
        uid as libc::uid_t
    };
    let mut buf = vec![0u8; 4096];
    loop {
        // SAFETY: pwd/result are valid out-pointers and buf is writable for its length.
        let (rc, found, pwd) = unsafe {
            let mut pwd: libc::passwd = std::mem::zeroed();
            let mut result: *mut libc::passwd = std::ptr::null_mut();
            let rc = libc::getpwuid_r(
                uid,
                &mut pwd,
                buf.as_mut_ptr() as *mut libc::c_char,
                buf.len(),
                &mut result,
            );
            (rc, !result.is_null(), pwd)
        };
        if rc == libc::ERANGE && buf.len() < (1 << 20) {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if rc != 0 {
            return (rc, 0, 0, String::new(), String::new(), String::new());
        }
        if !found {
            return (
                libc::ENOENT,
                0,
                0,
                String::new(),
                String::new(),
                String::new(),
            );
        }
        let text = |p: *const libc::c_char| {
            if p.is_null() {
                String::new()
            } else {
                // SAFETY: getpwuid_r fills NUL-terminated strings inside buf.
                unsafe { std::ffi::CStr::from_ptr(p) }
                    .to_string_lossy()
                    .into_owned()
            }
        };
        return (
            0,
            pwd.pw_uid,
            pwd.pw_gid,
            text(pwd.pw_name),
            text(pwd.pw_dir),
            text(pwd.pw_shell),
        );
    }
}

/// One interface address: [name, family (4|6), address, netmask, mac,
/// internal, scopeid].
type IfaceRow = (String, u8, String, String, String, bool, u32);

/// getifaddrs(3) for `os.networkInterfaces()` (empty if it fails).
#[op2]
#[serde]
fn op_os_network_interfaces() -> Vec<IfaceRow> {
    use std::collections::HashMap;
    use std::net::{Ipv4Addr, Ipv6Addr};
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: head is a valid out-pointer; freed below.
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        return Vec::new();
    }
    let mut macs: HashMap<String, String> = HashMap::new();
    let mut rows = Vec::new();
    let mut cur = head;
    while !cur.is_null() {
        // SAFETY: cur walks the list getifaddrs returned.
        let ifa = unsafe { &*cur };
        cur = ifa.ifa_next;
        if ifa.ifa_addr.is_null() || ifa.ifa_name.is_null() {
            continue;
        }
        // SAFETY: ifa_name is a NUL-terminated string.
        let name = unsafe { std::ffi::CStr::from_ptr(ifa.ifa_name) }
            .to_string_lossy()
            .into_owned();
        let up = ifa.ifa_flags & (libc::IFF_UP as u32) != 0
            && ifa.ifa_flags & (libc::IFF_RUNNING as u32) != 0;
        let internal = ifa.ifa_flags & (libc::IFF_LOOPBACK as u32) != 0;
        // SAFETY: ifa_addr is non-null.
        let family = unsafe { (*ifa.ifa_addr).sa_family } as i32;
        if family == libc::AF_PACKET {
            // SAFETY: AF_PACKET addresses are sockaddr_ll.
            let ll = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_ll) };
            let n = (ll.sll_halen as usize).min(6);
            let mut mac = [0u8; 6];
            mac[..n].copy_from_slice(&ll.sll_addr[..n]);
            let s = mac
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<Vec<_>>()
                .join(":");
            macs.insert(name, s);
            continue;
        }
        if !up || (family != libc::AF_INET && family != libc::AF_INET6) {
            continue;
        }
        if family == libc::AF_INET {
            // SAFETY: AF_INET addresses are sockaddr_in.
            let a = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_in) };
            let addr = Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr));
            let mask = if ifa.ifa_netmask.is_null() {
                Ipv4Addr::UNSPECIFIED
            } else {
                // SAFETY: the netmask has the address's family.
                let m = unsafe { &*(ifa.ifa_netmask as *const libc::sockaddr_in) };
                Ipv4Addr::from(u32::from_be(m.sin_addr.s_addr))
            };
            rows.push((
                name,
                4,
                addr.to_string(),
                mask.to_string(),
                String::new(),
                internal,
                0,
            ));
        } else {
            // SAFETY: AF_INET6 addresses are sockaddr_in6.
            let a = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_in6) };
            let addr = Ipv6Addr::from(a.sin6_addr.s6_addr);
            let mask = if ifa.ifa_netmask.is_null() {
                Ipv6Addr::UNSPECIFIED
            } else {
                // SAFETY: the netmask has the address's family.
                let m = unsafe { &*(ifa.ifa_netmask as *const libc::sockaddr_in6) };
                Ipv6Addr::from(m.sin6_addr.s6_addr)
            };
            rows.push((
                name,
                6,
                addr.to_string(),
                mask.to_string(),
                String::new(),
                internal,
                a.sin6_scope_id,
            ));
        }
    }
    // SAFETY: head came from getifaddrs.
    unsafe { libc::freeifaddrs(head) };
    for row in &mut rows {
        row.4 = macs
            .get(&row.0)
            .cloned()
            .unwrap_or_else(|| "00:00:00:00:00:00".to_string());
    }
    rows
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
        op_os_uname,
        op_os_hostname,
        op_os_loadavg,
        op_os_uptime,
        op_os_freemem,
        op_os_totalmem,
        op_os_available_parallelism,
        op_os_cpus,
        op_os_get_priority,
        op_os_set_priority,
        op_os_user_info,
        op_os_network_interfaces,
    ]
);
