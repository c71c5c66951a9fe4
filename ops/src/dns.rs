//! Name resolution for `dns`: getaddrinfo / getnameinfo on blocking threads
//! (what libuv does for Node), with libuv's EAI_* error numbers, and a
//! small DNS client (UDP, resolv.conf servers) for the `resolve*` family.

use std::ffi::{CStr, CString};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use deno_core::op2;
use serde::Serialize;

/// The outcome of a lookup: `code` is empty on success, else Node's code
/// (ENOTFOUND, EAI_AGAIN, ...) with libuv's negative `errno`.
#[derive(Serialize, Default)]
pub struct LookupResult {
    code: String,
    errno: i32,
    addrs: Vec<(String, u8)>,
}

/// getaddrinfo's EAI_* -> (Node code, libuv errno).
fn eai_entry(eai: i32) -> (&'static str, i32) {
    match eai {
        libc::EAI_NONAME => ("ENOTFOUND", -3008),
        libc::EAI_NODATA => ("ENOTFOUND", -3007),
        libc::EAI_AGAIN => ("EAI_AGAIN", -3001),
        libc::EAI_BADFLAGS => ("EAI_BADFLAGS", -3002),
        libc::EAI_FAIL => ("EAI_FAIL", -3004),
        libc::EAI_FAMILY => ("EAI_FAMILY", -3005),
        libc::EAI_MEMORY => ("EAI_MEMORY", -3006),
        libc::EAI_SERVICE => ("EAI_SERVICE", -3010),
        libc::EAI_SOCKTYPE => ("EAI_SOCKTYPE", -3011),
        libc::EAI_OVERFLOW => ("EAI_OVERFLOW", -3009),
        _ => ("EAI_FAIL", -3004),
    }
}

fn failed(eai: i32) -> LookupResult {
    let (code, errno) = eai_entry(eai);
    LookupResult {
        code: code.to_string(),
        errno,
        addrs: Vec::new(),
    }
}

fn getaddrinfo(host: &str, family: i32, flags: i32) -> LookupResult {
    let Ok(c_host) = CString::new(host) else {
        return failed(libc::EAI_NONAME);
    };
    // SAFETY: a zeroed addrinfo is a valid "no hints" value.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = match family {
        4 => libc::AF_INET,
        6 => libc::AF_INET6,
        _ => libc::AF_UNSPEC,
    };
    hints.ai_socktype = libc::SOCK_STREAM;
    hints.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: valid C string and hints; res is freed below.
    let rc = unsafe { libc::getaddrinfo(c_host.as_ptr(), std::ptr::null(), &hints, &mut res) };
    if rc != 0 {
        if rc == libc::EAI_SYSTEM {
            let errno = std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(libc::EIO);
            let (code, _) = crate::error::errno_entry(errno).unwrap_or(("EAI_FAIL", ""));
            return LookupResult {
                code: code.to_string(),
                errno: -errno,
                addrs: Vec::new(),
            };
        }
        return failed(rc);
    }
    let mut out = LookupResult::default();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: p walks the list getaddrinfo returned.
        let ai = unsafe { &*p };
        let ip = match ai.ai_family {
            libc::AF_INET => {
                // SAFETY: AF_INET entries carry a sockaddr_in.
                let sa = unsafe { &*(ai.ai_addr as *const libc::sockaddr_in) };
                Some(IpAddr::V4(Ipv4Addr::from(u32::from_be(sa.sin_addr.s_addr))))
            }
            libc::AF_INET6 => {
                // SAFETY: AF_INET6 entries carry a sockaddr_in6.
                let sa = unsafe { &*(ai.ai_addr as *const libc::sockaddr_in6) };
                Some(IpAddr::V6(Ipv6Addr::from(sa.sin6_addr.s6_addr)))
            }
            _ => None,
        };
        if let Some(ip) = ip {
            let entry = (ip.to_string(), if ip.is_ipv4() { 4 } else { 6 });
            if !out.addrs.contains(&entry) {
                out.addrs.push(entry);
            }
        }
        p = ai.ai_next;
    }
    // SAFETY: res came from a successful getaddrinfo.
    unsafe { libc::freeaddrinfo(res) };
    if out.addrs.is_empty() {
        return failed(libc::EAI_NONAME);
    }
    out
}

/// getaddrinfo(host) with family 0|4|6 and AI_* flags, in the system's order.
#[op2]
#[serde]
async fn op_dns_lookup(
    #[string] host: String,
    #[smi] family: i32,
    #[smi] flags: i32,
) -> LookupResult {
    tokio::task::spawn_blocking(move || getaddrinfo(&host, family, flags))
        .await
        .unwrap_or_else(|_| failed(libc::EAI_FAIL))
}

