//! File system ops for `fs`, `fs/promises` and the module loader.
//!
//! Every operation has a plain syscall-level function returning
//! `Result<_, SysError>` (Node's syscall name and path attached), a sync op
//! calling it directly and, where `fs` has an async form, an `_async` op
//! running it on tokio's blocking pool. Reads and writes go straight into or
//! out of the caller's buffer.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::CString;
use std::fs::File;
use std::io::Read;
use std::mem::ManuallyDrop;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::rc::Rc;

use deno_core::{op2, CancelFuture, CancelHandle, JsBuffer, OpState, RcRef, Resource, ResourceId};
use tokio::io::unix::AsyncFd;

use crate::error::SysError;

/// Read a whole file as UTF-8 (lossy), as the module loader needs.
#[op2]
#[string]
fn op_fs_read_file_utf8(#[string] path: String) -> Result<String, SysError> {
    let bytes = std::fs::read(&path).map_err(|e| SysError::io(&e, "open").with_path(path))?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// 0 = missing, 1 = file, 2 = directory (what module resolution asks).
#[op2(fast)]
#[smi]
fn op_fs_stat_kind(#[string] path: &str) -> i32 {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 1,
        Err(_) => 0,
    }
}

/// `fs.realpathSync` as Node resolves it (symlinks followed).
#[op2]
#[string]
fn op_fs_realpath(#[string] path: String) -> Result<String, SysError> {
    std::fs::canonicalize(&path)
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| SysError::io(&e, "realpath").with_path(path))
}

// ---- helpers ----------------------------------------------------------------

fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

fn err_path(syscall: &'static str, path: &str) -> SysError {
    SysError::new(last_errno(), syscall).with_path(path)
}

fn err_dest(syscall: &'static str, path: &str, dest: &str) -> SysError {
    SysError::new(last_errno(), syscall)
        .with_path(path)
        .with_dest(dest)
}

fn cpath(path: &str, syscall: &'static str) -> Result<CString, SysError> {
    CString::new(path).map_err(|_| SysError::new(libc::EINVAL, syscall).with_path(path))
}

/// Retry a syscall returning -1 on EINTR.
fn retry<T: PartialOrd + Default>(mut f: impl FnMut() -> T) -> Result<T, i32> {
    loop {
        let r = f();
        if r >= T::default() {
            return Ok(r);
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, SysError> + Send + 'static,
) -> Result<T, SysError> {
    tokio::task::spawn_blocking(f)
        .await
        .unwrap_or_else(|_| Err(SysError::new(libc::EIO, "unknown")))
}

/// A borrowed `File` for an fd owned by JS (never closed here).
fn borrow_fd(fd: i32) -> ManuallyDrop<File> {
    // SAFETY: the File is never dropped, so the fd stays owned by the caller.
    ManuallyDrop::new(unsafe { File::from_raw_fd(fd) })
}

// ---- open / close -------------------------------------------------------------

fn do_open(path: &str, flags: i32, mode: u32) -> Result<i32, SysError> {
    let c = cpath(path, "open")?;
    // SAFETY: valid C string.
    retry(|| unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) })
        .map_err(|e| SysError::new(e, "open").with_path(path))
}

#[op2(fast)]
fn op_fs_open(#[string] path: &str, flags: i32, mode: u32) -> Result<i32, SysError> {
    do_open(path, flags, mode)
}

#[op2]
async fn op_fs_open_async(#[string] path: String, flags: i32, mode: u32) -> Result<i32, SysError> {
    blocking(move || do_open(&path, flags, mode)).await
}

fn do_close(fd: i32) -> Result<(), SysError> {
    // SAFETY: closing an fd JS owns; EINTR is not retried (Linux closes anyway).
    if unsafe { libc::close(fd) } < 0 {
        let e = last_errno();
        if e != libc::EINTR {
            return Err(SysError::new(e, "close"));
        }
    }
    Ok(())
}

#[op2(fast)]
fn op_fs_close(fd: i32) -> Result<(), SysError> {
    do_close(fd)
}

#[op2]
async fn op_fs_close_async(fd: i32) -> Result<(), SysError> {
    blocking(move || do_close(fd)).await
}

// ---- read / write -------------------------------------------------------------

fn clamp(buf_len: usize, offset: f64, length: f64) -> (usize, usize) {
    let off = (offset.max(0.0) as usize).min(buf_len);
    let len = (length.max(0.0) as usize).min(buf_len - off);
    (off, len)
}

fn do_read(fd: i32, buf: &mut [u8], position: f64) -> Result<usize, SysError> {
    let ptr = buf.as_mut_ptr().cast();
    let len = buf.len();
    let r = if position >= 0.0 {
        // SAFETY: `buf` is valid for `len` bytes.
        retry(|| unsafe { libc::pread(fd, ptr, len, position as libc::off_t) })
    } else {
        // SAFETY: as above.
        retry(|| unsafe { libc::read(fd, ptr, len) })
    };
    r.map(|n| n as usize).map_err(|e| SysError::new(e, "read"))
}

fn do_write(fd: i32, buf: &[u8], position: f64) -> Result<usize, SysError> {
    let ptr = buf.as_ptr().cast();
    let len = buf.len();
    let r = if position >= 0.0 {
        // SAFETY: `buf` is valid for `len` bytes.
        retry(|| unsafe { libc::pwrite(fd, ptr, len, position as libc::off_t) })
    } else {
        // SAFETY: as above.
        retry(|| unsafe { libc::write(fd, ptr, len) })
    };
    r.map(|n| n as usize).map_err(|e| SysError::new(e, "write"))
}

