// Uncaught exceptions and unhandled rejections, handled and printed as Node
// does, then the exit with Node's codes.
import { core } from "ext:core/mod.js";
import {
  op_fs_read_file_utf8,
  op_module_call_guarded,
  op_module_package_type,
  op_module_resolve,
} from "ext:core/ops";

let inspectFn = (v) => (v instanceof Error ? v.stack : String(v));
/** `fn(value, options)`: util.inspect, once the bootstrap has it. */
export function setInspect(fn) {
  inspectFn = fn;
}
// Node prints an uncaught error without its custom inspect method.
const fatalInspectOptions = { depth: 5, customInspect: false };

// The -e/-p/stdin code, for the arrow of errors thrown from it.
let evalSource = "";
export function setEvalSource(code) {
  evalSource = code;
}

const kArrow = Symbol("host.arrowMessage");

/** Remember where `err` was thrown ([file, line, start, end, sourceLine]). */
export function decorateThrowSite(err, site) {
  if (err !== null && (typeof err === "object" || typeof err === "function") && site && !Object.hasOwn(err, kArrow)) {
    try {
      Object.defineProperty(err, kArrow, { value: site, configurable: true, enumerable: false });
    } catch {
      // frozen or exotic objects keep no arrow
    }
  }
}

const VALIDATOR_SITE = ["node:internal/errors", 543, 6, 7, "      throw error;"];

// The arrow block Node prints above an uncaught error: the file and line,
// the source line, and carets under the throw site.
function arrowFor(err, site, fromPromise) {
  // A site recorded on the error itself (e.g. events' "throw er") wins.
  const own = err !== null && typeof err === "object" ? err[kArrow] : undefined;
  site = own ?? site ?? stackSite(err, fromPromise);
  return formatArrow(site);
}

/** Where the stack of `err` says it was made ([file, line, start, end,
 * sourceLine]), or undefined. */
export function stackSite(err, fromPromise = false) {
  let site;
  if (err instanceof Error && typeof err.stack === "string") {
    const m = /\n {4}at (?:.*? \()?((?:file:\/\/)?\/[^():]+|\[eval\]|\[stdin\]|\[worker eval\]):(\d+):(\d+)\)?/.exec(err.stack);
    if (m) {
      try {
        const path = m[1].startsWith("file://") ? decodeURIComponent(m[1].slice(7)) : m[1];
        const text = path === "[eval]" || path === "[stdin]" || path === "[worker eval]" || path.endsWith("/[eval1]")
          ? evalSource
          : op_fs_read_file_utf8(path);
        const lines = text.split("\n");
        const line = lines[Number(m[2]) - 1];
        if (line !== undefined) {
          let col = Number(m[3]) - 1;
          // V8 points at the throw statement, the stack at the `new Error`;
          // a rejection has no throw location.
          const before = fromPromise ? null : /\bthrow\s+$/.exec(line.slice(0, col));
          if (before) col = before.index;
          site = [m[1], Number(m[2]), col, col + 1, line];
        }
      } catch {
        // the file is gone; print no arrow
      }
    }
  }
  return site;
}

function formatArrow(site) {
  if (!site || typeof site[0] !== "string") return "";
  // Node's validators rethrow from one place in internal/errors.
  if (site[0].startsWith("ext:host/internal/validators")) site = VALIDATOR_SITE;
  const [rawFile, line, start, end, source] = site;
  // host's own modules are shown as Node shows its internals.
  const file = rawFile.startsWith("ext:host/") ? `node:${rawFile.slice(9).replace(/\.js$/, "")}` : rawFile;
  if (source === undefined) return `${file}:${line}\n`;
  if (source === "") return `${file}:${line}\n\n\n`;
  const carets = "^".repeat(Math.max(1, Math.min(end, source.length) - start));
  const pad = source.slice(0, start).replace(/[^\t]/g, " ");
  return `${file}:${line}\n${source}\n${pad}${carets}\n`;
}

/** The arrow block of `err` (empty when its throw site is unknown). */
export function arrowMessage(err) {
  return arrowFor(err, undefined, false);
}

function startsWithArrow(err) {
  const stack = err.stack;
  return typeof stack === "string" && /^[^\n]*:\d+\n[^\n]*\n *\^/.test(stack);
}

