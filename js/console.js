// node:console - Node's Console class and the global console.
import { codes } from "ext:host/internal/errors.js";
import { validateArray, validateInteger, validateObject, validateOneOf } from "ext:host/internal/validators.js";
import {
  formatWithOptionsInternal,
  getStringWidth,
  inspect,
  previewEntries,
} from "ext:host/internal/util/inspect.js";
import { core } from "ext:core/mod.js";
import { channel } from "ext:host/diagnostics_channel.js";

const { ERR_CONSOLE_WRITABLE_STREAM, ERR_INCOMPATIBLE_OPTION_PAIR } = codes;

const kMaxGroupIndentation = 1000;
const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

const kGroupIndent = Symbol("kGroupIndent");
const kGroupIndentationWidth = Symbol("kGroupIndentWidth");
const kCounts = Symbol("counts");
const kColorMode = Symbol("kColorMode");
const kIsConsole = Symbol("kIsConsole");
const kWriteToConsole = Symbol("kWriteToConsole");
const kGetInspectOptions = Symbol("kGetInspectOptions");
const kFormatForStdout = Symbol("kFormatForStdout");
const kFormatForStderr = Symbol("kFormatForStderr");
const kTimers = Symbol("timers");
const kStreams = Symbol("streams");

const optionsMap = new WeakMap();

function now() {
  const perf = globalThis.performance;
  if (perf && typeof perf.now === "function") return perf.now();
  return Date.now();
}

function shouldColorize(stream) {
  const env = globalThis.process?.env ?? {};
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return false;
  if (!stream?.isTTY) return false;
  return typeof stream.getColorDepth === "function" ? stream.getColorDepth() > 2 : true;
}

function pad(value) {
  return `${value}`.padStart(2, "0");
}

