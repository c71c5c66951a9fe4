//! Errors that cross the op boundary in Node's shape: a system error carries
//! `errno`, `syscall` and optional `path`/`dest`, and JS turns it into Node's
//! message ("ENOENT: no such file or directory, open '/x'").

use std::borrow::Cow;

use deno_core::op2;
use deno_error::{AdditionalProperties, JsErrorClass, PropertyValue};

/// A failed system call. Thrown in JS as a `HostSysError` whose builder
/// (js/internal/bootstrap/main.js) creates Node's error object.
#[derive(Debug)]
pub struct SysError {
    /// Positive OS errno.
    pub errno: i32,
    pub syscall: Cow<'static, str>,
    pub path: Option<String>,
    pub dest: Option<String>,
}

impl SysError {
    /// An error for `syscall` from an OS errno.
    pub fn new(errno: i32, syscall: impl Into<Cow<'static, str>>) -> Self {
        SysError {
            errno,
            syscall: syscall.into(),
            path: None,
            dest: None,
        }
    }

    /// An error for `syscall` from an `io::Error` (EIO when it has no errno).
    pub fn io(err: &std::io::Error, syscall: impl Into<Cow<'static, str>>) -> Self {
        Self::new(err.raw_os_error().unwrap_or(libc::EIO), syscall)
    }

    /// An error for `syscall` from a nix errno.
    pub fn nix(err: nix::errno::Errno, syscall: impl Into<Cow<'static, str>>) -> Self {
        Self::new(err as i32, syscall)
    }

    /// Attach the path argument Node reports.
    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Attach the destination path Node reports (rename, link, copyFile...).
    pub fn with_dest(mut self, dest: impl Into<String>) -> Self {
        self.dest = Some(dest.into());
        self
    }
}

impl std::fmt::Display for SysError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (code, desc) = errno_entry(self.errno).unwrap_or(("UNKNOWN", "unknown error"));
        write!(f, "{code}: {desc}, {}", self.syscall)?;
        if let Some(p) = &self.path {
            write!(f, " '{p}'")?;
        }
        if let Some(d) = &self.dest {
            write!(f, " -> '{d}'")?;
        }
        Ok(())
    }
}

impl std::error::Error for SysError {}

impl JsErrorClass for SysError {
    fn get_class(&self) -> Cow<'static, str> {
        "HostSysError".into()
    }
    fn get_message(&self) -> Cow<'static, str> {
        self.to_string().into()
    }
    fn get_additional_properties(&self) -> AdditionalProperties {
        let mut props: Vec<(Cow<'static, str>, PropertyValue)> = vec![
            ("errno".into(), PropertyValue::Number(self.errno as f64)),
            (
                "syscall".into(),
                PropertyValue::String(self.syscall.clone()),
            ),
        ];
        if let Some(p) = &self.path {
            props.push(("path".into(), PropertyValue::String(p.clone().into())));
        }
        if let Some(d) = &self.dest {
            props.push(("dest".into(), PropertyValue::String(d.clone().into())));
        }
        Box::new(props.into_iter())
    }
    fn get_ref(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }
}

impl From<std::io::Error> for SysError {
    fn from(err: std::io::Error) -> Self {
        SysError::io(&err, "unknown")
    }
}

