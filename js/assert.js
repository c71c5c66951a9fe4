// Node's `assert`: the assertion functions, AssertionError with Node's
// message texts and "+ actual - expected" diffs, and assert.strict.
import { op_fs_read_file_utf8 } from "ext:core/ops";
import { codes } from "ext:host/internal/errors.js";
import { isDeepEqual, isDeepStrictEqual } from "ext:host/internal/util/comparisons.js";
import { inspect } from "ext:host/util.js";

const {
  ERR_AMBIGUOUS_ARGUMENT,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_RETURN_VALUE,
  ERR_MISSING_ARGS,
} = codes;

// ------------------------------------------------------------ messages

const kReadableOperator = {
  deepStrictEqual: "Expected values to be strictly deep-equal:",
  partialDeepStrictEqual: "Expected values to be partially and strictly deep-equal:",
  strictEqual: "Expected values to be strictly equal:",
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: "Expected values to be loosely deep-equal:",
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: "Values have same structure but are not reference-equal:",
  notDeepEqualUnequal: "Expected values not to be loosely deep-equal:",
};

const kMaxShortStringLength = 12;
const kNopLinesToCollapse = 5;

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isError(value) {
  return value instanceof Error || Object.prototype.toString.call(value) === "[object Error]";
}

function isRegExp(value) {
  return value instanceof RegExp || Object.prototype.toString.call(value) === "[object RegExp]";
}

// Line-based Myers diff of the inspected values. Entries come out last
// line first, as { op: "nop" | "insert" | "delete", value }; "insert" lines
// belong to `actual`, "delete" lines to `expected`.
function linesEqual(a, e, commas) {
  if (a === e) return true;
  return commas && (`${a},` === e || a === `${e},`);
}

function myersDiff(actual, expected, commas) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const at = k + max;
      let x = k === -d || (k !== d && v[at - 1] < v[at + 1]) ? v[at + 1] : v[at - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesEqual(actual[x], expected[y], commas)) {
        x++;
        y++;
      }
      v[at] = x;
      if (x >= n && y >= m) return backtrack(trace, actual, expected, commas);
    }
  }
  return [];
}

function backtrack(trace, actual, expected, commas) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const out = [];
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const at = k + max;
    const prevK = k === -d || (k !== d && v[at - 1] < v[at + 1]) ? k + 1 : k - 1;
    const prevX = v[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      out.push({ op: "nop", value: commas && !line.endsWith(",") ? expected[y - 1] : line });
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        out.push({ op: "insert", value: actual[x - 1] });
        x--;
      } else {
        out.push({ op: "delete", value: expected[y - 1] });
        y--;
      }
    }
  }
  return out;
}

function printDiff(diff) {
  let message = "";
  let skipped = false;
  let nops = 0;
  const len = diff.length;
  for (let i = len - 1; i >= 0; i--) {
    const { op, value } = diff[i];
    const prev = i < len - 1 ? diff[i + 1].op : null;
    if (prev === "nop" && op !== prev) {
      if (nops === kNopLinesToCollapse + 1) {
        message += `  ${diff[i + 1].value}\n`;
      } else if (nops === kNopLinesToCollapse + 2) {
        message += `  ${diff[i + 2].value}\n`;
        message += `  ${diff[i + 1].value}\n`;
      }
      if (nops >= kNopLinesToCollapse + 3) {
        message += "...\n";
        message += `  ${diff[i + 1].value}\n`;
        skipped = true;
      }
      nops = 0;
    }
    if (op === "insert") {
      message += `+ ${value}\n`;
    } else if (op === "delete") {
      message += `- ${value}\n`;
    } else if (nops < kNopLinesToCollapse) {
      message += `  ${value}\n`;
      nops++;
    } else {
      nops++;
    }
  }
  return { message: `\n${message.trimEnd()}`, skipped };
}

function stackedDiff(actual, expected) {
  let message = `\n+ ${actual}\n- ${expected}`;
  const stderr = globalThis.process?.stderr;
  const width = stderr?.isTTY ? stderr.columns : 80;
  // The indicator compares the inspected texts, whatever the values were.
  if (actual.length + expected.length <= width) {
    let at = -1;
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        if (i > 2) at = i;
        break;
      }
    }
    if (at !== -1) message += `\n${" ".repeat(at + 2)}^`;
  }
  return message;
}

