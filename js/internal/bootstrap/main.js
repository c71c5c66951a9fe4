// The snapshot's entry point. Top-level code here runs once at build time
// and installs everything that does not depend on the running process;
// `bootstrap()` runs at start-up in every process and worker.
import { core } from "ext:core/mod.js";
import { op_host_bootstrap_info, op_module_call_guarded, op_stdio_read } from "ext:core/ops";
import { builtinExportNames, defineBuiltin, loadBuiltin } from "ext:host/internal/bootstrap/builtins.js";
import { createGlobalConsole } from "ext:host/console.js";
import * as timers from "ext:host/internal/timers.js";
import { createProcess } from "ext:host/internal/process/process.js";
import { configureWarnings, onWarning } from "ext:host/internal/process/warning.js";
import {
  decorateThrowSite,
  installErrorHandling,
  loaderError,
  mainModuleFailed,
  setEvalSource,
  setInspect,
  triggerUncaughtException,
} from "ext:host/internal/process/execution.js";
import { Module, withPreloading, makeEvalRequire, pathToFileUrl, requireForImport, resolvePath, runMainCjs } from "ext:host/internal/modules/cjs/loader.js";
import { installSignalHandling } from "ext:host/internal/process/signals.js";
import { setupChildIpc } from "ext:host/internal/child_process/setup.js";
import { installWebGlobals } from "ext:host/internal/bootstrap/web_globals.js";
import { locks } from "ext:host/internal/locks.js";
import { setupClusterWorker } from "ext:host/cluster.js";
import util from "ext:host/util.js";
import { codes, E } from "ext:host/internal/errors.js";

E("ERR_EVAL_ESM_CANNOT_PRINT", "--print cannot be used with ESM input", Error);

// ---- build time -----------------------------------------------------------

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

defineGlobal("global", globalThis);
for (const name of ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate"]) {
  defineGlobal(name, timers[name], true);
}
installWebGlobals(defineGlobal);

// Node's queueMicrotask: a thrown callback is an uncaught exception whose
// arrow points at where the error was made (it was caught, not thrown on).
{
  const nativeQueueMicrotask = globalThis.queueMicrotask;
  const queueMicrotask = function queueMicrotask(callback) {
    if (typeof callback !== "function") {
      throw new codes.ERR_INVALID_ARG_TYPE("callback", "Function", callback);
    }
    nativeQueueMicrotask(() => {
      try {
        callback();
      } catch (err) {
        triggerUncaughtException(err, false, undefined, true);
      }
    });
  };
  defineGlobal("queueMicrotask", queueMicrotask, true);
}

// Node's globalThis prints as `Object [global]` and lists these own
// enumerable keys in this order.
Object.defineProperty(globalThis, Symbol.toStringTag, { value: "global", writable: false, enumerable: false, configurable: true });
defineGlobal("navigator", createNavigator());
for (const name of [
  "global", "clearImmediate", "setImmediate", "clearInterval", "clearTimeout", "setInterval", "setTimeout",
  "queueMicrotask", "structuredClone", "atob", "btoa", "performance", "crypto", "navigator",
]) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  if (!desc) continue;
  delete globalThis[name];
  Object.defineProperty(globalThis, name, { ...desc, enumerable: true });
}

function createNavigator() {
  class Navigator {
    get hardwareConcurrency() {
      return core.ops.op_os_available_parallelism?.() ?? 1;
    }
    get locks() {
      return locks;
    }
    get language() {
      return "en-US";
    }
    get languages() {
      return ["en-US"];
    }
    get platform() {
      return "linux";
    }
    get userAgent() {
      return `Node.js/${globalThis.process?.version.slice(1, globalThis.process.version.indexOf("."))}`;
    }
  }
  Object.defineProperty(Navigator.prototype, Symbol.toStringTag, { value: "Navigator", configurable: true });
  return new Navigator();
}

// The ES module loader's facades reach require() and the built-ins here.
defineGlobal(Symbol.for("host.requireForImport"), requireForImport);
defineGlobal(Symbol.for("host.builtin"), (name) => loadBuiltin(name));
defineGlobal(Symbol.for("host.loaderError"), loaderError);

// ---- start-up -------------------------------------------------------------

let process;

function runGuarded(fn) {
  const failure = op_module_call_guarded(fn);
  if (failure !== null) {
    const [err, file, line, start, end, source] = failure;
    const site = file !== undefined ? [file, line, start, end, source, "main"] : undefined;
    if (site) decorateThrowSite(err, site);
    triggerUncaughtException(err, false, site);
  }
}

function isEsmFile(path) {
  if (path.endsWith(".mjs")) return true;
  if (path.endsWith(".cjs")) return false;
  if (path.endsWith(".js")) return core.ops.op_module_package_type(path) === "module";
  return false;
}