function isNativeError(v) {
  return v instanceof Error || Object.prototype.toString.call(v) === "[object Error]";
}

function formatFatal(err, site, fromPromise = false) {
  const process = globalThis.process;
  let text = arrowFor(err, site, fromPromise);
  if (isNativeError(err)) {
    // A stack that already opens with its own arrow (vm's SyntaxErrors)
    // needs no blank line above it.
    const gap = noGap.has(err) || (text === "" && startsWithArrow(err)) ? "" : "\n";
    text += `${gap}${inspectFn(err, fatalInspectOptions)}\n`;
  } else if (err !== null && (typeof err === "object" || typeof err === "function")) {
    if (text) text = `\n${text}`;
    text += `${inspectFn(err, fatalInspectOptions)}\n`;
  } else {
    let shown;
    if (typeof err === "symbol") shown = "";
    else shown = String(err);
    if (text) text = `\n${text}`;
    else shown = `Uncaught ${inspectFn(err, fatalInspectOptions)}`;
    text += `${shown}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)\n`;
  }
  text += `\nNode.js ${process.version}\n`;
  return text;
}

function writeStderr(text) {
  try {
    globalThis.process.stderr.write(text);
  } catch {
    core.print(text, true);
  }
}

let handlingFatal = false;

/** Print `err` as Node does for an uncaught exception and exit with `code`. */
export function fatalException(err, code = 1, emitExit = true, site = undefined, fromPromise = false) {
  const process = globalThis.process;
  // In a worker the error goes to the parent's 'error' event instead.
  const workerFatal = globalThis[Symbol.for("host.workerFatal")];
  if (typeof workerFatal === "function") {
    workerFatal(err);
    return;
  }
  if (handlingFatal) {
    // An error while reporting an error: Node exits with 7.
    process.reallyExit(7);
    return;
  }
  handlingFatal = true;
  writeStderr(formatFatal(err, site, fromPromise));
  process.exitCode = code;
  if (emitExit && !process._exiting) {
    process._exiting = true;
    try {
      process.emit("exit", code);
    } catch (inner) {
      writeStderr(formatFatal(inner));
      process.reallyExit(7);
      return;
    }
  }
  process.reallyExit(process.exitCode ?? code);
}

/** Route an exception nobody caught: 'uncaughtException' listeners or exit.
 * `site`: [file, line, start, end, sourceLine] of the throw, when known. */
export function triggerUncaughtException(err, fromPromise = false, site = undefined, asRejection = fromPromise) {
  const process = globalThis.process;
  const origin = fromPromise ? "unhandledRejection" : "uncaughtException";
  if (typeof process._captureCallback === "function") {
    process._captureCallback(err);
    return;
  }
  try {
    process.emit("uncaughtExceptionMonitor", err, origin);
  } catch {
    // a throwing monitor does not change what happens next
  }
  if (process.listenerCount("uncaughtException") > 0) {
    const failure = op_module_call_guarded(() => process.emit("uncaughtException", err, origin));
    if (failure !== null) {
      // A throwing handler ends the process with 7, without 'exit'.
      fatalException(failure[0], 7, false, failure.length > 1 ? failure.slice(1) : undefined);
    }
    return;
  }
  fatalException(err, 1, true, site, asRejection);
}

// Where Node shows an ES module's rejected evaluation (or a failed --import)
// being rethrown from when the value carries no location of its own.
const RUN_MAIN_SITE = ["node:internal/modules/run_main", 107, 4, 5, "    triggerUncaughtException("];

const noGap = new WeakSet();

