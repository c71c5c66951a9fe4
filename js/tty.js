// node:tty
import { op_stdio_fd_type, op_stdio_set_raw, op_stdio_window_size } from "ext:core/ops";
import { codes, E, fromOpError } from "ext:host/internal/errors.js";
import { FdReadStream, FdWriteStream } from "ext:host/internal/process/stdio_streams.js";
import { cursorTo, moveCursor, clearLine, clearScreenDown } from "ext:host/internal/readline/callbacks.js";

export function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && op_stdio_fd_type(fd) === "tty";
}

if (!codes.ERR_INVALID_FD) E("ERR_INVALID_FD", '"fd" must be a positive integer: %s', RangeError);
if (!codes.ERR_TTY_INIT_FAILED) {
  E("ERR_TTY_INIT_FAILED", "TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)", Error);
}

function checkFd(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) throw new codes.ERR_INVALID_FD(fd);
  if (op_stdio_fd_type(fd) !== "tty") {
    const err = new codes.ERR_TTY_INIT_FAILED();
    err.errno = -22;
    err.syscall = "uv_tty_init";
    throw err;
  }
}

export class ReadStream extends FdReadStream {
  constructor(fd, options) {
    checkFd(fd);
    super(fd, options);
    this.isRaw = false;
    this.isTTY = true;
  }
  setRawMode(flag) {
    flag = !!flag;
    try {
      op_stdio_set_raw(this.fd, flag);
    } catch (e) {
      this.emit("error", fromOpError(e));
      return this;
    }
    this.isRaw = flag;
    return this;
  }
}

// Color depth the way Node decides it (environment first, then TERM).
const TERM_ENVS = {
  eterm: 4,
  cons25: 4,
  console: 4,
  cygwin: 4,
  dtterm: 4,
  gnome: 4,
  hurd: 4,
  jfbterm: 4,
  konsole: 4,
  kterm: 4,
  mlterm: 4,
  mosh: 24,
  putty: 4,
  st: 4,
  "rxvt-unicode-24bit": 24,
  terminator: 24,
  xterm: 4,
};
const TERM_ENVS_REG_EXP = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/, /^vt220/];

export function getColorDepth(env = globalThis.process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case "":
      case "1":
      case "true":
        return 4;
      case "2":
        return 8;
      case "3":
        return 24;
      default:
        return 1;
    }
  }
  if ((env.NODE_DISABLE_COLORS !== undefined && env.NODE_DISABLE_COLORS !== "") ||
      (env.NO_COLOR !== undefined && env.NO_COLOR !== "") || env.TERM === "dumb") {
    return 1;
  }
  if (env.TMUX) return 24;
  if (env.CI) {
    if (["APPVEYOR", "BUILDKITE", "CIRCLECI", "DRONE", "GITEA_ACTIONS", "GITHUB_ACTIONS", "GITLAB_CI", "TRAVIS"]
      .some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 8;
    }
    return 1;
  }
  if ("TEAMCITY_VERSION" in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 4 : 1;
  switch (env.TERM_PROGRAM) {
    case "iTerm.app":
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return 8;
      return 24;
    case "HyperTerm":
    case "MacTerm":
      return 24;
    case "Apple_Terminal":
      return 8;
  }
  if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 24;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return 24;
    if (/^xterm-256/.test(env.TERM)) return 8;
    const termEnv = env.TERM.toLowerCase();
    if (TERM_ENVS[termEnv]) return TERM_ENVS[termEnv];
    if (TERM_ENVS_REG_EXP.some((term) => term.test(termEnv))) return 4;
  }
  if (env.COLORTERM) return 4;
  return 1;
}

export function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === "object" && count !== null))) {
    env = count;
    count = 16;
  } else if (count === undefined) {
    count = 16;
  }
  if (typeof count !== "number" || !Number.isInteger(count) || count < 2) {
    if (typeof count !== "number") throw new codes.ERR_INVALID_ARG_TYPE("count", "number", count);
    throw new codes.ERR_OUT_OF_RANGE("count", ">= 2", count);
  }
  return count <= 2 ** getColorDepth(env);
}

export class WriteStream extends FdWriteStream {
  constructor(fd, options) {
    checkFd(fd);
    super(fd, options);
    this.isTTY = true;
    this._type = "tty";
    const size = op_stdio_window_size(fd);
    this.columns = size ? size[0] : undefined;
    this.rows = size ? size[1] : undefined;
  }
  _refreshSize() {
    const oldCols = this.columns;
    const oldRows = this.rows;
    const size = op_stdio_window_size(this.fd);
    if (!size) return;
    this.columns = size[0];
    this.rows = size[1];
    if (oldCols !== this.columns || oldRows !== this.rows) this.emit("resize");
  }
  getWindowSize() {
    const size = op_stdio_window_size(this.fd);
    return size ? [size[0], size[1]] : [this.columns, this.rows];
  }
  getColorDepth(env) {
    return getColorDepth(env);
  }
  hasColors(count, env) {
    return hasColors(count, env);
  }
  cursorTo(x, y, cb) {
    return cursorTo(this, x, y, cb);
  }
  moveCursor(dx, dy, cb) {
    return moveCursor(this, dx, dy, cb);
  }
  clearLine(dir, cb) {
    return clearLine(this, dir, cb);
  }
  clearScreenDown(cb) {
    return clearScreenDown(this, cb);
  }
}

WriteStream.prototype.isTTY = true;

export default { isatty, ReadStream, WriteStream };