// A `.js` main of a "commonjs" package that only parses as a module runs
// as one (Node 24's syntax detection).
function isEsmBySyntax(path) {
  if (!path.endsWith(".js")) return false;
  let source;
  try {
    source = core.ops.op_fs_read_file_utf8(path);
  } catch {
    return false;
  }
  if (!/\b(import|export|await)\b/.test(source)) return false;
  if (source.startsWith("#!")) source = "//" + source.slice(2);
  if (!needsModule(source)) return false;
  core.ops.op_module_mark_esm(path);
  return true;
}

function importMain(url) {
  import(url).catch(mainModuleFailed);
}

// Code that only parses as an ES module (Node 24 then runs -e/stdin code
// as one unless --input-type says otherwise).
const ESM_ONLY_SYNTAX =
  /^(Cannot use import statement outside a module|Unexpected token 'export'|Cannot use 'import\.meta' outside a module|await is only valid in async functions and the top level bodies of modules)/;

function needsModule(code) {
  const failure = op_module_call_guarded(() => core.ops.op_module_compile_function(code, "[eval]", []));
  return failure !== null && failure[0] instanceof SyntaxError && ESM_ONLY_SYNTAX.test(failure[0].message);
}

function evalScript(code, print, info, name = "[eval]") {
  const cwd = process.cwd();
  const asModule = info.inputType === "module" || (info.inputType !== "commonjs" && needsModule(code));
  if (asModule) {
    if (print) {
      const err = new codes.ERR_EVAL_ESM_CANNOT_PRINT();
      const site =
        info.inputType === "module"
          ? ["node:internal/process/execution", 73, 4, 5, "    throw new ERR_EVAL_ESM_CANNOT_PRINT();"]
          : ["node:internal/process/execution", 310, 4, 5, "    throw new ERR_EVAL_ESM_CANNOT_PRINT();"];
      decorateThrowSite(err, site);
      triggerUncaughtException(err, false, site);
      return;
    }
    // Node names the code `file:///<cwd>/[eval1]`.
    const url = `${pathToFileUrl(cwd === "/" ? "" : cwd)}/[eval1]`;
    core.ops.op_module_set_eval_source(url, code);
    setEvalSource(code);
    import(url).catch(mainModuleFailed);
    return;
  }
  const { module, require } = makeEvalRequire(cwd, name);
  defineGlobal("__filename", name, true);
  defineGlobal("module", module, true);
  defineGlobal("exports", module.exports, true);
  defineGlobal("__dirname", ".", true);
  defineGlobal("require", require, true);
  // Named `[eval]` (`[stdin]`) in stacks and in the uncaught-exception
  // arrow, as Node.
  const named = `${code}\n//# sourceURL=${name}`;
  setEvalSource(code);
  runGuarded(() => {
    const result = (0, eval)(named);
    if (print) console.log(result);
  });
}

async function readAllStdin() {
  const chunks = [];
  for (;;) {
    const chunk = await op_stdio_read(0);
    if (chunk.length === 0) break;
    chunks.push(chunk);
  }
  return new TextDecoder().decode(concatBytes(chunks));
}

