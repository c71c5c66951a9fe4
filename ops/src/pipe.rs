//! Pipes and other stream fds as async resources (child stdio).
//!
//! A `PipeResource` wraps any non-blocking stream fd (the parent's end of a
//! child's stdio socketpair, a pipe, a tty). JS serialises its reads and
//! its writes (one of each in flight at most), so no locks are needed.

use std::cell::RefCell;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::rc::Rc;

use deno_core::{op2, CancelFuture, CancelHandle, JsBuffer, OpState, RcRef, Resource, ResourceId};
use tokio::io::unix::AsyncFd;

use crate::error::SysError;

pub struct PipeResource {
    fd: AsyncFd<OwnedFd>,
    cancel: CancelHandle,
    buf: RefCell<Vec<u8>>,
}

fn set_nonblocking(fd: RawFd) -> std::io::Result<()> {
    // SAFETY: fcntl on a descriptor we own.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        if fl < 0 || libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK) < 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Register an owned fd with the reactor.
pub fn async_fd(fd: OwnedFd) -> std::io::Result<AsyncFd<OwnedFd>> {
    // SAFETY: the OwnedFd stays open and unchanged for the AsyncFd's life.
    unsafe { AsyncFd::register(fd) }.map_err(std::io::Error::from)
}

impl PipeResource {
    /// Wrap an fd (made non-blocking) for async reads and writes.
    pub fn new(fd: OwnedFd) -> std::io::Result<Self> {
        set_nonblocking(fd.as_raw_fd())?;
        Ok(PipeResource {
            fd: async_fd(fd)?,
            cancel: CancelHandle::new(),
            buf: RefCell::new(Vec::new()),
        })
    }

    fn raw(&self) -> RawFd {
        self.fd.get_ref().as_raw_fd()
    }

    /// One non-blocking write attempt: bytes written, or the errno.
    fn try_write(&self, data: &[u8]) -> Result<usize, i32> {
        loop {
            // SAFETY: data is a valid buffer; MSG_NOSIGNAL avoids SIGPIPE.
            let n = unsafe {
                libc::send(
                    self.raw(),
                    data.as_ptr().cast(),
                    data.len(),
                    libc::MSG_NOSIGNAL,
                )
            };
            let n = if n < 0 && last_errno() == libc::ENOTSOCK {
                // SAFETY: as above, for pipes and ttys.
                unsafe { libc::write(self.raw(), data.as_ptr().cast(), data.len()) }
            } else {
                n
            };
            if n >= 0 {
                return Ok(n as usize);
            }
            match last_errno() {
                libc::EINTR => continue,
                e => return Err(e),
            }
        }
    }
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

impl Resource for PipeResource {
    fn name(&self) -> std::borrow::Cow<'_, str> {
        "pipe".into()
    }
    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

fn get(
    state: &Rc<RefCell<OpState>>,
    rid: ResourceId,
    syscall: &'static str,
) -> Result<Rc<PipeResource>, SysError> {
    state
        .borrow()
        .resource_table
        .get::<PipeResource>(rid)
        .map_err(|_| SysError::new(libc::EBADF, syscall))
}

/// Read what is available (up to 64 KiB). An empty result is EOF (also
/// when the resource is closed while reading).
#[op2]
#[buffer]
async fn op_pipe_read(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<Vec<u8>, SysError> {
    let pipe = get(&state, rid, "read")?;
    let cancel = RcRef::map(&pipe, |p| &p.cancel);
    let fut = async {
        loop {
            let mut guard = pipe
                .fd
                .readable()
                .await
                .map_err(|e| SysError::io(&e, "read"))?;
            let mut buf = pipe.buf.borrow_mut();
            if buf.len() < 65536 {
                buf.resize(65536, 0);
            }
            // SAFETY: buf is valid for its length.
            let n = unsafe { libc::read(pipe.raw(), buf.as_mut_ptr().cast(), buf.len()) };
            if n >= 0 {
                return Ok(buf[..n as usize].to_vec());
            }
            match last_errno() {
                libc::EAGAIN => guard.clear_ready(),
                libc::EINTR => {}
                libc::ECONNRESET => return Ok(Vec::new()),
                e => return Err(SysError::new(e, "read")),
            }
        }
    };
    match fut.or_cancel(cancel).await {
        Ok(r) => r,
        Err(_) => Ok(Vec::new()),
    }
}

/// Try to write now without waiting: bytes written (possibly 0 when the
/// pipe is full), or a negative errno.
#[op2(fast)]
fn op_pipe_try_write(state: &mut OpState, #[smi] rid: ResourceId, #[buffer] data: &[u8]) -> f64 {
    let Ok(pipe) = state.resource_table.get::<PipeResource>(rid) else {
        return -(libc::EBADF as f64);
    };
    match pipe.try_write(data) {
        Ok(n) => n as f64,
        Err(libc::EAGAIN) => 0.0,
        Err(e) => -(e as f64),
    }
}

/// Write all of `data[offset..]`, waiting while the pipe is full.
#[op2]
async fn op_pipe_write(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
    #[buffer] data: JsBuffer,
    #[smi] offset: u32,
) -> Result<(), SysError> {
    let pipe = get(&state, rid, "write")?;
    let cancel = RcRef::map(&pipe, |p| &p.cancel);
    let fut = async {
        let mut off = offset as usize;
        while off < data.len() {
            let mut guard = pipe
                .fd
                .writable()
                .await
                .map_err(|e| SysError::io(&e, "write"))?;
            match pipe.try_write(&data[off..]) {
                Ok(n) => off += n,
                Err(libc::EAGAIN) => guard.clear_ready(),
                Err(e) => return Err(SysError::new(e, "write")),
            }
        }
        Ok(())
    };
    match fut.or_cancel(cancel).await {
        Ok(r) => r,
        Err(_) => Err(SysError::new(libc::ECANCELED, "write")),
    }
}

/// Half-close the write side (the peer reads EOF). Returns false when the
/// fd is not a socket (the caller closes it instead).
#[op2(fast)]
fn op_pipe_shutdown(state: &mut OpState, #[smi] rid: ResourceId) -> bool {
    let Ok(pipe) = state.resource_table.get::<PipeResource>(rid) else {
        return true;
    };
    // SAFETY: shutdown on a descriptor we own.
    let r = unsafe { libc::shutdown(pipe.raw(), libc::SHUT_WR) };
    r == 0 || last_errno() != libc::ENOTSOCK
}

/// Wrap an fd of this process (dup'd, so the original stays) as a pipe
/// resource.
#[op2(fast)]
#[smi]
fn op_pipe_open(state: &mut OpState, fd: i32) -> Result<ResourceId, SysError> {
    // SAFETY: F_DUPFD_CLOEXEC only creates a descriptor.
    let dup = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 3) };
    if dup < 0 {
        return Err(SysError::new(last_errno(), "open"));
    }
    // SAFETY: a new descriptor we own.
    let owned = unsafe { OwnedFd::from_raw_fd(dup) };
    let res = PipeResource::new(owned).map_err(|e| SysError::io(&e, "open"))?;
    Ok(state.resource_table.add(res))
}

/// The fd number behind a pipe resource (`-1` when closed).
#[op2(fast)]
fn op_pipe_fd(state: &mut OpState, #[smi] rid: ResourceId) -> i32 {
    state
        .resource_table
        .get::<PipeResource>(rid)
        .map(|p| p.raw())
        .unwrap_or(-1)
}

deno_core::extension!(
    host_pipe,
    ops = [
        op_pipe_read,
        op_pipe_try_write,
        op_pipe_write,
        op_pipe_shutdown,
        op_pipe_open,
        op_pipe_fd
    ]
);