function createErrDiff(actual, expected, operator, customMessage) {
  if (operator === "strictEqual" &&
      ((typeof actual === "object" && actual !== null && typeof expected === "object" && expected !== null) ||
       (typeof actual === "function" && typeof expected === "function"))) {
    operator = "strictEqualObject";
  }
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = inspectedActual.split("\n");
  const expectedLines = inspectedExpected.split("\n");

  let header = "+ actual - expected";
  let message;
  let skipped = false;
  const simple = actualLines.length <= 1 && expectedLines.length <= 1 &&
    (typeof actual !== "object" || actual === null || typeof expected !== "object" || expected === null);
  if (simple) {
    const a = actualLines[0];
    const e = expectedLines[0];
    let len = a.length + e.length;
    if (typeof actual === "string") len -= 2;
    if (typeof expected === "string") len -= 2;
    if (len <= kMaxShortStringLength && (actual !== 0 || expected !== 0)) {
      message = `${a} !== ${e}`;
      header = "";
    } else {
      message = stackedDiff(a, e, actual, expected);
    }
  } else {
    const commas = actual != null && typeof actual === "object";
    const diff = myersDiff(actualLines, expectedLines, commas);
    if (diff.every((d) => d.op === "nop")) {
      // Same look, different values.
      const lines = truncateLines(actualLines);
      const head = customMessage || (operator === "strictEqualObject"
        ? "Values have same structure but are not reference-equal:"
        : kReadableOperator.notIdentical);
      return `${head}\n\n${lines.join("\n")}\n`;
    }
    const printed = printDiff(diff);
    message = printed.message;
    skipped = printed.skipped;
    if (operator === "partialDeepStrictEqual") header = "+ actual - expected";
  }
  const head = `${customMessage || kReadableOperator[operator]}\n${header}`;
  return `${head}${skipped ? "\n... Skipped lines" : ""}\n${message}\n`;
}

function truncateLines(lines) {
  if (lines.length > 50) {
    lines = lines.slice(0, 47);
    lines[46] = "...";
  }
  return lines;
}

// ------------------------------------------------------------ AssertionError

function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, "message", { value: source.message });
  if (source.cause !== undefined) {
    let cause = source.cause;
    if (isError(cause)) cause = copyError(cause);
    Object.defineProperty(target, "cause", { value: cause });
  }
  return target;
}

