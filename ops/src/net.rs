//! TCP and Unix-domain sockets and servers for `net` (and `http` above it).
//! A connection is one resource used from one reader and one writer at a
//! time; reads hand JS whole chunks, writes try the socket at once and only
//! wait when it is full. Sockets can be made from inherited or received fds
//! (handle passing, cluster).

use std::cell::RefCell;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::rc::Rc;

use deno_core::{op2, CancelFuture, CancelHandle, JsBuffer, OpState, RcRef, Resource, ResourceId};
use serde::Serialize;
use tokio::net::{TcpListener, TcpStream, UnixListener, UnixStream};

use crate::error::SysError;

/// A connected stream socket.
pub enum Conn {
    /// TCP over IPv4 or IPv6.
    Tcp(TcpStream),
    /// A Unix-domain stream socket.
    Unix(UnixStream),
}

impl Conn {
    async fn readable(&self) -> std::io::Result<()> {
        match self {
            Conn::Tcp(s) => s.readable().await,
            Conn::Unix(s) => s.readable().await,
        }
    }
    async fn writable(&self) -> std::io::Result<()> {
        match self {
            Conn::Tcp(s) => s.writable().await,
            Conn::Unix(s) => s.writable().await,
        }
    }
    /// Read what is waiting. On TCP a short read means the socket is
    /// drained, so its cached readiness is cleared in the same step (the next
    /// read then waits on the reactor at once instead of failing a `recv`
    /// first). The clear is tied to the readiness seen before the read, so a
    /// wake-up that arrives meanwhile is kept.
    fn try_read(&self, buf: &mut [u8]) -> std::io::Result<usize> {
        let s = match self {
            Conn::Tcp(s) => s,
            Conn::Unix(s) => return s.try_read(buf),
        };
        let fd = s.as_raw_fd();
        let mut short = None;
        let attempt = || {
            // SAFETY: fd is this open socket and buf is valid for len bytes.
            let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
            if n < 0 {
                return Err(std::io::Error::last_os_error());
            }
            let n = n as usize;
            if n > 0 && n < buf.len() {
                short = Some(n);
                return Err(std::io::ErrorKind::WouldBlock.into());
            }
            Ok(n)
        };
        let result = s.try_io(tokio::io::Interest::READABLE, attempt);
        match (result, short) {
            (_, Some(n)) => Ok(n),
            (r, None) => r,
        }
    }
    fn try_write(&self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Conn::Tcp(s) => s.try_write(buf),
            Conn::Unix(s) => s.try_write(buf),
        }
    }
    fn raw_fd(&self) -> RawFd {
        match self {
            Conn::Tcp(s) => s.as_raw_fd(),
            Conn::Unix(s) => s.as_raw_fd(),
        }
    }
}

/// A connection resource.
pub struct ConnResource {
    /// The socket.
    pub conn: Conn,
    read_cancel: CancelHandle,
    write_cancel: CancelHandle,
    /// Reused read buffer: a read copies out only the bytes it got, so a
    /// small read does not cost a fresh zeroed 64 KiB allocation.
    scratch: std::cell::Cell<Option<Box<[u8]>>>,
}

impl ConnResource {
    /// Wrap a connected socket.
    pub fn new(conn: Conn) -> Self {
        ConnResource {
            conn,
            read_cancel: CancelHandle::new(),
            write_cancel: CancelHandle::new(),
            scratch: std::cell::Cell::new(None),
        }
    }
}

impl Resource for ConnResource {
    fn name(&self) -> std::borrow::Cow<'_, str> {
        "netConn".into()
    }
    fn close(self: Rc<Self>) {
        self.read_cancel.cancel();
        self.write_cancel.cancel();
    }
}

/// A listening socket.
pub enum Listener {
    /// TCP.
    Tcp(TcpListener),
    /// Unix domain.
    Unix(UnixListener),
}

/// A listening-socket resource. The socket sits in a cell so that close()
/// drops it at once (Node closes synchronously: new connections are then
/// refused, not queued and reset) even while an accept is pending; accept
/// borrows it only inside each poll.
pub struct ListenerResource {
    /// The socket; None once closed.
    pub listener: RefCell<Option<Listener>>,
    cancel: CancelHandle,
}

