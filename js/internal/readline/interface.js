// readline.Interface: line splitting for streams, a small line editor for
// terminals, question(), prompt(), async iteration over lines.
import { EventEmitter } from "ext:host/events.js";
import { AbortError, codes } from "ext:host/internal/errors.js";
import { newStringDecoder } from "ext:host/internal/streams/utils.js";
import { clearLine, clearScreenDown, cursorTo, moveCursor } from "ext:host/internal/readline/callbacks.js";
import { emitKeypressEvents } from "ext:host/internal/readline/emit_keypress.js";

const { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_USE_AFTER_CLOSE } = codes;

const kMincrlfDelay = 100;
const kMaxLengthOfKillRing = 32;
const lineEnding = /\r?\n|\r(?!\n)/g;

export const kQuestion = Symbol("kQuestion");
export const kQuestionCancel = Symbol("kQuestionCancel");
export const kQuestionReject = Symbol("kQuestionReject");
const kQuestionCallback = Symbol("kQuestionCallback");
const kOldPrompt = Symbol("kOldPrompt");
const kPrompt = Symbol("kPrompt");
const kDecoder = Symbol("kDecoder");
const kLineBuffer = Symbol("kLineBuffer");
const kSawReturnAt = Symbol("kSawReturnAt");
const kLineObjectStream = Symbol("kLineObjectStream");
const kListeners = Symbol("kListeners");
const kKillRing = Symbol("kKillRing");
const kRemoveHistoryDuplicates = Symbol("kRemoveHistoryDuplicates");

function validateHistorySize(historySize) {
  if (typeof historySize !== "number" || Number.isNaN(historySize) || historySize < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError
      ? new ERR_INVALID_ARG_VALUE.RangeError("historySize", historySize)
      : new ERR_INVALID_ARG_VALUE("historySize", historySize);
  }
}

export function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  setupInterface(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

function setupInterface(self, input, output, completer, terminal) {
  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = "> ";
  let signal;
  let tabSize = 8;
  let escapeCodeTimeout = 500;
  if (input && input.input) {
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    if (input.tabSize !== undefined) tabSize = input.tabSize;
    removeHistoryDuplicates = !!input.removeHistoryDuplicates;
    if (input.prompt !== undefined) prompt = input.prompt;
    if (input.escapeCodeTimeout !== undefined) escapeCodeTimeout = input.escapeCodeTimeout;
    crlfDelay = input.crlfDelay;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== "function") {
    throw new ERR_INVALID_ARG_VALUE("completer", completer);
  }
  if (history === undefined) history = [];
  else if (!Array.isArray(history)) throw new ERR_INVALID_ARG_TYPE("history", "Array", history);
  if (historySize === undefined) historySize = history.length > 0 ? history.length : 30;
  validateHistorySize(historySize);
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  self.isCompletionEnabled = true;
  self.escapeCodeTimeout = escapeCodeTimeout;
  self.tabSize = tabSize;
  EventEmitter.init.call(self);
  self.history = history;
  self.historyIndex = -1;
  self.historySize = historySize;
  self[kRemoveHistoryDuplicates] = removeHistoryDuplicates;
  self.line = "";
  self.output = output;
  self.input = input;
  self.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  self.completer = completer;
  self.terminal = !!terminal;
  self[kPrompt] = prompt;
  self[kQuestionCallback] = null;
  self[kOldPrompt] = "";
  self[kLineBuffer] = null;
  self[kSawReturnAt] = 0;
  self[kKillRing] = [];

  function ondata(data) {
    self._normalWrite(data);
  }
  function onend() {
    if (typeof self[kLineBuffer] === "string" && self[kLineBuffer].length > 0) {
      self.emit("line", self[kLineBuffer]);
    }
    self.close();
  }
  function ontermend() {
    if (typeof self.line === "string" && self.line.length > 0) self.emit("line", self.line);
    self.close();
  }
  function onkeypress(s, key) {
    self._ttyWrite(s, key);
  }
  function onresize() {
    self._refreshLine();
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      globalThis.process.nextTick(onAborted);
    } else {
      signal.addEventListener("abort", onAborted, { once: true });
      self.once("close", () => signal.removeEventListener("abort", onAborted));
    }
  }

  if (!self.terminal) {
    self[kDecoder] = newStringDecoder("utf8");
    input.on("data", ondata);
    input.on("end", onend);
    self.once("close", () => {
      input.removeListener("data", ondata);
      input.removeListener("end", onend);
    });
  } else {
    emitKeypressEvents(input, self);
    input.on("keypress", onkeypress);
    input.on("end", ontermend);
    self._setRawMode(true);
    self.terminal = true;
    self.cursor = 0;
    self.historyIndex = -1;
    if (output !== null && output !== undefined) output.on("resize", onresize);
    self.once("close", () => {
      input.removeListener("keypress", onkeypress);
      input.removeListener("end", ontermend);
      if (output !== null && output !== undefined) output.removeListener("resize", onresize);
    });
  }
  input.resume();
}