class AssertionError extends Error {
  constructor(options) {
    if (typeof options !== "object" || options === null) {
      throw new ERR_INVALID_ARG_TYPE("options", "Object", options);
    }
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    const diff = options.diff === "full" ? "full" : "simple";
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;

    if (message == null && typeof actual === "object" && actual !== null && typeof expected === "object" &&
        expected !== null && "stack" in actual && actual instanceof Error && "stack" in expected &&
        expected instanceof Error) {
      // Hide the stacks of both errors in the message.
      actual = copyError(actual);
      expected = copyError(expected);
    }
    let text;
    if (message != null) {
      if (operator === "deepStrictEqual" || operator === "strictEqual" || operator === "partialDeepStrictEqual") {
        text = createErrDiff(actual, expected, operator, String(message));
      } else {
        text = String(message);
      }
    } else if (operator === "deepStrictEqual" || operator === "strictEqual" || operator === "partialDeepStrictEqual") {
      text = createErrDiff(actual, expected, operator, "");
    } else if (operator === "notDeepStrictEqual" || operator === "notStrictEqual") {
      let base = kReadableOperator[operator];
      const lines = truncateLines(inspectValue(actual).split("\n"));
      if (operator === "notStrictEqual" &&
          ((typeof actual === "object" && actual !== null) || typeof actual === "function")) {
        base = kReadableOperator.notStrictEqualObject;
      }
      if (lines.length === 1) text = `${base}${lines[0].length > 5 ? "\n\n" : " "}${lines[0]}`;
      else text = `${base}\n\n${lines.join("\n")}\n`;
    } else {
      let res = inspectValue(actual);
      let other = inspectValue(expected);
      const known = kReadableOperator[operator];
      if (operator === "notDeepEqual" && res === other) {
        res = `${known}\n\n${res}`;
        if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
        text = res;
      } else {
        if (res.length > 512) res = `${res.slice(0, 509)}...`;
        if (other.length > 512) other = `${other.slice(0, 509)}...`;
        if (operator === "deepEqual") {
          res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
        } else {
          const unequal = kReadableOperator[`${operator}Unequal`];
          if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
          else other = ` ${operator} ${other}`;
        }
        text = `${res}${other}`;
      }
    }
    super(text);
    Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, "name", {
      value: "AssertionError [ERR_ASSERTION]",
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = "ERR_ASSERTION";
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
    Error.captureStackTrace(this, stackStartFn || new.target);
    void this.stack;
    this.name = "AssertionError";
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for("nodejs.util.inspect.custom")](recurseTimes, ctx) {
    // Keep long actual/expected strings readable, like Node does.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === "string" && this.actual.length > 512) this.actual = `${this.actual.slice(0, 509)}...`;
    if (typeof this.expected === "string" && this.expected.length > 512) this.expected = `${this.expected.slice(0, 509)}...`;
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

// ------------------------------------------------------------ falsy value source

const sourceCache = new Map();

function callSite(fn) {
  const prep = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (_, sites) => sites;
    const holder = {};
    Error.captureStackTrace(holder, fn);
    const sites = holder.stack;
    return Array.isArray(sites) ? sites[0] : undefined;
  } catch {
    return undefined;
  } finally {
    Error.prepareStackTrace = prep;
    Error.stackTraceLimit = limit;
  }
}

function fileToPath(name) {
  if (name.startsWith("file://")) {
    try {
      return decodeURIComponent(new URL(name).pathname);
    } catch {
      return undefined;
    }
  }
  if (name.startsWith("/")) return name;
  return undefined;
}

function isIdentChar(c) {
  return /[\w$\u0080-\uffff]/.test(c);
}

// The source text of the call expression around `column` on `line`.
function callText(line, column) {
  let start = column;
  // Walk back over a member chain: `assert.strict.ok`, `a?.b`.
  for (;;) {
    while (start > 0 && isIdentChar(line[start - 1])) start--;
    let j = start;
    while (j > 0 && (line[j - 1] === " " || line[j - 1] === "\t")) j--;
    if (j > 0 && line[j - 1] === ".") {
      j--;
      if (j > 0 && line[j - 1] === "?") j--;
      while (j > 0 && (line[j - 1] === " " || line[j - 1] === "\t")) j--;
      if (j > 0 && isIdentChar(line[j - 1])) {
        start = j;
        continue;
      }
    }
    break;
  }
  let i = column;
  while (i < line.length && line[i] !== "(") i++;
  if (i >= line.length) return line.slice(start);
  let depth = 0;
  let quote = null;
  for (; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return line.slice(start, i + 1);
    }
  }
  return line.slice(start);
}

function getErrMessage(fn) {
  const site = callSite(fn);
  if (!site) return undefined;
  const filename = site.getFileName?.();
  const line = (site.getLineNumber?.() ?? 0) - 1;
  const column = (site.getColumnNumber?.() ?? 0) - 1;
  if (!filename || line < 0 || column < 0) return undefined;
  if (filename.startsWith("node:") || filename.startsWith("ext:")) return undefined;
  const key = `${filename}:${line}:${column}`;
  if (sourceCache.has(key)) return sourceCache.get(key);
  const path = fileToPath(filename);
  if (path === undefined) return undefined;
  let source;
  try {
    source = op_fs_read_file_utf8(path);
  } catch {
    return undefined;
  }
  const lines = source.split("\n");
  let text = lines[line];
  if (text === undefined) return undefined;
  if (text.endsWith("\r")) text = text.slice(0, -1);
  if (line === 0 && text.startsWith("#!")) return undefined;
  const code = callText(text, column);
  const message = `The expression evaluated to a falsy value:\n\n  ${code}\n`;
  sourceCache.set(key, message);
  return message;
}

// ------------------------------------------------------------ assertions

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = "No value argument passed to `assert.ok()`";
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage(fn);
    } else if (isError(message)) {
      throw message;
    }
    const err = new AssertionError({ actual: value, expected: true, message, operator: "==", stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

let warnedFail = false;
function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = "Failed";
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      globalThis.process?.emitWarning?.(
        "assert.fail() with more than one argument is deprecated. " +
          "Please use assert.strictEqual() instead or only pass a message.",
        "DeprecationWarning",
        "DEP0094",
      );
    }
    if (argsLen === 2) operator = "!=";
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? "fail" : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: "==", stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: "!=", stackStartFn: notEqual });
  }
}

function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: "deepEqual", stackStartFn: deepEqual });
  }
}

function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: "notDeepEqual", stackStartFn: notDeepEqual });
  }
}

function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: "deepStrictEqual", stackStartFn: deepStrictEqual });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: "notDeepStrictEqual", stackStartFn: notDeepStrictEqual });
  }
}

function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: "strictEqual", stackStartFn: strictEqual });
  }
}

function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: "notStrictEqual", stackStartFn: notStrictEqual });
  }
}