// deno_core hands loader failures of import() over as TypeErrors with code
// ERR_MODULE_NOT_FOUND and no stack; rebuild the error Node throws.
const LOADER_ERRORS = [
  [/^Cannot find module '.*' imported from /, Error, "ERR_MODULE_NOT_FOUND",
    ["node:internal/modules/esm/resolve", 272, 10, 11, "    throw new ERR_MODULE_NOT_FOUND("], "resolve"],
  [/^Cannot find package '.*' imported from /, Error, "ERR_MODULE_NOT_FOUND",
    ["node:internal/modules/package_json_reader", 331, 8, 9,
      "  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);"], "package_json_reader"],
  [/^Directory import '.*' is not supported/, Error, "ERR_UNSUPPORTED_DIR_IMPORT", RUN_MAIN_SITE, "resolve"],
  [/^Unknown file extension /, TypeError, "ERR_UNKNOWN_FILE_EXTENSION",
    ["node:internal/modules/esm/get_format", 243, 8, 9, "  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filepath);"],
    "get_format"],
  [/^No such built-in module: /, Error, "ERR_UNKNOWN_BUILTIN_MODULE", RUN_MAIN_SITE, "resolve"],
  [/^Package subpath '.*' is not defined by "exports"/, Error, "ERR_PACKAGE_PATH_NOT_EXPORTED", RUN_MAIN_SITE, "resolve"],
  [/^Package import specifier ".*" is not defined/, TypeError, "ERR_PACKAGE_IMPORT_NOT_DEFINED", RUN_MAIN_SITE, "resolve"],
];

/** Node's error for a failed ES module resolution or load (`code`, the
 * message the loader made), thrown from the module graph of an import(). */
export function loaderError(code, message) {
  const entry = LOADER_ERRORS.find((e) => e[2] === code && e[0].test(message));
  const Ctor = entry?.[1] ?? (code === "ERR_IMPORT_ATTRIBUTE_MISSING" ? TypeError : Error);
  const where = entry?.[4] ?? "loader";
  const err = new Ctor(message);
  // Reading the stack records the call sites (the dynamic import() machinery
  // keeps an error that has some); then it shows Node's loader frame.
  void err.stack;
  Object.defineProperty(err, "stack", {
    value: `${Ctor.name} [${code}]: ${message}\n    at node:internal/modules/esm/${where}`,
    writable: true,
    configurable: true,
    enumerable: false,
  });
  err.code = code;
  if (code === "ERR_MODULE_NOT_FOUND" && where === "resolve") {
    err.url = `file://${/^Cannot find module '(.*)' imported from /.exec(message)[1]}`;
  } else if (code === "ERR_UNSUPPORTED_DIR_IMPORT") {
    err.url = `file://${/^Directory import '(.*?)' is not supported/.exec(message)[1]}`;
  }
  decorateThrowSite(err, entry?.[3] ?? RUN_MAIN_SITE);
  return err;
}

// V8's "does not provide an export named" for a CommonJS module becomes
// Node's explanation with the default-import workaround.
function commonJsExportHint(message, importerUrl, sourceLine) {
  const m = /^The requested module '(.*)' does not provide an export named '(.*)'$/.exec(message);
  if (!m) return undefined;
  const [, specifier, name] = m;
  let importer;
  try {
    importer = decodeURIComponent(new URL(importerUrl).pathname);
  } catch {
    return undefined;
  }
  const dir = importer.slice(0, importer.lastIndexOf("/")) || "/";
  const target = op_module_resolve(specifier, dir, true);
  if (typeof target !== "string" || target.startsWith("!")) return undefined;
  const cjs = target.endsWith(".cjs") || (target.endsWith(".js") && op_module_package_type(target) === "commonjs");
  if (!cjs) return undefined;
  let names = name;
  const braces = typeof sourceLine === "string" ? /\{([^}]*)\}/.exec(sourceLine) : null;
  if (braces) {
    const list = braces[1]
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => part.replace(/\s+as\s+/, ": "));
    if (list.length > 0) names = list.join(", ");
  }
  return (
    `Named export '${name}' not found. The requested module '${specifier}' is a CommonJS module, ` +
    "which may not support all module.exports as named exports.\nCommonJS modules can always be imported via the " +
    `default export, for example using:\n\nimport pkg from '${specifier}';\nconst { ${names} } = pkg;\n`
  );
}

