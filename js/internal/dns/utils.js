// Shared machinery of dns and dns/promises: argument validation, the
// getaddrinfo / getnameinfo ops, the DNS query op, result ordering and
// Node-shaped errors. Every operation here returns a Promise; dns.js wraps
// them for callbacks.
import { op_dns_lookup, op_dns_lookup_service, op_dns_query, op_dns_system_servers } from "ext:core/ops";
import { codes } from "ext:host/internal/errors.js";
import { validateFunction, validateNumber, validateOneOf, validatePort, validateString } from "ext:host/internal/validators.js";
import { isIP } from "ext:host/net.js";

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } = codes;

// getaddrinfo hint flags (glibc values, as Node exposes them).
export const ADDRCONFIG = 32;
export const V4MAPPED = 8;
export const ALL = 16;

// c-ares error codes (dns.NODATA etc.).
export const errorCodes = {
  NODATA: "ENODATA",
  FORMERR: "EFORMERR",
  SERVFAIL: "ESERVFAIL",
  NOTFOUND: "ENOTFOUND",
  NOTIMP: "ENOTIMP",
  REFUSED: "EREFUSED",
  BADQUERY: "EBADQUERY",
  BADNAME: "EBADNAME",
  BADFAMILY: "EBADFAMILY",
  BADRESP: "EBADRESP",
  CONNREFUSED: "ECONNREFUSED",
  TIMEOUT: "ETIMEOUT",
  EOF: "EOF",
  FILE: "EFILE",
  NOMEM: "ENOMEM",
  DESTRUCTION: "EDESTRUCTION",
  BADSTR: "EBADSTR",
  BADFLAGS: "EBADFLAGS",
  NONAME: "ENONAME",
  BADHINTS: "EBADHINTS",
  NOTINITIALIZED: "ENOTINITIALIZED",
  LOADIPHLPAPI: "ELOADIPHLPAPI",
  ADDRGETNETWORKPARAMS: "EADDRGETNETWORKPARAMS",
  CANCELLED: "ECANCELLED",
};

const kOrders = ["verbatim", "ipv4first", "ipv6first"];
let defaultOrder = "verbatim";

export function getDefaultResultOrder() {
  return defaultOrder;
}

export function setDefaultResultOrder(order) {
  validateOneOf(order, "dnsOrder", kOrders);
  defaultOrder = order;
}

// Node's dnsException: "getaddrinfo ENOTFOUND host" with errno, code,
// syscall, hostname (errno is undefined for c-ares query errors).
export function dnsException(code, errno, syscall, hostname) {
  const err = new Error(hostname ? `${syscall} ${code} ${hostname}` : `${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

let warnedEmpty = false;

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0 || ((hints & ALL) && !(hints & V4MAPPED))) {
    throw new ERR_INVALID_ARG_VALUE("hints", hints >>> 0);
  }
}

// Parse lookup()'s options (a family number or an object).
export function lookupOptions(options) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultOrder;
  if (typeof options === "number") {
    validateOneOf(options, "family", [0, 4, 6]);
    family = options;
  } else if (options !== undefined && options !== null && typeof options !== "object") {
    validateNumber(options, "options");
  } else if (options != null) {
    if (options.hints != null) {
      validateNumber(options.hints, "hints");
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options.family != null) {
      switch (options.family) {
        case "IPv4":
          family = 4;
          break;
        case "IPv6":
          family = 6;
          break;
        default:
          validateOneOf(options.family, "options.family", [0, 4, 6]);
          family = options.family;
      }
    }
    if (options.all != null) {
      if (typeof options.all !== "boolean") throw new ERR_INVALID_ARG_TYPE("options.all", "boolean", options.all);
      all = options.all;
    }
    if (options.verbatim != null) {
      if (typeof options.verbatim !== "boolean") {
        throw new ERR_INVALID_ARG_TYPE("options.verbatim", "boolean", options.verbatim);
      }
      order = options.verbatim ? "verbatim" : "ipv4first";
    }
    if (options.order != null) {
      validateOneOf(options.order, "options.order", kOrders);
      order = options.order;
    }
  }
  return { family, hints, all, order };
}

function ordered(addrs, order) {
  if (order === "ipv4first") return [...addrs.filter((a) => a[1] === 4), ...addrs.filter((a) => a[1] === 6)];
  if (order === "ipv6first") return [...addrs.filter((a) => a[1] === 6), ...addrs.filter((a) => a[1] === 4)];
  return addrs;
}

// Resolve `hostname` per parsed options. Resolves to
// { address, family } or an array of them (all: true).
export function lookupPromise(hostname, opts) {
  if (!hostname) {
    if (!warnedEmpty && hostname === "") {
      warnedEmpty = true;
      globalThis.process?.emitWarning?.(
        `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
        "DeprecationWarning", "DEP0118");
    }
    return Promise.resolve(opts.all ? [] : { address: null, family: opts.family === 6 ? 6 : 4 });
  }
  const ipFamily = isIP(hostname);
  if (ipFamily) {
    const entry = { address: hostname, family: ipFamily };
    return Promise.resolve(opts.all ? [entry] : entry);
  }
  return op_dns_lookup(hostname, opts.family, opts.hints).then((res) => {
    if (res.code) throw dnsException(res.code, res.errno, "getaddrinfo", hostname);
    const list = ordered(res.addrs, opts.order);
    if (opts.all) return list.map((a) => ({ address: a[0], family: a[1] }));
    return { address: list[0][0], family: list[0][1] };
  });
}