/// `fs.readSync(fd, buffer, offset, length, position)`; position < 0 reads at
/// the current file position.
#[op2(fast)]
fn op_fs_read(
    fd: i32,
    #[buffer] buf: &mut [u8],
    offset: f64,
    length: f64,
    position: f64,
) -> Result<u32, SysError> {
    let (off, len) = clamp(buf.len(), offset, length);
    do_read(fd, &mut buf[off..off + len], position).map(|n| n as u32)
}

#[op2]
async fn op_fs_read_async(
    fd: i32,
    #[buffer] mut buf: JsBuffer,
    offset: f64,
    length: f64,
    position: f64,
) -> Result<u32, SysError> {
    blocking(move || {
        let (off, len) = clamp(buf.len(), offset, length);
        do_read(fd, &mut buf[off..off + len], position).map(|n| n as u32)
    })
    .await
}

#[op2(fast)]
fn op_fs_write(
    fd: i32,
    #[buffer] buf: &[u8],
    offset: f64,
    length: f64,
    position: f64,
) -> Result<u32, SysError> {
    let (off, len) = clamp(buf.len(), offset, length);
    do_write(fd, &buf[off..off + len], position).map(|n| n as u32)
}

#[op2]
async fn op_fs_write_async(
    fd: i32,
    #[buffer] buf: JsBuffer,
    offset: f64,
    length: f64,
    position: f64,
) -> Result<u32, SysError> {
    blocking(move || {
        let (off, len) = clamp(buf.len(), offset, length);
        do_write(fd, &buf[off..off + len], position).map(|n| n as u32)
    })
    .await
}

/// Write a string as UTF-8; returns the bytes written.
#[op2(fast)]
fn op_fs_write_string(fd: i32, #[string] s: &str, position: f64) -> Result<u32, SysError> {
    do_write(fd, s.as_bytes(), position).map(|n| n as u32)
}

#[op2]
async fn op_fs_write_string_async(
    fd: i32,
    #[string] s: String,
    position: f64,
) -> Result<u32, SysError> {
    blocking(move || do_write(fd, s.as_bytes(), position).map(|n| n as u32)).await
}

// ---- readFile / writeFile -------------------------------------------------------

fn read_to_end_fd(fd: i32, hint: usize) -> Result<Vec<u8>, SysError> {
    let mut f = borrow_fd(fd);
    let mut out = Vec::with_capacity(hint);
    f.read_to_end(&mut out)
        .map_err(|e| SysError::io(&e, "read"))?;
    Ok(out)
}

fn do_read_file(path: &str, flags: i32) -> Result<Vec<u8>, SysError> {
    let fd = do_open(path, flags, 0o666)?;
    let f = borrow_fd(fd);
    let hint = f
        .metadata()
        .map(|m| if m.is_file() { m.len() as usize } else { 0 })
        .unwrap_or(0);
    let r = read_to_end_fd(fd, hint);
    // SAFETY: our own fd.
    unsafe { libc::close(fd) };
    r
}

fn into_string(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

#[op2]
#[buffer]
fn op_fs_read_file(#[string] path: &str, flags: i32) -> Result<Vec<u8>, SysError> {
    do_read_file(path, flags)
}

#[op2]
#[buffer]
async fn op_fs_read_file_async(#[string] path: String, flags: i32) -> Result<Vec<u8>, SysError> {
    blocking(move || do_read_file(&path, flags)).await
}

#[op2]
#[string]
fn op_fs_read_file_text(#[string] path: &str, flags: i32) -> Result<String, SysError> {
    do_read_file(path, flags).map(into_string)
}

#[op2]
#[string]
async fn op_fs_read_file_text_async(
    #[string] path: String,
    flags: i32,
) -> Result<String, SysError> {
    blocking(move || do_read_file(&path, flags).map(into_string)).await
}

/// Read the rest of an open file (readFile on an fd).
#[op2]
#[buffer]
fn op_fs_read_fd(fd: i32) -> Result<Vec<u8>, SysError> {
    read_to_end_fd(fd, 0)
}

#[op2]
#[buffer]
async fn op_fs_read_fd_async(fd: i32) -> Result<Vec<u8>, SysError> {
    blocking(move || read_to_end_fd(fd, 0)).await
}

fn write_all_fd(fd: i32, mut data: &[u8]) -> Result<(), SysError> {
    while !data.is_empty() {
        let n = do_write(fd, data, -1.0)?;
        data = &data[n..];
    }
    Ok(())
}

/// Set in writeFile's `flags` by JS for the `flush` option: fsync before
/// closing (no O_* flag uses this bit).
const FLUSH_FLAG: i32 = 1 << 30;

fn do_write_file(path: &str, data: &[u8], flags: i32, mode: u32) -> Result<(), SysError> {
    let fd = do_open(path, flags & !FLUSH_FLAG, mode)?;
    let mut r = write_all_fd(fd, data);
    if r.is_ok() && flags & FLUSH_FLAG != 0 {
        r = do_fd_op(0, fd, 0.0);
    }
    let c = do_close(fd);
    r.and(c)
}

#[op2(fast)]
fn op_fs_write_file(
    #[string] path: &str,
    #[buffer] data: &[u8],
    flags: i32,
    mode: u32,
) -> Result<(), SysError> {
    do_write_file(path, data, flags, mode)
}

#[op2]
async fn op_fs_write_file_async(
    #[string] path: String,
    #[buffer] data: JsBuffer,
    flags: i32,
    mode: u32,
) -> Result<(), SysError> {
    blocking(move || do_write_file(&path, &data, flags, mode)).await
}

#[op2(fast)]
fn op_fs_write_file_string(
    #[string] path: &str,
    #[string] data: &str,
    flags: i32,
    mode: u32,
) -> Result<(), SysError> {
    do_write_file(path, data.as_bytes(), flags, mode)
}

#[op2]
async fn op_fs_write_file_string_async(
    #[string] path: String,
    #[string] data: String,
    flags: i32,
    mode: u32,
) -> Result<(), SysError> {
    blocking(move || do_write_file(&path, data.as_bytes(), flags, mode)).await
}

/// Write a whole buffer to an fd at its current position.
#[op2(fast)]
fn op_fs_write_all(fd: i32, #[buffer] data: &[u8]) -> Result<(), SysError> {
    write_all_fd(fd, data)
}

#[op2]
async fn op_fs_write_all_async(fd: i32, #[buffer] data: JsBuffer) -> Result<(), SysError> {
    blocking(move || write_all_fd(fd, &data)).await
}

// ---- stat -------------------------------------------------------------------

/// Number of f64 slots a stat result fills: dev, mode, nlink, uid, gid, rdev,
/// blksize, ino, size, blocks, then (sec, nsec) for atime, mtime, ctime,
/// birthtime.
const STAT_LEN: usize = 18;

fn stat_values(m: &std::fs::Metadata) -> [f64; STAT_LEN] {
    let (bs, bn) = match m.created() {
        Ok(t) => match t.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => (d.as_secs() as f64, d.subsec_nanos() as f64),
            Err(e) => {
                let d = e.duration();
                (-(d.as_secs() as f64), d.subsec_nanos() as f64)
            }
        },
        Err(_) => (0.0, 0.0),
    };
    [
        m.dev() as f64,
        m.mode() as f64,
        m.nlink() as f64,
        m.uid() as f64,
        m.gid() as f64,
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        m.atime() as f64,
        m.atime_nsec() as f64,
        m.mtime() as f64,
        m.mtime_nsec() as f64,
        m.ctime() as f64,
        m.ctime_nsec() as f64,
        bs,
        bn,
    ]
}

