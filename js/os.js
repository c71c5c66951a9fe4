// Node's `os`: facts about the machine and the current user, from Rust ops
// (ops/src/os.rs) over uname, /proc, getifaddrs and getpwuid_r.
import {
  op_os_available_parallelism,
  op_os_cpus,
  op_os_freemem,
  op_os_get_priority,
  op_os_hostname,
  op_os_loadavg,
  op_os_network_interfaces,
  op_os_set_priority,
  op_os_totalmem,
  op_os_uname,
  op_os_uptime,
  op_os_user_info,
} from "ext:core/ops";
import { errnoMessage, errnoName } from "ext:host/internal/errors.js";
import { priority as priorityConstants, signals as signalConstants } from "ext:host/internal/constants.js";
import { validateInt32 } from "ext:host/internal/validators.js";

// Node's SystemError: "A system error occurred: <syscall> returned <CODE> (<message>)".
class SystemError extends Error {
  constructor(errno, syscall) {
    const code = errnoName(errno);
    const desc = errnoMessage(errno);
    super(`A system error occurred: ${syscall} returned ${code} (${desc})`);
    const info = { errno: -Math.abs(errno), code, message: desc, syscall };
    Object.defineProperty(this, "name", { value: "SystemError", enumerable: false, writable: true, configurable: true });
    void this.stack;
    delete this.name;
    Object.defineProperty(this, "code", { value: "ERR_SYSTEM_ERROR", enumerable: true, writable: true, configurable: true });
    Object.defineProperty(this, "info", { value: info, enumerable: true, configurable: true, writable: false });
    Object.defineProperty(this, "errno", {
      get() {
        return info.errno;
      },
      set(v) {
        info.errno = v;
      },
      enumerable: true,
      configurable: true,
    });
    Object.defineProperty(this, "syscall", {
      get() {
        return info.syscall;
      },
      set(v) {
        info.syscall = v;
      },
      enumerable: true,
      configurable: true,
    });
  }