impl ListenerResource {
    fn new(listener: Listener) -> Self {
        ListenerResource {
            listener: RefCell::new(Some(listener)),
            cancel: CancelHandle::new(),
        }
    }

    /// The socket's descriptor, or -1 once closed.
    fn raw_fd(&self) -> RawFd {
        match &*self.listener.borrow() {
            Some(Listener::Tcp(t)) => t.as_raw_fd(),
            Some(Listener::Unix(u)) => u.as_raw_fd(),
            None => -1,
        }
    }
}

impl Resource for ListenerResource {
    fn name(&self) -> std::borrow::Cow<'_, str> {
        "netListener".into()
    }
    fn close(self: Rc<Self>) {
        self.cancel.cancel();
        // Our descriptor only: a copy handed to another process (handle
        // passing, cluster) keeps listening.
        self.listener.borrow_mut().take();
    }
}

/// An address as Node reports it.
#[derive(Serialize, Default)]
pub struct AddressInfo {
    address: String,
    port: u16,
    family: &'static str,
}

fn addr_info(addr: Option<SocketAddr>) -> AddressInfo {
    match addr {
        Some(a) => AddressInfo {
            address: match a.ip() {
                IpAddr::V6(v6) => v6.to_string(),
                IpAddr::V4(v4) => v4.to_string(),
            },
            port: a.port(),
            family: if a.is_ipv4() { "IPv4" } else { "IPv6" },
        },
        None => AddressInfo::default(),
    }
}

/// What `listen` reports.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ListenInfo {
    rid: ResourceId,
    #[serde(flatten)]
    addr: AddressInfo,
}

/// Both ends of a new connection.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnInfo {
    rid: ResourceId,
    local: AddressInfo,
    remote: AddressInfo,
    fd: RawFd,
}

fn conn_info(rid: ResourceId, conn: &Conn) -> ConnInfo {
    let (local, remote) = match conn {
        Conn::Tcp(s) => (
            addr_info(s.local_addr().ok()),
            addr_info(s.peer_addr().ok()),
        ),
        Conn::Unix(_) => (AddressInfo::default(), AddressInfo::default()),
    };
    ConnInfo {
        rid,
        local,
        remote,
        fd: conn.raw_fd(),
    }
}

fn parse_ip(host: &str) -> Option<IpAddr> {
    host.trim_start_matches('[')
        .trim_end_matches(']')
        .parse()
        .ok()
}

/// Listen on TCP. An empty host means Node's default: `::` (dual stack),
/// or `0.0.0.0` where IPv6 is unavailable.
#[op2]
#[serde]
fn op_net_listen_tcp(
    state: &mut OpState,
    #[string] host: String,
    #[smi] port: u32,
    #[smi] backlog: i32,
    ipv6_only: bool,
) -> Result<ListenInfo, SysError> {
    let candidates: Vec<IpAddr> = if host.is_empty() {
        vec![
            IpAddr::V6(Ipv6Addr::UNSPECIFIED),
            IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        ]
    } else if let Some(ip) = parse_ip(&host) {
        vec![ip]
    } else {
        resolve_host(&host).map_err(|e| e.with_path(host.clone()))?
    };
    let mut last = SysError::new(libc::EADDRNOTAVAIL, "listen");
    for ip in candidates {
        match listen_socket(
            SocketAddr::new(ip, port as u16),
            backlog,
            ipv6_only && ip.is_ipv6(),
        ) {
            Ok(listener) => {
                let addr = addr_info(listener.local_addr().ok());
                let rid = state
                    .resource_table
                    .add(ListenerResource::new(Listener::Tcp(listener)));
                return Ok(ListenInfo { rid, addr });
            }
            Err(e) => {
                let dual_stack_missing =
                    host.is_empty() && matches!(e.errno, libc::EAFNOSUPPORT | libc::EADDRNOTAVAIL);
                last = e;
                if !dual_stack_missing {
                    break;
                }
            }
        }
    }
    Err(last)
}