export function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const parts = seconds.toFixed(3).split(".");
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(parts[0])}.${parts[1]} (${hours !== 0 ? "h:m" : ""}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function noop() {}

// ---- table ---------------------------------------------------------------------

const tableChars = {
  middleMiddle: "\u2500",
  rowMiddle: "\u253c",
  topRight: "\u2510",
  topLeft: "\u250c",
  leftMiddle: "\u251c",
  topMiddle: "\u252c",
  bottomRight: "\u2518",
  bottomLeft: "\u2514",
  bottomMiddle: "\u2534",
  rightMiddle: "\u2524",
  left: "\u2502 ",
  right: " \u2502",
  middle: " \u2502 ",
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const len = getStringWidth(cell);
    const needed = columnWidths[i] - len;
    out += cell + " ".repeat(Math.max(needed, 0));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  out += tableChars.right;
  return out;
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = (rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : "");
      const width = columnWidths[i] || 0;
      const counted = getStringWidth(value);
      columnWidths[i] = Math.max(width, counted);
    }
  }
  const divider = columnWidths.map((i) => tableChars.middleMiddle.repeat(i + 2));
  let result =
    `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

// ---- Console --------------------------------------------------------------------

function emitWarning(msg) {
  globalThis.process.emitWarning(msg);
}

function timeLogImpl(self, name, label, data) {
  const start = self[kTimers].get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(now() - start);
  if (data === undefined) self.log("%s: %s", label, formatted);
  else self.log("%s: %s", label, formatted, ...data);
  return true;
}

// diagnostics_channel: console.log/info/debug/warn/error publish their
// arguments (as an array) before writing, as Node does.
const onLog = channel("console.log");
const onInfo = channel("console.info");
const onDebug = channel("console.debug");
const onWarn = channel("console.warn");
const onError = channel("console.error");

function writeOut(self, args) {
  if (args.length === 1 && typeof args[0] === "string") self[kWriteToConsole](true, args[0]);
  else self[kWriteToConsole](true, self[kFormatForStdout](args));
}

function writeErr(self, args) {
  if (args.length === 1 && typeof args[0] === "string") self[kWriteToConsole](false, args[0]);
  else self[kWriteToConsole](false, self[kFormatForStderr](args));
}

const consoleMethods = {
  log(...args) {
    if (onLog.hasSubscribers) onLog.publish(args);
    writeOut(this, args);
  },
  info(...args) {
    if (onInfo.hasSubscribers) onInfo.publish(args);
    writeOut(this, args);
  },
  debug(...args) {
    if (onDebug.hasSubscribers) onDebug.publish(args);
    writeOut(this, args);
  },
  warn(...args) {
    if (onWarn.hasSubscribers) onWarn.publish(args);
    writeErr(this, args);
  },
  error(...args) {
    if (onError.hasSubscribers) onError.publish(args);
    writeErr(this, args);
  },
  dirxml(...args) {
    Reflect.apply(this.log, this, args);
  },
  dir(object, options) {
    this[kWriteToConsole](
      true,
      inspect(object, { customInspect: false, ...this[kGetInspectOptions](this._stdout), ...options }),
    );
  },
  time(label = "default") {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, now());
  },
  timeEnd(label = "default") {
    label = `${label}`;
    const found = timeLogImpl(this, "timeEnd", label);
    if (found) this[kTimers].delete(label);
  },
  timeLog(label = "default", ...data) {
    label = `${label}`;
    timeLogImpl(this, "timeLog", label, data.length === 0 ? undefined : data);
  },
  trace: function trace(...args) {
    const err = { name: "Trace", message: this[kFormatForStderr](args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      if (args.length && typeof args[0] === "string") args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift("Assertion failed");
      Reflect.apply(this.warn, this, args);
    }
  },
  clear() {
    const stdout = this._stdout;
    if (stdout?.isTTY && globalThis.process.env.TERM !== "dumb") {
      stdout.write("\u001b[1;1H");
      stdout.write("\u001b[0J");
    }
  },
  count(label = "default") {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    if (count === undefined) count = 1;
    else count++;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = "default") {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },
  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += " ".repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, "properties");
    if (tabularData === null || typeof tabularData !== "object") return this.log(tabularData);
    const final = (k, v) => this.log(renderTable(k, v));
    const _inspect = (v) => {
      const depth = v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      const opt = { depth, maxArrayLength: 3, breakLength: Infinity, ...this[kGetInspectOptions](this._stdout) };
      return inspect(v, opt);
    };
    const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

    const mapIter = core.isMapIterator(tabularData);
    let isKeyValue = false;
    let i = 0;
    if (mapIter) {
      const res = previewEntries(tabularData, true);
      tabularData = res[0];
      isKeyValue = res[1];
    }
    if (isKeyValue || core.isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      if (mapIter) {
        for (; i < tabularData.length / 2; ++i) {
          keys.push(_inspect(tabularData[i * 2]));
          values.push(_inspect(tabularData[i * 2 + 1]));
          length++;
        }
      } else {
        for (const { 0: k, 1: v } of tabularData) {
          keys.push(_inspect(k));
          values.push(_inspect(v));
          length++;
        }
      }
      return final(["(iteration index)", "Key", "Values"], [getIndexArray(length), keys, values]);
    }
    const setIter = core.isSetIterator(tabularData);
    if (setIter) tabularData = previewEntries(tabularData, true)[0];
    const setlike = setIter || mapIter || core.isSet(tabularData);
    if (setlike) {
      const values = [];
      let length = 0;
      for (const v of tabularData) {
        values.push(_inspect(v));
        length++;
      }
      return final(["(iteration index)", "Values"], [getIndexArray(length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);
    for (; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== "function" && typeof item !== "object");
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = "";
          else map[key][i] = _inspect(item[key]);
        }
      }
    }
    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push("Values");
      values.push(valuesKeyArray);
    }
    keys.unshift("(index)");
    values.unshift(indexKeyArray);
    return final(keys, values);
  },
};

consoleMethods.groupCollapsed = consoleMethods.group;

// Internal machinery shared by Console instances and the global console.
const internals = {
  [kWriteToConsole](useStdout, string) {
    const ignoreErrors = this._ignoreErrors;
    const groupIndent = this[kGroupIndent];
    const stream = useStdout ? this._stdout : this._stderr;
    if (groupIndent.length !== 0) {
      if (string.includes("\n")) string = string.replace(/\n/g, `\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += "\n";
    if (ignoreErrors === false) return stream.write(string);
    let added = false;
    try {
      if (typeof stream.listenerCount === "function" && stream.listenerCount("error") === 0) {
        stream.once("error", noop);
        added = true;
      }
      // No write callback: a callback is loop work to host's runtime and
      // would make a console.log inside 'beforeExit' re-arm the event loop.
      // A write that failed (EPIPE) emits 'error' on a later tick: keep the
      // no-op listener for it then, as Node's write callback would add it.
      stream.write(string);
      if (added && (stream.errored || stream.writableErrored || stream._writableState?.errored)) added = false;
    } catch (e) {
      if (e instanceof RangeError && e.message === "Maximum call stack size exceeded") throw e;
    } finally {
      if (added) stream.removeListener("error", noop);
    }
  },
  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === "auto") color = shouldColorize(stream);
    const options = optionsMap.get(this);
    if (options) {
      if (options.colors === undefined) options.colors = color;
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  },
  [kFormatForStdout](args) {
    return formatWithOptionsInternal(this[kGetInspectOptions](this._stdout), args);
  },
  [kFormatForStderr](args) {
    return formatWithOptionsInternal(this[kGetInspectOptions](this._stderr), args);
  },
};

function createWriteErrorHandler(instance, useStdout) {
  return (err) => {
    const stream = useStdout ? instance._stdout : instance._stderr;
    if (err !== null && stream && !stream._writableState?.errorEmitted) {
      if (typeof stream.listenerCount === "function" && stream.listenerCount("error") === 0) {
        stream.once("error", noop);
      }
    }
  };
}