/// getnameinfo result: hostname and service, or an error code.
#[derive(Serialize, Default)]
pub struct ServiceResult {
    code: String,
    errno: i32,
    hostname: String,
    service: String,
}

fn getnameinfo(addr: SocketAddr) -> ServiceResult {
    let (storage, len) = sockaddr_of(addr);
    let mut host = [0 as libc::c_char; 1025];
    let mut serv = [0 as libc::c_char; 32];
    // SAFETY: storage holds a valid sockaddr of `len` bytes; buffers sized.
    let rc = unsafe {
        libc::getnameinfo(
            &storage as *const libc::sockaddr_storage as *const libc::sockaddr,
            len,
            host.as_mut_ptr(),
            host.len() as libc::socklen_t,
            serv.as_mut_ptr(),
            serv.len() as libc::socklen_t,
            libc::NI_NAMEREQD,
        )
    };
    if rc != 0 {
        let (code, errno) = eai_entry(rc);
        return ServiceResult {
            code: code.to_string(),
            errno,
            ..Default::default()
        };
    }
    // SAFETY: getnameinfo wrote NUL-terminated strings.
    let (h, s) = unsafe { (CStr::from_ptr(host.as_ptr()), CStr::from_ptr(serv.as_ptr())) };
    ServiceResult {
        hostname: h.to_string_lossy().into_owned(),
        service: s.to_string_lossy().into_owned(),
        ..Default::default()
    }
}

fn sockaddr_of(addr: SocketAddr) -> (libc::sockaddr_storage, libc::socklen_t) {
    // SAFETY: zeroed sockaddr_storage is valid; we fill one variant.
    let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    match addr {
        SocketAddr::V4(a) => {
            // SAFETY: sockaddr_storage is large enough and aligned for sockaddr_in.
            let sin = unsafe { &mut *(&mut storage as *mut _ as *mut libc::sockaddr_in) };
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_port = a.port().to_be();
            sin.sin_addr.s_addr = u32::from(*a.ip()).to_be();
            (
                storage,
                std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
            )
        }
        SocketAddr::V6(a) => {
            // SAFETY: as above, for sockaddr_in6.
            let sin6 = unsafe { &mut *(&mut storage as *mut _ as *mut libc::sockaddr_in6) };
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sin6.sin6_port = a.port().to_be();
            sin6.sin6_addr.s6_addr = a.ip().octets();
            sin6.sin6_scope_id = a.scope_id();
            (
                storage,
                std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t,
            )
        }
    }
}

/// getnameinfo(address, port) (Node's dns.lookupService).
#[op2]
#[serde]
async fn op_dns_lookup_service(#[string] address: String, #[smi] port: u32) -> ServiceResult {
    let Ok(ip) = address.parse::<IpAddr>() else {
        return ServiceResult {
            code: "EINVAL".into(),
            errno: -libc::EINVAL,
            ..Default::default()
        };
    };
    let addr = SocketAddr::new(ip, port as u16);
    tokio::task::spawn_blocking(move || getnameinfo(addr))
        .await
        .unwrap_or_default()
}

/// The nameservers of /etc/resolv.conf (127.0.0.1 when none).
fn system_servers() -> Vec<String> {
    let text = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    let mut out: Vec<String> = text
        .lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            (it.next() == Some("nameserver")).then(|| it.next().map(str::to_string))?
        })
        .collect();
    if out.is_empty() {
        out.push("127.0.0.1".into());
    }
    out
}

/// The system's DNS servers, as `dns.getServers()` shows them.
#[op2]
#[serde]
fn op_dns_system_servers() -> Vec<String> {
    system_servers()
}

/// One answer record of a DNS query, by type.
#[derive(Serialize)]
#[serde(tag = "type")]
pub enum Record {
    A {
        address: String,
        ttl: u32,
    },
    #[serde(rename = "AAAA")]
    Aaaa {
        address: String,
        ttl: u32,
    },
    #[serde(rename = "CNAME")]
    Cname {
        value: String,
    },
    #[serde(rename = "NS")]
    Ns {
        value: String,
    },
    #[serde(rename = "PTR")]
    Ptr {
        value: String,
    },
    #[serde(rename = "MX")]
    Mx {
        priority: u16,
        exchange: String,
    },
    #[serde(rename = "TXT")]
    Txt {
        entries: Vec<String>,
    },
    #[serde(rename = "SRV")]
    Srv {
        priority: u16,
        weight: u16,
        port: u16,
        name: String,
    },
    #[serde(rename = "SOA")]
    Soa {
        nsname: String,
        hostmaster: String,
        serial: u32,
        refresh: u32,
        retry: u32,
        expire: u32,
        minttl: u32,
    },
    #[serde(rename = "CAA")]
    Caa {
        critical: u8,
        tag: String,
        value: String,
    },
}