const proto = Interface.prototype;

Object.defineProperty(proto, "columns", {
  configurable: true,
  enumerable: true,
  get() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  },
});

proto.setPrompt = function setPrompt(prompt) {
  this[kPrompt] = prompt;
};

proto.getPrompt = function getPrompt() {
  return this[kPrompt];
};

proto._setRawMode = function (mode) {
  const wasInRawMode = this.input.isRaw;
  if (typeof this.input.setRawMode === "function") this.input.setRawMode(mode);
  return wasInRawMode;
};

proto.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.terminal && globalThis.process.env.TERM !== "dumb") {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this[kPrompt]);
  }
};

proto[kQuestion] = function (query, cb) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE("readline");
  if (this[kQuestionCallback]) {
    this.prompt();
  } else {
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }
};

proto[kQuestionCancel] = function () {
  if (this[kQuestionCallback]) {
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }
};

proto.question = function question(query, options, cb) {
  cb = typeof options === "function" ? options : cb;
  if (options !== null && typeof options === "object") {
    const { signal } = options;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = () => {
        this[kQuestionCancel]();
      };
      signal.addEventListener("abort", onAbort, { once: true });
      const cleanup = () => {
        signal.removeEventListener("abort", onAbort);
      };
      const originalCb = cb;
      cb = typeof cb === "function" ? (answer) => {
        cleanup();
        return originalCb(answer);
      } : cleanup;
    }
  }
  if (typeof cb === "function") this[kQuestion](query, cb);
};

Object.defineProperty(proto.question, Symbol.for("nodejs.util.promisify.custom"), {
  configurable: true,
  enumerable: true,
  writable: true,
  value: function question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options?.signal) {
        if (options.signal.aborted) {
          return reject(new AbortError(undefined, { cause: options.signal.reason }));
        }
        const onAbort = () => reject(new AbortError(undefined, { cause: options.signal.reason }));
        options.signal.addEventListener("abort", onAbort, { once: true });
        cb = (answer) => {
          options.signal.removeEventListener("abort", onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  },
});

proto._onLine = function (line) {
  if (this[kQuestionCallback]) {
    const cb = this[kQuestionCallback];
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit("line", line);
  }
};

proto._writeToOutput = function (stringToWrite) {
  if (typeof stringToWrite !== "string") throw new ERR_INVALID_ARG_TYPE("stringToWrite", "string", stringToWrite);
  if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
};

proto.close = function close() {
  if (this.closed) return;
  this.pause();
  if (this.terminal) this._setRawMode(false);
  this.closed = true;
  this.emit("close");
};

proto.pause = function pause() {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE("readline");
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit("pause");
  return this;
};

proto.resume = function resume() {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE("readline");
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit("resume");
  return this;
};

proto.write = function write(d, key) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE("readline");
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(d, key);
  else this._normalWrite(d);
};

proto._normalWrite = function (b) {
  if (b === undefined) return;
  let string = this[kDecoder].write(b);
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (string.codePointAt(0) === 10) string = string.slice(1);
    this[kSawReturnAt] = 0;
  }
  if (this[kLineBuffer] !== null) {
    string = this[kLineBuffer] + string;
    this[kLineBuffer] = null;
  }
  lineEnding.lastIndex = 0;
  let start = 0;
  let m;
  const lines = [];
  while ((m = lineEnding.exec(string)) !== null) {
    lines.push(string.slice(start, m.index));
    start = lineEnding.lastIndex;
  }
  if (lines.length === 0) {
    this[kLineBuffer] = string;
    return;
  }
  this[kSawReturnAt] = string.endsWith("\r") ? Date.now() : 0;
  this[kLineBuffer] = string.slice(start);
  for (let i = 0; i < lines.length; i++) this._onLine(lines[i]);
};