function bindProperties(self, ignoreErrors, colorMode, groupIndentation = 2) {
  Object.defineProperties(self, {
    _stdoutErrorHandler: { value: createWriteErrorHandler(self, true), writable: true, configurable: true },
    _stderrErrorHandler: { value: createWriteErrorHandler(self, false), writable: true, configurable: true },
    _ignoreErrors: { value: Boolean(ignoreErrors), writable: true, configurable: true },
    _times: { value: new Map(), writable: true, configurable: true },
    [kTimers]: { get() { return this._times; }, configurable: true },
    [kCounts]: { value: new Map(), writable: true, configurable: true },
    [kColorMode]: { value: colorMode, writable: true, configurable: true },
    [kIsConsole]: { value: true, writable: true, configurable: true },
    [kGroupIndent]: { value: "", writable: true, configurable: true },
    [kGroupIndentationWidth]: { value: groupIndentation, writable: true, configurable: true },
  });
}

export function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === "function") {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = "auto",
    inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== "function") throw new ERR_CONSOLE_WRITABLE_STREAM("stdout");
  if (!stderr || typeof stderr.write !== "function") throw new ERR_CONSOLE_WRITABLE_STREAM("stderr");
  validateOneOf(colorMode, "colorMode", ["auto", true, false]);
  if (groupIndentation !== undefined) validateInteger(groupIndentation, "groupIndentation", 0, kMaxGroupIndentation);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, "options.inspectOptions");
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR("options.inspectOptions.color", "colorMode");
    }
    optionsMap.set(this, inspectOptions);
  }
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], "name", { value: key });
  }
  Object.defineProperties(this, {
    _stdout: { value: stdout, writable: true, configurable: true, enumerable: false },
    _stderr: { value: stderr, writable: true, configurable: true, enumerable: false },
  });
  bindProperties(this, ignoreErrors, colorMode, groupIndentation);
}

const methodOrder = [
  "log", "info", "debug", "warn", "error", "dir", "time", "timeEnd", "timeLog", "trace", "assert", "clear",
  "count", "countReset", "group", "groupEnd", "table", "dirxml", "groupCollapsed",
];
for (const name of methodOrder) {
  Object.defineProperty(Console.prototype, name, {
    value: consoleMethods[name],
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
for (const sym of Object.getOwnPropertySymbols(internals)) {
  Object.defineProperty(Console.prototype, sym, {
    value: internals[sym],
    writable: true,
    enumerable: false,
    configurable: true,
  });
}
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

// ---- the global console ------------------------------------------------------------

const globalOrder = methodOrder;

function writeStream(fd) {
  return fd === 1 ? globalThis.process.stdout : globalThis.process.stderr;
}

/** The process-wide console: writes through process.stdout/stderr, resolved per call. */
export function createGlobalConsole() {
  const target = { __proto__: {} };
  Object.defineProperties(target, {
    _stdout: { get: () => writeStream(1), configurable: true, enumerable: false },
    _stderr: { get: () => writeStream(2), configurable: true, enumerable: false },
  });
  bindProperties(target, true, "auto");
  for (const sym of Object.getOwnPropertySymbols(internals)) {
    Object.defineProperty(target, sym, { value: internals[sym], writable: true, configurable: true, enumerable: false });
  }
  for (const name of globalOrder) {
    const fn = consoleMethods[name].bind(target);
    Object.defineProperty(fn, "name", { value: name });
    Object.defineProperty(target, name, { value: fn, writable: true, enumerable: true, configurable: true });
  }
  // Fast path: a single string goes straight to the stream.
  const fastLog = function log(...args) {
    if (args.length === 1 && typeof args[0] === "string" && target[kGroupIndent].length === 0 &&
        !onLog.hasSubscribers) {
      target[kWriteToConsole](true, args[0]);
      return;
    }
    consoleMethods.log.apply(target, args);
  };
  target.log = fastLog;
  const extras = {
    Console,
    profile: noop,
    profileEnd: noop,
    timeStamp: noop,
    context(name) {
      void name;
      return createGlobalConsole();
    },
    createTask(name) {
      void name;
      return { run: (fn) => fn() };
    },
  };
  for (const name of Object.keys(extras)) {
    const value = extras[name];
    if (typeof value === "function" && name !== "Console") Object.defineProperty(value, "name", { value: name });
    Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(target, Symbol.toStringTag, {
    value: "console",
    writable: false,
    enumerable: false,
    configurable: true,
  });
  return target;
}

// require('console') is the global console (the bootstrap registers it);
// this build-time instance has the same shape, so that the ESM names of
// node:console (log, info, Console, ...) are generated from it.
export default createGlobalConsole();
