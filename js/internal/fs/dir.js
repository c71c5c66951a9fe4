// fs.Dir / opendir: a directory's entries, read when the Dir is opened
// (errors then report Node's `opendir` syscall) and handed out one by one.
import { op_fs_readdir, op_fs_readdir_async } from "ext:core/ops";
import { codes } from "ext:host/internal/errors.js";
import { validateFunction, validateUint32 } from "ext:host/internal/validators.js";
import { Dirent, encodeName, getOptions, getValidatedPath, joinPath } from "ext:host/internal/fs/utils.js";
import { fsError } from "ext:host/internal/fs/utils.js";

const { ERR_DIR_CLOSED, ERR_MISSING_ARGS } = codes;


function nextTick(fn, ...args) {
  globalThis.process.nextTick(fn, ...args);
}

export class Dir {
  // Private state only: a Dir inspects as `Dir {}`, as in Node.
  #options;
  #closed = false;
  #entries = [];
  #pending = [];
  #path;

  constructor(path, names, types, options) {
    this.#options = options;
    this.#path = path;
    this.#push(path, names, types);
  }

  get path() {
    return this.#path;
  }

  #push(dir, names, types) {
    for (let i = 0; i < names.length; i++) {
      this.#entries.push(new Dirent(encodeName(names[i], this.#options.encoding), types[i], dir));
      if (this.#options.recursive && types[i] === 2) this.#pending.push(joinPath(dir, names[i]));
    }
  }

  #checkOpen() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
  }

  readSync() {
    this.#checkOpen();
    while (this.#entries.length === 0 && this.#pending.length > 0) {
      const dir = this.#pending.shift();
      let r;
      try {
        r = op_fs_readdir(dir, true, false);
      } catch (e) {
        throw fsError(e);
      }
      this.#push(dir, r[0], r[1]);
    }
    return this.#entries.shift() ?? null;
  }

  async #readAsync() {
    this.#checkOpen();
    while (this.#entries.length === 0 && this.#pending.length > 0) {
      const dir = this.#pending.shift();
      let r;
      try {
        r = await op_fs_readdir_async(dir, true, false);
      } catch (e) {
        throw fsError(e);
      }
      this.#push(dir, r[0], r[1]);
    }
    return this.#entries.shift() ?? null;
  }

  read(callback) {
    this.#checkOpen();
    if (callback === undefined) return this.#readAsync();
    validateFunction(callback, "callback");
    this.#readAsync().then((d) => nextTick(callback, null, d), (e) => nextTick(callback, e));
  }

  closeSync() {
    this.#checkOpen();
    this.#closed = true;
    this.#entries = [];
  }

  close(callback) {
    if (callback === undefined) {
      try {
        this.closeSync();
      } catch (e) {
        return Promise.reject(e);
      }
      return Promise.resolve();
    }
    validateFunction(callback, "callback");
    try {
      this.closeSync();
    } catch (e) {
      nextTick(callback, e);
      return;
    }
    nextTick(callback, null);
  }

  async *entries() {
    try {
      while (true) {
        const d = await this.#readAsync();
        if (d === null) break;
        yield d;
      }
    } finally {
      if (!this.#closed) this.closeSync();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  async [Symbol.asyncDispose ?? Symbol.for("nodejs.asyncDispose")]() {
    if (!this.#closed) this.closeSync();
  }

  [Symbol.dispose ?? Symbol.for("nodejs.dispose")]() {
    if (!this.#closed) this.closeSync();
  }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: "utf8" });
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, "options.bufferSize", true);
  return options;
}

export function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  let r;
  try {
    r = op_fs_readdir(path, true, true);
  } catch (e) {
    throw fsError(e);
  }
  return new Dir(path, r[0], r[1], options);
}

export function opendir(path, options, callback) {
  callback = typeof options === "function" ? options : callback;
  if (callback === undefined) throw new ERR_MISSING_ARGS("callback");
  validateFunction(callback, "callback");
  path = getValidatedPath(path);
  options = dirOptions(options);
  op_fs_readdir_async(path, true, true).then(
    (r) => nextTick(callback, null, new Dir(path, r[0], r[1], options)),
    (e) => nextTick(callback, fsError(e)),
  );
}

export async function opendirPromise(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  try {
    const r = await op_fs_readdir_async(path, true, true);
    return new Dir(path, r[0], r[1], options);
  } catch (e) {
    throw fsError(e);
  }
}
