//! UDP sockets for `dgram`: bind, send, receive, socket options, and
//! adoption of a received fd (handle passing).

use std::cell::RefCell;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::rc::Rc;

use deno_core::{op2, CancelFuture, CancelHandle, JsBuffer, OpState, RcRef, Resource, ResourceId};
use serde::Serialize;
use tokio::net::UdpSocket;

use crate::error::SysError;

struct UdpResource {
    socket: UdpSocket,
    cancel: CancelHandle,
}

impl Resource for UdpResource {
    fn name(&self) -> std::borrow::Cow<'_, str> {
        "udpSocket".into()
    }
    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

/// A bound socket's id and address.
#[derive(Serialize)]
pub struct BoundInfo {
    rid: ResourceId,
    address: String,
    port: u16,
    family: &'static str,
    fd: i32,
}

fn info(rid: ResourceId, socket: &UdpSocket) -> BoundInfo {
    let addr = socket.local_addr().ok();
    BoundInfo {
        rid,
        address: addr.map(|a| a.ip().to_string()).unwrap_or_default(),
        port: addr.map(|a| a.port()).unwrap_or(0),
        family: if addr.is_some_and(|a| a.is_ipv6()) {
            "IPv6"
        } else {
            "IPv4"
        },
        fd: socket.as_raw_fd(),
    }
}

fn get(
    state: &OpState,
    rid: ResourceId,
    syscall: &'static str,
) -> Result<Rc<UdpResource>, SysError> {
    state
        .resource_table
        .get::<UdpResource>(rid)
        .map_err(|_| SysError::new(libc::EBADF, syscall))
}

/// Bind a UDP socket. `family` is 4 or 6; an empty address means any.
#[op2]
#[serde]
fn op_dgram_bind(
    state: &mut OpState,
    #[smi] family: u32,
    #[string] address: String,
    #[smi] port: u32,
    reuse_addr: bool,
    ipv6_only: bool,
) -> Result<BoundInfo, SysError> {
    use socket2::{Domain, Protocol, Socket, Type};
    let ip: IpAddr = if address.is_empty() {
        if family == 6 {
            IpAddr::V6(Ipv6Addr::UNSPECIFIED)
        } else {
            IpAddr::V4(Ipv4Addr::UNSPECIFIED)
        }
    } else {
        address
            .parse()
            .map_err(|_| SysError::new(libc::EINVAL, "bind"))?
    };
    let domain = if ip.is_ipv4() {
        Domain::IPV4
    } else {
        Domain::IPV6
    };
    let err = |e: std::io::Error| SysError::io(&e, "bind");
    let socket = Socket::new(domain, Type::DGRAM.cloexec(), Some(Protocol::UDP)).map_err(err)?;
    if reuse_addr {
        socket.set_reuse_address(true).map_err(err)?;
        socket.set_reuse_port(true).map_err(err)?;
    }
    if ip.is_ipv6() {
        socket.set_only_v6(ipv6_only).map_err(err)?;
    }
    socket
        .bind(&SocketAddr::new(ip, port as u16).into())
        .map_err(err)?;
    socket.set_nonblocking(true).map_err(err)?;
    let socket = UdpSocket::from_std(socket.into()).map_err(err)?;
    let rid = state.resource_table.add(UdpResource {
        socket,
        cancel: CancelHandle::new(),
    });
    let res = get(state, rid, "bind")?;
    Ok(info(rid, &res.socket))
}

/// Take ownership of a bound UDP socket fd received over IPC.
#[op2]
#[serde]
fn op_dgram_adopt_fd(state: &mut OpState, #[smi] fd: i32) -> Result<BoundInfo, SysError> {
    // SAFETY: the fd is handed over to us.
    let owned = unsafe { OwnedFd::from_raw_fd(fd) };
    let std_socket = std::net::UdpSocket::from(owned);
    std_socket
        .set_nonblocking(true)
        .map_err(|e| SysError::io(&e, "bind"))?;
    let socket = UdpSocket::from_std(std_socket).map_err(|e| SysError::io(&e, "bind"))?;
    let rid = state.resource_table.add(UdpResource {
        socket,
        cancel: CancelHandle::new(),
    });
    let res = get(state, rid, "bind")?;
    Ok(info(rid, &res.socket))
}