// partialDeepStrictEqual: `expected` must be contained in `actual`.
function isPartial(actual, expected, seen) {
  if (Object.is(actual, expected)) return true;
  if (typeof expected !== "object" || expected === null || typeof actual !== "object" || actual === null) {
    return isDeepStrictEqual(actual, expected);
  }
  const tag = Object.prototype.toString;
  if (tag.call(actual) !== tag.call(expected)) return false;
  if (seen.has(expected)) return true;
  seen.add(expected);
  try {
    if (expected instanceof Date || expected instanceof RegExp || isError(expected) ||
        expected instanceof Number || expected instanceof String || expected instanceof Boolean ||
        expected instanceof Promise || expected instanceof WeakMap || expected instanceof WeakSet) {
      return isDeepStrictEqual(actual, expected);
    }
    if (ArrayBuffer.isView(expected) && !(expected instanceof DataView)) {
      if (!ArrayBuffer.isView(actual) || Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) return false;
      return subsequence(Array.from(actual), Array.from(expected), seen);
    }
    if (expected instanceof Set) {
      if (!(actual instanceof Set)) return false;
      const pool = [...actual];
      for (const e of expected) {
        const at = pool.findIndex((a) => isPartial(a, e, new Set(seen)));
        if (at === -1) return false;
        pool.splice(at, 1);
      }
      return true;
    }
    if (expected instanceof Map) {
      if (!(actual instanceof Map)) return false;
      for (const [k, e] of expected) {
        if (!actual.has(k) || !isPartial(actual.get(k), e, seen)) return false;
      }
      return true;
    }
    if (Array.isArray(expected)) {
      if (!Array.isArray(actual)) return false;
      return subsequence(actual, expected, seen);
    }
    for (const key of Reflect.ownKeys(expected)) {
      const desc = Object.getOwnPropertyDescriptor(expected, key);
      if (!desc.enumerable) continue;
      if (!Object.prototype.hasOwnProperty.call(actual, key)) return false;
      if (!isPartial(actual[key], expected[key], seen)) return false;
    }
    return true;
  } finally {
    seen.delete(expected);
  }
}

function subsequence(actual, expected, seen) {
  let i = 0;
  for (const e of expected) {
    while (i < actual.length && !isPartial(actual[i], e, seen)) i++;
    if (i >= actual.length) return false;
    i++;
  }
  return true;
}

function partialDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (!isPartial(actual, expected, new Set())) {
    innerFail({ actual, expected, message, operator: "partialDeepStrictEqual", stackStartFn: partialDeepStrictEqual });
  }
}

