//! Child processes: spawn, wait, kill, spawnSync.
//!
//! A child is started with `posix_spawn` (glibc uses CLONE_VFORK, so a large
//! V8 parent does not pay for copying its page tables), or with fork/exec
//! when `uid`/`gid` are requested. Every fd the parent creates is CLOEXEC;
//! the child gets exactly the fds of its stdio array. Children are waited
//! for through a pidfd, so there is no SIGCHLD handler and no zombie.

use std::cell::{Cell, RefCell};
use std::ffi::{CString, OsStr};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::rc::Rc;
use std::time::{Duration, Instant};

use deno_core::{
    op2, CancelFuture, CancelHandle, OpState, RcRef, Resource, ResourceId, ToJsBuffer,
};
use serde::{Deserialize, Serialize};
use tokio::io::unix::AsyncFd;

use crate::error::SysError;

/// One entry of the stdio array, as JS encodes it: `-1` pipe (a socketpair
/// end for JS), `-2` ignore, `-3` ipc (a socketpair end for the IPC
/// channel), `n >= 0` that fd of the parent (inherit / a stream's fd).
pub const STDIO_PIPE: i32 = -1;
pub const STDIO_IGNORE: i32 = -2;
pub const STDIO_IPC: i32 = -3;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpawnOptions {
    /// The program: a path, or a name searched in PATH.
    pub file: String,
    /// The whole argv, argv[0] included.
    pub args: Vec<String>,
    pub cwd: Option<String>,
    /// `KEY=value` strings; None keeps the parent's environment.
    pub envs: Option<Vec<String>>,
    pub stdio: Vec<i32>,
    #[serde(default)]
    pub detached: bool,
    pub uid: Option<u32>,
    pub gid: Option<u32>,
    /// A folder holding a `node` link to the host binary: put first on the
    /// child's PATH when it runs a shell or a `#!` script, so `node` inside
    /// them runs on host.
    #[serde(default)]
    pub node_shim: Option<String>,
    #[serde(default)]
    pub shell: bool,
}

/// A started child: its pid, a pidfd (or None on kernels without pidfd),
/// and the parent's ends of its pipes (None where the stdio entry is not a
/// pipe).
pub struct Spawned {
    pub pid: i32,
    pub pidfd: Option<OwnedFd>,
    pub pipes: Vec<Option<OwnedFd>>,
}

fn cstr(s: &str) -> Result<CString, i32> {
    CString::new(s).map_err(|_| libc::EINVAL)
}

fn errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

fn socketpair() -> Result<(OwnedFd, OwnedFd), i32> {
    let mut fds = [0; 2];
    // SAFETY: fds has room for two descriptors.
    let r = unsafe {
        libc::socketpair(
            libc::AF_UNIX,
            libc::SOCK_STREAM | libc::SOCK_CLOEXEC,
            0,
            fds.as_mut_ptr(),
        )
    };
    if r != 0 {
        return Err(errno());
    }
    // SAFETY: socketpair returned two new descriptors we own.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// Duplicate `fd` to a CLOEXEC descriptor numbered at least `min`.
fn dup_above(fd: RawFd, min: RawFd) -> Result<OwnedFd, i32> {
    // SAFETY: F_DUPFD_CLOEXEC only creates a descriptor.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, min) };
    if r < 0 {
        return Err(errno());
    }
    // SAFETY: a new descriptor we own.
    Ok(unsafe { OwnedFd::from_raw_fd(r) })
}

fn dev_null(index: usize) -> Result<OwnedFd, i32> {
    let flags = if index == 0 {
        libc::O_RDONLY
    } else {
        libc::O_RDWR
    };
    // SAFETY: a valid C string.
    let r = unsafe { libc::open(c"/dev/null".as_ptr(), flags | libc::O_CLOEXEC) };
    if r < 0 {
        return Err(errno());
    }
    // SAFETY: a new descriptor we own.
    Ok(unsafe { OwnedFd::from_raw_fd(r) })
}

/// The value of `PATH` the child will search: from its environment, else
/// ours, else the system default.
fn child_path(envs: &Option<Vec<String>>) -> Vec<u8> {
    if let Some(list) = envs {
        for kv in list {
            if let Some(v) = kv.strip_prefix("PATH=") {
                return v.as_bytes().to_vec();
            }
        }
        return b"/usr/local/bin:/usr/bin:/bin".to_vec();
    }
    std::env::var_os("PATH")
        .map(|p| p.as_bytes().to_vec())
        .unwrap_or_else(|| b"/usr/local/bin:/usr/bin:/bin".to_vec())
}

fn is_executable_file(path: &std::path::Path) -> Result<(), i32> {
    let c = CString::new(path.as_os_str().as_bytes()).map_err(|_| libc::EINVAL)?;
    // SAFETY: st is a valid out pointer; c is a valid C string.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        if libc::stat(c.as_ptr(), &mut st) != 0 {
            return Err(errno());
        }
        if st.st_mode & libc::S_IFMT != libc::S_IFREG {
            return Err(libc::EACCES);
        }
        if libc::access(c.as_ptr(), libc::X_OK) != 0 {
            return Err(errno());
        }
    }
    Ok(())
}