function repairLoaderError(err) {
  if (!isNativeError(err) || typeof err.message !== "string") return err;
  if (err.name === "SyntaxError" && Object.hasOwn(err, "stack") && !/\n {4}at /.test(err.stack)) {
    // "... at file:///x.mjs:1:10": a link error; the location becomes the arrow.
    const m = / at (file:\/\/[^\s]+):(\d+):(\d+)$/.exec(err.message);
    if (m) {
      let message = err.message.slice(0, m.index);
      let sourceLine;
      try {
        sourceLine = op_fs_read_file_utf8(decodeURIComponent(m[1].slice(7))).split("\n")[Number(m[2]) - 1];
      } catch {
        // no source, no hint
      }
      message = commonJsExportHint(message, m[1], sourceLine) ?? message;
      const out = new SyntaxError(message);
      out.stack = `SyntaxError: ${out.message}\n    at ModuleJob._instantiate (node:internal/modules/esm/module_job)`;
      try {
        const lines = op_fs_read_file_utf8(decodeURIComponent(m[1].slice(7))).split("\n");
        const source = lines[Number(m[2]) - 1];
        if (source !== undefined) {
          const start = Number(m[3]) - 1;
          const word = /^[\w$]+/.exec(source.slice(start));
          decorateThrowSite(out, [m[1], Number(m[2]), start, start + (word ? word[0].length : 1), source]);
          noGap.add(out);
        }
      } catch {
        // no arrow without the source
      }
      return out;
    }
    return err;
  }
  if (err.code !== "ERR_MODULE_NOT_FOUND" || /\n {4}at /.test(err.stack ?? "")) return err;
  for (const [re, Ctor, code, site, where] of LOADER_ERRORS) {
    if (!re.test(err.message)) continue;
    const out = new Ctor(err.message);
    out.stack = `${Ctor.name} [${code}]: ${err.message}\n    at node:internal/modules/esm/${where}`;
    out.code = code;
    if (code === "ERR_MODULE_NOT_FOUND" && where === "resolve") {
      out.url = `file://${/^Cannot find module '(.*)' imported from /.exec(err.message)[1]}`;
    } else if (code === "ERR_UNSUPPORTED_DIR_IMPORT") {
      out.url = `file://${/^Directory import '(.*?)' is not supported/.exec(err.message)[1]}`;
    }
    decorateThrowSite(out, site);
    return out;
  }
  return err;
}

// CommonJS names used in ES module code: Node explains the ReferenceError.
const CJS_GLOBAL_MISSING = /^(require|module|exports|__filename|__dirname) is not defined$/;

function explainCommonJsGlobal(err) {
  if (!(err instanceof ReferenceError) || typeof err.message !== "string") return;
  const m = CJS_GLOBAL_MISSING.exec(err.message);
  const stack = typeof err.stack === "string" ? err.stack : "";
  const frame = /\n {4}at (?:.*? \()?(file:\/\/[^():]+):\d+:\d+/.exec(stack);
  if (!m || !frame) return;
  const old = err.message;
  let message = `${old} in ES module scope`;
  if (m[1] === "require") message += ", you can use import instead";
  let file;
  try {
    file = decodeURIComponent(new URL(frame[1]).pathname);
  } catch {
    file = undefined;
  }
  if (file !== undefined && file.endsWith(".js")) {
    for (let dir = file.slice(0, file.lastIndexOf("/")); ; dir = dir.slice(0, dir.lastIndexOf("/"))) {
      const pkg = `${dir}/package.json`;
      let found = false;
      try {
        op_fs_read_file_utf8(pkg);
        found = true;
      } catch {
        // keep looking upward
      }
      if (found) {
        message +=
          `\nThis file is being treated as an ES module because it has a '.js' file extension and '${pkg}' ` +
          "contains \"type\": \"module\". To treat it as a CommonJS script, rename it to use the '.cjs' file extension.";
        break;
      }
      if (dir === "") break;
    }
  }
  try {
    err.message = message;
    if (stack.startsWith(`ReferenceError: ${old}`)) err.stack = `ReferenceError: ${message}${stack.slice(16 + old.length)}`;
  } catch {
    // a frozen error keeps its text
  }
}

/** The main ES module (or an --import) failed with `err`. */
export function mainModuleFailed(err) {
  err = repairLoaderError(err);
  explainCommonJsGlobal(err);
  const site = isNativeError(err) ? undefined : RUN_MAIN_SITE;
  triggerUncaughtException(err, false, site, true);
}

// V8's side-effect-free rendering Node uses in the rejection message.
function describeReason(reason) {
  if (reason === null || (typeof reason !== "object" && typeof reason !== "function")) {
    return typeof reason === "symbol" ? reason.toString() : String(reason);
  }
  if (typeof reason === "function") {
    try {
      return Function.prototype.toString.call(reason);
    } catch {
      return "function () { [native code] }";
    }
  }
  // A data property found along the prototype chain, without running getters.
  const dataProp = (obj, key) => {
    for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key);
      if (d) return "value" in d ? d.value : undefined;
    }
    return undefined;
  };
  if (dataProp(reason, "toString") === Object.prototype.toString) {
    const ctor = dataProp(reason, "constructor");
    const name = typeof ctor === "function" && typeof ctor.name === "string" && ctor.name ? ctor.name : "Object";
    return `#<${name}>`;
  }
  return Object.prototype.toString.call(reason);
}