class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === "string" && isRegExp(obj[key]) &&
            obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: "deepStrictEqual", stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;
  if (typeof expected !== "function") {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = "The input did not match the regular expression " +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== "object" || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: "deepStrictEqual", stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push("name", "message");
      else if (keys.length === 0) throw new ERR_INVALID_ARG_VALUE("error", expected, "may not be an empty object");
      for (const key of keys) {
        if (typeof actual[key] === "string" && isRegExp(expected[key]) && expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = "The error is expected to be an instance of " + `"${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) message += "an error with identical name but a different prototype.";
        else message += `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : "";
        message = `The ${name}validation function is expected to return` + ` "true". Received ${inspect(res)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }
  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

const NO_EXCEPTION = {};

function getActual(fn) {
  if (typeof fn !== "function") throw new ERR_INVALID_ARG_TYPE("fn", "Function", fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(obj) {
  return obj instanceof Promise ||
    (obj !== null && typeof obj === "object" && typeof obj.then === "function" && typeof obj.catch === "function");
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === "function") {
    resultPromise = promiseFn();
    if (!isPromiseLike(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE("instance of Promise", "promiseFn", resultPromise);
    }
  } else if (isPromiseLike(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE("promiseFn", ["Function", "Promise"], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(stackStartFn, actual, error, message, hasMessageArg) {
  if (typeof error === "string") {
    if (hasMessageArg) {
      throw new ERR_INVALID_ARG_TYPE("error", ["Object", "Error", "Function", "RegExp"], error);
    }
    if (typeof actual === "object" && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT("error/message", `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT("error/message", `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== "object" && typeof error !== "function") {
    throw new ERR_INVALID_ARG_TYPE("error", ["Object", "Error", "Function", "RegExp"], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = "";
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : ".";
    const fnType = stackStartFn === rejects ? "rejection" : "exception";
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }
  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== "function") {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE("expected", ["Function", "RegExp"], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === "string") {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : ".";
    const fnType = stackStartFn === doesNotReject ? "rejection" : "exception";
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\n` + `Actual message: "${actual?.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), args[0], args[1], args.length >= 2);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), args[0], args[1], args.length >= 2);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
}

function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = "ifError got unwanted exception: ";
    if (typeof err === "object" && typeof err.message === "string") {
      if (err.message.length === 0 && err.constructor) message += err.constructor.name;
      else message += err.message;
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({ actual: err, expected: null, operator: "ifError", message, stackStartFn: ifError });
    const origStack = err.stack;
    if (typeof origStack === "string") {
      // Keep the new frames up to the first one the original error shares,
      // then the original frames.
      const at = origStack.indexOf("\n    at");
      if (at !== -1) {
        const originalFrames = origStack.slice(at + 1).split("\n");
        let newFrames = newErr.stack.split("\n");
        for (const frame of originalFrames) {
          const pos = newFrames.indexOf(frame);
          if (pos !== -1) {
            newFrames = newFrames.slice(0, pos);
            break;
          }
        }
        newErr.stack = `${newFrames.join("\n")}\n${originalFrames.join("\n")}`;
      }
    }
    throw newErr;
  }
}

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE("regexp", "RegExp", regexp);
  const match = fn === matchFn;
  if (typeof string !== "string" || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== "string"
      ? 'The "string" argument must be of type string. Received type ' + `${typeof string} (${inspect(string)})`
      : (match
        ? "The input did not match the regular expression "
        : "The input was expected to not match the regular expression ") +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function matchFn(string, regexp, message) {
  internalMatch(string, regexp, message, matchFn);
}
Object.defineProperty(matchFn, "name", { value: "match" });

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

let warnedTracker = false;

class CallTracker {
  #calls = [];

  constructor() {
    if (!warnedTracker) {
      warnedTracker = true;
      globalThis.process?.emitWarning?.("assert.CallTracker is deprecated.", "DeprecationWarning", "DEP0173");
    }
  }

  calls(fn = () => {}, exact = 1) {
    const record = { fn, exact, actual: 0, stack: new Error() };
    this.#calls.push(record);
    const tracked = function (...args) {
      record.actual++;
      return Reflect.apply(fn, this, args);
    };
    Object.defineProperty(tracked, "length", { value: fn.length });
    return tracked;
  }

  report() {
    return this.#calls.filter((c) => c.actual !== c.exact).map((c) => ({
      message: `Expected the ${c.fn.name || "fn"} function to be executed ${c.exact} time(s) but was executed ${c.actual} time(s).`,
      actual: c.actual,
      expected: c.exact,
      operator: c.fn.name || "fn",
      stack: c.stack,
    }));
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1
      ? errors[0].message
      : "Functions were not called the expected number of times";
    throw new AssertionError({ message, details: errors });
  }
}

// ------------------------------------------------------------ the module

const assert = function assert(...args) {
  innerOk(assert, args.length, ...args);
};

assert.AssertionError = AssertionError;
assert.CallTracker = CallTracker;
assert.ok = ok;
assert.fail = fail;
assert.equal = equal;
assert.notEqual = notEqual;
assert.deepEqual = deepEqual;
assert.notDeepEqual = notDeepEqual;
assert.deepStrictEqual = deepStrictEqual;
assert.notDeepStrictEqual = notDeepStrictEqual;
assert.strictEqual = strictEqual;
assert.notStrictEqual = notStrictEqual;
assert.partialDeepStrictEqual = partialDeepStrictEqual;
assert.match = matchFn;
assert.doesNotMatch = doesNotMatch;
assert.throws = throws;
assert.rejects = rejects;
assert.doesNotThrow = doesNotThrow;
assert.doesNotReject = doesNotReject;
assert.ifError = ifError;

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = strict;

// Node 24's Assert class: an assert namespace with its own options.
class Assert {
  constructor(options = {}) {
    if (options === null || typeof options !== "object") throw new ERR_INVALID_ARG_TYPE("options", "Object", options);
    const useStrict = options.strict !== false;
    const base = useStrict ? strict : assert;
    for (const key of Object.keys(base)) {
      if (typeof base[key] === "function" && key !== "AssertionError" && key !== "CallTracker" && key !== "Assert") {
        this[key] = base[key];
      }
    }
  }
}
assert.Assert = Assert;

Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
// Node's key order for assert.strict ends with Assert, strict.
delete strict.strict;
delete strict.Assert;
strict.Assert = Assert;
strict.strict = strict;

export { AssertionError, CallTracker, Assert, strict };
export default assert;