/// Resolve `file` as execvp would in the child: a name without '/' is
/// searched in the child's PATH (relative entries against the child's
/// cwd). Returns the path to exec.
fn resolve_program(
    file: &str,
    cwd: Option<&str>,
    envs: &Option<Vec<String>>,
) -> Result<CString, i32> {
    if file.is_empty() {
        return Err(libc::ENOENT);
    }
    if file.contains('/') {
        return cstr(file);
    }
    let path = child_path(envs);
    let mut saw_eacces = false;
    for dir in path.split(|b| *b == b':') {
        let dir = if dir.is_empty() { b".".as_slice() } else { dir };
        let mut candidate = std::path::PathBuf::from(OsStr::from_bytes(dir));
        candidate.push(file);
        let check = match (candidate.is_relative(), cwd) {
            (true, Some(c)) => std::path::Path::new(c).join(&candidate),
            _ => candidate.clone(),
        };
        match is_executable_file(&check) {
            Ok(()) => {
                return CString::new(candidate.as_os_str().as_bytes()).map_err(|_| libc::EINVAL);
            }
            Err(libc::EACCES) => saw_eacces = true,
            Err(_) => {}
        }
    }
    Err(if saw_eacces {
        libc::EACCES
    } else {
        libc::ENOENT
    })
}

/// Whether the program file starts with "#!".
fn is_script(program: &CString, cwd: Option<&str>) -> bool {
    let p = std::path::Path::new(OsStr::from_bytes(program.as_bytes()));
    let p = match (p.is_relative(), cwd) {
        (true, Some(c)) => std::path::Path::new(c).join(p),
        _ => p.to_path_buf(),
    };
    let mut head = [0u8; 2];
    match std::fs::File::open(p) {
        Ok(mut f) => {
            use std::io::Read;
            f.read_exact(&mut head).is_ok() && &head == b"#!"
        }
        Err(_) => false,
    }
}

/// The environment list with `dir` first on PATH.
fn with_path_prefix(envs: &Option<Vec<String>>, dir: &str) -> Vec<String> {
    let mut list: Vec<String> = match envs {
        Some(l) => l.clone(),
        None => std::env::vars_os()
            .filter_map(|(k, v)| {
                Some(format!(
                    "{}={}",
                    k.into_string().ok()?,
                    v.into_string().ok()?
                ))
            })
            .collect(),
    };
    let path = String::from_utf8_lossy(&child_path(envs)).into_owned();
    list.retain(|kv| !kv.starts_with("PATH="));
    list.push(format!("PATH={dir}:{path}"));
    list
}

