//! Standard streams: synchronous writes (Node writes to files and pipes
//! synchronously on Linux), terminal detection and size, blocking reads.

use std::collections::HashMap;
use std::os::fd::RawFd;

use deno_core::op2;

use crate::error::SysError;

/// Write all of `data` to `fd`, waiting when the fd is non-blocking and full.
pub fn write_all_fd(fd: RawFd, mut data: &[u8]) -> Result<(), SysError> {
    while !data.is_empty() {
        // SAFETY: `data` is a valid buffer for its length.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n >= 0 {
            data = &data[n as usize..];
            continue;
        }
        let err = std::io::Error::last_os_error();
        match err.raw_os_error() {
            Some(libc::EINTR) => continue,
            Some(libc::EAGAIN) => {
                let mut pfd = libc::pollfd {
                    fd,
                    events: libc::POLLOUT,
                    revents: 0,
                };
                // SAFETY: one valid pollfd.
                unsafe { libc::poll(&mut pfd, 1, -1) };
            }
            _ => return Err(SysError::io(&err, "write")),
        }
    }
    Ok(())
}

/// Synchronous write of a whole buffer to an fd (stdout, stderr, files).
#[op2(fast)]
fn op_stdio_write(#[smi] fd: i32, #[buffer] data: &[u8]) -> Result<(), SysError> {
    write_all_fd(fd, data)
}

/// Synchronous write of a string as UTF-8.
#[op2(fast)]
fn op_stdio_write_str(#[smi] fd: i32, #[string] data: &str) -> Result<(), SysError> {
    write_all_fd(fd, data.as_bytes())
}

/// "tty", "file", "pipe", "socket", "char", "dir" or "unknown"; "closed"
/// when the fd is not open.
#[op2]
#[string]
fn op_stdio_fd_type(#[smi] fd: i32) -> &'static str {
    // SAFETY: isatty/fstat only read the fd table.
    unsafe {
        if libc::isatty(fd) == 1 {
            return "tty";
        }
        let mut st: libc::stat = std::mem::zeroed();
        if libc::fstat(fd, &mut st) != 0 {
            return "closed";
        }
        match st.st_mode & libc::S_IFMT {
            libc::S_IFREG => "file",
            libc::S_IFIFO => "pipe",
            libc::S_IFSOCK => "socket",
            libc::S_IFCHR => "char",
            libc::S_IFDIR => "dir",
            _ => "unknown",
        }
    }
}

/// `[columns, rows]` of the terminal on `fd`, or null.
#[op2]
#[serde]
fn op_stdio_window_size(#[smi] fd: i32) -> Option<(u16, u16)> {
    // SAFETY: TIOCGWINSZ writes one winsize.
    unsafe {
        let mut ws: libc::winsize = std::mem::zeroed();
        if libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) == 0 && ws.ws_col > 0 {
            Some((ws.ws_col, ws.ws_row))
        } else {
            None
        }
    }
}

/// The terminal settings before the first mode change (fd, termios), put
/// back by `op_stdio_set_raw(fd, false)` and when the process exits, as
/// libuv's `uv_tty_reset_mode` does for Node.
static ORIG_TERMIOS: parking_lot::Mutex<Option<(RawFd, libc::termios)>> =
    parking_lot::Mutex::new(None);

extern "C" fn reset_tty_at_exit() {
    if let Some(mut saved) = ORIG_TERMIOS.try_lock() {
        if let Some((fd, t)) = saved.take() {
            // SAFETY: restoring a termios read earlier from the same fd.
            unsafe { libc::tcsetattr(fd, libc::TCSANOW, &t) };
        }
    }
}