// ---- terminal line editing -------------------------------------------------

function charWidth(cp) {
  if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp >= 0x300 && cp <= 0x36f) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

proto._getDisplayPos = function (str) {
  let offset = 0;
  const col = this.columns;
  let rows = 0;
  str = str.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");
  for (const char of str) {
    if (char === "\n") {
      rows += Math.ceil(offset / col) || 1;
      offset = 0;
      continue;
    }
    if (char === "\t") {
      offset += this.tabSize - (offset % this.tabSize);
      continue;
    }
    const width = charWidth(char.codePointAt(0));
    if (width === 0 || width === 1) offset += width;
    else {
      if ((offset + 1) % col === 0) offset++;
      offset += 2;
    }
  }
  const cols = offset % col;
  rows += (offset - cols) / col;
  return { cols, rows };
};

proto.getCursorPos = function getCursorPos() {
  const strBeforeCursor = this[kPrompt] + this.line.slice(0, this.cursor);
  return this._getDisplayPos(strBeforeCursor);
};

proto._refreshLine = function () {
  const line = this[kPrompt] + this.line;
  const dispPos = this._getDisplayPos(line);
  const lineCols = dispPos.cols;
  const lineRows = dispPos.rows;
  const cursorPos = this.getCursorPos();
  const prevRows = this.prevRows || 0;
  if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
  cursorTo(this.output, 0);
  clearScreenDown(this.output);
  this._writeToOutput(line);
  if (lineCols === 0) this._writeToOutput(" ");
  cursorTo(this.output, cursorPos.cols);
  const diff = lineRows - cursorPos.rows;
  if (diff > 0) moveCursor(this.output, 0, -diff);
  this.prevRows = cursorPos.rows;
};

proto._insertString = function (c) {
  if (this.cursor < this.line.length) {
    const beg = this.line.slice(0, this.cursor);
    const end = this.line.slice(this.cursor);
    this.line = beg + c + end;
    this.cursor += c.length;
    this._refreshLine();
  } else {
    const oldPos = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows < newPos.rows) this._refreshLine();
    else this._writeToOutput(c);
  }
};

proto._moveCursor = function (dx) {
  if (dx === 0) return;
  const oldPos = this.getCursorPos();
  this.cursor += dx;
  if (this.cursor < 0) this.cursor = 0;
  else if (this.cursor > this.line.length) this.cursor = this.line.length;
  const newPos = this.getCursorPos();
  if (oldPos.rows === newPos.rows) {
    const diffWidth = newPos.cols - oldPos.cols;
    moveCursor(this.output, diffWidth, 0);
  } else {
    this._refreshLine();
  }
};

proto._deleteLeft = function () {
  if (this.cursor > 0 && this.line.length > 0) {
    const cp = this.line.codePointAt(this.cursor - 1);
    const charSize = cp >= 0xdc00 && cp <= 0xdfff && this.cursor > 1 ? 2 : 1;
    this.line = this.line.slice(0, this.cursor - charSize) + this.line.slice(this.cursor);
    this.cursor -= charSize;
    this._refreshLine();
  }
};

proto._deleteRight = function () {
  if (this.cursor < this.line.length) {
    const cp = this.line.codePointAt(this.cursor);
    const charSize = cp > 0xffff ? 2 : 1;
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + charSize);
    this._refreshLine();
  }
};

proto._deleteLineLeft = function () {
  const del = this.line.slice(0, this.cursor);
  this._pushToKillRing(del);
  this.line = this.line.slice(this.cursor);
  this.cursor = 0;
  this._refreshLine();
};

proto._deleteLineRight = function () {
  const del = this.line.slice(this.cursor);
  this._pushToKillRing(del);
  this.line = this.line.slice(0, this.cursor);
  this._refreshLine();
};

proto._deleteWordLeft = function () {
  if (this.cursor > 0) {
    let leading = this.line.slice(0, this.cursor);
    const match = /(?:[^\w\s]+|\w+|)\s*$/.exec(leading);
    leading = leading.slice(0, leading.length - match[0].length);
    this.line = leading + this.line.slice(this.cursor);
    this.cursor = leading.length;
    this._refreshLine();
  }
};