/// Make (once per target) a private folder holding a `node` symlink to
/// `target` and return the folder.
#[op2]
#[string]
fn op_process_node_shim(#[string] target: String) -> Option<String> {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    target.hash(&mut h);
    // SAFETY: getuid cannot fail.
    let uid = unsafe { libc::getuid() };
    let dir = std::env::temp_dir()
        .join(format!("host-node-{uid}"))
        .join(format!("{:016x}", h.finish()));
    let link = dir.join("node");
    if std::fs::read_link(&link).ok().as_deref() == Some(std::path::Path::new(&target)) {
        return Some(dir.to_string_lossy().into_owned());
    }
    std::fs::create_dir_all(&dir).ok()?;
    let tmp = dir.join(format!("node.{}", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    std::os::unix::fs::symlink(&target, &tmp).ok()?;
    std::fs::rename(&tmp, &link).ok()?;
    Some(dir.to_string_lossy().into_owned())
}

fn pidfd_open(pid: i32) -> Option<OwnedFd> {
    // SAFETY: pidfd_open takes a pid and flags and returns a new fd.
    let r = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if r < 0 {
        return None;
    }
    // SAFETY: a new descriptor we own (pidfds are always CLOEXEC).
    Some(unsafe { OwnedFd::from_raw_fd(r as RawFd) })
}

/// Start a child. Errors are positive errnos (ENOENT, EACCES, ENOTDIR...).
pub fn spawn_child(opts: &SpawnOptions) -> Result<Spawned, i32> {
    let n = opts.stdio.len().max(3);
    // The fd each child slot receives (None: left closed), and the
    // parent's end of every pipe.
    let mut sources: Vec<Option<OwnedFd>> = Vec::with_capacity(n);
    let mut pipes: Vec<Option<OwnedFd>> = Vec::with_capacity(n);
    let min_fd = n as RawFd;
    for i in 0..n {
        let spec = opts.stdio.get(i).copied().unwrap_or(STDIO_IGNORE);
        match spec {
            STDIO_PIPE | STDIO_IPC => {
                let (parent, child) = socketpair()?;
                sources.push(Some(dup_above(child.as_raw_fd(), min_fd)?));
                pipes.push(Some(parent));
            }
            STDIO_IGNORE => {
                if i < 3 {
                    let null = dev_null(i)?;
                    sources.push(Some(dup_above(null.as_raw_fd(), min_fd)?));
                } else {
                    sources.push(None);
                }
                pipes.push(None);
            }
            fd => {
                sources.push(Some(dup_above(fd, min_fd).map_err(|e| {
                    if e == libc::EBADF {
                        libc::EBADF
                    } else {
                        e
                    }
                })?));
                pipes.push(None);
            }
        }
    }
    let program = resolve_program(&opts.file, opts.cwd.as_deref(), &opts.envs)?;
    let shimmed_env;
    let envs = match &opts.node_shim {
        Some(dir) if opts.shell || is_script(&program, opts.cwd.as_deref()) => {
            shimmed_env = Some(with_path_prefix(&opts.envs, dir));
            &shimmed_env
        }
        _ => &opts.envs,
    };
    let argv_c: Vec<CString> = opts
        .args
        .iter()
        .map(|a| cstr(a))
        .collect::<Result<_, _>>()?;
    let mut argv: Vec<*const libc::c_char> = argv_c.iter().map(|c| c.as_ptr()).collect();
    argv.push(std::ptr::null());
    let env_c: Vec<CString> = match envs {
        Some(list) => list.iter().map(|a| cstr(a)).collect::<Result<_, _>>()?,
        None => std::env::vars_os()
            .filter_map(|(k, v)| {
                let mut kv = k.as_bytes().to_vec();
                kv.push(b'=');
                kv.extend_from_slice(v.as_bytes());
                CString::new(kv).ok()
            })
            .collect(),
    };
    let mut envp: Vec<*const libc::c_char> = env_c.iter().map(|c| c.as_ptr()).collect();
    envp.push(std::ptr::null());
    let cwd_c = match &opts.cwd {
        Some(c) => Some(cstr(c)?),
        None => None,
    };
    let src_fds: Vec<RawFd> = sources
        .iter()
        .map(|s| s.as_ref().map_or(-1, |f| f.as_raw_fd()))
        .collect();

    let start = |program: &CString, argv: &[*const libc::c_char]| {
        if opts.uid.is_some() || opts.gid.is_some() {
            fork_exec(program, argv, &envp, cwd_c.as_ref(), &src_fds, opts)
        } else {
            posix_spawn(
                program,
                argv,
                &envp,
                cwd_c.as_ref(),
                &src_fds,
                opts.detached,
            )
        }
    };
    let pid = match start(&program, &argv) {
        // Like execvp (and libuv): a file the kernel cannot execute is run
        // as a shell script.
        Err(libc::ENOEXEC) => {
            let sh = c"/bin/sh".to_owned();
            let mut sh_argv: Vec<*const libc::c_char> = vec![sh.as_ptr(), program.as_ptr()];
            sh_argv.extend(argv.iter().skip(1).copied());
            start(&sh, &sh_argv)?
        }
        other => other?,
    };
    drop(sources);
    Ok(Spawned {
        pid,
        pidfd: pidfd_open(pid),
        pipes,
    })
}

fn posix_spawn(
    program: &CString,
    argv: &[*const libc::c_char],
    envp: &[*const libc::c_char],
    cwd: Option<&CString>,
    src_fds: &[RawFd],
    detached: bool,
) -> Result<i32, i32> {
    // SAFETY: the attr/actions objects are initialised before use and
    // destroyed on every path; all pointers outlive the call.
    unsafe {
        let mut attr: libc::posix_spawnattr_t = std::mem::zeroed();
        let mut actions: libc::posix_spawn_file_actions_t = std::mem::zeroed();
        libc::posix_spawnattr_init(&mut attr);
        libc::posix_spawn_file_actions_init(&mut actions);
        let mut flags =
            (libc::POSIX_SPAWN_SETSIGMASK | libc::POSIX_SPAWN_SETSIGDEF) as libc::c_short;
        if detached {
            flags |= libc::POSIX_SPAWN_SETSID;
        }
        let mut empty: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut empty);
        let mut all: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut all);
        for sig in 1..32 {
            if sig != libc::SIGKILL && sig != libc::SIGSTOP {
                libc::sigaddset(&mut all, sig);
            }
        }
        libc::posix_spawnattr_setsigmask(&mut attr, &empty);
        libc::posix_spawnattr_setsigdefault(&mut attr, &all);
        libc::posix_spawnattr_setflags(&mut attr, flags);
        for (i, &fd) in src_fds.iter().enumerate() {
            if fd >= 0 {
                libc::posix_spawn_file_actions_adddup2(&mut actions, fd, i as RawFd);
            }
        }
        if let Some(c) = cwd {
            libc::posix_spawn_file_actions_addchdir_np(&mut actions, c.as_ptr());
        }
        let mut pid: libc::pid_t = 0;
        let r = libc::posix_spawn(
            &mut pid,
            program.as_ptr(),
            &actions,
            &attr,
            argv.as_ptr() as *const *mut libc::c_char,
            envp.as_ptr() as *const *mut libc::c_char,
        );
        libc::posix_spawn_file_actions_destroy(&mut actions);
        libc::posix_spawnattr_destroy(&mut attr);
        if r != 0 {
            return Err(r);
        }
        Ok(pid)
    }
}