fn listen_socket(addr: SocketAddr, backlog: i32, ipv6_only: bool) -> Result<TcpListener, SysError> {
    use socket2::{Domain, Protocol, Socket, Type};
    let domain = if addr.is_ipv4() {
        Domain::IPV4
    } else {
        Domain::IPV6
    };
    let socket = Socket::new(domain, Type::STREAM.cloexec(), Some(Protocol::TCP))
        .map_err(|e| SysError::io(&e, "listen"))?;
    socket
        .set_reuse_address(true)
        .map_err(|e| SysError::io(&e, "listen"))?;
    if addr.is_ipv6() {
        socket
            .set_only_v6(ipv6_only)
            .map_err(|e| SysError::io(&e, "listen"))?;
    }
    socket
        .bind(&addr.into())
        .map_err(|e| SysError::io(&e, "listen"))?;
    socket
        .listen(if backlog > 0 { backlog } else { 511 })
        .map_err(|e| SysError::io(&e, "listen"))?;
    socket
        .set_nonblocking(true)
        .map_err(|e| SysError::io(&e, "listen"))?;
    TcpListener::from_std(socket.into()).map_err(|e| SysError::io(&e, "listen"))
}

fn resolve_host(host: &str) -> Result<Vec<IpAddr>, SysError> {
    use std::net::ToSocketAddrs;
    let addrs: Vec<IpAddr> = (host, 0)
        .to_socket_addrs()
        .map_err(|_| SysError::new(libc::ENOENT, "getaddrinfo"))?
        .map(|a| a.ip())
        .collect();
    if addrs.is_empty() {
        return Err(SysError::new(libc::ENOENT, "getaddrinfo"));
    }
    Ok(addrs)
}

/// Resolve a host name (Node's dns.lookup with all: true): [[address, 4|6]...].
#[op2]
#[serde]
async fn op_net_lookup(#[string] host: String) -> Result<Vec<(String, u8)>, SysError> {
    let result = tokio::task::spawn_blocking(move || resolve_host(&host))
        .await
        .map_err(|_| SysError::new(libc::EIO, "getaddrinfo"))??;
    let mut seen = Vec::new();
    for ip in result {
        let entry = (ip.to_string(), if ip.is_ipv4() { 4 } else { 6 });
        if !seen.contains(&entry) {
            seen.push(entry);
        }
    }
    Ok(seen)
}

/// Listen on a Unix-domain socket path.
#[op2(fast)]
#[smi]
fn op_net_listen_unix(
    state: &mut OpState,
    #[string] path: &str,
    #[smi] backlog: i32,
) -> Result<ResourceId, SysError> {
    use socket2::{Domain, SockAddr, Socket, Type};
    let err = |e: std::io::Error| SysError::io(&e, "listen").with_path(path.to_string());
    let socket = Socket::new(Domain::UNIX, Type::STREAM.cloexec(), None).map_err(err)?;
    socket
        .bind(&SockAddr::unix(path).map_err(err)?)
        .map_err(err)?;
    socket
        .listen(if backlog > 0 { backlog } else { 511 })
        .map_err(err)?;
    socket.set_nonblocking(true).map_err(err)?;
    let std_listener: std::os::unix::net::UnixListener = socket.into();
    let listener = UnixListener::from_std(std_listener).map_err(err)?;
    Ok(state
        .resource_table
        .add(ListenerResource::new(Listener::Unix(listener))))
}

fn socket_family(fd: RawFd) -> i32 {
    // SAFETY: getsockname writes at most `len` bytes into `storage`.
    unsafe {
        let mut storage: libc::sockaddr_storage = std::mem::zeroed();
        let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        if libc::getsockname(
            fd,
            (&mut storage as *mut libc::sockaddr_storage).cast(),
            &mut len,
        ) != 0
        {
            return -1;
        }
        storage.ss_family as i32
    }
}

