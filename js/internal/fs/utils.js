// Shared pieces of fs and fs/promises: constants, argument normalisation
// (paths, flags, modes, encodings, options), Stats, Dirent and error helpers.
import { core } from "ext:core/mod.js";
import * as bufferNs from "ext:host/buffer.js";
import { codes, fromOpError, uvException } from "ext:host/internal/errors.js";
import { validateBoolean, validateInt32, validateObject, validateUint32 } from "ext:host/internal/validators.js";

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH } = codes;



export const constants = ({
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096,
  S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0,
  UV_FS_O_TEMPORARY: 0, UV_FS_O_SHORT_LIVED: 0, UV_FS_O_SEQUENTIAL: 0, UV_FS_O_RANDOM: 0,
  O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144,
  O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16,
  S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC, S_IFMT, S_IFREG,
  S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } = constants;

// ---- Buffer ------------------------------------------------------------------

// Minimal stand-in used only while ext:host/buffer.js has no Buffer yet.
let FallbackBuffer;
function fallbackBuffer() {
  if (FallbackBuffer) return FallbackBuffer;
  FallbackBuffer = class Buffer extends Uint8Array {
    static from(value, encOrOffset, length) {
      if (typeof value === "string") return new FallbackBuffer(core.encode(value));
      if (value instanceof ArrayBuffer) return new FallbackBuffer(value, encOrOffset ?? 0, length ?? value.byteLength - (encOrOffset ?? 0));
      return new FallbackBuffer(value);
    }
    static alloc(n) {
      return new FallbackBuffer(n);
    }
    static allocUnsafe(n) {
      return new FallbackBuffer(n);
    }
    static isBuffer(b) {
      return b instanceof FallbackBuffer;
    }
    static byteLength(s) {
      return core.encode(String(s)).length;
    }
    static concat(list, total) {
      total ??= list.reduce((n, b) => n + b.length, 0);
      const out = new FallbackBuffer(total);
      let off = 0;
      for (const b of list) {
        out.set(b.subarray(0, Math.min(b.length, total - off)), off);
        off += b.length;
        if (off >= total) break;
      }
      return out;
    }
    static isEncoding(e) {
      return ["utf8", "utf-8"].includes(String(e).toLowerCase());
    }
    toString(_enc, start = 0, end = this.length) {
      return core.decode(this.subarray(start, end));
    }
  };
  return FallbackBuffer;
}

export function getBuffer() {
  return bufferNs.Buffer ?? bufferNs.default?.Buffer ?? globalThis.Buffer ?? fallbackBuffer();
}

/** A Buffer view over a Uint8Array an op returned (no copy). */
export function toBuffer(u8) {
  return getBuffer().from(u8.buffer, u8.byteOffset, u8.byteLength);
}

/** A Uint8Array over any ArrayBufferView (for ops taking #[buffer]). */
export function asU8(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// ---- encodings ------------------------------------------------------------------

const kEncodings = new Set(["utf8", "utf-8", "ucs2", "ucs-2", "utf16le", "utf-16le", "latin1", "binary",
  "base64", "base64url", "hex", "ascii", "buffer"]);

export function isUtf8(enc) {
  return enc === "utf8" || enc === "utf-8" || enc === "UTF8" || enc === "UTF-8";
}

export function assertEncoding(encoding) {
  if (encoding && !kEncodings.has(String(encoding).toLowerCase())) {
    const reason = "is invalid encoding";
    throw new ERR_INVALID_ARG_VALUE("encoding", encoding, reason);
  }
}

export function getOptions(options, defaultOptions = { __proto__: null }) {
  if (options == null || typeof options === "function") return defaultOptions;
  if (typeof options === "string") {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== "object") {
    throw new ERR_INVALID_ARG_TYPE("options", ["string", "Object"], options);
  }
  if (options.encoding !== "buffer") assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, "options.signal");
  return options;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== "object" || !("aborted" in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, "AbortSignal", signal);
  }
}