export function validateLookupService(address, port) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("address", "port", "callback");
  validateString(address, "address");
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE("address", address);
  return validatePort(port);
}

export function lookupServicePromise(address, port) {
  return op_dns_lookup_service(address, port).then((res) => {
    if (res.code) throw dnsException(res.code, res.errno, "getnameinfo", address);
    return { hostname: res.hostname, service: res.service };
  });
}

// rrtype -> [wire type, syscall name].
const kTypes = {
  __proto__: null,
  A: [1, "queryA"],
  AAAA: [28, "queryAaaa"],
  ANY: [255, "queryAny"],
  CAA: [257, "queryCaa"],
  CNAME: [5, "queryCname"],
  MX: [15, "queryMx"],
  NAPTR: [35, "queryNaptr"],
  NS: [2, "queryNs"],
  PTR: [12, "queryPtr"],
  SOA: [6, "querySoa"],
  SRV: [33, "querySrv"],
  TLSA: [52, "queryTlsa"],
  TXT: [16, "queryTxt"],
};

export function isKnownRrtype(rrtype) {
  return typeof rrtype === "string" && kTypes[rrtype] !== undefined;
}

function shape(rrtype, records, ttl) {
  switch (rrtype) {
    case "A":
    case "AAAA":
      return records.map((r) => (ttl ? { address: r.address, ttl: r.ttl } : r.address));
    case "CNAME":
    case "NS":
    case "PTR":
      return records.map((r) => r.value);
    case "MX":
      return records.map((r) => ({ exchange: r.exchange, priority: r.priority, type: "MX" }));
    case "TXT":
      return records.map((r) => r.entries);
    case "SRV":
      return records.map((r) => ({ name: r.name, port: r.port, priority: r.priority, weight: r.weight, type: "SRV" }));
    case "SOA": {
      const r = records[0];
      return {
        nsname: r.nsname, hostmaster: r.hostmaster, serial: r.serial, refresh: r.refresh,
        retry: r.retry, expire: r.expire, minttl: r.minttl,
      };
    }
    case "CAA":
      return records.map((r) => ({ critical: r.critical, [r.tag]: r.value }));
    case "ANY":
      return records.map((r) => {
        switch (r.type) {
          case "A":
          case "AAAA":
            return { address: r.address, ttl: r.ttl, type: r.type };
          case "CNAME":
          case "NS":
          case "PTR":
            return { value: r.value, type: r.type };
          case "MX":
            return { exchange: r.exchange, priority: r.priority, type: "MX" };
          case "TXT":
            return { entries: r.entries, type: "TXT" };
          case "CAA":
            return { critical: r.critical, [r.tag]: r.value, type: "CAA" };
          default:
            return r;
        }
      });
    default:
      return records;
  }
}

// One DNS query with a resolver's settings.
export function queryPromise(resolver, hostname, rrtype, ttl) {
  const [qtype, syscall] = kTypes[rrtype];
  if (rrtype === "NAPTR" || rrtype === "TLSA") {
    return Promise.reject(dnsException("ENOTIMP", undefined, syscall, hostname));
  }
  return op_dns_query(hostname, qtype, resolver._servers, resolver.timeout, resolver.tries).then((res) => {
    if (res.code) throw dnsException(res.code, undefined, syscall, hostname);
    return shape(rrtype, res.records, ttl);
  });
}

