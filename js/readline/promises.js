// node:readline/promises
import { AbortError, codes } from "ext:host/internal/errors.js";
import {
  Interface as BaseInterface,
  kQuestion,
  kQuestionCancel,
} from "ext:host/internal/readline/interface.js";

const CSI = "\x1b[";

export class Interface extends BaseInterface {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options?.signal) {
        const signal = options.signal;
        if (signal.aborted) return reject(new AbortError(undefined, { cause: signal.reason }));
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener("abort", onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener("abort", onAbort);
          resolve(answer);
        };
      }
      try {
        this[kQuestion](query, cb);
      } catch (e) {
        reject(e);
      }
    });
  }
}

export class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];
  constructor(stream, options = undefined) {
    if (!stream || typeof stream.write !== "function") {
      throw new codes.ERR_INVALID_ARG_TYPE("stream", "Writable", stream);
    }
    this.#stream = stream;
    if (options?.autoCommit != null) this.#autoCommit = !!options.autoCommit;
  }
  #queue(data) {
    if (this.#autoCommit) this.#stream.write(data);
    else this.#todo.push(data);
  }
  cursorTo(x, y = undefined) {
    if (typeof x !== "number" || Number.isNaN(x)) throw new codes.ERR_INVALID_ARG_TYPE("x", "number", x);
    if (y !== undefined && (typeof y !== "number" || Number.isNaN(y))) {
      throw new codes.ERR_INVALID_ARG_TYPE("y", "number", y);
    }
    this.#queue(y === undefined ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
    return this;
  }
  moveCursor(dx, dy) {
    if (dx || dy) {
      let data = "";
      if (dx < 0) data += `${CSI}${-dx}D`;
      else if (dx > 0) data += `${CSI}${dx}C`;
      if (dy < 0) data += `${CSI}${-dy}A`;
      else if (dy > 0) data += `${CSI}${dy}B`;
      this.#queue(data);
    }
    return this;
  }
  clearLine(dir) {
    if (typeof dir !== "number") throw new codes.ERR_INVALID_ARG_TYPE("dir", "number", dir);
    this.#queue(dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`);
    return this;
  }
  clearScreenDown() {
    this.#queue(`${CSI}0J`);
    return this;
  }
  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(""), resolve);
      this.#todo = [];
    });
  }
  rollback() {
    this.#todo = [];
    return this;
  }
}

export function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

export default { Interface, Readline, createInterface };