/// Put the terminal on `fd` in raw mode (libuv's UV_TTY_MODE_RAW: no echo,
/// no line editing, no signals; output processing stays on) or back to how
/// it was.
#[op2(fast)]
fn op_stdio_set_raw(#[smi] fd: i32, raw: bool) -> Result<(), SysError> {
    // SAFETY: tcgetattr writes one termios.
    let mut current: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(fd, &mut current) } != 0 {
        return Err(SysError::io(
            &std::io::Error::last_os_error(),
            "uv_tty_set_mode",
        ));
    }
    let base = {
        let mut saved = ORIG_TERMIOS.lock();
        match *saved {
            Some((saved_fd, t)) if saved_fd == fd => t,
            Some(_) => current,
            None => {
                *saved = Some((fd, current));
                // SAFETY: registers a plain extern "C" function once.
                unsafe { libc::atexit(reset_tty_at_exit) };
                current
            }
        }
    };
    let mut t = base;
    if raw {
        t.c_iflag &= !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
        t.c_oflag |= libc::ONLCR;
        t.c_cflag |= libc::CS8;
        t.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN | libc::ISIG);
        t.c_cc[libc::VMIN] = 1;
        t.c_cc[libc::VTIME] = 0;
    }
    // SAFETY: applies a termios derived from the fd's own settings.
    if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &t) } != 0 {
        return Err(SysError::io(
            &std::io::Error::last_os_error(),
            "uv_tty_set_mode",
        ));
    }
    Ok(())
}

/// One blocking read of up to 64 KiB; an empty result is EOF.
fn read_once(fd: RawFd) -> Result<Vec<u8>, SysError> {
    let mut buf = vec![0u8; 65536];
    loop {
        // SAFETY: `buf` is valid for its length.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n >= 0 {
            buf.truncate(n as usize);
            return Ok(buf);
        }
        let err = std::io::Error::last_os_error();
        match err.raw_os_error() {
            Some(libc::EINTR) => continue,
            Some(libc::EAGAIN) => {
                let mut pfd = libc::pollfd {
                    fd,
                    events: libc::POLLIN,
                    revents: 0,
                };
                // SAFETY: one valid pollfd.
                unsafe { libc::poll(&mut pfd, 1, -1) };
            }
            _ => return Err(SysError::io(&err, "read")),
        }
    }
}

type ReadReply = tokio::sync::oneshot::Sender<Result<Vec<u8>, SysError>>;

/// The reader thread for `fd` (one per fd, started on first use). Reads run
/// on a plain detached thread rather than tokio's blocking pool: a read that
/// never completes (an open, idle stdin) must not hold up the end of the
/// event loop or the tokio runtime's shutdown.
fn reader_for(fd: RawFd) -> Result<std::sync::mpsc::Sender<ReadReply>, SysError> {
    static READERS: std::sync::OnceLock<
        parking_lot::Mutex<HashMap<RawFd, std::sync::mpsc::Sender<ReadReply>>>,
    > = std::sync::OnceLock::new();
    let mut map = READERS.get_or_init(Default::default).lock();
    if let Some(tx) = map.get(&fd) {
        return Ok(tx.clone());
    }
    let (tx, rx) = std::sync::mpsc::channel::<ReadReply>();
    std::thread::Builder::new()
        .name(format!("host-stdio-read-{fd}"))
        .spawn(move || {
            for reply in rx {
                let _ = reply.send(read_once(fd));
            }
        })
        .map_err(|e| SysError::io(&e, "read"))?;
    map.insert(fd, tx.clone());
    Ok(tx)
}

/// Read up to 64 KiB from `fd` without blocking the event loop; an empty
/// result is EOF.
#[op2]
#[buffer]
async fn op_stdio_read(#[smi] fd: i32) -> Result<Vec<u8>, SysError> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    reader_for(fd)?
        .send(tx)
        .map_err(|_| SysError::new(libc::EIO, "read"))?;
    rx.await
        .unwrap_or_else(|_| Err(SysError::new(libc::EIO, "read")))
}

deno_core::extension!(
    host_stdio,
    ops = [
        op_stdio_write,
        op_stdio_write_str,
        op_stdio_fd_type,
        op_stdio_window_size,
        op_stdio_set_raw,
        op_stdio_read,
    ]
);