// Where Node 24 shows the rejection being thrown from.
const REJECTION_SITE = ["node:internal/process/promises", 392, 6, 7, "      new UnhandledPromiseRejection(reason);"];

// In --unhandled-rejections=strict mode Node makes the error elsewhere.
const STRICT_REJECTION_SITE = ["node:internal/process/promises", 343, 13, 14, "    reason : new UnhandledPromiseRejection(reason);"];

function unhandledRejectionError(reason, site = REJECTION_SITE) {
  const shown = describeReason(reason);
  const err = new Error(
    "This error originated either by throwing inside of an async function without a catch block, " +
      "or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason " +
      `"${shown}".`,
  );
  err.name = "UnhandledPromiseRejection";
  err.code = "ERR_UNHANDLED_REJECTION";
  err.stack =
    `UnhandledPromiseRejection: ${err.message}\n` +
    "    at throwUnhandledRejectionsMode (node:internal/process/promises:392:7)\n" +
    "    at processPromiseRejections (node:internal/process/promises:475:17)\n" +
    "    at process.processTicksAndRejections (node:internal/process/task_queues:106:37)";
  decorateThrowSite(err, site);
  return err;
}

let rejectionCount = 0;

// The two warnings of --unhandled-rejections=warn: the reason, then the
// general explanation with the rejection's number.
function rejectionWarning(uid, reason) {
  const process = globalThis.process;
  try {
    const shown = isNativeError(reason) && typeof reason.stack === "string" ? reason.stack : describeReason(reason);
    process.emitWarning(shown, "UnhandledPromiseRejectionWarning");
  } catch {
    // a reason that cannot be shown still gets the second warning
  }
  const warning = new Error(
    "Unhandled promise rejection. This error originated either by throwing inside of an async function " +
      "without a catch block, or by rejecting a promise which was not handled with .catch(). To terminate the " +
      "node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` (see " +
      `https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${uid})`,
  );
  warning.name = "UnhandledPromiseRejectionWarning";
  if (isNativeError(reason) && typeof reason.stack === "string") warning.stack = reason.stack;
  process.emitWarning(warning);
}

/** Install Node's handlers for errors in callbacks and promises. */
export function installErrorHandling() {
  core.setReportExceptionCallback((err) => triggerUncaughtException(err, false));
  core.setUnhandledPromiseRejectionHandler((promise, reason) => {
    const process = globalThis.process;
    const mode = process._unhandledRejectionsMode ?? "throw";
    const uid = ++rejectionCount;
    if (mode === "none") {
      process.emit("unhandledRejection", reason, promise);
      return true;
    }
    if (mode === "strict") {
      // Raised as an uncaught exception first; 'unhandledRejection' only
      // when an 'uncaughtException' listener dealt with it.
      const err = reason instanceof Error ? reason : unhandledRejectionError(reason, STRICT_REJECTION_SITE);
      triggerUncaughtException(err, true);
      process.emit("unhandledRejection", reason, promise);
      return true;
    }
    const handled = process.emit("unhandledRejection", reason, promise);
    if (mode === "warn") {
      rejectionWarning(uid, reason);
      return true;
    }
    if (handled) return true;
    if (mode === "warn-with-error-code") {
      rejectionWarning(uid, reason);
      process.exitCode = 1;
      return true;
    }
    const err = reason instanceof Error ? reason : unhandledRejectionError(reason);
    triggerUncaughtException(err, true);
    return true;
  });
  core.setHandledPromiseRejectionHandler((promise) => {
    globalThis.process.emit("rejectionHandled", promise);
  });
}