/// kind: 0 stat, 1 lstat.
fn do_stat(path: &str, kind: i32) -> Result<std::fs::Metadata, SysError> {
    let r = if kind == 1 {
        std::fs::symlink_metadata(path)
    } else {
        std::fs::metadata(path)
    };
    r.map_err(|e| SysError::io(&e, if kind == 1 { "lstat" } else { "stat" }).with_path(path))
}

fn do_fstat(fd: i32) -> Result<std::fs::Metadata, SysError> {
    borrow_fd(fd)
        .metadata()
        .map_err(|e| SysError::io(&e, "fstat"))
}

fn fill(out: &mut [u8], m: &std::fs::Metadata) {
    for (i, v) in stat_values(m).iter().enumerate() {
        if let Some(slot) = out.get_mut(i * 8..i * 8 + 8) {
            slot.copy_from_slice(&v.to_ne_bytes());
        }
    }
}

fn to_bytes(m: &std::fs::Metadata) -> Vec<u8> {
    let mut v = vec![0u8; STAT_LEN * 8];
    fill(&mut v, m);
    v
}

/// Fill a Float64Array(18). Returns false (instead of throwing) for ENOENT /
/// ENOTDIR when `throw_missing` is false.
#[op2(fast)]
fn op_fs_stat(
    #[string] path: &str,
    kind: i32,
    throw_missing: bool,
    #[buffer] out: &mut [u8],
) -> Result<bool, SysError> {
    match do_stat(path, kind) {
        Ok(m) => {
            fill(out, &m);
            Ok(true)
        }
        Err(e) if !throw_missing && (e.errno == libc::ENOENT || e.errno == libc::ENOTDIR) => {
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

#[op2]
#[buffer]
async fn op_fs_stat_async(#[string] path: String, kind: i32) -> Result<Vec<u8>, SysError> {
    blocking(move || do_stat(&path, kind).map(|m| to_bytes(&m))).await
}

#[op2(fast)]
fn op_fs_fstat(fd: i32, #[buffer] out: &mut [u8]) -> Result<(), SysError> {
    fill(out, &do_fstat(fd)?);
    Ok(())
}

#[op2]
#[buffer]
async fn op_fs_fstat_async(fd: i32) -> Result<Vec<u8>, SysError> {
    blocking(move || do_fstat(fd).map(|m| to_bytes(&m))).await
}

fn do_statfs(path: &str) -> Result<Vec<f64>, SysError> {
    let c = cpath(path, "statfs")?;
    // SAFETY: zeroed POD filled by statfs.
    let mut s: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: valid C string and out pointer.
    if unsafe { libc::statfs(c.as_ptr(), &mut s) } < 0 {
        return Err(err_path("statfs", path));
    }
    Ok(vec![
        s.f_type as f64,
        s.f_bsize as f64,
        s.f_blocks as f64,
        s.f_bfree as f64,
        s.f_bavail as f64,
        s.f_files as f64,
        s.f_ffree as f64,
    ])
}

#[op2]
#[serde]
fn op_fs_statfs(#[string] path: &str) -> Result<Vec<f64>, SysError> {
    do_statfs(path)
}

#[op2]
#[serde]
async fn op_fs_statfs_async(#[string] path: String) -> Result<Vec<f64>, SysError> {
    blocking(move || do_statfs(&path)).await
}

// ---- directories -------------------------------------------------------------

/// libuv's dirent type numbers (UV_DIRENT_*).
fn dirent_type(t: std::fs::FileType) -> u8 {
    if t.is_file() {
        1
    } else if t.is_dir() {
        2
    } else if t.is_symlink() {
        3
    } else if t.is_fifo() {
        4
    } else if t.is_socket() {
        5
    } else if t.is_char_device() {
        6
    } else if t.is_block_device() {
        7
    } else {
        0
    }
}

/// Names (and with `types`, UV_DIRENT_* types) of a directory's entries.
/// `opendir` selects the syscall name Node reports (and omits the path).
fn do_readdir(path: &str, types: bool, opendir: bool) -> Result<(Vec<String>, Vec<u8>), SysError> {
    let fail = |e: &std::io::Error| {
        if opendir {
            SysError::io(e, "opendir")
        } else {
            SysError::io(e, "scandir").with_path(path)
        }
    };
    let rd = std::fs::read_dir(path).map_err(|e| fail(&e))?;
    let mut entries = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| fail(&e))?;
        let kind = if types {
            ent.file_type().map(dirent_type).unwrap_or(0)
        } else {
            0
        };
        entries.push((ent.file_name().to_string_lossy().into_owned(), kind));
    }
    // Node's readdir (libuv scandir) returns names in byte order; a Dir
    // (opendir) yields them in the order the OS gives.
    if !opendir {
        entries.sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    }
    let kinds = if types {
        entries.iter().map(|e| e.1).collect()
    } else {
        Vec::new()
    };
    let names = entries.into_iter().map(|e| e.0).collect();
    Ok((names, kinds))
}

#[op2]
#[serde]
fn op_fs_readdir(
    #[string] path: &str,
    types: bool,
    opendir: bool,
) -> Result<(Vec<String>, Vec<u8>), SysError> {
    do_readdir(path, types, opendir)
}

#[op2]
#[serde]
async fn op_fs_readdir_async(
    #[string] path: String,
    types: bool,
    opendir: bool,
) -> Result<(Vec<String>, Vec<u8>), SysError> {
    blocking(move || do_readdir(&path, types, opendir)).await
}

fn mkdir_one(path: &str, mode: u32) -> Result<(), i32> {
    let c = CString::new(path).map_err(|_| libc::EINVAL)?;
    // SAFETY: valid C string.
    if unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) } < 0 {
        return Err(last_errno());
    }
    Ok(())
}

