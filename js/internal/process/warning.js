// process.emitWarning and the default 'warning' printer.
import { codes } from "ext:host/internal/errors.js";
import { decorateThrowSite } from "ext:host/internal/process/execution.js";

const { ERR_INVALID_ARG_TYPE } = codes;
let traceHintShown = false;
let noWarnings = false;
let traceWarnings = false;

/** Apply the command line's warning flags (execArgv and NODE_OPTIONS). */
export function configureWarnings(flags) {
  noWarnings = flags.has("--no-warnings");
  traceWarnings = flags.has("--trace-warnings");
}

// Where Node shows a --throw-deprecation warning being thrown from.
const THROW_SITE = ["node:internal/process/warning", 176, 8, 9, "        throw warning;"];

let emitSync = false;

/** emitWarning, but the 'warning' event fires now (Node's emitWarningSync). */
export function emitWarningSync(warning, type, code, ctor) {
  emitSync = true;
  try {
    emitWarning(warning, type, code, ctor || emitWarningSync);
  } finally {
    emitSync = false;
  }
}

// Node's validators throw from one place in internal/errors.
function argError(name, value) {
  const err = new ERR_INVALID_ARG_TYPE(name, "string", value);
  decorateThrowSite(err, ["node:internal/errors", 543, 6, 7, "      throw error;"]);
  return err;
}

export function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === "object" && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === "string") detail = type.detail;
    type = type.type || "Warning";
  } else if (typeof type === "function") {
    ctor = type;
    code = undefined;
    type = "Warning";
  }
  if (type !== undefined && typeof type !== "string") throw argError("type", type);
  if (typeof code === "function") {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== "string") {
    throw argError("code", code);
  }
  if (typeof warning === "string") {
    const err = new Error(warning);
    err.name = String(type || "Warning");
    if (code !== undefined) err.code = code;
    if (detail !== undefined) err.detail = detail;
    Error.captureStackTrace(err, ctor || emitWarning);
    warning = err;
  } else if (!(warning instanceof Error)) {
    const err = new ERR_INVALID_ARG_TYPE("warning", ["Error", "string"], warning);
    decorateThrowSite(err, [
      "node:internal/process/warning",
      167,
      4,
      5,
      "    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);",
    ]);
    throw err;
  }
  const process = globalThis.process;
  if (warning.name === "DeprecationWarning") {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      const err = warning;
      process.nextTick(() => {
        decorateThrowSite(err, THROW_SITE);
        throw err;
      });
      return;
    }
  }
  if (emitSync) process.emit("warning", warning);
  else process.nextTick(() => process.emit("warning", warning));
}

/** The default listener: prints "(node:PID) Type: message" to stderr. */
export function onWarning(warning) {
  const process = globalThis.process;
  if (noWarnings) return;
  if (warning.name === "DeprecationWarning" && process.noDeprecation) return;
  const trace = traceWarnings || (warning.name === "DeprecationWarning" && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) msg += warning.stack;
  else msg += `${warning.name}: ${warning.message}`;
  if (typeof warning.detail === "string") msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    const flag = warning.name === "DeprecationWarning" ? "--trace-deprecation" : "--trace-warnings";
    msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
  }
  process.stderr.write(msg + "\n");
}