/** Bytes -> string in `encoding`, or a Buffer for none/'buffer'. */
export function encodeResult(u8, encoding) {
  const buf = toBuffer(u8);
  if (!encoding || encoding === "buffer") return buf;
  return buf.toString(encoding);
}

/** A name (string from an op) in the requested encoding. */
export function encodeName(name, encoding) {
  if (!encoding || isUtf8(encoding)) return name;
  const buf = getBuffer().from(name);
  return encoding === "buffer" ? buf : buf.toString(encoding);
}

// ---- paths ------------------------------------------------------------------------

function isURL(v) {
  return v != null && typeof v === "object" && v.href !== undefined && v.protocol !== undefined &&
    v.auth === undefined && v.path === undefined;
}

export function fileURLToPathLocal(url) {
  if (url.protocol !== "file:") throw new ERR_INVALID_URL_SCHEME("file");
  if (url.hostname !== "" && url.hostname !== "localhost") throw new ERR_INVALID_FILE_URL_HOST("linux");
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === "%") {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === "2" && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH("must not include encoded / characters");
      }
    }
  }
  return decodeURIComponent(pathname);
}

/** Normalise a path argument to a string; throws Node's errors. */
export function getValidatedPath(path, name = "path") {
  let p = path;
  if (isURL(p)) p = fileURLToPathLocal(p);
  if (typeof p !== "string") {
    if (p instanceof Uint8Array) {
      p = core.decode(p);
    } else {
      throw new ERR_INVALID_ARG_TYPE(name, ["string", "Buffer", "URL"], path);
    }
  }
  if (p.includes("\u0000")) {
    throw new ERR_INVALID_ARG_VALUE(name, path, "must be a string, Uint8Array, or URL without null bytes");
  }
  return p;
}

export function getValidatedFd(fd, name = "fd") {
  if (Object.is(fd, -0)) return 0;
  validateInt32Fd(fd, name);
  return fd;
}

function validateInt32Fd(value, name) {
  if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE(name, "number", value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, "an integer", value);
  if (value < 0 || value > 2147483647) throw new codes.ERR_OUT_OF_RANGE(name, ">= 0 && <= 2147483647", value);
}

// ---- flags and modes -----------------------------------------------------------------

/** writeFile's `flush: true`, passed to the op inside the flags (ops/src/fs.rs FLUSH_FLAG). */
export const kFlushFlag = 1 << 30;

export function stringToFlags(flags, name = "flags") {
  if (typeof flags === "number") return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case "r": return O_RDONLY;
    case "rs": case "sr": return O_RDONLY | O_SYNC;
    case "r+": return O_RDWR;
    case "rs+": case "sr+": return O_RDWR | O_SYNC;
    case "w": return O_TRUNC | O_CREAT | O_WRONLY;
    case "wx": case "xw": return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case "w+": return O_TRUNC | O_CREAT | O_RDWR;
    case "wx+": case "xw+": return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case "a": return O_APPEND | O_CREAT | O_WRONLY;
    case "ax": case "xa": return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case "as": case "sa": return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case "a+": return O_APPEND | O_CREAT | O_RDWR;
    case "ax+": case "xa+": return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case "as+": case "sa+": return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

const octalReg = /^[0-7]+$/;
export function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === "string") {
    if (!octalReg.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, "must be a 32-bit unsigned integer or an octal string");
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

/** An error of class `Base` with a code and a fixed message. */
export function codedError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, "name", { value: `${Base.name} [${code}]`, configurable: true, writable: true, enumerable: false });
  void err.stack;
  delete err.name;
  err.code = code;
  return err;
}

/** access / copyFile mode, validated with Node 24's (native) messages. */
export function getValidMode(mode, def = 0) {
  if (mode == null) return def;
  if (typeof mode !== "number") {
    throw codedError(TypeError, "ERR_INVALID_ARG_TYPE", "mode must be int32 or null/undefined");
  }
  // Node truncates a fractional mode; only non-finite ones lack the range.
  if (!Number.isFinite(mode)) throw codedError(RangeError, "ERR_OUT_OF_RANGE", "mode is out of range");
  const m = Math.trunc(mode);
  if (m < 0 || m > 7) throw codedError(RangeError, "ERR_OUT_OF_RANGE", "mode is out of range: >= 0 && <= 7");
  return m === 0 ? 0 : m;
}