/// A query's outcome: `code` is c-ares' name for a failure (ENOTFOUND,
/// ENODATA, ESERVFAIL, EREFUSED, ETIMEOUT, ECONNREFUSED, EBADNAME...).
#[derive(Serialize, Default)]
pub struct QueryResult {
    code: String,
    records: Vec<Record>,
}

fn encode_query(id: u16, name: &str, qtype: u16) -> Option<Vec<u8>> {
    let mut q = Vec::with_capacity(name.len() + 18);
    q.extend_from_slice(&id.to_be_bytes());
    q.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    for label in name.trim_end_matches('.').split('.') {
        if label.is_empty() && name != "." && !name.is_empty() {
            return None;
        }
        if label.len() > 63 {
            return None;
        }
        if label.is_empty() {
            continue;
        }
        q.push(label.len() as u8);
        q.extend_from_slice(label.as_bytes());
    }
    q.push(0);
    q.extend_from_slice(&qtype.to_be_bytes());
    q.extend_from_slice(&1u16.to_be_bytes());
    Some(q)
}

fn read_name(msg: &[u8], mut pos: usize) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut end = None;
    let mut hops = 0;
    loop {
        let len = *msg.get(pos)? as usize;
        if len & 0xc0 == 0xc0 {
            let ptr = ((len & 0x3f) << 8) | *msg.get(pos + 1)? as usize;
            if end.is_none() {
                end = Some(pos + 2);
            }
            hops += 1;
            if hops > 64 {
                return None;
            }
            pos = ptr;
            continue;
        }
        if len == 0 {
            return Some((out, end.unwrap_or(pos + 1)));
        }
        let label = msg.get(pos + 1..pos + 1 + len)?;
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(&String::from_utf8_lossy(label));
        pos += 1 + len;
    }
}

fn be16(m: &[u8], p: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*m.get(p)?, *m.get(p + 1)?]))
}

fn be32(m: &[u8], p: usize) -> Option<u32> {
    Some(u32::from_be_bytes(m.get(p..p + 4)?.try_into().ok()?))
}

fn parse_answer(msg: &[u8], qtype: u16) -> Option<QueryResult> {
    let flags = be16(msg, 2)?;
    let rcode = flags & 0xf;
    let code = match rcode {
        0 => "",
        1 => "EFORMERR",
        2 => "ESERVFAIL",
        3 => "ENOTFOUND",
        4 => "ENOTIMP",
        5 => "EREFUSED",
        _ => "EBADRESP",
    };
    if !code.is_empty() {
        return Some(QueryResult {
            code: code.into(),
            records: Vec::new(),
        });
    }
    let qd = be16(msg, 4)?;
    let an = be16(msg, 6)?;
    let mut pos = 12;
    for _ in 0..qd {
        pos = read_name(msg, pos)?.1 + 4;
    }
    let mut records = Vec::new();
    for _ in 0..an {
        let (_, p) = read_name(msg, pos)?;
        let rtype = be16(msg, p)?;
        let ttl = be32(msg, p + 4)?;
        let rdlen = be16(msg, p + 8)? as usize;
        let rd = p + 10;
        let data = msg.get(rd..rd + rdlen)?;
        pos = rd + rdlen;
        if rtype != qtype && qtype != 255 {
            continue;
        }
        let rec = match rtype {
            1 if rdlen == 4 => Record::A {
                address: Ipv4Addr::new(data[0], data[1], data[2], data[3]).to_string(),
                ttl,
            },
            28 if rdlen == 16 => Record::Aaaa {
                address: Ipv6Addr::from(<[u8; 16]>::try_from(data).ok()?).to_string(),
                ttl,
            },
            5 => Record::Cname {
                value: read_name(msg, rd)?.0,
            },
            2 => Record::Ns {
                value: read_name(msg, rd)?.0,
            },
            12 => Record::Ptr {
                value: read_name(msg, rd)?.0,
            },
            15 => Record::Mx {
                priority: be16(msg, rd)?,
                exchange: read_name(msg, rd + 2)?.0,
            },
            16 => {
                let mut entries = Vec::new();
                let mut i = 0;
                while i < data.len() {
                    let l = data[i] as usize;
                    entries.push(String::from_utf8_lossy(data.get(i + 1..i + 1 + l)?).into_owned());
                    i += 1 + l;
                }
                Record::Txt { entries }
            }
            33 => Record::Srv {
                priority: be16(msg, rd)?,
                weight: be16(msg, rd + 2)?,
                port: be16(msg, rd + 4)?,
                name: read_name(msg, rd + 6)?.0,
            },
            6 => {
                let (nsname, p1) = read_name(msg, rd)?;
                let (hostmaster, p2) = read_name(msg, p1)?;
                Record::Soa {
                    nsname,
                    hostmaster,
                    serial: be32(msg, p2)?,
                    refresh: be32(msg, p2 + 4)?,
                    retry: be32(msg, p2 + 8)?,
                    expire: be32(msg, p2 + 12)?,
                    minttl: be32(msg, p2 + 16)?,
                }
            }
            257 => {
                let tl = *data.get(1)? as usize;
                Record::Caa {
                    critical: data[0],
                    tag: String::from_utf8_lossy(data.get(2..2 + tl)?).into_owned(),
                    value: String::from_utf8_lossy(data.get(2 + tl..)?).into_owned(),
                }
            }
            _ => continue,
        };
        records.push(rec);
    }
    let code = if records.is_empty() { "ENODATA" } else { "" };
    Some(QueryResult {
        code: code.into(),
        records,
    })
}