function concatBytes(chunks) {
  let len = 0;
  for (const c of chunks) len += c.length;
  const out = new Uint8Array(len);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

// `-c`/`--check`: compile the script without running it. A CommonJS
// script is compiled as its wrapper function; ES modules are not checked.
function checkSyntax(path) {
  const found = core.ops.op_module_resolve(path, "/", false);
  if (typeof found !== "string" || found.startsWith("!")) {
    runGuarded(() => runMainCjs(path));
    return;
  }
  if (isEsmFile(found)) return;
  let source = core.ops.op_fs_read_file_utf8(found);
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (source.startsWith("#!")) source = "//" + source.slice(2);
  const failure = op_module_call_guarded(() =>
    core.ops.op_module_compile_function(source, found, ["exports", "require", "module", "__filename", "__dirname"]),
  );
  if (failure !== null) {
    const [err, file, line, start, end, text] = failure;
    const site = file !== undefined ? [file, line, start, end, text] : undefined;
    if (site) decorateThrowSite(err, site);
    triggerUncaughtException(err, false, site);
  }
}

function runPreloads(info) {
  if (!info.require?.length) return;
  // Node's preload parent: resolved from the cwd, named "internal/preload".
  const parent = new Module("internal/preload", null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const id of info.require) {
    runGuarded(() => withPreloading(() => parent.require(id)));
  }
}

// The --import modules, one after the other (resolved from the cwd), then
// `fn`.
function afterImports(info, fn) {
  if (!info.import?.length) {
    fn();
    return;
  }
  let chain = Promise.resolve();
  for (const specifier of info.import) chain = chain.then(() => import(specifier));
  chain.then(fn, mainModuleFailed);
}

function runMain(info) {
  const main = info.main ?? { kind: "none" };
  switch (main.kind) {
    case "file": {
      const path = resolvePath(main.path);
      process.argv[1] = path;
      if (info.execArgv.includes("-c") || info.execArgv.includes("--check")) {
        checkSyntax(path);
        break;
      }
      runPreloads(info);
      const start = () => {
        // The entry is found as require() finds it (extension-less, a
        // folder's index.js); a missing one fails with MODULE_NOT_FOUND.
        const found = core.ops.op_module_resolve(path, "/", false);
        if (typeof found === "string" && !found.startsWith("!") && (isEsmFile(found) || isEsmBySyntax(found))) {
          importMain(pathToFileUrl(found));
        }
        else runGuarded(() => runMainCjs(path));
      };
      afterImports(info, start);
      break;
    }
    case "eval":
    case "print":
      runPreloads(info);
      afterImports(info, () => evalScript(main.code, main.kind === "print", info));
      break;
    case "stdin":
      runPreloads(info);
      afterImports(info, () => readAllStdin().then((code) => evalScript(code, false, info, "[stdin]")));
      break;
    default:
      break;
  }
}

function bootstrap() {
  const info = op_host_bootstrap_info();
  process = createProcess(info);
  defineGlobal("process", process);
  defineGlobal("console", createGlobalConsole());
  defineBuiltin("console", () => globalThis.console);
  setInspect((v, options) => util.inspect(v, options));
  if (info.unhandledRejections) process._unhandledRejectionsMode = info.unhandledRejections;
  const flags = cliFlags(info);
  configureWarnings(flags);
  const title = titleOption(info.execArgv);
  if (title !== undefined) process.title = title;
  if (flags.has("--no-deprecation")) process.noDeprecation = true;
  if (flags.has("--throw-deprecation")) process.throwDeprecation = true;
  if (flags.has("--trace-deprecation")) process.traceDeprecation = true;
  process.on("warning", onWarning);
  installErrorHandling();
  installSignalHandling(process);
  for (const [name, source] of info.extraBuiltins ?? []) defineEmbedderBuiltin(name, source);
  delete globalThis.Deno;
  delete globalThis.__bootstrap;
  if (info.isMainThread) {
    setupChildIpc(process);
    if (process.env.NODE_UNIQUE_ID !== undefined && typeof process.send === "function") setupClusterWorker();
  }
  if (info.workerBootstrap) {
    globalThis[Symbol.for("host.workerBootstrap")]?.(info);
  } else {
    runMain(info);
  }
  // As Node does after the main script: nextTicks and microtasks run before
  // the event loop's first timers.
  core.runNextTicks();
}

// `--title=x` / `--title x` from the command line.
function titleOption(execArgv) {
  let title;
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    if (a.startsWith("--title=")) title = a.slice(8);
    else if (a === "--title" && i + 1 < execArgv.length) title = execArgv[++i];
  }
  return title;
}

// The option names in effect: execArgv, then NODE_OPTIONS (main thread).
function cliFlags(info) {
  const flags = new Set();
  const add = (a) => {
    if (a.startsWith("-")) flags.add(a.split("=")[0].replace(/_/g, "-"));
  };
  for (const a of info.execArgv) add(a);
  if (!info.workerBootstrap) {
    const opts = process.env.NODE_OPTIONS;
    if (typeof opts === "string") for (const a of opts.split(/\s+/)) add(a);
  }
  return flags;
}

// A built-in module given by an embedding application, as CommonJS source.
function defineEmbedderBuiltin(name, source) {
  let cached;
  defineBuiltin(name, () => {
    if (cached) return cached.exports;
    const { module, require } = makeEvalRequire(process.cwd());
    cached = module;
    const fn = core.ops.op_module_compile_function(source, `host:${name}`, ["exports", "require", "module"]);
    fn.call(module.exports, module.exports, require, module);
    return module.exports;
  });
}

// Called by the runtime when the loop is empty: Node's 'beforeExit'.
// Returns true when listeners scheduled more work.
function beforeExit() {
  if (process._exiting) return false;
  try {
    process.emit("beforeExit", process.exitCode ?? 0);
  } catch (err) {
    triggerUncaughtException(err, false);
  }
  core.runNextTicks();
  return core.eventLoopHasMoreWork();
}

// Called by the runtime at the natural end: Node's 'exit'; returns the code.
// `forcedCode`: set by the runtime when the loop ended with the main
// module's top-level await unsettled (Node's exit code 13).
function exit(forcedCode) {
  if (forcedCode !== undefined) process.exitCode = forcedCode;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit("exit", process.exitCode ?? 0);
    } catch (err) {
      triggerUncaughtException(err, false);
    }
  }
  const code = process.exitCode ?? 0;
  return typeof code === "number" ? code : Number(code) | 0;
}

defineGlobal("__hostHooks", { bootstrap, beforeExit, exit, builtinExportNames });