/// fork/exec for the cases posix_spawn cannot express (uid/gid). Only
/// async-signal-safe calls run in the child; a failure is reported through
/// a CLOEXEC pipe as the errno.
fn fork_exec(
    program: &CString,
    argv: &[*const libc::c_char],
    envp: &[*const libc::c_char],
    cwd: Option<&CString>,
    src_fds: &[RawFd],
    opts: &SpawnOptions,
) -> Result<i32, i32> {
    let mut report = [0; 2];
    // SAFETY: report has room for two descriptors.
    if unsafe { libc::pipe2(report.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(errno());
    }
    let (rd, wr) = (report[0], report[1]);
    let uid = opts.uid;
    let gid = opts.gid;
    let detached = opts.detached;
    // SAFETY: between fork and exec the child only makes async-signal-safe
    // system calls on data prepared before the fork.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        let e = errno();
        // SAFETY: closing our own pipe ends.
        unsafe {
            libc::close(rd);
            libc::close(wr);
        }
        return Err(e);
    }
    if pid == 0 {
        // SAFETY: child side; see above.
        unsafe {
            let fail = |e: i32| -> ! {
                let bytes = e.to_ne_bytes();
                libc::write(wr, bytes.as_ptr().cast(), 4);
                libc::_exit(127);
            };
            let mut empty: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut empty);
            for sig in 1..32 {
                if sig != libc::SIGKILL && sig != libc::SIGSTOP {
                    libc::signal(sig, libc::SIG_DFL);
                }
            }
            libc::pthread_sigmask(libc::SIG_SETMASK, &empty, std::ptr::null_mut());
            if detached && libc::setsid() < 0 {
                fail(*libc::__errno_location());
            }
            for (i, &fd) in src_fds.iter().enumerate() {
                if fd >= 0 && libc::dup2(fd, i as RawFd) < 0 {
                    fail(*libc::__errno_location());
                }
            }
            if let Some(c) = cwd {
                if libc::chdir(c.as_ptr()) != 0 {
                    fail(*libc::__errno_location());
                }
            }
            if let Some(g) = gid {
                if libc::setgroups(0, std::ptr::null()) != 0
                    && *libc::__errno_location() != libc::EPERM
                {
                    fail(*libc::__errno_location());
                }
                if libc::setgid(g) != 0 {
                    fail(*libc::__errno_location());
                }
            }
            if let Some(u) = uid {
                if libc::setuid(u) != 0 {
                    fail(*libc::__errno_location());
                }
            }
            libc::execve(program.as_ptr(), argv.as_ptr(), envp.as_ptr());
            fail(*libc::__errno_location());
        }
    }
    // SAFETY: parent side: close our write end, read the child's report.
    unsafe {
        libc::close(wr);
        let mut buf = [0u8; 4];
        let mut got = 0usize;
        loop {
            let n = libc::read(rd, buf.as_mut_ptr().add(got).cast(), 4 - got);
            if n < 0 && *libc::__errno_location() == libc::EINTR {
                continue;
            }
            if n <= 0 {
                break;
            }
            got += n as usize;
            if got == 4 {
                break;
            }
        }
        libc::close(rd);
        if got == 4 {
            let mut status = 0;
            libc::waitpid(pid, &mut status, 0);
            return Err(i32::from_ne_bytes(buf));
        }
    }
    Ok(pid)
}