/// Take ownership of a listening socket fd (inherited, or received over
/// IPC) and listen on it.
#[op2]
#[serde]
fn op_net_listen_fd(state: &mut OpState, #[smi] fd: i32) -> Result<ListenInfo, SysError> {
    let (family, owned) = take_socket_fd(state, fd, "listen")?;
    let (listener, addr) = if family == libc::AF_UNIX {
        let l = UnixListener::from_std(std::os::unix::net::UnixListener::from(owned))
            .map_err(|e| SysError::io(&e, "listen"))?;
        (Listener::Unix(l), AddressInfo::default())
    } else {
        let l = TcpListener::from_std(std::net::TcpListener::from(owned))
            .map_err(|e| SysError::io(&e, "listen"))?;
        let addr = addr_info(l.local_addr().ok());
        (Listener::Tcp(l), addr)
    };
    let rid = state.resource_table.add(ListenerResource::new(listener));
    Ok(ListenInfo { rid, addr })
}

/// Take ownership of a socket descriptor handed to us (inherited or
/// received over IPC): its address family and the owned, non-blocking fd.
/// An fd one of our own sockets already holds cannot be taken over (Node
/// reports EEXIST); taking it would close it under its owner on failure.
fn take_socket_fd(
    state: &OpState,
    fd: RawFd,
    syscall: &'static str,
) -> Result<(i32, OwnedFd), SysError> {
    let family = socket_family(fd);
    if family < 0 {
        return Err(SysError::new(libc::EBADF, syscall));
    }
    if fd_in_use(state, fd) {
        return Err(SysError::new(libc::EEXIST, syscall));
    }
    // SAFETY: the caller hands this fd over to us.
    let owned = unsafe { OwnedFd::from_raw_fd(fd) };
    set_nonblocking(fd)?;
    Ok((family, owned))
}

/// Whether a net resource of this isolate owns `fd`.
fn fd_in_use(state: &OpState, fd: RawFd) -> bool {
    let rids: Vec<ResourceId> = state
        .resource_table
        .names()
        .filter(|(_, name)| name == "netListener" || name == "netConn")
        .map(|(rid, _)| rid)
        .collect();
    rids.into_iter()
        .any(|rid| op_net_fd_inner(state, rid) == fd)
}

fn set_nonblocking(fd: RawFd) -> Result<(), SysError> {
    // SAFETY: fcntl on an fd we own.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags < 0 || libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) < 0 {
            return Err(SysError::io(&std::io::Error::last_os_error(), "fcntl"));
        }
        libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
    }
    Ok(())
}

/// Take ownership of a connected stream socket fd (received over IPC, or a
/// child's stdio).
#[op2]
#[serde]
fn op_net_adopt_fd(state: &mut OpState, #[smi] fd: i32) -> Result<ConnInfo, SysError> {
    let (family, owned) = take_socket_fd(state, fd, "adopt")?;
    let conn = if family == libc::AF_UNIX {
        Conn::Unix(
            UnixStream::from_std(std::os::unix::net::UnixStream::from(owned))
                .map_err(|e| SysError::io(&e, "adopt"))?,
        )
    } else {
        Conn::Tcp(
            TcpStream::from_std(std::net::TcpStream::from(owned))
                .map_err(|e| SysError::io(&e, "adopt"))?,
        )
    };
    let resource = ConnResource::new(conn);
    let rid = state.resource_table.add(resource);
    let res = state
        .resource_table
        .get::<ConnResource>(rid)
        .map_err(|_| SysError::new(libc::EBADF, "adopt"))?;
    Ok(conn_info(rid, &res.conn))
}

/// The local address of a listener.
#[op2]
#[serde]
fn op_net_listener_address(state: &mut OpState, #[smi] rid: ResourceId) -> AddressInfo {
    match state.resource_table.get::<ListenerResource>(rid) {
        Ok(l) => match &*l.listener.borrow() {
            Some(Listener::Tcp(t)) => addr_info(t.local_addr().ok()),
            _ => AddressInfo::default(),
        },
        Err(_) => AddressInfo::default(),
    }
}