fn is_dir(path: &str) -> bool {
    std::fs::metadata(path).map(|m| m.is_dir()).unwrap_or(false)
}

/// Create `path` and missing parents; the first directory created, as a
/// prefix of `path`.
fn mkdirp(path: &str, mode: u32) -> Result<Option<String>, i32> {
    match mkdir_one(path, mode) {
        Ok(()) => Ok(Some(path.to_string())),
        Err(libc::EEXIST) => {
            if is_dir(path) {
                Ok(None)
            } else {
                Err(libc::EEXIST)
            }
        }
        Err(libc::ENOENT) => {
            let trimmed = path.trim_end_matches('/');
            let parent = match trimmed.rfind('/') {
                Some(0) => "/",
                Some(i) => &trimmed[..i],
                None => return Err(libc::ENOENT),
            };
            if parent == trimmed {
                return Err(libc::ENOENT);
            }
            let first = mkdirp(parent, mode)?;
            match mkdir_one(path, mode) {
                Ok(()) => Ok(first.or_else(|| Some(path.to_string()))),
                Err(libc::EEXIST) if is_dir(path) => Ok(first),
                Err(e) => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

fn do_mkdir(path: &str, recursive: bool, mode: u32) -> Result<Option<String>, SysError> {
    let r = if recursive {
        mkdirp(path, mode)
    } else {
        mkdir_one(path, mode).map(|_| None)
    };
    r.map_err(|e| SysError::new(e, "mkdir").with_path(path))
}

#[op2]
#[string]
fn op_fs_mkdir(
    #[string] path: &str,
    recursive: bool,
    mode: u32,
) -> Result<Option<String>, SysError> {
    do_mkdir(path, recursive, mode)
}

#[op2]
#[string]
async fn op_fs_mkdir_async(
    #[string] path: String,
    recursive: bool,
    mode: u32,
) -> Result<Option<String>, SysError> {
    blocking(move || do_mkdir(&path, recursive, mode)).await
}

fn do_mkdtemp(prefix: &str) -> Result<String, SysError> {
    let template = format!("{prefix}XXXXXX");
    let c = cpath(&template, "mkdtemp")?;
    let raw = c.into_raw();
    // SAFETY: `raw` is a writable NUL-terminated template we own.
    let r = unsafe { libc::mkdtemp(raw) };
    let errno = last_errno();
    // SAFETY: reclaim the string from into_raw.
    let c = unsafe { CString::from_raw(raw) };
    if r.is_null() {
        return Err(SysError::new(errno, "mkdtemp").with_path(template));
    }
    Ok(c.to_string_lossy().into_owned())
}

#[op2]
#[string]
fn op_fs_mkdtemp(#[string] prefix: &str) -> Result<String, SysError> {
    do_mkdtemp(prefix)
}

#[op2]
#[string]
async fn op_fs_mkdtemp_async(#[string] prefix: String) -> Result<String, SysError> {
    blocking(move || do_mkdtemp(&prefix)).await
}

/// Remove a tree without following symlinks; errors name the entry that
/// failed (rm's syscall names as Node reports them).
fn remove_tree(path: &str) -> Result<(), SysError> {
    let meta =
        std::fs::symlink_metadata(path).map_err(|e| SysError::io(&e, "lstat").with_path(path))?;
    if meta.is_dir() {
        let rd =
            std::fs::read_dir(path).map_err(|e| SysError::io(&e, "scandir").with_path(path))?;
        for ent in rd {
            let ent = ent.map_err(|e| SysError::io(&e, "scandir").with_path(path))?;
            let child = ent.path();
            remove_tree(&child.to_string_lossy())?;
        }
        std::fs::remove_dir(path).map_err(|e| SysError::io(&e, "rmdir").with_path(path))
    } else {
        std::fs::remove_file(path).map_err(|e| SysError::io(&e, "unlink").with_path(path))
    }
}

/// `fs.rm` once JS has checked the directory/recursive rule.
fn do_rm(path: &str, recursive: bool, force: bool) -> Result<(), SysError> {
    let r = if recursive {
        remove_tree(path)
    } else {
        std::fs::remove_file(path).map_err(|e| SysError::io(&e, "rm").with_path(path))
    };
    match r {
        Err(e) if force && e.errno == libc::ENOENT => Ok(()),
        r => r,
    }
}

#[op2(fast)]
fn op_fs_rm(#[string] path: &str, recursive: bool, force: bool) -> Result<(), SysError> {
    do_rm(path, recursive, force)
}

#[op2]
async fn op_fs_rm_async(
    #[string] path: String,
    recursive: bool,
    force: bool,
) -> Result<(), SysError> {
    blocking(move || do_rm(&path, recursive, force)).await
}

// ---- one-path syscalls ------------------------------------------------------------

/// The simple path syscalls, by number: 0 rmdir, 1 unlink, 2 access(mode),
/// 3 chmod(mode), 4 truncate(len) (syscall "open" as Node reports it).
fn do_path_op(op: i32, path: &str, arg: f64) -> Result<(), SysError> {
    let name = match op {
        0 => "rmdir",
        1 => "unlink",
        2 => "access",
        3 => "chmod",
        _ => "open",
    };
    let c = cpath(path, name)?;
    let p = c.as_ptr();
    // SAFETY: valid C string for each call.
    let r = retry(|| unsafe {
        match op {
            0 => libc::rmdir(p),
            1 => libc::unlink(p),
            2 => libc::access(p, arg as i32),
            3 => libc::chmod(p, arg as libc::mode_t),
            _ => libc::truncate(p, arg as libc::off_t),
        }
    });
    r.map(|_| ())
        .map_err(|e| SysError::new(e, name).with_path(path))
}

#[op2(fast)]
fn op_fs_path_op(op: i32, #[string] path: &str, arg: f64) -> Result<(), SysError> {
    do_path_op(op, path, arg)
}

#[op2]
async fn op_fs_path_op_async(op: i32, #[string] path: String, arg: f64) -> Result<(), SysError> {
    blocking(move || do_path_op(op, &path, arg)).await
}

/// `fs.existsSync`: access(F_OK) succeeds.
#[op2(fast)]
fn op_fs_exists(#[string] path: &str) -> bool {
    match CString::new(path) {
        // SAFETY: valid C string.
        Ok(c) => unsafe { libc::access(c.as_ptr(), libc::F_OK) == 0 },
        Err(_) => false,
    }
}

#[op2]
async fn op_fs_exists_async(#[string] path: String) -> bool {
    tokio::task::spawn_blocking(move || match CString::new(path) {
        // SAFETY: valid C string.
        Ok(c) => unsafe { libc::access(c.as_ptr(), libc::F_OK) == 0 },
        Err(_) => false,
    })
    .await
    .unwrap_or(false)
}

/// fd syscalls: 0 fsync, 1 fdatasync, 2 ftruncate(len), 3 fchmod(mode).
fn do_fd_op(op: i32, fd: i32, arg: f64) -> Result<(), SysError> {
    let name = match op {
        0 => "fsync",
        1 => "fdatasync",
        2 => "ftruncate",
        _ => "fchmod",
    };
    // SAFETY: plain fd syscalls.
    let r = retry(|| unsafe {
        match op {
            0 => libc::fsync(fd),
            1 => libc::fdatasync(fd),
            2 => libc::ftruncate(fd, arg as libc::off_t),
            _ => libc::fchmod(fd, arg as libc::mode_t),
        }
    });
    r.map(|_| ()).map_err(|e| SysError::new(e, name))
}

#[op2(fast)]
fn op_fs_fd_op(op: i32, fd: i32, arg: f64) -> Result<(), SysError> {
    do_fd_op(op, fd, arg)
}

#[op2]
async fn op_fs_fd_op_async(op: i32, fd: i32, arg: f64) -> Result<(), SysError> {
    blocking(move || do_fd_op(op, fd, arg)).await
}

/// chown variants: kind 0 chown, 1 lchown; fchown has its own op.
fn do_chown(path: &str, kind: i32, uid: u32, gid: u32) -> Result<(), SysError> {
    let name = if kind == 1 { "lchown" } else { "chown" };
    let c = cpath(path, name)?;
    // SAFETY: valid C string.
    let r = unsafe {
        if kind == 1 {
            libc::lchown(c.as_ptr(), uid, gid)
        } else {
            libc::chown(c.as_ptr(), uid, gid)
        }
    };
    if r < 0 {
        return Err(err_path(name, path));
    }
    Ok(())
}

#[op2(fast)]
fn op_fs_chown(#[string] path: &str, kind: i32, uid: u32, gid: u32) -> Result<(), SysError> {
    do_chown(path, kind, uid, gid)
}

#[op2]
async fn op_fs_chown_async(
    #[string] path: String,
    kind: i32,
    uid: u32,
    gid: u32,
) -> Result<(), SysError> {
    blocking(move || do_chown(&path, kind, uid, gid)).await
}

fn do_fchown(fd: i32, uid: u32, gid: u32) -> Result<(), SysError> {
    // SAFETY: plain fd syscall.
    if unsafe { libc::fchown(fd, uid, gid) } < 0 {
        return Err(SysError::new(last_errno(), "fchown"));
    }
    Ok(())
}

#[op2(fast)]
fn op_fs_fchown(fd: i32, uid: u32, gid: u32) -> Result<(), SysError> {
    do_fchown(fd, uid, gid)
}

#[op2]
async fn op_fs_fchown_async(fd: i32, uid: u32, gid: u32) -> Result<(), SysError> {
    blocking(move || do_fchown(fd, uid, gid)).await
}

fn timespec(t: f64) -> libc::timespec {
    let sec = t.floor();
    libc::timespec {
        tv_sec: sec as libc::time_t,
        tv_nsec: (((t - sec) * 1e9) as libc::c_long).min(999_999_999),
    }
}

/// utimes family: kind 0 utimes (path), 1 lutimes (path), 2 futimes (fd).
/// Times are seconds since the epoch.
fn do_utimes(path: &str, fd: i32, kind: i32, atime: f64, mtime: f64) -> Result<(), SysError> {
    let ts = [timespec(atime), timespec(mtime)];
    if kind == 2 {
        // SAFETY: valid fd and timespec array.
        if unsafe { libc::futimens(fd, ts.as_ptr()) } < 0 {
            return Err(SysError::new(last_errno(), "futime"));
        }
        return Ok(());
    }
    let name = if kind == 1 { "lutime" } else { "utime" };
    let c = cpath(path, name)?;
    let flags = if kind == 1 {
        libc::AT_SYMLINK_NOFOLLOW
    } else {
        0
    };
    // SAFETY: valid C string and timespec array.
    if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), flags) } < 0 {
        return Err(err_path(name, path));
    }
    Ok(())
}

#[op2(fast)]
fn op_fs_utimes(
    #[string] path: &str,
    fd: i32,
    kind: i32,
    atime: f64,
    mtime: f64,
) -> Result<(), SysError> {
    do_utimes(path, fd, kind, atime, mtime)
}

#[op2]
async fn op_fs_utimes_async(
    #[string] path: String,
    fd: i32,
    kind: i32,
    atime: f64,
    mtime: f64,
) -> Result<(), SysError> {
    blocking(move || do_utimes(&path, fd, kind, atime, mtime)).await
}

// ---- two-path syscalls -----------------------------------------------------------

/// 0 rename, 1 link, 2 symlink(target=a, path=b), 3 copyfile(flags = arg).
fn do_two_path(op: i32, a: &str, b: &str, arg: i32) -> Result<(), SysError> {
    if op == 3 {
        return do_copyfile(a, b, arg);
    }
    let name = match op {
        0 => "rename",
        1 => "link",
        _ => "symlink",
    };
    let ca = cpath(a, name)?;
    let cb = cpath(b, name)?;
    // SAFETY: valid C strings.
    let r = unsafe {
        match op {
            0 => libc::rename(ca.as_ptr(), cb.as_ptr()),
            1 => libc::link(ca.as_ptr(), cb.as_ptr()),
            _ => libc::symlink(ca.as_ptr(), cb.as_ptr()),
        }
    };
    if r < 0 {
        return Err(err_dest(name, a, b));
    }
    Ok(())
}

fn do_copyfile(src: &str, dest: &str, flags: i32) -> Result<(), SysError> {
    let fail = |e: i32| SysError::new(e, "copyfile").with_path(src).with_dest(dest);
    let mut input = File::open(src).map_err(|e| fail(e.raw_os_error().unwrap_or(libc::EIO)))?;
    let meta = input
        .metadata()
        .map_err(|e| fail(e.raw_os_error().unwrap_or(libc::EIO)))?;
    if meta.is_dir() {
        return Err(fail(libc::EISDIR));
    }
    // Copying a file onto itself is a no-op (truncating dest would lose it).
    if flags & 1 == 0 {
        if let Ok(dm) = std::fs::metadata(dest) {
            if dm.dev() == meta.dev() && dm.ino() == meta.ino() {
                return Ok(());
            }
        }
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true);
    if flags & 1 != 0 {
        opts.create_new(true);
    } else {
        opts.create(true).truncate(true);
    }
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, meta.mode() & 0o7777);
    let mut output = opts
        .open(dest)
        .map_err(|e| fail(e.raw_os_error().unwrap_or(libc::EIO)))?;
    // COPYFILE_FICLONE (2) tries a reflink first; COPYFILE_FICLONE_FORCE (4)
    // insists on one and, like libuv, removes dest when it cannot be made.
    if flags & 6 != 0 {
        const FICLONE: libc::c_ulong = 0x4004_9409;
        // SAFETY: both descriptors are open for the duration of the call.
        let r = unsafe { libc::ioctl(output.as_raw_fd(), FICLONE as _, input.as_raw_fd()) };
        if r == 0 {
            let _ = output.set_permissions(meta.permissions());
            return Ok(());
        }
        if flags & 4 != 0 {
            let err = last_errno();
            drop(output);
            let _ = std::fs::remove_file(dest);
            return Err(fail(err));
        }
    }
    std::io::copy(&mut input, &mut output)
        .map_err(|e| fail(e.raw_os_error().unwrap_or(libc::EIO)))?;
    // Match the source's permissions even when dest already existed.
    let _ = output.set_permissions(meta.permissions());
    Ok(())
}

