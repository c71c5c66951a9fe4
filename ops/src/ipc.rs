//! The IPC channel between a parent and a child: an AF_UNIX SOCK_STREAM
//! socketpair, Node's wire format.
//!
//! Reading uses `recvmsg`, so file descriptors sent as SCM_RIGHTS ancillary
//! data are collected (in arrival order) into a queue that JS takes from
//! when it meets the message that announced them (`NODE_HANDLE`), exactly
//! like libuv's pending handles. The json framing ("JSON + \n") is split
//! here: a read resolves with whole lines only, the partial tail stays in
//! the buffer. Writes go out at once when the socket takes them; the rest
//! waits in a queue that `op_ipc_flush` drains in order.
//!
//! Extension points for the advanced serialization and handle passing:
//! `Framing::Advanced` (4-byte big-endian length frames, returned as
//! buffers) and `op_ipc_write` taking an fd to attach as SCM_RIGHTS.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd, OwnedFd, RawFd};
use std::rc::Rc;

use deno_core::{op2, CancelFuture, CancelHandle, OpState, RcRef, Resource, ResourceId};
use tokio::io::unix::AsyncFd;

use crate::error::SysError;

/// How messages are delimited on the wire.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Framing {
    /// `JSON.stringify(msg) + "\n"`.
    Json,
    /// A 4-byte big-endian length, then V8 serializer bytes (issue 4).
    Advanced,
}

struct WriteQueue {
    /// Unwritten chunks, each with the descriptor to pass along with its
    /// first byte (handle passing); the first is written from `offset`.
    chunks: VecDeque<(Vec<u8>, Option<OwnedFd>)>,
    offset: usize,
    bytes: usize,
}

pub struct IpcResource {
    fd: AsyncFd<OwnedFd>,
    framing: Cell<Framing>,
    /// Bytes read but not yet handed to JS (a partial line).
    rbuf: RefCell<Vec<u8>>,
    /// Descriptors received as SCM_RIGHTS, oldest first.
    pending_fds: RefCell<VecDeque<OwnedFd>>,
    wq: RefCell<WriteQueue>,
    /// Messages fully written so far (the JS side counts the ones it
    /// submitted, which tells it which send() callbacks are due).
    written: Cell<f64>,
    /// Messages submitted so far (each write call is one message).
    submitted: Cell<f64>,
    cancel: CancelHandle,
    write_cancel: CancelHandle,
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

impl IpcResource {
    /// Wrap one end of a socketpair (made non-blocking and CLOEXEC).
    pub fn new(fd: OwnedFd) -> std::io::Result<Self> {
        let raw = fd.as_raw_fd();
        // SAFETY: fcntl on a descriptor we own.
        unsafe {
            let fl = libc::fcntl(raw, libc::F_GETFL);
            libc::fcntl(raw, libc::F_SETFL, fl | libc::O_NONBLOCK);
            libc::fcntl(raw, libc::F_SETFD, libc::FD_CLOEXEC);
        }
        Ok(IpcResource {
            fd: crate::pipe::async_fd(fd)?,
            framing: Cell::new(Framing::Json),
            rbuf: RefCell::new(Vec::new()),
            pending_fds: RefCell::new(VecDeque::new()),
            wq: RefCell::new(WriteQueue {
                chunks: VecDeque::new(),
                offset: 0,
                bytes: 0,
            }),
            written: Cell::new(0.0),
            submitted: Cell::new(0.0),
            cancel: CancelHandle::new(),
            write_cancel: CancelHandle::new(),
        })
    }

    fn raw(&self) -> RawFd {
        self.fd.get_ref().as_raw_fd()
    }