/// The fd of a listener or connection (for handle passing); -1 if gone.
#[op2(fast)]
#[smi]
fn op_net_fd(state: &mut OpState, #[smi] rid: ResourceId) -> i32 {
    op_net_fd_inner(state, rid)
}

/// Wait for the next connection; null once the listener is closed.
#[op2]
#[serde]
async fn op_net_accept(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<Option<ConnInfo>, SysError> {
    let Ok(listener) = state.borrow().resource_table.get::<ListenerResource>(rid) else {
        return Ok(None);
    };
    let cancel = RcRef::map(&listener, |l| &l.cancel);
    let accept = std::future::poll_fn(|cx| match &*listener.listener.borrow() {
        None => std::task::Poll::Ready(None),
        Some(Listener::Tcp(t)) => t
            .poll_accept(cx)
            .map(|r| Some(r.map(|(s, _)| Conn::Tcp(s)))),
        Some(Listener::Unix(u)) => u
            .poll_accept(cx)
            .map(|r| Some(r.map(|(s, _)| Conn::Unix(s)))),
    });
    let accepted = match accept.or_cancel(cancel).await {
        Err(_) | Ok(None) => Err(()),
        Ok(Some(r)) => Ok(r),
    };
    match accepted {
        Err(()) => Ok(None),
        Ok(Err(e)) => Err(SysError::io(&e, "accept")),
        Ok(Ok(conn)) => {
            if let Conn::Tcp(t) = &conn {
                let _ = t.set_nodelay(true);
            }
            let rid = state
                .borrow_mut()
                .resource_table
                .add(ConnResource::new(conn));
            let res = state
                .borrow()
                .resource_table
                .get::<ConnResource>(rid)
                .map_err(|_| SysError::new(libc::EBADF, "accept"))?;
            Ok(Some(conn_info(rid, &res.conn)))
        }
    }
}

/// Connect over TCP to the first address of `host` that accepts.
#[op2]
#[serde]
async fn op_net_connect_tcp(
    state: Rc<RefCell<OpState>>,
    #[string] host: String,
    #[smi] port: u32,
    #[string] local_address: String,
    #[smi] local_port: u32,
) -> Result<ConnInfo, SysError> {
    let ips = match parse_ip(&host) {
        Some(ip) => vec![ip],
        None => {
            let h = host.clone();
            tokio::task::spawn_blocking(move || resolve_host(&h))
                .await
                .map_err(|_| SysError::new(libc::EIO, "getaddrinfo"))??
        }
    };
    let mut last = SysError::new(libc::ECONNREFUSED, "connect");
    for ip in ips {
        let addr = SocketAddr::new(ip, port as u16);
        let socket = if ip.is_ipv4() {
            tokio::net::TcpSocket::new_v4()
        } else {
            tokio::net::TcpSocket::new_v6()
        }
        .map_err(|e| SysError::io(&e, "connect"))?;
        if !local_address.is_empty() || local_port != 0 {
            let local_ip = parse_ip(&local_address).unwrap_or(if ip.is_ipv4() {
                IpAddr::V4(Ipv4Addr::UNSPECIFIED)
            } else {
                IpAddr::V6(Ipv6Addr::UNSPECIFIED)
            });
            socket
                .bind(SocketAddr::new(local_ip, local_port as u16))
                .map_err(|e| SysError::io(&e, "bind"))?;
        }
        match socket.connect(addr).await {
            Ok(stream) => {
                let _ = stream.set_nodelay(true);
                let conn = Conn::Tcp(stream);
                let rid = state
                    .borrow_mut()
                    .resource_table
                    .add(ConnResource::new(conn));
                let res = state
                    .borrow()
                    .resource_table
                    .get::<ConnResource>(rid)
                    .map_err(|_| SysError::new(libc::EBADF, "connect"))?;
                return Ok(conn_info(rid, &res.conn));
            }
            Err(e) => last = SysError::io(&e, "connect").with_path(ip.to_string()),
        }
    }
    Err(last)
}

/// Connect to a Unix-domain socket.
#[op2]
#[serde]
async fn op_net_connect_unix(
    state: Rc<RefCell<OpState>>,
    #[string] path: String,
) -> Result<ConnInfo, SysError> {
    let stream = UnixStream::connect(&path)
        .await
        .map_err(|e| SysError::io(&e, "connect").with_path(path.clone()))?;
    let conn = Conn::Unix(stream);
    let rid = state
        .borrow_mut()
        .resource_table
        .add(ConnResource::new(conn));
    let res = state
        .borrow()
        .resource_table
        .get::<ConnResource>(rid)
        .map_err(|_| SysError::new(libc::EBADF, "connect"))?;
    Ok(conn_info(rid, &res.conn))
}

const READ_CHUNK: usize = 64 * 1024;

/// The next chunk of data; null at end of stream or once closed.
#[op2]
#[buffer]
async fn op_net_read(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<Option<Vec<u8>>, SysError> {
    let Ok(res) = state.borrow().resource_table.get::<ConnResource>(rid) else {
        return Ok(None);
    };
    let mut buf = res
        .scratch
        .take()
        .unwrap_or_else(|| vec![0u8; READ_CHUNK].into_boxed_slice());
    let cancel = RcRef::map(&res, |r| &r.read_cancel);
    let read = async {
        loop {
            // Data already waiting is taken without a trip through the reactor.
            match res.conn.try_read(&mut buf) {
                Ok(n) => return Ok(n),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Err(e) => return Err(e),
            }
            res.conn.readable().await?;
        }
    };
    let result = read.or_cancel(cancel).await;
    let out = match result {
        Err(_canceled) => Ok(None),
        Ok(Ok(0)) => Ok(None),
        Ok(Ok(n)) if n == buf.len() => {
            // A full buffer goes to JS as is; the next read makes a new one.
            return Ok(Some(buf.into_vec()));
        }
        Ok(Ok(n)) => Ok(Some(buf[..n].to_vec())),
        Ok(Err(e)) => Err(SysError::io(&e, "read")),
    };
    res.scratch.set(Some(buf));
    out
}

/// Write as much as the socket takes now; returns the byte count (0 when
/// full). JS waits with `op_net_write` for the rest.
#[op2(fast)]
fn op_net_try_write(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[buffer] data: &[u8],
) -> Result<u32, SysError> {
    let res = state
        .resource_table
        .get::<ConnResource>(rid)
        .map_err(|_| SysError::new(libc::EBADF, "write"))?;
    match res.conn.try_write(data) {
        Ok(n) => Ok(n as u32),
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(0),
        Err(e) => Err(SysError::io(&e, "write")),
    }
}

/// Write all of `data`, waiting while the socket is full.
#[op2]
async fn op_net_write(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
    #[buffer] data: JsBuffer,
) -> Result<(), SysError> {
    let res = state
        .borrow()
        .resource_table
        .get::<ConnResource>(rid)
        .map_err(|_| SysError::new(libc::EBADF, "write"))?;
    let cancel = RcRef::map(&res, |r| &r.write_cancel);
    let write = async {
        let mut off = 0;
        while off < data.len() {
            res.conn.writable().await?;
            match res.conn.try_write(&data[off..]) {
                Ok(n) => off += n,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
                Err(e) => return Err(e),
            }
        }
        Ok(())
    };
    match write.or_cancel(cancel).await {
        Err(_canceled) => Err(SysError::new(libc::EPIPE, "write")),
        Ok(r) => r.map_err(|e| SysError::io(&e, "write")),
    }
}

/// Make the coming close send a TCP RST (socket.resetAndDestroy()).
#[op2(fast)]
fn op_net_set_linger_zero(state: &mut OpState, #[smi] rid: ResourceId) {
    if let Ok(res) = state.resource_table.get::<ConnResource>(rid) {
        if let Conn::Tcp(_) = res.conn {
            let linger = libc::linger {
                l_onoff: 1,
                l_linger: 0,
            };
            // SAFETY: setsockopt on an fd the resource owns, with a valid
            // linger struct and its size.
            unsafe {
                libc::setsockopt(
                    res.conn.raw_fd(),
                    libc::SOL_SOCKET,
                    libc::SO_LINGER,
                    &linger as *const libc::linger as *const libc::c_void,
                    std::mem::size_of::<libc::linger>() as libc::socklen_t,
                );
            }
        }
    }
}

/// Half-close: no more writes (socket.end()).
#[op2(fast)]
fn op_net_shutdown(state: &mut OpState, #[smi] rid: ResourceId) -> Result<(), SysError> {
    let res = state
        .resource_table
        .get::<ConnResource>(rid)
        .map_err(|_| SysError::new(libc::EBADF, "shutdown"))?;
    // SAFETY: shutdown on an fd the resource owns.
    if unsafe { libc::shutdown(res.conn.raw_fd(), libc::SHUT_WR) } != 0 {
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::ENOTCONN) {
            return Err(SysError::io(&e, "shutdown"));
        }
    }
    Ok(())
}

/// TCP_NODELAY.
#[op2(fast)]
fn op_net_set_no_delay(state: &mut OpState, #[smi] rid: ResourceId, enable: bool) {
    if let Ok(res) = state.resource_table.get::<ConnResource>(rid) {
        if let Conn::Tcp(t) = &res.conn {
            let _ = t.set_nodelay(enable);
        }
    }
}

/// SO_KEEPALIVE with an initial delay in seconds.
#[op2(fast)]
fn op_net_set_keep_alive(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    enable: bool,
    #[smi] delay_secs: u32,
) {
    if let Ok(res) = state.resource_table.get::<ConnResource>(rid) {
        if let Conn::Tcp(t) = &res.conn {
            let sock = socket2::SockRef::from(t);
            let _ = sock.set_keepalive(enable);
            if enable && delay_secs > 0 {
                let ka = socket2::TcpKeepalive::new()
                    .with_time(std::time::Duration::from_secs(delay_secs as u64));
                let _ = sock.set_tcp_keepalive(&ka);
            }
        }
    }
}

/// Duplicate the fd of a listener or connection (for sending it to another
/// process while keeping ours).
#[op2(fast)]
#[smi]
fn op_net_dup_fd(state: &mut OpState, #[smi] rid: ResourceId) -> Result<i32, SysError> {
    let fd = op_net_fd_inner(state, rid);
    if fd < 0 {
        return Err(SysError::new(libc::EBADF, "dup"));
    }
    // SAFETY: F_DUPFD_CLOEXEC on an open fd.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        return Err(SysError::io(&std::io::Error::last_os_error(), "dup"));
    }
    Ok(new)
}