// The in-addr.arpa / ip6.arpa name of an address.
export function reverseName(ip) {
  const family = isIP(ip);
  if (family === 4) return ip.split(".").reverse().join(".") + ".in-addr.arpa";
  if (family === 6) {
    // Expand "::" and write every nibble.
    let [head, tail] = ip.includes("::") ? ip.split("::") : [ip, undefined];
    const h = head ? head.split(":") : [];
    const t = tail !== undefined && tail !== "" ? tail.split(":") : [];
    const groups = tail !== undefined ? [...h, ...new Array(8 - h.length - t.length).fill("0"), ...t] : h;
    const nibbles = groups.map((g) => g.padStart(4, "0")).join("");
    return nibbles.split("").reverse().join(".") + ".ip6.arpa";
  }
  return null;
}

export function reversePromise(resolver, ip) {
  const name = reverseName(ip);
  return op_dns_query(name, 12, resolver._servers, resolver.timeout, resolver.tries).then((res) => {
    if (res.code) throw dnsException(res.code, undefined, "getHostByAddr", ip);
    return res.records.map((r) => r.value);
  });
}

// Resolver settings shared by the callback and promise Resolver classes.
export class ResolverBase {
  constructor(options = undefined) {
    let timeout = -1;
    let tries = 4;
    if (options !== undefined) {
      if (options === null || typeof options !== "object") {
        throw new ERR_INVALID_ARG_TYPE("options", "Object", options);
      }
      if (options.timeout !== undefined) {
        validateNumber(options.timeout, "options.timeout");
        timeout = options.timeout;
      }
      if (options.tries !== undefined) {
        validateNumber(options.tries, "options.tries", 1);
        tries = options.tries;
      }
    }
    this.timeout = timeout;
    this.tries = tries;
    this.servers = null;
  }

  getServers() {
    return this.servers ? this.servers.slice() : systemServers();
  }

  setServers(servers) {
    if (!Array.isArray(servers)) throw new ERR_INVALID_ARG_TYPE("servers", "Array", servers);
    const out = [];
    servers.forEach((s, i) => {
      validateString(s, `servers[${i}]`);
      if (isIP(s)) {
        out.push(s);
        return;
      }
      const m6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(s);
      if (m6 && isIP(m6[1]) === 6) {
        out.push(m6[2] ? `[${m6[1]}]:${m6[2]}` : m6[1]);
        return;
      }
      const m4 = /^([^:]+):(\d+)$/.exec(s);
      if (m4 && isIP(m4[1]) === 4) {
        out.push(s);
        return;
      }
      const err = new TypeError(`Invalid IP address: ${s}`);
      err.code = "ERR_INVALID_IP_ADDRESS";
      throw err;
    });
    this.servers = out;
  }

  cancel() {}

  setLocalAddress() {}

  get _servers() {
    return this.servers ?? [];
  }
}

let cachedServers = null;

export function systemServers() {
  if (cachedServers === null) cachedServers = op_dns_system_servers();
  return cachedServers.slice();
}

// reverse(ip) argument checks (thrown synchronously, as Node does).
export function validateReverse(ip) {
  validateString(ip, "name");
  if (reverseName(ip) === null) {
    const err = new Error(`getHostByAddr EINVAL ${ip}`);
    err.errno = undefined;
    err.code = "EINVAL";
    err.syscall = "getHostByAddr";
    err.hostname = ip;
    throw err;
  }
}

export function validateResolveArgs(hostname, rrtype) {
  validateString(hostname, "name");
  if (rrtype !== undefined) {
    validateString(rrtype, "rrtype");
    if (!isKnownRrtype(rrtype)) throw new ERR_INVALID_ARG_VALUE("rrtype", rrtype);
  }
}

export { validateFunction, ERR_INVALID_ARG_VALUE };

// Resolver's query methods: name -> DNS record type.
const kQueryMethods = {
  resolveAny: "ANY",
  resolve4: "A",
  resolve6: "AAAA",
  resolveCaa: "CAA",
  resolveCname: "CNAME",
  resolveMx: "MX",
  resolveNs: "NS",
  resolveTlsa: "TLSA",
  resolveTxt: "TXT",
  resolveSrv: "SRV",
  resolvePtr: "PTR",
  resolveNaptr: "NAPTR",
  resolveSoa: "SOA",
};

/** Define resolve4(), resolveMx()... on a Resolver prototype; `bindQuery(rrtype)` makes each. */
export function installQueryMethods(proto, bindQuery) {
  for (const [name, rrtype] of Object.entries(kQueryMethods)) {
    Object.defineProperty(proto, name, {
      value: bindQuery(rrtype),
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}