    /// One recvmsg: appends data to `rbuf` and fds to `pending_fds`.
    /// Ok(0) is EOF.
    fn recv_some(&self) -> Result<usize, i32> {
        // Read straight into the spare capacity of `rbuf` (no zeroing, no
        // copy).
        let mut rbuf = self.rbuf.borrow_mut();
        rbuf.reserve(65536);
        let len = rbuf.len();
        let spare = rbuf.capacity() - len;
        // Room for up to 16 descriptors per read.
        let mut cmsg_space = [0u64; 16];
        let mut iov = libc::iovec {
            // SAFETY: `len` is within the allocation.
            iov_base: unsafe { rbuf.as_mut_ptr().add(len) }.cast(),
            iov_len: spare,
        };
        // SAFETY: msghdr points at valid buffers that outlive the call; the
        // control messages are walked with the CMSG_* accessors.
        unsafe {
            let mut msg: libc::msghdr = std::mem::zeroed();
            msg.msg_iov = &mut iov;
            msg.msg_iovlen = 1;
            msg.msg_control = cmsg_space.as_mut_ptr().cast();
            msg.msg_controllen = std::mem::size_of_val(&cmsg_space) as _;
            let n = loop {
                let n = libc::recvmsg(self.raw(), &mut msg, libc::MSG_CMSG_CLOEXEC);
                if n < 0 && last_errno() == libc::EINTR {
                    continue;
                }
                break n;
            };
            if n < 0 {
                return Err(last_errno());
            }
            let mut cmsg = libc::CMSG_FIRSTHDR(&msg);
            while !cmsg.is_null() {
                if (*cmsg).cmsg_level == libc::SOL_SOCKET && (*cmsg).cmsg_type == libc::SCM_RIGHTS {
                    let data_ptr = libc::CMSG_DATA(cmsg) as *const RawFd;
                    let len = (*cmsg).cmsg_len as usize - libc::CMSG_LEN(0) as usize;
                    let count = len / std::mem::size_of::<RawFd>();
                    let mut q = self.pending_fds.borrow_mut();
                    for i in 0..count {
                        q.push_back(OwnedFd::from_raw_fd(std::ptr::read_unaligned(
                            data_ptr.add(i),
                        )));
                    }
                }
                cmsg = libc::CMSG_NXTHDR(&msg, cmsg);
            }
            let n = n as usize;
            // recvmsg initialised `n` bytes after `len`.
            rbuf.set_len(len + n);
            Ok(n)
        }
    }

    /// Complete lines (through the last '\n') taken out of `rbuf`.
    fn take_lines(&self) -> Option<String> {
        let mut rbuf = self.rbuf.borrow_mut();
        let end = rbuf.iter().rposition(|b| *b == b'\n')? + 1;
        // Copy the lines out (exact size); the buffer keeps its capacity.
        let lines = String::from_utf8_lossy(&rbuf[..end]).into_owned();
        rbuf.drain(..end);
        Some(lines)
    }