/// Decode a wait status into (exit code, signal number); exactly one is >= 0.
fn decode_status(status: i32) -> (i32, i32) {
    if libc::WIFEXITED(status) {
        (libc::WEXITSTATUS(status), -1)
    } else if libc::WIFSIGNALED(status) {
        (-1, libc::WTERMSIG(status))
    } else {
        (-1, -1)
    }
}

fn try_reap(pid: i32) -> Option<(i32, i32)> {
    let mut status = 0;
    loop {
        // SAFETY: status is a valid out pointer.
        let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if r == pid {
            return Some(decode_status(status));
        }
        if r < 0 && errno() == libc::EINTR {
            continue;
        }
        if r < 0 {
            // Already reaped (ECHILD): report an unknown status.
            return Some((-1, -1));
        }
        return None;
    }
}

/// A running child, as a resource: waited for through its pidfd.
pub struct ChildResource {
    pid: i32,
    pidfd: RefCell<Option<AsyncFd<OwnedFd>>>,
    status: Cell<Option<(i32, i32)>>,
    cancel: CancelHandle,
}

impl Resource for ChildResource {
    fn name(&self) -> std::borrow::Cow<'_, str> {
        "child".into()
    }
    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

impl ChildResource {
    async fn wait(self: Rc<Self>) -> (i32, i32) {
        if let Some(s) = self.status.get() {
            return s;
        }
        let afd = self.pidfd.borrow_mut().take();
        let result = if let Some(afd) = afd {
            loop {
                if let Some(s) = try_reap(self.pid) {
                    break s;
                }
                match afd.readable().await {
                    Ok(mut guard) => guard.clear_ready(),
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(5)).await;
                    }
                }
            }
        } else {
            let pid = self.pid;
            tokio::task::spawn_blocking(move || {
                let mut status = 0;
                loop {
                    // SAFETY: status is a valid out pointer.
                    let r = unsafe { libc::waitpid(pid, &mut status, 0) };
                    if r == pid {
                        return decode_status(status);
                    }
                    if r < 0 && errno() == libc::EINTR {
                        continue;
                    }
                    return (-1, -1);
                }
            })
            .await
            .unwrap_or((-1, -1))
        };
        self.status.set(Some(result));
        result
    }
}