export function toUnixTimestamp(time, name = "time") {
  if (typeof time === "string" && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ["Date", "Time in seconds"], time);
}

export function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new codes.ERR_OUT_OF_RANGE("offset", ">= 0", offset);
  if (length < 0) throw new codes.ERR_OUT_OF_RANGE("length", ">= 0", length);
  if (offset + length > bufferLength) {
    throw new codes.ERR_OUT_OF_RANGE("length", `<= ${bufferLength - offset}`, length);
  }
}

export function validatePosition(position, name = "position", length = 0) {
  if (typeof position === "number") {
    if (!Number.isInteger(position)) throw new codes.ERR_OUT_OF_RANGE(name, "an integer", position);
    if (position < -1 || position > Number.MAX_SAFE_INTEGER) {
      throw new codes.ERR_OUT_OF_RANGE(name, `>= -1 && <= ${Number.MAX_SAFE_INTEGER}`, position);
    }
  } else if (typeof position === "bigint") {
    // The last byte read must still be addressable by a signed 64-bit offset.
    const max = 2n ** 63n - 1n - BigInt(length);
    if (position < -1n || position > max) {
      throw new codes.ERR_OUT_OF_RANGE(name, `>= -1 && <= ${max}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ["integer", "bigint"], position);
  }
}

// ---- errors ----------------------------------------------------------------------------

/**
 * Turn an op error (class HostSysError: errno, syscall, path?, dest?) into
 * Node's error; anything else passes through.
 */
export function fsError(e) {
  if (e && typeof e === "object" && typeof e.errno === "number" && e.syscall && !e.code) {
    const err = uvException({ errno: e.errno, syscall: e.syscall, path: e.path, dest: e.dest });
    Error.captureStackTrace(err, fsError);
    return err;
  }
  return fromOpError(e);
}

export function eisdirError(path, syscall = "rm") {
  const info = { code: "EISDIR", message: "is a directory", path, syscall, errno: 21 };
  const err = new Error(`Path is a directory: ${syscall} returned EISDIR (is a directory) ${path}`);
  err.name = "SystemError";
  Object.defineProperty(err, "code", { value: "ERR_FS_EISDIR", enumerable: true, writable: true, configurable: true });
  err.info = info;
  err.errno = 21;
  err.syscall = syscall;
  err.path = path;
  void err.stack;
  delete err.name;
  Object.defineProperty(err, "name", { value: "SystemError", enumerable: false, writable: true, configurable: true });
  return err;
}

// ---- Stats --------------------------------------------------------------------------

function msFromParts(sec, nsec) {
  return sec * 1e3 + nsec / 1e6;
}

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}
const kModeChecks = [["isDirectory", S_IFDIR], ["isFile", S_IFREG], ["isBlockDevice", S_IFBLK],
  ["isCharacterDevice", S_IFCHR], ["isSymbolicLink", S_IFLNK], ["isFIFO", S_IFIFO], ["isSocket", S_IFSOCK]];
for (const [name, bits] of kModeChecks) {
  Object.defineProperty(StatsBase.prototype, name, {
    __proto__: null, writable: true, configurable: true, enumerable: false,
    value: { [name]() { return this._checkModeProperty(bits); } }[name],
  });
}

// The Date fields are accessors on the prototype that, once read or
// written, become plain own data properties of the instance (as in Node).
function defineDateAccessors(proto) {
  for (const name of ["atime", "mtime", "ctime", "birthtime"]) {
    const msName = name + "Ms";
    Object.defineProperty(proto, name, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        const value = dateFromMs(this[msName]);
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

export function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
defineDateAccessors(Stats.prototype);
Stats.prototype._checkModeProperty = function (property) {
  return (this.mode & S_IFMT) === property;
};

export function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeNs / 1000000n;
    this.mtimeMs = mtimeNs / 1000000n;
    this.ctimeMs = ctimeNs / 1000000n;
    this.birthtimeMs = birthtimeNs / 1000000n;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
defineDateAccessors(BigIntStats.prototype);
BigIntStats.prototype._checkModeProperty = function (property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// Shared scratch for sync stat ops: 18 f64 slots.
export const statValues = new Float64Array(18);
export const statBytes = new Uint8Array(statValues.buffer);

/** Build Stats / BigIntStats from 18 numbers (see ops/src/fs.rs STAT_LEN). */
export function makeStats(v, bigint) {
  if (bigint) {
    const B = BigInt;
    const ns = (i) => B(v[i]) * 1000000000n + B(v[i + 1]);
    return new BigIntStats(B(v[0]), B(v[1]), B(v[2]), B(v[3]), B(v[4]), B(v[5]), B(v[6]), B(v[7]), B(v[8]),
      B(v[9]), ns(10), ns(12), ns(14), ns(16));
  }
  return new Stats(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9],
    msFromParts(v[10], v[11]), msFromParts(v[12], v[13]), msFromParts(v[14], v[15]), msFromParts(v[16], v[17]));
}

/** Stats from the bytes an async stat op returned. */
export function statsFromBytes(u8, bigint) {
  return makeStats(new Float64Array(u8.buffer, u8.byteOffset, 18), bigint);
}

export class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.frsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

export function makeStatFs(v, bigint) {
  const c = bigint ? BigInt : (x) => x;
  return new StatFs(c(v[0]), c(v[1]), c(v[2]), c(v[3]), c(v[4]), c(v[5]), c(v[6]));
}

// ---- Dirent ------------------------------------------------------------------------------

const kType = Symbol("type");

export class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }
  isDirectory() {
    return this[kType] === 2;
  }
  isFile() {
    return this[kType] === 1;
  }
  isBlockDevice() {
    return this[kType] === 7;
  }
  isCharacterDevice() {
    return this[kType] === 6;
  }
  isSymbolicLink() {
    return this[kType] === 3;
  }
  isFIFO() {
    return this[kType] === 4;
  }
  isSocket() {
    return this[kType] === 5;
  }
}

const kStats = Symbol("stats");

/** A Dirent whose type questions go to a Stats (fs.glob's withFileTypes). */
export class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of ["isDirectory", "isFile", "isBlockDevice", "isCharacterDevice", "isSymbolicLink", "isFIFO", "isSocket"]) {
  Object.defineProperty(DirentFromStats.prototype, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true,
    value: { [name]() { return this[kStats][name](); } }[name],
  });
}

export function joinPath(dir, name) {
  return dir.endsWith("/") ? dir + name : dir + "/" + name;
}

/** readdir result from an op's (names, types) pair. */
export function makeReaddirResult(path, names, types, options, prefix = "", parent = path) {
  const enc = options.encoding;
  if (options.withFileTypes) {
    const out = new Array(names.length);
    for (let i = 0; i < names.length; i++) {
      out[i] = new Dirent(encodeName(names[i], enc), types[i], parent);
    }
    return out;
  }
  if (prefix === "" && (!enc || isUtf8(enc))) return names;
  return names.map((n) => encodeName(prefix + n, enc));
}

let warnedRecursiveRmdir = false;
export function warnRecursiveRmdir() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  globalThis.process.emitWarning(
    "In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. " +
      "Use fs.rm(path, { recursive: true }) instead",
    "DeprecationWarning",
    "DEP0147",
  );
}

/** rmdir's options over their defaults; explicit undefined values count. */
export function validateRmdirOptions(options, defaults = { recursive: false, retryDelay: 100, maxRetries: 0 }) {
  if (options === undefined) return defaults;
  validateObject(options, "options");
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, "options.recursive");
  validateInt32(options.retryDelay, "options.retryDelay", 0);
  validateUint32(options.maxRetries, "options.maxRetries");
  return options;
}

export function validateRmOptions(options) {
  options = validateRmdirOptions(options, { recursive: false, force: false, retryDelay: 100, maxRetries: 0 });
  validateBoolean(options.force, "options.force");
  return options;
}