proto._pushToKillRing = function (del) {
  if (!del || del === this[kKillRing][0]) return;
  this[kKillRing].unshift(del);
  while (this[kKillRing].length > kMaxLengthOfKillRing) this[kKillRing].pop();
};

proto.clearLine = function () {
  this._moveCursor(+Infinity);
  this._writeToOutput("\r\n");
  this.line = "";
  this.cursor = 0;
  this.prevRows = 0;
};

proto._addHistory = function () {
  if (this.line.length === 0) return "";
  if (this.historySize === 0) return this.line;
  if (this.line.trim().length === 0) return this.line;
  if (this.history.length === 0 || this.history[0] !== this.line) {
    if (this[kRemoveHistoryDuplicates]) {
      const dupIndex = this.history.indexOf(this.line);
      if (dupIndex !== -1) this.history.splice(dupIndex, 1);
    }
    this.history.unshift(this.line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this.historyIndex = -1;
  const line = this.history[0];
  this.emit("history", this.history);
  return line;
};

proto._line = function () {
  const line = this._addHistory();
  this.clearLine();
  this._onLine(line);
};

proto._historyNext = function () {
  if (this.historyIndex >= 0) {
    const index = this.historyIndex - 1;
    this.line = index === -1 ? this._savedLine ?? "" : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this._refreshLine();
  }
};

proto._historyPrev = function () {
  if (this.historyIndex < this.history.length && this.history.length) {
    if (this.historyIndex === -1) this._savedLine = this.line;
    const index = this.historyIndex + 1;
    this.line = this.history[index] ?? this.line;
    this.historyIndex = Math.min(index, this.history.length - 1);
    this.cursor = this.line.length;
    this._refreshLine();
  }
};

proto._tabComplete = function () {
  this.pause();
  const string = this.line.slice(0, this.cursor);
  const done = (err, value) => {
    this.resume();
    if (err) return;
    const [completions, completeOn] = value;
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((e) => e !== ""));
    if (prefix.length > completeOn.length) {
      this._insertString(prefix.slice(completeOn.length));
      return;
    }
    if (completions.length > 1) {
      this._writeToOutput("\r\n" + completions.filter((e) => e !== "").join("  ") + "\r\n");
      this._refreshLine();
    }
  };
  try {
    if (this.completer.length === 2) this.completer(string, done);
    else {
      const r = this.completer(string);
      if (r && typeof r.then === "function") r.then((v) => done(null, v), done);
      else done(null, r);
    }
  } catch (e) {
    this.resume();
    throw e;
  }
};

function commonPrefix(strings) {
  if (strings.length === 0) return "";
  const sorted = strings.slice().sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  let i = 0;
  while (i < min.length && min[i] === max[i]) i++;
  return min.slice(0, i);
}

proto._ttyWrite = function (s, key) {
  key = key || {};
  if (key.name === "escape") return;
  if (key.ctrl && key.shift) {
    if (key.name === "backspace") this._deleteLineLeft();
    else if (key.name === "delete") this._deleteLineRight();
    return;
  }
  if (key.ctrl) {
    switch (key.name) {
      case "c":
        if (this.listenerCount("SIGINT") > 0) this.emit("SIGINT");
        else this.close();
        return;
      case "h":
        this._deleteLeft();
        return;
      case "d":
        if (this.cursor === 0 && this.line.length === 0) this.close();
        else if (this.cursor < this.line.length) this._deleteRight();
        return;
      case "u":
        this._deleteLineLeft();
        return;
      case "k":
        this._deleteLineRight();
        return;
      case "a":
        this._moveCursor(-Infinity);
        return;
      case "e":
        this._moveCursor(+Infinity);
        return;
      case "b":
        this._moveCursor(-1);
        return;
      case "f":
        this._moveCursor(+1);
        return;
      case "l":
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        this._refreshLine();
        return;
      case "n":
        this._historyNext();
        return;
      case "p":
        this._historyPrev();
        return;
      case "w":
      case "backspace":
        this._deleteWordLeft();
        return;
      case "z":
        if (globalThis.process.platform !== "win32" && this.listenerCount("SIGTSTP") > 0) this.emit("SIGTSTP");
        return;
      case "left":
        this._wordLeft();
        return;
      case "right":
        this._wordRight();
        return;
      case "delete":
        this._deleteWordRight();
        return;
      default:
        return;
    }
  }
  if (key.meta) {
    switch (key.name) {
      case "b":
      case "left":
        this._wordLeft();
        return;
      case "f":
      case "right":
        this._wordRight();
        return;
      case "d":
      case "delete":
        this._deleteWordRight();
        return;
      case "backspace":
        this._deleteWordLeft();
        return;
      default:
        return;
    }
  }
  switch (key.name) {
    case "return":
      this[kSawReturnAt] = Date.now();
      this._line();
      return;
    case "enter":
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this._line();
      this[kSawReturnAt] = 0;
      return;
    case "backspace":
      this._deleteLeft();
      return;
    case "delete":
      this._deleteRight();
      return;
    case "left":
      this._moveCursor(-1);
      return;
    case "right":
      this._moveCursor(+1);
      return;
    case "home":
      this._moveCursor(-Infinity);
      return;
    case "end":
      this._moveCursor(+Infinity);
      return;
    case "up":
      this._historyPrev();
      return;
    case "down":
      this._historyNext();
      return;
    case "tab":
      if (typeof this.completer === "function" && this.isCompletionEnabled) {
        this._tabComplete();
        return;
      }
    // falls through
    default:
      if (typeof s === "string" && s) {
        const lines = s.split(/\r\n|\n|\r/);
        for (let i = 0; i < lines.length; i++) {
          if (i > 0) this._line();
          if (lines[i]) this._insertString(lines[i]);
        }
      }
  }
};

// ---- legacy underscore names (Node keeps these for old callers) -----------

for (const [name, key] of [
  ["_prompt", kPrompt],
  ["_questionCallback", kQuestionCallback],
  ["_oldPrompt", kOldPrompt],
  ["_line_buffer", kLineBuffer],
  ["_sawReturnAt", kSawReturnAt],
  ["_decoder", kDecoder],
]) {
  Object.defineProperty(proto, name, {
    configurable: true,
    enumerable: false,
    get() {
      return this[key];
    },
    set(value) {
      this[key] = value;
    },
  });
}
proto._getCursorPos = proto.getCursorPos;
proto._previousKey = undefined;
proto._sawKeyPress = false;

proto._wordLeft = function () {
  if (this.cursor > 0) {
    const leading = this.line.slice(0, this.cursor);
    const match = /(?:[^\w\s]+|\w+|)\s*$/.exec(leading);
    this._moveCursor(-match[0].length);
  }
};

proto._wordRight = function () {
  if (this.cursor < this.line.length) {
    const trailing = this.line.slice(this.cursor);
    const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(trailing);
    this._moveCursor(match[0].length);
  }
};

proto._deleteWordRight = function () {
  if (this.cursor < this.line.length) {
    const trailing = this.line.slice(this.cursor);
    const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
    this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
    this._refreshLine();
  }
};

// ---- async iteration over lines -------------------------------------------

proto[Symbol.asyncIterator] = function () {
  if (this[kLineObjectStream] === undefined) this[kLineObjectStream] = createLineIterator(this);
  return this[kLineObjectStream];
};

function createLineIterator(rl) {
  const queue = [];
  const waiting = [];
  let done = rl.closed === true;
  let pausedByUs = false;
  const highWaterMark = 1024;

  function onLine(line) {
    if (waiting.length) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queue.push(line);
    if (queue.length > highWaterMark && !rl.closed && !rl.paused) {
      pausedByUs = true;
      rl.pause();
    }
  }
  function onClose() {
    done = true;
    cleanup();
    while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
  }
  function cleanup() {
    rl.removeListener("line", onLine);
    rl.removeListener("close", onClose);
  }
  rl.on("line", onLine);
  rl.on("close", onClose);

  const iterator = {
    next() {
      if (queue.length) {
        const value = queue.shift();
        if (pausedByUs && queue.length === 0 && !rl.closed) {
          pausedByUs = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      done = true;
      cleanup();
      queue.length = 0;
      while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
      if (pausedByUs && !rl.closed) {
        pausedByUs = false;
        rl.resume();
      }
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      done = true;
      cleanup();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  Object.setPrototypeOf(iterator, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
  return iterator;
}

export { clearLine, clearScreenDown, cursorTo, moveCursor, emitKeypressEvents };