#[op2(fast)]
fn op_fs_two_path(op: i32, #[string] a: &str, #[string] b: &str, arg: i32) -> Result<(), SysError> {
    do_two_path(op, a, b, arg)
}

#[op2]
async fn op_fs_two_path_async(
    op: i32,
    #[string] a: String,
    #[string] b: String,
    arg: i32,
) -> Result<(), SysError> {
    blocking(move || do_two_path(op, &a, &b, arg)).await
}

fn do_readlink(path: &str) -> Result<String, SysError> {
    std::fs::read_link(path)
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| SysError::io(&e, "readlink").with_path(path))
}

#[op2]
#[string]
fn op_fs_readlink(#[string] path: &str) -> Result<String, SysError> {
    do_readlink(path)
}

#[op2]
#[string]
async fn op_fs_readlink_async(#[string] path: String) -> Result<String, SysError> {
    blocking(move || do_readlink(&path)).await
}

/// realpath; `native` reports failures as `realpath`, otherwise as the
/// `lstat` of the first component that fails (what Node's JS walk reports).
/// Lexically resolve `rel` against the absolute directory `base`.
fn lexical_resolve(base: &str, rel: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let full = if rel.starts_with('/') {
        rel.to_string()
    } else {
        format!("{base}/{rel}")
    };
    for c in full.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            _ => parts.push(c.to_string()),
        }
    }
    parts
}