fn op_net_fd_inner(state: &OpState, rid: ResourceId) -> i32 {
    if let Ok(l) = state.resource_table.get::<ListenerResource>(rid) {
        return l.raw_fd();
    }
    state
        .resource_table
        .get::<ConnResource>(rid)
        .map(|c| c.conn.raw_fd())
        .unwrap_or(-1)
}

/// Close an fd that was never adopted (a received handle nobody took).
#[op2(fast)]
fn op_net_close_fd(#[smi] fd: i32) {
    if fd >= 0 {
        // SAFETY: the fd was handed to us and is not owned by anything else.
        drop(unsafe { OwnedFd::from_raw_fd(fd) });
    }
}

/// Remove the socket file of a closed Unix-domain server (libuv does so).
#[op2(fast)]
fn op_net_unlink_socket(#[string] path: &str) {
    let _ = std::fs::remove_file(path);
}

deno_core::extension!(
    host_net,
    ops = [
        op_net_listen_tcp,
        op_net_listen_unix,
        op_net_listen_fd,
        op_net_adopt_fd,
        op_net_listener_address,
        op_net_fd,
        op_net_dup_fd,
        op_net_close_fd,
        op_net_accept,
        op_net_connect_tcp,
        op_net_connect_unix,
        op_net_lookup,
        op_net_read,
        op_net_try_write,
        op_net_write,
        op_net_shutdown,
        op_net_set_linger_zero,
        op_net_set_no_delay,
        op_net_set_keep_alive,
        op_net_unlink_socket,
    ]
);