impl Drop for ChildResource {
    fn drop(&mut self) {
        // A child whose status was never collected is reaped by a thread so
        // it does not stay a zombie.
        if self.status.get().is_none() {
            let pid = self.pid;
            if try_reap(pid).is_none() {
                std::thread::spawn(move || {
                    let mut status = 0;
                    // SAFETY: status is a valid out pointer.
                    unsafe { libc::waitpid(pid, &mut status, 0) };
                });
            }
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SpawnResult {
    /// Positive errno when the spawn failed (the JS decides whether it is
    /// thrown or emitted, as Node does).
    errno: i32,
    pid: i32,
    rid: ResourceId,
    /// Per stdio index: the pipe or IPC resource id, or null.
    pipes: Vec<Option<ResourceId>>,
}

/// Spawn a child. Pipes become `pipe` resources; an IPC slot becomes an
/// `ipc` resource.
#[op2]
#[serde]
fn op_spawn(state: &mut OpState, #[serde] opts: SpawnOptions) -> Result<SpawnResult, SysError> {
    let spawned = match spawn_child(&opts) {
        Ok(s) => s,
        Err(e) => {
            return Ok(SpawnResult {
                errno: e,
                pid: 0,
                rid: 0,
                pipes: vec![],
            })
        }
    };
    let mut pipes = Vec::with_capacity(spawned.pipes.len());
    for (i, p) in spawned.pipes.into_iter().enumerate() {
        let rid = match p {
            None => None,
            Some(fd) => {
                if opts.stdio.get(i) == Some(&STDIO_IPC) {
                    Some(state.resource_table.add(
                        crate::ipc::IpcResource::new(fd).map_err(|e| SysError::io(&e, "spawn"))?,
                    ))
                } else {
                    Some(
                        state.resource_table.add(
                            crate::pipe::PipeResource::new(fd)
                                .map_err(|e| SysError::io(&e, "spawn"))?,
                        ),
                    )
                }
            }
        };
        pipes.push(rid);
    }
    let pidfd = spawned.pidfd.and_then(|fd| crate::pipe::async_fd(fd).ok());
    let rid = state.resource_table.add(ChildResource {
        pid: spawned.pid,
        pidfd: RefCell::new(pidfd),
        status: Cell::new(None),
        cancel: CancelHandle::new(),
    });
    Ok(SpawnResult {
        errno: 0,
        pid: spawned.pid,
        rid,
        pipes,
    })
}

/// Resolves with `[exitCode, signal]` (-1 for the one that does not apply)
/// when the child ends; the resource is closed afterwards by JS.
#[op2]
#[serde]
async fn op_process_wait(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<(i32, i32), SysError> {
    let child = state
        .borrow()
        .resource_table
        .get::<ChildResource>(rid)
        .map_err(|_| SysError::new(libc::EBADF, "wait"))?;
    let cancel = RcRef::map(&child, |c| &c.cancel);
    match child.clone().wait().or_cancel(cancel).await {
        Ok(s) => Ok(s),
        Err(_) => Ok((-1, -1)),
    }
}

/// kill(2): 0 or a positive errno.
#[op2(fast)]
fn op_process_kill(pid: i32, sig: i32) -> i32 {
    // SAFETY: kill only sends a signal.
    if unsafe { libc::kill(pid, sig) } == 0 {
        0
    } else {
        errno()
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SpawnSyncOptions {
    #[serde(flatten)]
    spawn: SpawnOptions,
    /// Milliseconds; 0 = none.
    #[serde(default)]
    timeout: f64,
    /// Bytes per output stream; 0 or negative = unlimited.
    #[serde(default)]
    max_buffer: f64,
    kill_signal: i32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SpawnSyncResult {
    /// Positive errno of a failed spawn, ETIMEDOUT or ENOBUFS; 0 otherwise.
    errno: i32,
    pid: i32,
    status: i32,
    signal: i32,
    /// Per stdio index: the captured bytes of a pipe, or null.
    output: Vec<Option<ToJsBuffer>>,
}

fn set_nonblocking(fd: RawFd) {
    // SAFETY: fcntl on an fd we own.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK);
    }
}

/// Run a child to its end: feed `input` to its stdin pipe, collect its
/// output pipes, enforce timeout and maxBuffer (killing it with
/// `killSignal`).
#[op2]
#[serde]
fn op_spawn_sync(#[serde] opts: SpawnSyncOptions, #[buffer] input: &[u8]) -> SpawnSyncResult {
    let spawned = match spawn_child(&opts.spawn) {
        Ok(s) => s,
        Err(e) => {
            return SpawnSyncResult {
                errno: e,
                pid: 0,
                status: -1,
                signal: -1,
                output: vec![],
            };
        }
    };
    let pid = spawned.pid;
    let mut stdin_fd: Option<OwnedFd> = None;
    let mut readers: Vec<(usize, OwnedFd)> = Vec::new();
    let n = spawned.pipes.len();
    let mut outputs: Vec<Option<Vec<u8>>> = vec![None; n];
    for (i, p) in spawned.pipes.into_iter().enumerate() {
        if let Some(fd) = p {
            set_nonblocking(fd.as_raw_fd());
            if i == 0 {
                if input.is_empty() {
                    // SAFETY: half-close our end so the child sees EOF.
                    unsafe { libc::shutdown(fd.as_raw_fd(), libc::SHUT_WR) };
                    readers.push((i, fd));
                } else {
                    stdin_fd = Some(fd);
                }
            } else {
                outputs[i] = Some(Vec::new());
                readers.push((i, fd));
            }
        }
    }
    let deadline = if opts.timeout > 0.0 {
        Some(Instant::now() + Duration::from_micros((opts.timeout * 1000.0) as u64))
    } else {
        None
    };
    let max_buffer = if opts.max_buffer > 0.0 && opts.max_buffer.is_finite() {
        Some(opts.max_buffer as usize)
    } else {
        None
    };
    let mut input_off = 0usize;
    let mut err = 0;
    let mut killed = false;
    let mut status: Option<(i32, i32)> = None;
    let pidfd = spawned.pidfd;
    let mut buf = vec![0u8; 65536];
    loop {
        if status.is_none() {
            status = try_reap(pid);
        }
        if status.is_some() && readers.iter().all(|(i, _)| *i == 0) {
            break;
        }
        let mut pfds: Vec<libc::pollfd> = Vec::new();
        let mut tags: Vec<i32> = Vec::new();
        if let Some(fd) = &stdin_fd {
            pfds.push(libc::pollfd {
                fd: fd.as_raw_fd(),
                events: libc::POLLOUT,
                revents: 0,
            });
            tags.push(-1);
        }
        for (k, (i, fd)) in readers.iter().enumerate() {
            if *i != 0 {
                pfds.push(libc::pollfd {
                    fd: fd.as_raw_fd(),
                    events: libc::POLLIN,
                    revents: 0,
                });
                tags.push(k as i32);
            }
        }
        if status.is_none() {
            if let Some(pfd) = &pidfd {
                pfds.push(libc::pollfd {
                    fd: pfd.as_raw_fd(),
                    events: libc::POLLIN,
                    revents: 0,
                });
                tags.push(-2);
            }
        }
        let mut wait_ms: i32 = if pidfd.is_none() && status.is_none() {
            10
        } else {
            -1
        };
        if let Some(d) = deadline {
            if !killed {
                let left = d.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    err = libc::ETIMEDOUT;
                    killed = true;
                    // SAFETY: signalling our own child.
                    unsafe { libc::kill(pid, opts.kill_signal) };
                    continue;
                }
                let ms = left.as_millis().min(i32::MAX as u128) as i32 + 1;
                wait_ms = if wait_ms < 0 { ms } else { wait_ms.min(ms) };
            }
        }
        if pfds.is_empty() {
            if status.is_some() {
                break;
            }
            // No pipes and no pidfd: block in waitpid (bounded by the deadline).
            if deadline.is_none() || killed {
                let mut st = 0;
                // SAFETY: status is a valid out pointer.
                let r = unsafe { libc::waitpid(pid, &mut st, 0) };
                status = Some(if r == pid {
                    decode_status(st)
                } else {
                    (-1, -1)
                });
                break;
            }
            std::thread::sleep(Duration::from_millis(wait_ms.max(1) as u64));
            continue;
        }
        // SAFETY: pfds is a valid array of pollfd.
        let r = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, wait_ms) };
        if r < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            break;
        }
        let mut closed: Vec<usize> = Vec::new();
        for (p, tag) in pfds.iter().zip(tags.iter()) {
            if p.revents == 0 {
                continue;
            }
            if *tag == -1 {
                let fd = stdin_fd.as_ref().map(|f| f.as_raw_fd()).unwrap_or(-1);
                let rest = &input[input_off..];
                // SAFETY: rest is a valid buffer.
                let w =
                    unsafe { libc::send(fd, rest.as_ptr().cast(), rest.len(), libc::MSG_NOSIGNAL) };
                let w = if w < 0 && errno() == libc::ENOTSOCK {
                    // SAFETY: as above, for a non-socket fd.
                    unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) }
                } else {
                    w
                };
                if w > 0 {
                    input_off += w as usize;
                }
                if input_off >= input.len()
                    || (w < 0 && errno() != libc::EAGAIN && errno() != libc::EINTR)
                {
                    if let Some(fd) = stdin_fd.take() {
                        // SAFETY: half-close so the child sees EOF.
                        unsafe { libc::shutdown(fd.as_raw_fd(), libc::SHUT_WR) };
                        readers.push((0, fd));
                    }
                }
            } else if *tag >= 0 {
                let k = *tag as usize;
                let (i, fd) = &readers[k];
                // SAFETY: buf is valid for its length.
                let got = unsafe { libc::read(fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
                if got > 0 {
                    let out = outputs[*i].get_or_insert_with(Vec::new);
                    out.extend_from_slice(&buf[..got as usize]);
                    if let Some(max) = max_buffer {
                        if out.len() > max && !killed {
                            err = libc::ENOBUFS;
                            killed = true;
                            // SAFETY: signalling our own child.
                            unsafe { libc::kill(pid, opts.kill_signal) };
                        }
                    }
                } else if got == 0 || (errno() != libc::EAGAIN && errno() != libc::EINTR) {
                    closed.push(k);
                }
            }
        }
        closed.sort_unstable();
        for k in closed.into_iter().rev() {
            readers.remove(k);
        }
        if killed && err == libc::ENOBUFS {
            // Stop collecting once the limit is exceeded; wait for the end.
            readers.retain(|(i, _)| *i == 0);
        }
    }
    let (status, signal) = status.unwrap_or((-1, -1));
    SpawnSyncResult {
        errno: err,
        pid,
        status,
        signal,
        output: outputs
            .into_iter()
            .map(|o| o.map(ToJsBuffer::from))
            .collect(),
    }
}

/// Whether `fd` is open in this process (stdio entries given as numbers).
#[op2(fast)]
fn op_process_fd_valid(fd: i32) -> bool {
    // SAFETY: F_GETFD only reads the descriptor table.
    unsafe { libc::fcntl(fd, libc::F_GETFD) >= 0 }
}

deno_core::extension!(
    host_process,
    ops = [
        op_spawn,
        op_process_wait,
        op_process_kill,
        op_spawn_sync,
        op_process_fd_valid,
        op_process_node_shim
    ]
);