/// The error Node's JS realpath reports for an absolute `path`: it walks the
/// components with lstat, follows each symlink (stat, then readlink) and
/// goes on from the link's target, naming the first path that fails.
fn realpath_walk_error(path: &str) -> Option<SysError> {
    let mut rest: std::collections::VecDeque<String> = lexical_resolve("/", path).into();
    let mut current = String::new();
    let mut hops = 0;
    while let Some(comp) = rest.pop_front() {
        let next = format!("{current}/{comp}");
        let meta = match std::fs::symlink_metadata(&next) {
            Err(e) => return Some(SysError::io(&e, "lstat").with_path(&next)),
            Ok(m) => m,
        };
        if !meta.file_type().is_symlink() {
            current = next;
            continue;
        }
        if let Err(e) = std::fs::metadata(&next) {
            return Some(SysError::io(&e, "stat").with_path(&next));
        }
        hops += 1;
        let target = std::fs::read_link(&next).ok()?;
        if hops > 64 {
            return None;
        }
        let base = if current.is_empty() { "/" } else { &current };
        let mut resolved: std::collections::VecDeque<String> =
            lexical_resolve(base, &target.to_string_lossy()).into();
        resolved.extend(rest);
        rest = resolved;
        current = String::new();
    }
    None
}

fn do_realpath(path: &str, native: bool) -> Result<String, SysError> {
    match std::fs::canonicalize(path) {
        Ok(p) => Ok(p.to_string_lossy().into_owned()),
        Err(e) if native => Err(SysError::io(&e, "realpath").with_path(path)),
        Err(e) => Err(realpath_walk_error(path)
            .unwrap_or_else(|| SysError::io(&e, "realpath").with_path(path))),
    }
}