/// errno -> (Node's code, libuv's description), Linux numbering.
pub const ERRNO_TABLE: &[(i32, &str, &str)] = &[
    (libc::E2BIG, "E2BIG", "argument list too long"),
    (libc::EACCES, "EACCES", "permission denied"),
    (libc::EADDRINUSE, "EADDRINUSE", "address already in use"),
    (
        libc::EADDRNOTAVAIL,
        "EADDRNOTAVAIL",
        "address not available",
    ),
    (
        libc::EAFNOSUPPORT,
        "EAFNOSUPPORT",
        "address family not supported",
    ),
    (libc::EAGAIN, "EAGAIN", "resource temporarily unavailable"),
    (libc::EALREADY, "EALREADY", "connection already in progress"),
    (libc::EBADF, "EBADF", "bad file descriptor"),
    (libc::EBUSY, "EBUSY", "resource busy or locked"),
    (libc::ECANCELED, "ECANCELED", "operation canceled"),
    (libc::ECHILD, "ECHILD", "no child processes"),
    (
        libc::ECONNABORTED,
        "ECONNABORTED",
        "software caused connection abort",
    ),
    (libc::ECONNREFUSED, "ECONNREFUSED", "connection refused"),
    (libc::ECONNRESET, "ECONNRESET", "connection reset by peer"),
    (libc::EDEADLK, "EDEADLK", "resource deadlock avoided"),
    (
        libc::EDESTADDRREQ,
        "EDESTADDRREQ",
        "destination address required",
    ),
    (libc::EDOM, "EDOM", "numerical argument out of domain"),
    (libc::EDQUOT, "EDQUOT", "disk quota exceeded"),
    (libc::EEXIST, "EEXIST", "file already exists"),
    (
        libc::EFAULT,
        "EFAULT",
        "bad address in system call argument",
    ),
    (libc::EFBIG, "EFBIG", "file too large"),
    (libc::EHOSTUNREACH, "EHOSTUNREACH", "host is unreachable"),
    (libc::EIDRM, "EIDRM", "identifier removed"),
    (libc::EILSEQ, "EILSEQ", "illegal byte sequence"),
    (libc::EINPROGRESS, "EINPROGRESS", "operation in progress"),
    (libc::EINTR, "EINTR", "interrupted system call"),
    (libc::EINVAL, "EINVAL", "invalid argument"),
    (libc::EIO, "EIO", "i/o error"),
    (libc::EISCONN, "EISCONN", "socket is already connected"),
    (libc::EISDIR, "EISDIR", "illegal operation on a directory"),
    (libc::ELOOP, "ELOOP", "too many symbolic links encountered"),
    (libc::EMFILE, "EMFILE", "too many open files"),
    (libc::EMLINK, "EMLINK", "too many links"),
    (libc::EMSGSIZE, "EMSGSIZE", "message too long"),
    (libc::ENAMETOOLONG, "ENAMETOOLONG", "name too long"),
    (libc::ENETDOWN, "ENETDOWN", "network is down"),
    (libc::ENETUNREACH, "ENETUNREACH", "network is unreachable"),
    (libc::ENFILE, "ENFILE", "file table overflow"),
    (libc::ENOBUFS, "ENOBUFS", "no buffer space available"),
    (libc::ENODEV, "ENODEV", "no such device"),
    (libc::ENOENT, "ENOENT", "no such file or directory"),
    (libc::ENOEXEC, "ENOEXEC", "exec format error"),
    (libc::ENOMEM, "ENOMEM", "not enough memory"),
    (libc::ENOPROTOOPT, "ENOPROTOOPT", "protocol not available"),
    (libc::ENOSPC, "ENOSPC", "no space left on device"),
    (libc::ENOSYS, "ENOSYS", "function not implemented"),
    (libc::ENOTCONN, "ENOTCONN", "socket is not connected"),
    (libc::ENOTDIR, "ENOTDIR", "not a directory"),
    (libc::ENOTEMPTY, "ENOTEMPTY", "directory not empty"),
    (libc::ENOTSOCK, "ENOTSOCK", "socket operation on non-socket"),
    (
        libc::ENOTSUP,
        "ENOTSUP",
        "operation not supported on socket",
    ),
    (libc::ENOTTY, "ENOTTY", "inappropriate ioctl for device"),
    (libc::ENXIO, "ENXIO", "no such device or address"),
    (
        libc::EOVERFLOW,
        "EOVERFLOW",
        "value too large for defined data type",
    ),
    (libc::EPERM, "EPERM", "operation not permitted"),
    (libc::EPIPE, "EPIPE", "broken pipe"),
    (libc::EPROTO, "EPROTO", "protocol error"),
    (
        libc::EPROTONOSUPPORT,
        "EPROTONOSUPPORT",
        "protocol not supported",
    ),
    (
        libc::EPROTOTYPE,
        "EPROTOTYPE",
        "protocol wrong type for socket",
    ),
    (libc::ERANGE, "ERANGE", "result too large"),
    (libc::EROFS, "EROFS", "read-only file system"),
    (
        libc::ESHUTDOWN,
        "ESHUTDOWN",
        "cannot send after transport endpoint shutdown",
    ),
    (libc::ESPIPE, "ESPIPE", "invalid seek"),
    (libc::ESRCH, "ESRCH", "no such process"),
    (libc::ETIMEDOUT, "ETIMEDOUT", "connection timed out"),
    (libc::ETXTBSY, "ETXTBSY", "text file is busy"),
    (libc::EXDEV, "EXDEV", "cross-device link not permitted"),
    (libc::ENOTBLK, "ENOTBLK", "block device required"),
    (
        libc::ESOCKTNOSUPPORT,
        "ESOCKTNOSUPPORT",
        "socket type not supported",
    ),
    (libc::EHOSTDOWN, "EHOSTDOWN", "host is down"),
    (libc::EREMOTEIO, "EREMOTEIO", "remote I/O error"),
    (libc::ENODATA, "ENODATA", "no data available"),
    (libc::ENONET, "ENONET", "machine is not on the network"),
    (libc::EUNATCH, "EUNATCH", "protocol driver not attached"),
    (
        libc::ENOTRECOVERABLE,
        "ENOTRECOVERABLE",
        "state not recoverable",
    ),
    (libc::EOWNERDEAD, "EOWNERDEAD", "owner died"),
    (libc::ESTALE, "ESTALE", "stale file handle"),
    (libc::ENOLCK, "ENOLCK", "no locks available"),
    (libc::ENOLINK, "ENOLINK", "link has been severed"),
    (libc::ENOMSG, "ENOMSG", "no message of desired type"),
    (libc::ENOSR, "ENOSR", "out of streams resources"),
    (libc::ENOSTR, "ENOSTR", "device not a stream"),
    (libc::ETIME, "ETIME", "timer expired"),
    (libc::EBADMSG, "EBADMSG", "bad message"),
    (libc::EMULTIHOP, "EMULTIHOP", "multihop attempted"),
    (libc::ECOMM, "ECOMM", "communication error on send"),
];

/// Node's code and libuv's description for a positive errno.
pub fn errno_entry(errno: i32) -> Option<(&'static str, &'static str)> {
    ERRNO_TABLE
        .iter()
        .find(|(n, _, _)| *n == errno)
        .map(|(_, c, d)| (*c, *d))
}

/// The errno table for JS: `{ [errno]: [code, description] }`.
#[op2]
#[serde]
fn op_host_errno_table() -> std::collections::HashMap<String, (&'static str, &'static str)> {
    // serde_v8 maps need string keys; JS indexes them with numbers all the same.
    ERRNO_TABLE
        .iter()
        .map(|(n, c, d)| (n.to_string(), (*c, *d)))
        .collect()
}

deno_core::extension!(host_error, ops = [op_host_errno_table]);