    /// One non-blocking sendmsg of `data`, with `fd` as SCM_RIGHTS when
    /// given: bytes written or errno.
    fn send_some(&self, data: &[u8], fd: Option<RawFd>) -> Result<usize, i32> {
        loop {
            let n = match fd {
                // SAFETY: data is a valid buffer; MSG_NOSIGNAL avoids SIGPIPE.
                None => unsafe {
                    libc::send(
                        self.raw(),
                        data.as_ptr().cast(),
                        data.len(),
                        libc::MSG_NOSIGNAL,
                    )
                },
                Some(fd) => send_with_fd(self.raw(), data, fd),
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

    /// Write queued chunks until the queue is empty or the socket is full.
    /// Returns Ok(true) when the queue is empty.
    fn write_queued(&self) -> Result<bool, i32> {
        let mut wq = self.wq.borrow_mut();
        loop {
            let off = wq.offset;
            let Some(front) = wq.chunks.front_mut() else {
                break;
            };
            let len = front.0.len();
            let fd = front.1.as_ref().map(|f| f.as_raw_fd());
            match self.send_some(&front.0[off..], fd) {
                Ok(n) => {
                    if n > 0 {
                        // The descriptor went out with these bytes.
                        front.1 = None;
                    }
                    wq.bytes -= n;
                    if off + n == len {
                        wq.chunks.pop_front();
                        wq.offset = 0;
                        self.written.set(self.written.get() + 1.0);
                    } else {
                        wq.offset = off + n;
                    }
                }
                Err(libc::EAGAIN) => return Ok(false),
                Err(e) => return Err(e),
            }
        }
        Ok(true)
    }

    /// Submit one message (with a descriptor to pass, for NODE_HANDLE):
    /// written now when nothing is queued before it, else queued. Returns
    /// the bytes left queued.
    fn submit(&self, data: &[u8], mut fd: Option<OwnedFd>) -> Result<usize, i32> {
        self.submitted.set(self.submitted.get() + 1.0);
        let queued = !self.wq.borrow().chunks.is_empty();
        let mut off = 0;
        if !queued {
            match self.send_some(data, fd.as_ref().map(|f| f.as_raw_fd())) {
                Ok(n) => {
                    off = n;
                    if n > 0 {
                        fd = None;
                    }
                }
                Err(libc::EAGAIN) => {}
                Err(e) => {
                    self.written.set(self.written.get() + 1.0);
                    return Err(e);
                }
            }
            if off == data.len() {
                self.written.set(self.written.get() + 1.0);
                return Ok(0);
            }
        }
        let mut wq = self.wq.borrow_mut();
        if wq.chunks.is_empty() {
            wq.offset = off;
        }
        wq.bytes += data.len() - off;
        wq.chunks.push_back((data.to_vec(), fd));
        Ok(wq.bytes)
    }

    /// Complete advanced frames (4-byte big-endian length + payload) taken
    /// out of `rbuf`, or an error for a length no message can have.
    fn take_frames(&self) -> Result<Option<Vec<u8>>, i32> {
        let mut rbuf = self.rbuf.borrow_mut();
        let mut end = 0;
        while rbuf.len() >= end + 4 {
            let len = u32::from_be_bytes([rbuf[end], rbuf[end + 1], rbuf[end + 2], rbuf[end + 3]])
                as usize;
            if len > MAX_FRAME {
                return Err(libc::EMSGSIZE);
            }
            if rbuf.len() < end + 4 + len {
                break;
            }
            end += 4 + len;
        }
        if end == 0 {
            return Ok(None);
        }
        let frames = rbuf[..end].to_vec();
        rbuf.drain(..end);
        Ok(Some(frames))
    }
}

/// The largest advanced frame accepted (a corrupt length reads as huge).
const MAX_FRAME: usize = 1 << 30;

/// sendmsg(2) of `data` with one descriptor as SCM_RIGHTS.
fn send_with_fd(sock: RawFd, data: &[u8], fd: RawFd) -> isize {
    // SAFETY: the msghdr points at buffers that live through the call; the
    // control message is built with the CMSG_* accessors in a buffer of
    // CMSG_SPACE(sizeof(int)) bytes.
    unsafe {
        let mut iov = libc::iovec {
            iov_base: data.as_ptr() as *mut libc::c_void,
            iov_len: data.len(),
        };
        let space = libc::CMSG_SPACE(std::mem::size_of::<RawFd>() as u32) as usize;
        let mut control = vec![0u64; space.div_ceil(8)];
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = space as _;
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        (*cmsg).cmsg_level = libc::SOL_SOCKET;
        (*cmsg).cmsg_type = libc::SCM_RIGHTS;
        (*cmsg).cmsg_len = libc::CMSG_LEN(std::mem::size_of::<RawFd>() as u32) as _;
        std::ptr::write_unaligned(libc::CMSG_DATA(cmsg) as *mut RawFd, fd);
        libc::sendmsg(sock, &msg, libc::MSG_NOSIGNAL)
    }
}

impl Resource for IpcResource {
    fn name(&self) -> std::borrow::Cow<'_, str> {
        "ipc".into()
    }
    fn close(self: Rc<Self>) {
        self.cancel.cancel();
        self.write_cancel.cancel();
    }
}

fn get(
    state: &Rc<RefCell<OpState>>,
    rid: ResourceId,
    syscall: &'static str,
) -> Result<Rc<IpcResource>, SysError> {
    state
        .borrow()
        .resource_table
        .get::<IpcResource>(rid)
        .map_err(|_| SysError::new(libc::EBADF, syscall))
}

/// Open the channel fd a parent left us (NODE_CHANNEL_FD). The fd is
/// taken over (made CLOEXEC, so our own children do not inherit it).
#[op2(fast)]
#[smi]
fn op_ipc_open(state: &mut OpState, fd: i32) -> Result<ResourceId, SysError> {
    // SAFETY: F_GETFD only checks that the descriptor is open.
    if unsafe { libc::fcntl(fd, libc::F_GETFD) } < 0 {
        return Err(SysError::new(last_errno(), "open"));
    }
    // SAFETY: the channel fd is ours from now on.
    let owned = unsafe { OwnedFd::from_raw_fd(fd) };
    let res = IpcResource::new(owned).map_err(|e| SysError::io(&e, "open"))?;
    Ok(state.resource_table.add(res))
}

/// Choose the framing ("json" or "advanced").
#[op2(fast)]
fn op_ipc_set_framing(state: &mut OpState, #[smi] rid: ResourceId, advanced: bool) {
    if let Ok(ipc) = state.resource_table.get::<IpcResource>(rid) {
        ipc.framing.set(if advanced {
            Framing::Advanced
        } else {
            Framing::Json
        });
    }
}

/// Receive until `take` yields something: whole json lines or whole
/// advanced frames. None at EOF or once the channel is closed.
async fn read_with<T>(
    ipc: Rc<IpcResource>,
    take: impl Fn(&IpcResource) -> Result<Option<T>, i32>,
) -> Result<Option<T>, SysError> {
    if let Some(data) = take(&ipc).map_err(|e| SysError::new(e, "read"))? {
        return Ok(Some(data));
    }
    let cancel = RcRef::map(&ipc, |p| &p.cancel);
    let fut = async {
        loop {
            let mut guard = ipc
                .fd
                .readable()
                .await
                .map_err(|e| SysError::io(&e, "read"))?;
            match ipc.recv_some() {
                Ok(0) => return Ok(None),
                Ok(_) => {
                    if let Some(data) = take(&ipc).map_err(|e| SysError::new(e, "read"))? {
                        return Ok(Some(data));
                    }
                }
                Err(libc::EAGAIN) => guard.clear_ready(),
                Err(libc::ECONNRESET) => return Ok(None),
                Err(e) => return Err(SysError::new(e, "read")),
            }
        }
    };
    match fut.or_cancel(cancel).await {
        Ok(r) => r,
        Err(_) => Ok(None),
    }
}

/// Resolves with the next whole lines ("a\nb\n", every line a JSON
/// message) or null at EOF / when the channel is closed.
#[op2]
#[string]
async fn op_ipc_read(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<Option<String>, SysError> {
    let ipc = get(&state, rid, "read")?;
    read_with(ipc, |i| Ok(i.take_lines())).await
}

/// Send one framed message (the caller adds the "\n"). Returns the bytes
/// left queued (0: all written now), or a negative errno.
#[op2(fast)]
fn op_ipc_write(state: &mut OpState, #[smi] rid: ResourceId, #[string] data: &str) -> f64 {
    let Ok(ipc) = state.resource_table.get::<IpcResource>(rid) else {
        return -(libc::EBADF as f64);
    };
    match ipc.submit(data.as_bytes(), None) {
        Ok(n) => n as f64,
        Err(e) => -(e as f64),
    }
}

/// Send one framed message together with a descriptor (NODE_HANDLE): the
/// fd is ours from here on and closed once sent. `data` is a string (json)
/// or bytes (advanced); fd -1 sends no descriptor. Returns like
/// `op_ipc_write`.
#[op2(fast)]
fn op_ipc_write_with(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[buffer] data: &[u8],
    fd: i32,
) -> f64 {
    // SAFETY: the caller hands the descriptor over.
    let owned = (fd >= 0).then(|| unsafe { OwnedFd::from_raw_fd(fd) });
    let Ok(ipc) = state.resource_table.get::<IpcResource>(rid) else {
        return -(libc::EBADF as f64);
    };
    match ipc.submit(data, owned) {
        Ok(n) => n as f64,
        Err(e) => -(e as f64),
    }
}

/// A close-on-exec duplicate of `fd` (a handle's descriptor to send while
/// the sender keeps its own), or -1.
#[op2(fast)]
fn op_ipc_dup_fd(fd: i32) -> i32 {
    // SAFETY: F_DUPFD_CLOEXEC only reads the descriptor table.
    unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) }
}

/// Bytes received but not yet part of a whole message (at EOF: a message
/// cut short).
#[op2(fast)]
fn op_ipc_pending_bytes(state: &mut OpState, #[smi] rid: ResourceId) -> u32 {
    state
        .resource_table
        .get::<IpcResource>(rid)
        .map(|i| i.rbuf.borrow().len() as u32)
        .unwrap_or(0)
}

/// Descriptors that arrived with no NODE_HANDLE message to claim them:
/// once every received byte was handed to JS (nothing partial is left) and
/// JS took the descriptors its messages announced, the rest are closed.
/// Returns how many were dropped.
#[op2(fast)]
fn op_ipc_drop_orphan_fds(state: &mut OpState, #[smi] rid: ResourceId) -> u32 {
    let Ok(ipc) = state.resource_table.get::<IpcResource>(rid) else {
        return 0;
    };
    if !ipc.rbuf.borrow().is_empty() {
        return 0;
    }
    let mut fds = ipc.pending_fds.borrow_mut();
    let n = fds.len() as u32;
    fds.clear();
    n
}

/// Advanced framing: resolves with whole frames (length prefixes included)
/// or null at EOF / when closed; rejects for a corrupt length.
#[op2]
#[buffer]
async fn op_ipc_read_frames(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<Option<Vec<u8>>, SysError> {
    let ipc = get(&state, rid, "read")?;
    read_with(ipc, IpcResource::take_frames).await
}

/// Wait until the write queue is empty. Resolves with the number of
/// messages written so far (JS fires the send() callbacks up to it).
#[op2]
async fn op_ipc_flush(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<f64, SysError> {
    let ipc = get(&state, rid, "write")?;
    let cancel = RcRef::map(&ipc, |p| &p.write_cancel);
    let fut = async {
        loop {
            match ipc.write_queued() {
                Ok(true) => return Ok(ipc.written.get()),
                Ok(false) => {}
                Err(e) => return Err(SysError::new(e, "write")),
            }
            let mut guard = ipc
                .fd
                .writable()
                .await
                .map_err(|e| SysError::io(&e, "write"))?;
            guard.clear_ready();
        }
    };
    match fut.or_cancel(cancel).await {
        Ok(r) => r,
        Err(_) => Err(SysError::new(libc::ECANCELED, "write")),
    }
}

/// Bytes waiting in the write queue (Node's `channel.writeQueueSize`).
#[op2(fast)]
fn op_ipc_queue_size(state: &mut OpState, #[smi] rid: ResourceId) -> f64 {
    state
        .resource_table
        .get::<IpcResource>(rid)
        .map(|i| i.wq.borrow().bytes as f64)
        .unwrap_or(0.0)
}

/// Take the oldest descriptor received with SCM_RIGHTS (-1 if none); the
/// caller owns it.
#[op2(fast)]
fn op_ipc_take_fd(state: &mut OpState, #[smi] rid: ResourceId) -> i32 {
    state
        .resource_table
        .get::<IpcResource>(rid)
        .ok()
        .and_then(|i| i.pending_fds.borrow_mut().pop_front())
        .map(|fd| fd.into_raw_fd())
        .unwrap_or(-1)
}

/// The channel's fd number (`channel.fd`), -1 when closed.
#[op2(fast)]
fn op_ipc_fd(state: &mut OpState, #[smi] rid: ResourceId) -> i32 {
    state
        .resource_table
        .get::<IpcResource>(rid)
        .map(|i| i.raw())
        .unwrap_or(-1)
}

deno_core::extension!(
    host_ipc,
    ops = [
        op_ipc_write_with,
        op_ipc_read_frames,
        op_ipc_dup_fd,
        op_ipc_drop_orphan_fds,
        op_ipc_pending_bytes,
        op_ipc_open,
        op_ipc_set_framing,
        op_ipc_read,
        op_ipc_write,
        op_ipc_flush,
        op_ipc_queue_size,
        op_ipc_take_fd,
        op_ipc_fd,
    ]
);
