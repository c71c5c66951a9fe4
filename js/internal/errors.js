// Node-shaped errors: the ERR_* codes host emits and the system-error helpers
// that turn an errno from an op into Node's message and properties.
import { core } from "ext:core/mod.js";
import { op_host_errno_table } from "ext:core/ops";

// Ops fail with class "HostSysError" (ops/src/error.rs); core needs a
// builder for it or async ops would reject with undefined. Properties
// (errno, syscall, path, dest) are added by core; fromOpError() turns the
// result into Node's error.
try {
  core.registerErrorBuilder("HostSysError", (msg) => new Error(msg));
} catch {
  // already registered
}

const kIsNodeError = Symbol("kIsNodeError");
export const codes = { __proto__: null };
const messages = new Map();

function formatMessage(key, args) {
  const msg = messages.get(key);
  if (typeof msg === "function") return msg(...args);
  // Node formats these messages with util.format (%s of an object
  // inspects it).
  const format = globalThis[Symbol.for("host.format")];
  if (typeof format === "function") return format(msg, ...args);
  let i = 0;
  return msg.replace(/%[sdjo]/g, () => String(args[i++]));
}

function makeNodeErrorClass(Base, key) {
  return class NodeError extends Base {
    constructor(...args) {
      super(formatMessage(key, args));
      Object.defineProperty(this, "code", {
        value: key,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      // Node shows the code in the stack header: "TypeError [ERR_X]: msg".
      // The header is built from `name` when the stack is first read, so
      // read it once under a temporary own `name`.
      Object.defineProperty(this, "name", {
        value: `${Base.name} [${key}]`,
        enumerable: false,
        writable: true,
        configurable: true,
      });
      void this.stack;
      delete this.name;
    }
    get [kIsNodeError]() {
      return true;
    }
    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  };
}

// Register one code: E("ERR_X", "message %s", TypeError[, RangeError...]).
export function E(key, msg, Base, ...others) {
  messages.set(key, msg);
  const def = makeNodeErrorClass(Base, key);
  for (const other of others) def[other.name] = makeNodeErrorClass(other, key);
  codes[key] = def;
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ["string", "function", "number", "object", "Function", "Object", "boolean", "bigint", "symbol"];

function addNumericalSeparator(val) {
  let res = "";
  let i = val.length;
  const start = val[0] === "-" ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

// The "Received ..." tail of ERR_INVALID_ARG_TYPE and friends.
export function describeReceived(input) {
  if (input == null) return ` Received ${input}`;
  if (typeof input === "function") {
    return input.name ? ` Received function ${input.name}` : " Received function ";
  }
  if (typeof input === "object") {
    if (input.constructor?.name) return ` Received an instance of ${input.constructor.name}`;
    const inspect = globalThis[Symbol.for("host.inspect")];
    return ` Received ${inspect ? inspect(input, { depth: -1 }) : String(input)}`;
  }
  const inspect = globalThis[Symbol.for("host.inspect")];
  if (typeof input === "string" && input.length > 28) input = `${input.slice(0, 25)}...`;
  let shown = inspect ? inspect(input, { colors: false }) : String(input);
  if (typeof input === "string" && !inspect) shown = `'${input}'`;
  return ` Received type ${typeof input} (${shown})`;
}

function formatList(list, word = "or") {
  if (list.length <= 2) return list.join(` ${word} `);
  return `${list.slice(0, -1).join(", ")}, ${word} ${list[list.length - 1]}`;
}

E("ERR_INVALID_ARG_TYPE", (name, expected, actual) => {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = "The ";
  if (name.endsWith(" argument")) msg += `${name} `;
  else msg += `"${name}" ${name.includes(".") ? "property" : "argument"} `;
  msg += "must be ";
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf("object");
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push("Object");
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? "one of type" : "of type"} ${formatList(types)}`;
    if (instances.length > 0 || other.length > 0) msg += " or ";
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances)}`;
    if (other.length > 0) msg += " or ";
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${formatList(other)}`;
    else {
      if (other[0].toLowerCase() !== other[0]) msg += "an ";
      msg += `${other[0]}`;
    }
  }
  return msg + "." + describeReceived(actual);
}, TypeError);
E("ERR_INVALID_ARG_VALUE", (name, value, reason = "is invalid") => {
  const inspect = globalThis[Symbol.for("host.inspect")];
  let shown = inspect ? inspect(value) : String(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const type = name.includes(".") ? "property" : "argument";
  return `The ${type} '${name}' ${reason}. Received ${shown}`;
}, TypeError, RangeError);
E("ERR_OUT_OF_RANGE", (str, range, input) => {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = addNumericalSeparator(String(input));
  else if (typeof input === "bigint") {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += "n";
  } else {
    const inspect = globalThis[Symbol.for("host.inspect")];
    received = inspect ? inspect(input) : String(input);
  }
  return `The value of "${str}" is out of range. It must be ${range}. Received ${received}`;
}, RangeError);
E("ERR_MISSING_ARGS", (...args) => {
  let msg = "The ";
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(" or ") : wrap(a)));
  msg += formatList(names, "and");
  msg += `${args.length > 1 ? " arguments" : " argument"} must be specified`;
  return msg;
}, TypeError);
E("ERR_INVALID_RETURN_VALUE", (input, name, value) => {
  // Described as ERR_INVALID_ARG_TYPE describes what it received.
  const type = describeReceived(value).slice(" Received ".length);
  return `Expected ${input} to be returned from the "${name}" function but got ${type}.`;
}, TypeError, RangeError);
E("ERR_UNKNOWN_ENCODING", "Unknown encoding: %s", TypeError);
E("ERR_UNKNOWN_SIGNAL", "Unknown signal: %s", TypeError);
E("ERR_INVALID_THIS", 'Value of "this" must be of type %s', TypeError);
E("ERR_METHOD_NOT_IMPLEMENTED", "The %s method is not implemented", Error);
E("ERR_MULTIPLE_CALLBACK", "Callback called multiple times", Error);
E("ERR_STREAM_PUSH_AFTER_EOF", "stream.push() after EOF", Error);
E("ERR_STREAM_UNSHIFT_AFTER_END_EVENT", "stream.unshift() after end event", Error);
E("ERR_STREAM_WRITE_AFTER_END", "write after end", Error);
E("ERR_STREAM_DESTROYED", "Cannot call %s after a stream was destroyed", Error);
E("ERR_STREAM_NULL_VALUES", "May not write null values to stream", TypeError);
E("ERR_STREAM_CANNOT_PIPE", "Cannot pipe, not readable", Error);
E("ERR_STREAM_ALREADY_FINISHED", "Cannot call %s after a stream was finished", Error);
E("ERR_STREAM_PREMATURE_CLOSE", "Premature close", Error);
E("ERR_FALSY_VALUE_REJECTION", "Promise was rejected with falsy value", Error);
E("ERR_UNHANDLED_ERROR", (err = undefined) => {
  const msg = "Unhandled error.";
  if (err === undefined) return msg;
  const inspect = globalThis[Symbol.for("host.inspect")];
  return `${msg} (${inspect ? inspect(err) : String(err)})`;
}, Error);
E("ERR_INVALID_URL", "Invalid URL", TypeError);
E("ERR_INVALID_URL_SCHEME", (expected) => `The URL must be of scheme ${expected}`, TypeError);
E("ERR_INVALID_FILE_URL_PATH", "File URL path %s", TypeError);
E("ERR_INVALID_FILE_URL_HOST", 'File URL host must be "localhost" or empty on %s', TypeError);
E("ERR_REQUIRE_ESM", (filename) => `require() of ES Module ${filename} not supported.`, Error);
E("ERR_REQUIRE_ASYNC_MODULE", "require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.", Error);
E("ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s", Error);
E("ERR_UNKNOWN_FILE_EXTENSION", 'Unknown file extension "%s" for %s', TypeError);
E("ERR_INVALID_PACKAGE_CONFIG", "Invalid package config %s.", Error);
E("ERR_INVALID_STATE", "Invalid state: %s", Error, TypeError, RangeError);
E("ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor", TypeError);
E("ERR_SYSTEM_ERROR", "A system error occurred", Error);
E("ERR_ASSERTION", "%s", Error);
E("ERR_AMBIGUOUS_ARGUMENT", 'The "%s" argument is ambiguous. %s', TypeError);
E("ERR_INVALID_CHAR", (name, field) => {
  return field ? `Invalid character in ${name} ["${field}"]` : `Invalid character in ${name}`;
}, TypeError);
E("ERR_BUFFER_OUT_OF_BOUNDS", (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return "Attempt to access memory outside buffer bounds";
}, RangeError);
E("ERR_INVALID_BUFFER_SIZE", "Buffer size must be a multiple of %s", RangeError);
E("ERR_STRING_TOO_LONG", "Cannot create a string longer than 0x1fffffe8 characters", Error);
E("ERR_USE_AFTER_CLOSE", "%s was closed", Error);
E("ERR_DIR_CLOSED", "Directory handle was closed", Error);
E("ERR_FS_FILE_TOO_LARGE", "File size (%s) is greater than 2 GiB", RangeError);
E("ERR_FS_CP_EINVAL", "Invalid src or dest: cp returned EINVAL", Error);
E("ERR_FS_EISDIR", "Path is a directory", Error);
E("ERR_IPC_CHANNEL_CLOSED", "Channel closed", Error);
E("ERR_IPC_DISCONNECTED", "IPC channel is already disconnected", Error);
E("ERR_IPC_ONE_PIPE", "Child process can have only one IPC pipe", Error);
E("ERR_IPC_SYNC_FORK", "IPC cannot be used with synchronous forks", Error);
E("ERR_INVALID_HANDLE_TYPE", "This handle type cannot be sent", TypeError);
E("ERR_CHILD_CLOSED_BEFORE_REPLY", "Child closed before reply received", Error);
E("ERR_CHILD_PROCESS_IPC_REQUIRED", "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E("ERR_CHILD_PROCESS_STDIO_MAXBUFFER", "%s maxBuffer length exceeded", RangeError);
E("ERR_INVALID_SYNC_FORK_INPUT", "Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s", TypeError);
E("ERR_SOCKET_BAD_PORT", (name, port, allowZero = true) => {
  const operator = allowZero ? ">=" : ">";
  return `${name} should be ${operator} 0 and < 65536.${describeReceived(port)}.`;
}, RangeError);
E("ERR_SOCKET_CLOSED", "Socket is closed", Error);
E("ERR_SOCKET_CLOSED_BEFORE_CONNECTION", "Socket closed before the connection was established", Error);
E("ERR_SOCKET_DGRAM_NOT_RUNNING", "Not running", Error);
E("ERR_SOCKET_DGRAM_IS_CONNECTED", "Already connected", Error);
E("ERR_SOCKET_DGRAM_NOT_CONNECTED", "Not connected", Error);
E("ERR_SOCKET_ALREADY_BOUND", "Socket is already bound", Error);
E("ERR_SOCKET_BAD_TYPE", "Bad socket type specified. Valid types are: udp4, udp6", TypeError);
E("ERR_SERVER_ALREADY_LISTEN", "Listen method has been called more than once without closing.", Error);
E("ERR_SERVER_NOT_RUNNING", "Server is not running.", Error);
E("ERR_INVALID_IP_ADDRESS", "Invalid IP address: %s", TypeError);
E("ERR_INVALID_FD_TYPE", "Unsupported fd type: %s", TypeError);
E("ERR_HTTP_HEADERS_SENT", "Cannot %s headers after they are sent to the client", Error);
E("ERR_HTTP_INVALID_HEADER_VALUE", 'Invalid value "%s" for header "%s"', TypeError);
E("ERR_HTTP_INVALID_STATUS_CODE", "Invalid status code: %s", RangeError);
E("ERR_HTTP_TRAILER_INVALID", "Trailers are invalid with this transfer encoding", Error);
E("ERR_INVALID_HTTP_TOKEN", '%s must be a valid HTTP token ["%s"]', TypeError);
E("ERR_HTTP_SOCKET_ENCODING", "Changing the socket encoding is not allowed per RFC7230 Section 3.", Error);
E("ERR_STREAM_WRITE_AFTER_END_HTTP", "write after end", Error);
E("ERR_WORKER_PATH", (filename) => "The worker script or module filename must be an absolute path or a relative path starting with './' or '../'." + (filename.startsWith("file://") ? " Wrap file:// URLs with `new URL`." : filename.startsWith("data:text/javascript") ? " Wrap data: URLs with `new URL`." : "") + ` Received "${filename}"`, TypeError);
E("ERR_WORKER_INVALID_EXEC_ARGV", (errors, msg = "invalid execArgv flags") => `Initiated Worker with ${msg}: ${errors.join(", ")}`, Error);
E("ERR_WORKER_OUT_OF_MEMORY", "Worker terminated due to reaching memory limit: %s", Error);
E("ERR_WORKER_NOT_RUNNING", "Worker instance not running", Error);
E("ERR_WORKER_UNSERIALIZABLE_ERROR", "Serializing an uncaught exception failed", Error);
E("ERR_WORKER_UNSUPPORTED_OPERATION", "%s is not supported in workers", TypeError);
E("ERR_WORKER_INIT_FAILED", "Worker initialization failure: %s", Error);
E("ERR_MISSING_OPTION", "%s is required", TypeError);
E("ERR_CLOSED_MESSAGE_PORT", "Cannot send data on closed MessagePort", Error);
E("ERR_CONSOLE_WRITABLE_STREAM", "Console expects a writable stream instance for %s", TypeError);
E("ERR_INCOMPATIBLE_OPTION_PAIR", 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E("ERR_FEATURE_UNAVAILABLE_ON_PLATFORM", "The feature %s is unavailable on the current platform, which is being used to run Node.js", TypeError);
E("ERR_INVALID_CURSOR_POS", "Cannot set cursor row without setting its column", TypeError);
E("ERR_INVALID_OPT_VALUE", (name, value) => `The value "${String(value)}" is invalid for option "${name}"`, TypeError, RangeError);
E("ERR_INVALID_OPT_VALUE_ENCODING", "The value \"%s\" is invalid for option \"encoding\"", TypeError);

// errno (positive, from the OS) -> [code, libuv description]; filled from Rust.
let errnoTable;
function table() {
  errnoTable ??= op_host_errno_table();
  return errnoTable;
}

/** Map a negative or positive errno to Node's code name, e.g. -2 -> "ENOENT". */
export function errnoName(errno) {
  const entry = table()[Math.abs(errno)];
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

/** The libuv description of an errno, e.g. "no such file or directory". */
export function errnoMessage(errno) {
  const entry = table()[Math.abs(errno)];
  return entry ? entry[1] : `Unknown system error ${errno}`;
}

/** All known [code, [errno, message]] pairs, negative errnos as Node's util.getSystemErrorMap. */
export function errnoMap() {
  const map = new Map();
  const t = table();
  for (const key of Object.keys(t)) map.set(-Number(key), [t[key][0], t[key][1]]);
  return map;
}

// Node's uvException: "ENOENT: no such file or directory, open '/x'".
export function uvException({ errno, syscall, path, dest, message }) {
  const code = errnoName(errno);
  const desc = message ?? errnoMessage(errno);
  let msg = `${code}: ${desc}, ${syscall}`;
  if (path !== undefined) msg += ` '${path}'`;
  if (dest !== undefined) msg += ` -> '${dest}'`;
  const err = new Error(msg);
  err.errno = -Math.abs(errno);
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

// Node's errnoException / exceptionWithHostPort: "connect ECONNREFUSED 127.0.0.1:80".
export function errnoException(errno, syscall, original) {
  const code = errnoName(errno);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const err = new Error(message);
  err.errno = -Math.abs(errno);
  err.code = code;
  err.syscall = syscall;
  return err;
}

export function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = errnoName(errno);
  let details = "";
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code}${details}`);
  err.errno = -Math.abs(errno);
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// Errors thrown by ops carry {errno, syscall, path?, dest?} (class "HostSysError",
// see ops/src/error.rs); rebuild them as Node's uvException.
export function fromOpError(e) {
  if (e && typeof e === "object" && typeof e.errno === "number" && e.syscall && !e.code) {
    return uvException({ errno: e.errno, syscall: e.syscall, path: e.path, dest: e.dest });
  }
  return e;
}

export function hideStackFrames(fn) {
  return fn;
}

export class AbortError extends Error {
  constructor(message = "The operation was aborted", options = undefined) {
    super(message, options);
    this.code = "ABORT_ERR";
    this.name = "AbortError";
  }
}

export { kIsNodeError };