#[op2]
#[string]
fn op_fs_realpath2(#[string] path: &str, native: bool) -> Result<String, SysError> {
    do_realpath(path, native)
}

#[op2]
#[string]
async fn op_fs_realpath_async(#[string] path: String, native: bool) -> Result<String, SysError> {
    blocking(move || do_realpath(&path, native)).await
}

// ---- fs.watch (inotify) ------------------------------------------------------

/// An inotify instance watching one path (and, when recursive, the
/// directories under it). `wds` maps a watch descriptor to the directory's
/// path relative to the root ("" for the root itself).
struct WatchResource {
    fd: AsyncFd<OwnedFd>,
    wds: RefCell<HashMap<i32, String>>,
    root: String,
    recursive: bool,
    /// Name reported for events on the watched file itself (not a directory).
    self_name: Option<String>,
    cancel: CancelHandle,
}

impl Resource for WatchResource {
    fn name(&self) -> Cow<'_, str> {
        "fsWatcher".into()
    }
    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

const WATCH_MASK: u32 = libc::IN_ATTRIB
    | libc::IN_CREATE
    | libc::IN_MODIFY
    | libc::IN_DELETE
    | libc::IN_DELETE_SELF
    | libc::IN_MOVE_SELF
    | libc::IN_MOVED_FROM
    | libc::IN_MOVED_TO;

fn add_watch(fd: i32, path: &str) -> Result<i32, i32> {
    let c = CString::new(path).map_err(|_| libc::EINVAL)?;
    // SAFETY: valid inotify fd and C string.
    let wd = unsafe { libc::inotify_add_watch(fd, c.as_ptr(), WATCH_MASK) };
    if wd < 0 {
        return Err(last_errno());
    }
    Ok(wd)
}

/// Watch every directory under `dir` (relative name `rel`).
fn add_tree(fd: i32, dir: &str, rel: &str, wds: &mut HashMap<i32, String>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for ent in rd.flatten() {
        if ent.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            let name = ent.file_name().to_string_lossy().into_owned();
            let child = format!("{}/{}", dir.trim_end_matches('/'), name);
            let child_rel = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            if let Ok(wd) = add_watch(fd, &child) {
                wds.insert(wd, child_rel.clone());
            }
            add_tree(fd, &child, &child_rel, wds);
        }
    }
}

#[op2(fast)]
#[smi]
fn op_fs_watch_open(
    state: &mut OpState,
    #[string] path: &str,
    recursive: bool,
) -> Result<ResourceId, SysError> {
    let fail = |e: i32| SysError::new(e, "watch").with_path(path);
    // SAFETY: plain syscall.
    let raw = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
    if raw < 0 {
        return Err(fail(last_errno()));
    }
    // SAFETY: a new fd we own.
    let owned = unsafe { OwnedFd::from_raw_fd(raw) };
    let wd = add_watch(raw, path).map_err(fail)?;
    let is_dir = is_dir(path);
    let mut wds = HashMap::new();
    wds.insert(wd, String::new());
    if recursive && is_dir {
        add_tree(raw, path, "", &mut wds);
    }
    let self_name = if is_dir {
        None
    } else {
        Some(
            std::path::Path::new(path)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        )
    };
    // SAFETY: `owned` is an open inotify fd that the AsyncFd owns until drop.
    let fd = unsafe { AsyncFd::register_with_interest(owned, tokio::io::Interest::READABLE) }
        .map_err(|e| SysError::io(&e.into_parts().1, "watch").with_path(path))?;
    Ok(state.resource_table.add(WatchResource {
        fd,
        wds: RefCell::new(wds),
        root: path.to_string(),
        recursive: recursive && is_dir,
        self_name,
        cancel: CancelHandle::new(),
    }))
}