async fn query_server(
    server: &str,
    packet: &[u8],
    id: u16,
    qtype: u16,
    timeout_ms: u64,
) -> QueryResult {
    let fail = |code: &str| QueryResult {
        code: code.into(),
        records: Vec::new(),
    };
    let addr: SocketAddr = match server.parse::<SocketAddr>() {
        Ok(a) => a,
        Err(_) => match server.parse::<IpAddr>() {
            Ok(ip) => SocketAddr::new(ip, 53),
            Err(_) => return fail("ECONNREFUSED"),
        },
    };
    let bind: SocketAddr = if addr.is_ipv4() {
        "0.0.0.0:0".parse().unwrap()
    } else {
        "[::]:0".parse().unwrap()
    };
    let Ok(sock) = tokio::net::UdpSocket::bind(bind).await else {
        return fail("ECONNREFUSED");
    };
    if sock.connect(addr).await.is_err() || sock.send(packet).await.is_err() {
        return fail("ECONNREFUSED");
    }
    let mut buf = vec![0u8; 4096];
    let deadline = tokio::time::Instant::now() + Duration::from_millis(timeout_ms);
    loop {
        match tokio::time::timeout_at(deadline, sock.recv(&mut buf)).await {
            Err(_) => return fail("ETIMEOUT"),
            Ok(Err(_)) => return fail("ECONNREFUSED"),
            Ok(Ok(n)) => {
                if n < 12 || be16(&buf, 0) != Some(id) {
                    continue;
                }
                return parse_answer(&buf[..n], qtype).unwrap_or_else(|| fail("EBADRESP"));
            }
        }
    }
}

/// Query `name` for records of `qtype` at `servers` (system servers when
/// empty), trying each server in turn, `tries` times, `timeout_ms` each.
#[op2]
#[serde]
async fn op_dns_query(
    #[string] name: String,
    #[smi] qtype: u32,
    #[serde] servers: Vec<String>,
    #[smi] timeout_ms: i32,
    #[smi] tries: u32,
) -> QueryResult {
    let servers = if servers.is_empty() {
        system_servers()
    } else {
        servers
    };
    let mut idb = [0u8; 2];
    let _ = getrandom::fill(&mut idb);
    let id = u16::from_be_bytes(idb);
    let Some(packet) = encode_query(id, &name, qtype as u16) else {
        return QueryResult {
            code: "EBADNAME".into(),
            records: Vec::new(),
        };
    };
    let timeout = if timeout_ms < 0 {
        5000
    } else {
        timeout_ms.max(1) as u64
    };
    let mut last = QueryResult {
        code: "ECONNREFUSED".into(),
        records: Vec::new(),
    };
    for _ in 0..tries.max(1) {
        for server in &servers {
            let r = query_server(server, &packet, id, qtype as u16, timeout).await;
            match r.code.as_str() {
                "ETIMEOUT" | "ECONNREFUSED" | "ESERVFAIL" | "EBADRESP" | "EREFUSED" => last = r,
                _ => return r,
            }
        }
    }
    last
}

deno_core::extension!(
    host_dns,
    ops = [
        op_dns_lookup,
        op_dns_lookup_service,
        op_dns_system_servers,
        op_dns_query,
    ]
);