  get name() {
    return "SystemError";
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

let unameCache;
function uname() {
  unameCache ??= op_os_uname();
  return unameCache;
}

function passwd() {
  const row = op_os_user_info(-1);
  if (row[0] !== 0) throw new SystemError(row[0], "uv_os_get_passwd");
  return row;
}

function arch() {
  return globalThis.process?.arch ?? "x64";
}

function availableParallelism() {
  return op_os_available_parallelism();
}

function cpus() {
  const rows = op_os_cpus();
  const out = [];
  for (const [model, speed, user, nice, sys, idle, irq] of rows) {
    out.push({ model, speed, times: { user, nice, sys, idle, irq } });
  }
  return out;
}

function endianness() {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? "LE" : "BE";
}

function freemem() {
  return op_os_freemem();
}

function totalmem() {
  return op_os_totalmem();
}

const priorityBuf = new Float64Array(1);

function getPriority(pid = 0) {
  validateInt32(pid, "pid");
  const errno = op_os_get_priority(pid, priorityBuf);
  if (errno !== 0) throw new SystemError(errno, "uv_os_getpriority");
  return priorityBuf[0];
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, "pid");
  validateInt32(priority, "priority", -20, 19);
  const errno = op_os_set_priority(pid, priority);
  if (errno !== 0) throw new SystemError(errno, "uv_os_setpriority");
}

function homedir() {
  const home = globalThis.process?.env?.HOME;
  if (home) return home;
  return passwd()[4];
}

function hostname() {
  return op_os_hostname();
}

const loadBuf = new Float64Array(3);
function loadavg() {
  op_os_loadavg(loadBuf);
  return [loadBuf[0], loadBuf[1], loadBuf[2]];
}

function machine() {
  return uname()[3];
}

function ipv4Bits(mask) {
  let bits = 0;
  for (const part of mask.split(".")) {
    let n = Number(part);
    while (n & 0x80) {
      bits++;
      n = (n << 1) & 0xff;
    }
    if (n !== 0) return null;
  }
  return bits;
}

function ipv6Bits(mask) {
  // Expand "::" then count leading one bits.
  let groups = mask.split(":");
  const gap = groups.indexOf("");
  if (mask.includes("::")) {
    const head = mask.split("::")[0];
    const tail = mask.split("::")[1];
    const h = head ? head.split(":") : [];
    const t = tail ? tail.split(":") : [];
    groups = [...h, ...new Array(8 - h.length - t.length).fill("0"), ...t];
  } else if (gap !== -1) {
    return null;
  }
  let bits = 0;
  let ended = false;
  for (const g of groups) {
    let n = parseInt(g, 16) || 0;
    for (let i = 0; i < 16; i++) {
      if (n & 0x8000) {
        if (ended) return null;
        bits++;
      } else {
        ended = true;
      }
      n = (n << 1) & 0xffff;
    }
  }
  return bits;
}

function networkInterfaces() {
  const rows = op_os_network_interfaces();
  const out = {};
  for (const [name, fam, address, netmask, mac, internal, scopeid] of rows) {
    const family = fam === 4 ? "IPv4" : "IPv6";
    const bits = fam === 4 ? ipv4Bits(netmask) : ipv6Bits(netmask);
    const entry = {
      address,
      netmask,
      family,
      mac,
      internal,
      cidr: bits === null ? null : `${address}/${bits}`,
    };
    if (fam === 6) entry.scopeid = scopeid;
    (out[name] ??= []).push(entry);
  }
  return out;
}

function platform() {
  return globalThis.process?.platform ?? "linux";
}

function release() {
  return uname()[1];
}

function tmpdir() {
  const env = globalThis.process?.env ?? {};
  let path = env.TMPDIR || env.TMP || env.TEMP || "/tmp";
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  return path;
}

function type() {
  return uname()[0];
}

function uptime() {
  return op_os_uptime();
}

function version() {
  return uname()[2];
}

function userInfo(options = undefined) {
  const [, uid, gid, username, homedir_, shell] = passwd();
  const info = { __proto__: null, uid, gid, username, homedir: homedir_, shell };
  if (options?.encoding === "buffer") {
    const B = globalThis.Buffer;
    if (typeof B === "function") {
      info.username = B.from(username);
      info.homedir = B.from(homedir_);
      info.shell = shell === null ? null : B.from(shell);
    }
  }
  return info;
}

// errno constants, positive, as Node reports them on Linux.
const errno = {
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114,
  EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111,
  ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27,
  EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106,
  EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100,
  ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8,
  ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60,
  ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6,
  EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91,
  ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26,
  EWOULDBLOCK: 11, EXDEV: 18,
};

const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: { __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 },
  errno: { __proto__: null, ...errno },
  signals: signalConstants,
  priority: { __proto__: null, ...priorityConstants },
};

function withToPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const os = {
  arch: withToPrimitive(arch),
  availableParallelism: withToPrimitive(availableParallelism),
  cpus,
  endianness: withToPrimitive(endianness),
  freemem: withToPrimitive(freemem),
  getPriority,
  homedir: withToPrimitive(homedir),
  hostname: withToPrimitive(hostname),
  loadavg,
  networkInterfaces,
  platform: withToPrimitive(platform),
  release: withToPrimitive(release),
  setPriority,
  tmpdir: withToPrimitive(tmpdir),
  totalmem: withToPrimitive(totalmem),
  type: withToPrimitive(type),
  userInfo,
  uptime: withToPrimitive(uptime),
  version: withToPrimitive(version),
  machine: withToPrimitive(machine),
  constants,
  EOL: "\n",
  devNull: "/dev/null",
};

Object.defineProperty(os, "constants", { configurable: false, enumerable: true, writable: false, value: constants });
Object.defineProperty(os, "EOL", { configurable: true, enumerable: true, writable: false, value: "\n" });
Object.defineProperty(os, "devNull", { configurable: true, enumerable: true, writable: false, value: "/dev/null" });

export default os;