/// Wait for the next datagram; null once closed.
#[op2]
#[serde]
async fn op_dgram_recv(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<Option<(deno_core::ToJsBuffer, String, u16, &'static str)>, SysError> {
    let Ok(res) = state.borrow().resource_table.get::<UdpResource>(rid) else {
        return Ok(None);
    };
    let cancel = RcRef::map(&res, |r| &r.cancel);
    let mut buf = vec![0u8; 65536];
    match res.socket.recv_from(&mut buf).or_cancel(cancel).await {
        Err(_) => Ok(None),
        Ok(Err(e)) => Err(SysError::io(&e, "recvmsg")),
        Ok(Ok((n, from))) => {
            buf.truncate(n);
            Ok(Some((
                buf.into(),
                from.ip().to_string(),
                from.port(),
                if from.is_ipv4() { "IPv4" } else { "IPv6" },
            )))
        }
    }
}

/// Send one datagram now if the socket can take it: the byte count, or -1
/// when it would block (then `op_dgram_send` waits).
#[op2(fast)]
fn op_dgram_try_send(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[buffer] data: &[u8],
    #[string] address: &str,
    #[smi] port: u32,
) -> Result<i32, SysError> {
    let res = get(state, rid, "send")?;
    // A direct non-blocking send: tokio's try_send* report WouldBlock until
    // the reactor has seen the socket writable once.
    let sock = socket2::SockRef::from(&res.socket);
    let sent = if address.is_empty() {
        sock.send(data)
    } else {
        let ip: IpAddr = address
            .parse()
            .map_err(|_| SysError::new(libc::EINVAL, "send"))?;
        sock.send_to(data, &SocketAddr::new(ip, port as u16).into())
    };
    match sent {
        Ok(n) => Ok(n as i32),
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(-1),
        Err(e) => Err(SysError::io(&e, "send")),
    }
}

/// Send one datagram to address:port (empty address: the connected peer).
#[op2]
async fn op_dgram_send(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
    #[buffer] data: JsBuffer,
    #[string] address: String,
    #[smi] port: u32,
) -> Result<u32, SysError> {
    let res = get(&state.borrow(), rid, "send")?;
    let sent = if address.is_empty() {
        res.socket.send(&data).await
    } else {
        let ip: IpAddr = address
            .parse()
            .map_err(|_| SysError::new(libc::EINVAL, "send"))?;
        res.socket
            .send_to(&data, SocketAddr::new(ip, port as u16))
            .await
    };
    sent.map(|n| n as u32).map_err(|e| SysError::io(&e, "send"))
}

/// Associate the socket with one peer (dgram connect).
#[op2]
async fn op_dgram_connect(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
    #[string] address: String,
    #[smi] port: u32,
) -> Result<(), SysError> {
    let res = get(&state.borrow(), rid, "connect")?;
    let ip: IpAddr = address
        .parse()
        .map_err(|_| SysError::new(libc::EINVAL, "connect"))?;
    res.socket
        .connect(SocketAddr::new(ip, port as u16))
        .await
        .map_err(|e| SysError::io(&e, "connect"))
}

/// Dissolve a connect() association.
#[op2(fast)]
fn op_dgram_disconnect(state: &mut OpState, #[smi] rid: ResourceId) -> Result<(), SysError> {
    let res = get(state, rid, "disconnect")?;
    // SAFETY: connecting to AF_UNSPEC dissolves the association.
    unsafe {
        let mut addr: libc::sockaddr = std::mem::zeroed();
        addr.sa_family = libc::AF_UNSPEC as libc::sa_family_t;
        libc::connect(
            res.socket.as_raw_fd(),
            &addr,
            std::mem::size_of::<libc::sockaddr>() as libc::socklen_t,
        );
    }
    Ok(())
}

/// The connected peer as [address, port, family], or null.
#[op2]
#[serde]
fn op_dgram_remote(
    state: &mut OpState,
    #[smi] rid: ResourceId,
) -> Option<(String, u16, &'static str)> {
    let res = get(state, rid, "getpeername").ok()?;
    let peer = res.socket.peer_addr().ok()?;
    Some((
        peer.ip().to_string(),
        peer.port(),
        if peer.is_ipv4() { "IPv4" } else { "IPv6" },
    ))
}

/// Socket options by name: broadcast, ttl, multicastTTL, multicastLoopback,
/// recvBufferSize, sendBufferSize. Returns the (new) value.
#[op2(fast)]
fn op_dgram_option(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[string] name: &str,
    value: i32,
) -> Result<i32, SysError> {
    let res = get(state, rid, "setsockopt")?;
    let s = socket2::SockRef::from(&res.socket);
    let err = |e: std::io::Error| SysError::io(&e, "setsockopt");
    let v6 = res
        .socket
        .local_addr()
        .map(|a| a.is_ipv6())
        .unwrap_or(false);
    match name {
        "broadcast" => s.set_broadcast(value != 0).map_err(err).map(|_| value),
        "ttl" => {
            if v6 {
                s.set_unicast_hops_v6(value as u32)
                    .map_err(err)
                    .map(|_| value)
            } else {
                s.set_ttl_v4(value as u32).map_err(err).map(|_| value)
            }
        }
        "multicastTTL" => {
            if v6 {
                s.set_multicast_hops_v6(value as u32)
                    .map_err(err)
                    .map(|_| value)
            } else {
                s.set_multicast_ttl_v4(value as u32)
                    .map_err(err)
                    .map(|_| value)
            }
        }
        "multicastLoopback" => {
            if v6 {
                s.set_multicast_loop_v6(value != 0)
                    .map_err(err)
                    .map(|_| value)
            } else {
                s.set_multicast_loop_v4(value != 0)
                    .map_err(err)
                    .map(|_| value)
            }
        }
        "recvBufferSize" => {
            if value >= 0 {
                s.set_recv_buffer_size(value as usize).map_err(err)?;
            }
            s.recv_buffer_size().map(|v| v as i32).map_err(err)
        }
        "sendBufferSize" => {
            if value >= 0 {
                s.set_send_buffer_size(value as usize).map_err(err)?;
            }
            s.send_buffer_size().map(|v| v as i32).map_err(err)
        }
        _ => Err(SysError::new(libc::EINVAL, "setsockopt")),
    }
}

/// Join or leave a multicast group.
#[op2(fast)]
fn op_dgram_membership(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[string] group: &str,
    #[string] iface: &str,
    join: bool,
) -> Result<(), SysError> {
    let res = get(state, rid, "setsockopt")?;
    let syscall = if join {
        "addMembership"
    } else {
        "dropMembership"
    };
    let err = |e: std::io::Error| SysError::io(&e, syscall);
    let ip: IpAddr = group
        .parse()
        .map_err(|_| SysError::new(libc::EINVAL, syscall))?;
    match ip {
        IpAddr::V4(g) => {
            let i: Ipv4Addr = if iface.is_empty() {
                Ipv4Addr::UNSPECIFIED
            } else {
                iface
                    .parse()
                    .map_err(|_| SysError::new(libc::EINVAL, syscall))?
            };
            if join {
                res.socket.join_multicast_v4(g, i)
            } else {
                res.socket.leave_multicast_v4(g, i)
            }
            .map_err(err)
        }
        IpAddr::V6(g) => if join {
            res.socket.join_multicast_v6(&g, 0)
        } else {
            res.socket.leave_multicast_v6(&g, 0)
        }
        .map_err(err),
    }
}

deno_core::extension!(
    host_dgram,
    ops = [
        op_dgram_bind,
        op_dgram_adopt_fd,
        op_dgram_recv,
        op_dgram_send,
        op_dgram_try_send,
        op_dgram_connect,
        op_dgram_disconnect,
        op_dgram_remote,
        op_dgram_option,
        op_dgram_membership,
    ]
);
