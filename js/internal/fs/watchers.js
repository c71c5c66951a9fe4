// fs.watch (inotify, ops/src/fs.rs), fs.watchFile / unwatchFile (stat
// polling) and fsPromises.watch.
import { core } from "ext:core/mod.js";
import {
  op_fs_stat, op_fs_stat_async, op_fs_watch_close, op_fs_watch_next, op_fs_watch_open,
} from "ext:core/ops";
import { EventEmitter } from "ext:host/events.js";
import { AbortError } from "ext:host/internal/errors.js";
import { validateBoolean, validateFunction, validateObject, validateUint32 } from "ext:host/internal/validators.js";
import { encodeName, fsError, getOptions, getValidatedPath, makeStats, statsFromBytes } from "ext:host/internal/fs/utils.js";

const kRid = Symbol("kRid");
const kPending = Symbol("kPending");
const kRefed = Symbol("kRefed");

function watchOptions(options) {
  options = getOptions(options, { persistent: true, recursive: false, encoding: "utf8" });
  if (options.persistent !== undefined) validateBoolean(options.persistent, "options.persistent");
  if (options.recursive !== undefined) validateBoolean(options.recursive, "options.recursive");
  return options;
}

function openWatch(filename, recursive) {
  try {
    return op_fs_watch_open(filename, !!recursive);
  } catch (e) {
    const err = fsError(e);
    err.filename = filename;
    throw err;
  }
}

export class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kRid] = null;
    this[kPending] = null;
    this[kRefed] = true;
  }

  [Symbol.for("host.fs.watch.start")](filename, options) {
    this[kRid] = openWatch(filename, options.recursive);
    this[kRefed] = options.persistent !== false;
    const encoding = options.encoding;
    const loop = () => {
      if (this[kRid] === null) return;
      const p = op_fs_watch_next(this[kRid]);
      this[kPending] = p;
      if (!this[kRefed]) core.unrefOpPromise(p);
      p.then(
        (events) => {
          this[kPending] = null;
          if (events === null || this[kRid] === null) return;
          for (const [type, name] of events) {
            if (this[kRid] === null) break;
            this.emit("change", type, encodeName(name, encoding));
          }
          loop();
        },
        (e) => {
          this[kPending] = null;
          this.emit("error", fsError(e));
        },
      );
    };
    loop();
  }

  close() {
    if (this[kRid] === null) return;
    const rid = this[kRid];
    this[kRid] = null;
    op_fs_watch_close(rid);
    globalThis.process.nextTick(() => this.emit("close"));
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (this[kPending]) core.refOpPromise(this[kPending]);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (this[kPending]) core.unrefOpPromise(this[kPending]);
    }
    return this;
  }
}

export function watch(filename, options, listener) {
  if (typeof options === "function") {
    listener = options;
    options = undefined;
  }
  options = watchOptions(options);
  filename = getValidatedPath(filename, "filename");
  const watcher = new FSWatcher();
  watcher[Symbol.for("host.fs.watch.start")](filename, options);
  if (listener) watcher.addListener("change", listener);
  const signal = options.signal;
  if (signal) {
    if (signal.aborted) {
      globalThis.process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener("abort", onAbort, { once: true });
      watcher.once("close", () => signal.removeEventListener("abort", onAbort));
    }
  }
  return watcher;
}

/** fsPromises.watch: an async iterator of { eventType, filename }. */
export function watchAsync(filename, options = {}) {
  options = watchOptions(options);
  filename = getValidatedPath(filename, "filename");
  const signal = options.signal;
  if (signal?.aborted) {
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next: () => Promise.reject(new AbortError(undefined, { cause: signal.reason })),
      return: () => Promise.resolve({ done: true, value: undefined }),
    };
  }
  const rid = openWatch(filename, options.recursive);
  const encoding = options.encoding;
  const queue = [];
  let closed = false;
  let aborted = false;
  const close = () => {
    if (!closed) {
      closed = true;
      op_fs_watch_close(rid);
    }
  };
  if (signal) {
    signal.addEventListener("abort", () => {
      aborted = true;
      close();
    }, { once: true });
  }
  const iter = {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      // Once aborted, queued events are dropped: the next call rejects.
      if (aborted) throw new AbortError(undefined, { cause: signal.reason });
      while (queue.length === 0) {
        if (closed) {
          if (aborted) throw new AbortError(undefined, { cause: signal.reason });
          return { done: true, value: undefined };
        }
        let events;
        try {
          const p = op_fs_watch_next(rid);
          if (options.persistent === false) core.unrefOpPromise(p);
          events = await p;
        } catch (e) {
          close();
          throw fsError(e);
        }
        if (events === null) {
          closed = true;
          continue;
        }
        for (const [eventType, name] of events) queue.push({ __proto__: null, eventType, filename: encodeName(name, encoding) });
      }
      return { done: false, value: queue.shift() };
    },
    async return() {
      close();
      return { done: true, value: undefined };
    },
  };
  return iter;
}

// ---- watchFile / unwatchFile ----------------------------------------------------

const statWatchers = new Map();
const kZeroStats = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

function sameStats(a, b) {
  return a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.size === b.size && a.ino === b.ino &&
    a.mode === b.mode && a.uid === b.uid && a.gid === b.gid && a.dev === b.dev && a.nlink === b.nlink;
}

export class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._timer = null;
    this._prev = null;
    this._busy = false;
    this._refed = true;
  }

  start(filename, persistent, interval) {
    const scratch = new Float64Array(18);
    const ok = op_fs_stat(filename, 0, false, new Uint8Array(scratch.buffer));
    this._prev = makeStats(ok ? scratch : kZeroStats, this._bigint);
    this._timer = setInterval(() => this._poll(filename), interval);
    if (!persistent) {
      this._refed = false;
      this._timer.unref?.();
    }
  }

  _poll(filename) {
    if (this._busy) return;
    this._busy = true;
    op_fs_stat_async(filename, 0).then(
      (bytes) => this._update(statsFromBytes(bytes, this._bigint)),
      () => this._update(makeStats(kZeroStats, this._bigint)),
    );
  }

  _update(curr) {
    this._busy = false;
    if (this._timer === null) return;
    const prev = this._prev;
    if (!sameStats(curr, prev)) {
      this._prev = curr;
      this.emit("change", curr, prev);
    }
  }

  stop() {
    if (this._timer === null) return;
    clearInterval(this._timer);
    this._timer = null;
    globalThis.process.nextTick(() => this.emit("stop"));
  }

  ref() {
    this._refed = true;
    this._timer?.ref?.();
    return this;
  }

  unref() {
    this._refed = false;
    this._timer?.unref?.();
    return this;
  }
}

export function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename, "filename");
  let opts = { persistent: true, interval: 5007, bigint: false };
  if (typeof options === "function") {
    listener = options;
  } else if (options != null) {
    validateObject(options, "options");
    opts = { ...opts, ...options };
  }
  validateFunction(listener, "listener");
  validateUint32(opts.interval, "interval");
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(!!opts.bigint);
    stat.start(filename, opts.persistent, opts.interval);
    statWatchers.set(filename, stat);
  }
  stat.addListener("change", listener);
  return stat;
}

export function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename, "filename");
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === "function") stat.removeListener("change", listener);
  else stat.removeAllListeners("change");
  if (stat.listenerCount("change") === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}