/// Parse a buffer of inotify events into (eventType, filename) pairs.
fn parse_events(res: &WatchResource, buf: &[u8]) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let header = std::mem::size_of::<libc::inotify_event>();
    let mut off = 0;
    while off + header <= buf.len() {
        // SAFETY: the kernel wrote a whole event header at `off`.
        let ev: libc::inotify_event =
            unsafe { std::ptr::read_unaligned(buf.as_ptr().add(off).cast()) };
        let name_start = off + header;
        let name_end = (name_start + ev.len as usize).min(buf.len());
        let raw_name = &buf[name_start..name_end];
        let name_len = raw_name
            .iter()
            .position(|b| *b == 0)
            .unwrap_or(raw_name.len());
        let name = String::from_utf8_lossy(&raw_name[..name_len]).into_owned();
        off = name_end;
        if ev.mask & libc::IN_IGNORED != 0 {
            res.wds.borrow_mut().remove(&ev.wd);
            continue;
        }
        let kind = if ev.mask & (libc::IN_ATTRIB | libc::IN_MODIFY) != 0 {
            "change"
        } else {
            "rename"
        };
        let prefix = res.wds.borrow().get(&ev.wd).cloned().unwrap_or_default();
        let filename = if name.is_empty() {
            match &res.self_name {
                Some(n) => n.clone(),
                None => prefix.clone(),
            }
        } else if prefix.is_empty() {
            name
        } else {
            format!("{prefix}/{name}")
        };
        if res.recursive && ev.mask & libc::IN_CREATE != 0 && ev.mask & libc::IN_ISDIR != 0 {
            let full = format!("{}/{}", res.root.trim_end_matches('/'), filename);
            let raw = res.fd.get_ref().as_raw_fd();
            if let Ok(wd) = add_watch(raw, &full) {
                res.wds.borrow_mut().insert(wd, filename.clone());
            }
            let mut more = HashMap::new();
            add_tree(raw, &full, &filename, &mut more);
            res.wds.borrow_mut().extend(more);
        }
        out.push((kind, filename));
    }
    out
}

/// The next batch of events; null once the watcher is closed.
#[op2]
#[serde]
async fn op_fs_watch_next(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<Option<Vec<(&'static str, String)>>, SysError> {
    let Ok(res) = state.borrow().resource_table.get::<WatchResource>(rid) else {
        return Ok(None);
    };
    let cancel = RcRef::map(&res, |r| &r.cancel);
    let wait = async {
        let mut buf = vec![0u8; 16384];
        loop {
            let mut guard = res.fd.readable().await?;
            let raw = res.fd.get_ref().as_raw_fd();
            // SAFETY: `buf` is valid for its length.
            let n = unsafe { libc::read(raw, buf.as_mut_ptr().cast(), buf.len()) };
            if n < 0 {
                let err = std::io::Error::last_os_error();
                if err.kind() == std::io::ErrorKind::WouldBlock {
                    guard.clear_ready();
                    continue;
                }
                return Err(err);
            }
            let events = parse_events(&res, &buf[..n as usize]);
            if !events.is_empty() {
                return Ok(events);
            }
        }
    };
    match wait.or_cancel(cancel).await {
        Err(_) => Ok(None),
        Ok(Err(e)) => Err(SysError::io(&e, "watch")),
        Ok(Ok(events)) => Ok(Some(events)),
    }
}

#[op2(fast)]
fn op_fs_watch_close(state: &mut OpState, #[smi] rid: ResourceId) {
    if let Ok(res) = state.resource_table.take_any(rid) {
        res.close();
    }
}

deno_core::extension!(
    host_fs,
    ops = [
        op_fs_read_file_utf8,
        op_fs_stat_kind,
        op_fs_realpath,
        op_fs_open,
        op_fs_open_async,
        op_fs_close,
        op_fs_close_async,
        op_fs_read,
        op_fs_read_async,
        op_fs_write,
        op_fs_write_async,
        op_fs_write_string,
        op_fs_write_string_async,
        op_fs_read_file,
        op_fs_read_file_async,
        op_fs_read_file_text,
        op_fs_read_file_text_async,
        op_fs_read_fd,
        op_fs_read_fd_async,
        op_fs_write_file,
        op_fs_write_file_async,
        op_fs_write_file_string,
        op_fs_write_file_string_async,
        op_fs_write_all,
        op_fs_write_all_async,
        op_fs_stat,
        op_fs_stat_async,
        op_fs_fstat,
        op_fs_fstat_async,
        op_fs_statfs,
        op_fs_statfs_async,
        op_fs_readdir,
        op_fs_readdir_async,
        op_fs_mkdir,
        op_fs_mkdir_async,
        op_fs_mkdtemp,
        op_fs_mkdtemp_async,
        op_fs_rm,
        op_fs_rm_async,
        op_fs_path_op,
        op_fs_path_op_async,
        op_fs_exists,
        op_fs_exists_async,
        op_fs_fd_op,
        op_fs_fd_op_async,
        op_fs_chown,
        op_fs_chown_async,
        op_fs_fchown,
        op_fs_fchown_async,
        op_fs_utimes,
        op_fs_utimes_async,
        op_fs_two_path,
        op_fs_two_path_async,
        op_fs_readlink,
        op_fs_readlink_async,
        op_fs_realpath2,
        op_fs_realpath_async,
        op_fs_watch_open,
        op_fs_watch_next,
        op_fs_watch_close,
    ]
);
