// CommonJS: Node's Module, require(), resolution, the wrapper and caching.
import { core } from "ext:core/mod.js";
import {
  op_fs_read_file_utf8,
  op_module_call_guarded,
  op_module_compile_function,
  op_module_package_type,
  op_module_resolve,
} from "ext:core/ops";
import { builtinNames, isBuiltin, loadBuiltin } from "ext:host/internal/bootstrap/builtins.js";
import { codes, E, fromOpError } from "ext:host/internal/errors.js";
import { validateString } from "ext:host/internal/validators.js";
import { decorateThrowSite, stackSite } from "ext:host/internal/process/execution.js";
import { emitWarningSync } from "ext:host/internal/process/warning.js";

E(
  "ERR_PACKAGE_IMPORT_NOT_DEFINED",
  (specifier, pkg, base) => `Package import specifier "${specifier}" is not defined${pkg ? ` in package ${pkg}` : ""} imported from ${base}`,
  TypeError,
);

const { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_BUILTIN_MODULE, ERR_REQUIRE_ASYNC_MODULE } = codes;

const WRAPPER_PARAMS = ["exports", "require", "module", "__filename", "__dirname"];

export function dirname(p) {
  if (p === "/") return "/";
  const i = p.lastIndexOf("/");
  if (i === -1) return ".";
  if (i === 0) return "/";
  return p.slice(0, i);
}

function normalize(p) {
  const abs = p.startsWith("/");
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!abs) out.push("..");
    } else out.push(seg);
  }
  const s = out.join("/");
  return abs ? `/${s}` : s || ".";
}

export function resolvePath(...parts) {
  let p = "";
  for (let i = parts.length - 1; i >= 0 && !p.startsWith("/"); i--) {
    if (parts[i]) p = p ? `${parts[i]}/${p}` : parts[i];
  }
  if (!p.startsWith("/")) p = `${globalThis.process.cwd()}/${p}`;
  return normalize(p);
}

function fileUrlToPath(url) {
  const s = typeof url === "string" ? url : url.href;
  return decodeURIComponent(new URL(s).pathname);
}

export function pathToFileUrl(p) {
  return "file://" + p.split("/").map((seg) => encodeURIComponent(seg)).join("/");
}

function nodeModulePaths(from) {
  from = resolvePath(from);
  if (from === "/") return ["/node_modules"];
  const paths = [];
  const parts = from.split("/");
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === "node_modules") continue;
    const dir = parts.slice(0, i).join("/");
    paths.push(`${dir}/node_modules`);
  }
  paths.push("/node_modules");
  return paths;
}

function stripShebangOrBom(content) {
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  if (content.startsWith("#!")) {
    const nl = content.indexOf("\n");
    content = nl === -1 ? "" : "//" + content.slice(2);
  }
  return content;
}

function moduleNotFound(request, parent) {
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += "\nRequire stack:\n- " + requireStack.join("\n- ");
  const err = new Error(message);
  err.code = "MODULE_NOT_FOUND";
  err.requireStack = requireStack;
  decorateThrowSite(err, NOT_FOUND_SITE);
  return err;
}

function isPathRequest(request) {
  return request.startsWith("./") || request.startsWith("../") || request.startsWith("/") || request === "." || request === "..";
}

// A folder's package.json "main" (undefined when there is none); a file
// that is not JSON is Node's ERR_INVALID_PACKAGE_CONFIG.
function readPackageMain(dir) {
  const file = `${dir}/package.json`;
  let text;
  try {
    text = op_fs_read_file_utf8(file);
  } catch {
    return undefined;
  }
  let pkg;
  try {
    pkg = JSON.parse(text);
  } catch {
    throw new codes.ERR_INVALID_PACKAGE_CONFIG(file);
  }
  return pkg?.main;
}

// A folder resolved to its index.js: Node checks its package.json first
// (bad JSON throws; a "main" that is not there is deprecated, DEP0128).
const checkedMains = new Set();
function checkPackageMain(dir, request) {
  if (checkedMains.has(dir)) return;
  const main = readPackageMain(dir);
  checkedMains.add(dir);
  if (typeof main === "string" && main !== "" && op_module_resolve(resolvePath(dir, main), "/", false) === null) {
    globalThis.process.emitWarning(
      `Invalid 'main' field in '${dir}/package.json' of '${main}'. Please either fix that or report it to the module author`,
      "DeprecationWarning",
      "DEP0128",
    );
  }
  void request;
}

// Where Node's loader shows a failed resolution being thrown from.
const NOT_FOUND_SITE = ["node:internal/modules/cjs/loader", 1568, 2, 3, "  throw err;"];

const moduleParentCache = new WeakMap();

// While a module is still loading, a require() cycle sees its exports with a
// prototype that warns about reading names that are not (yet) there.
const circularProxy = new Proxy(Object.prototype, {
  get(target, prop, receiver) {
    if (prop in target || prop === "__esModule" || typeof prop === "symbol") return Reflect.get(target, prop, receiver);
    globalThis.process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.hasOwn(target, prop) || prop === "__esModule" || typeof prop === "symbol") {
      return Reflect.getOwnPropertyDescriptor(target, prop);
    }
    globalThis.process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
    return undefined;
  },
});

function exportsForCircularRequire(module) {
  const exp = module.exports;
  if (exp !== null && typeof exp === "object" && Object.getPrototypeOf(exp) === Object.prototype && !exp.__esModule) {
    Object.setPrototypeOf(exp, circularProxy);
  }
  return exp;
}
const ESM_SYNTAX = /\b(Cannot use import statement outside a module|Unexpected token 'export'|Cannot use 'import\.meta' outside a module|await is only valid in async functions and the top level bodies of modules)/;

export class Module {
  constructor(id = "", parent = undefined) {
    this.id = id;
    this.path = dirname(id);
    this.exports = {};
    moduleParentCache.set(this, parent);
    if (parent?.children && !parent.children.includes(this)) parent.children.push(this);
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
  }

  get parent() {
    return moduleParentCache.get(this);
  }
  set parent(value) {
    moduleParentCache.set(this, value);
  }

  require(id) {
    validateString(id, "id");
    if (id === "") throw new ERR_INVALID_ARG_VALUE("id", id, "must be a non-empty string");
    return wrapModuleLoad(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = nodeModulePaths(dirname(filename));
    let ext = "";
    const base = filename.slice(filename.lastIndexOf("/") + 1);
    const dot = base.lastIndexOf(".");
    if (dot > 0) ext = base.slice(dot);
    if (!Module._extensions[ext]) ext = ".js";
    Module._extensions[ext](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    content = stripShebangOrBom(content);
    let fn;
    // Compiled under a guard so that a SyntaxError keeps V8's location (the
    // arrow Node prints points into the file, not into the loader).
    const failure = op_module_call_guarded(() => {
      fn = op_module_compile_function(content, filename, WRAPPER_PARAMS);
    });
    if (failure !== null) {
      const err = failure[0];
      // Node 24 runs a .js file with ESM syntax and no "type" as a module.
      if (err instanceof SyntaxError && ESM_SYNTAX.test(err.message)) {
        if (this[kAllowEsmFallback]) {
          core.ops.op_module_mark_esm(filename);
          this.exports = requireEsm(filename);
          return;
        }
        emitWarningSync(
          `Failed to load the ES module: ${filename}. Make sure to set "type": "module" in the nearest package.json file or use the .mjs extension.`,
        );
      }
      if (failure.length > 1) decorateThrowSite(err, failure.slice(1));
      throw err;
    }
    const require = makeRequireFunction(this);
    const dir = dirname(filename);
    return Reflect.apply(fn, this.exports, [this.exports, require, this, filename, dir]);
  }

  static _load(request, parent, isMain) {
    if (request.startsWith("node:")) {
      const mod = loadBuiltin(request);
      if (mod === undefined) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
      return mod;
    }
    const filename = Module._resolveFilename(request, parent, isMain);
    if (isBuiltin(filename) && !filename.startsWith("/")) return loadBuiltin(filename);
    const cached = Module._cache[filename];
    if (cached !== undefined) {
      if (parent?.children && !parent.children.includes(cached)) parent.children.push(cached);
      if (!cached.loaded) return exportsForCircularRequire(cached);
      return cached.exports;
    }
    const module = new Module(filename, parent);
    if (isMain) {
      module.id = ".";
      mainModule.current = module;
      globalThis.process.mainModule = module;
    }
    module[kAllowEsmFallback] = !filename.endsWith(".cjs") && filename.endsWith(".js");
    Module._cache[filename] = module;
    let threw = true;
    try {
      module.load(filename);
      threw = false;
      const exp = module.exports;
      if (exp !== null && typeof exp === "object" && Object.getPrototypeOf(exp) === circularProxy) {
        Object.setPrototypeOf(exp, Object.prototype);
      }
    } finally {
      if (threw) {
        delete Module._cache[filename];
        const idx = parent?.children?.indexOf(module);
        if (idx !== undefined && idx !== -1) parent.children.splice(idx, 1);
      }
    }
    return module.exports;
  }

  static _resolveFilename(request, parent, isMain = false, options = undefined) {
    if (isBuiltin(request)) return request;
    let bases;
    if (options?.paths) {
      bases = [];
      for (const p of options.paths) {
        if (request.startsWith("./") || request.startsWith("../")) bases.push(resolvePath(p));
        else bases.push(...nodeModulePaths(resolvePath(p)).map(dirname));
      }
    } else {
      bases = [parent?.filename ? dirname(parent.filename) : globalThis.process.cwd()];
    }
    for (const base of bases) {
      const found = op_module_resolve(request, base, false);
      if (found === null) continue;
      if (found.startsWith("!IMPORT_NOT_DEFINED")) {
        const pkg = found.slice("!IMPORT_NOT_DEFINED ".length);
        const from = parent?.filename ?? `${globalThis.process.cwd()}/`;
        const err = new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(request, pkg, from);
        decorateThrowSite(err, ["node:internal/modules/cjs/loader", 1542, 8, 9, "        throw e;"]);
        throw err;
      }
      if (found.startsWith("!NOT_EXPORTED ")) {
        const [, subpath, pkg] = found.split(" ");
        const err = new Error(`Package subpath '${subpath}' is not defined by "exports" in ${pkg}`);
        err.code = "ERR_PACKAGE_PATH_NOT_EXPORTED";
        throw err;
      }
      if (found.endsWith("/index.js") && isPathRequest(request) && !request.endsWith("index") && !request.endsWith("index.js")) {
        checkPackageMain(dirname(found), request);
      }
      return found;
    }
    if (isPathRequest(request)) {
      const base = bases[0];
      const dir = resolvePath(base, request);
      const main = readPackageMain(dir);
      if (typeof main === "string") {
        const err = new Error(
          `Cannot find module '${resolvePath(dir, main)}'. Please verify that the package.json has a valid "main" entry`,
        );
        err.code = "MODULE_NOT_FOUND";
        err.path = `${dir}/package.json`;
        err.requestPath = request;
        decorateThrowSite(err, NOT_FOUND_SITE);
        throw err;
      }
    }
    throw moduleNotFound(request, parent);
  }

  static _nodeModulePaths(from) {
    return nodeModulePaths(from);
  }

  static wrap(script) {
    return Module.wrapper[0] + script + Module.wrapper[1];
  }

  static isBuiltin(name) {
    return isBuiltin(name);
  }

  static createRequire(filename) {
    let path;
    if (typeof filename === "object" && filename !== null && typeof filename.href === "string") {
      path = fileUrlToPath(filename);
    } else if (typeof filename === "string" && filename.startsWith("file:")) {
      path = fileUrlToPath(filename);
    } else if (typeof filename === "string" && filename.startsWith("/")) {
      path = filename;
    } else {
      throw new ERR_INVALID_ARG_VALUE("filename", filename, "must be a file URL object, file URL string, or absolute path string");
    }
    const proxy = new Module(path, null);
    proxy.filename = path;
    proxy.paths = nodeModulePaths(path.endsWith("/") ? path : dirname(path));
    return makeRequireFunction(proxy);
  }

  static syncBuiltinESMExports() {}
  static findSourceMap() {
    return undefined;
  }
  static register() {}
  static enableCompileCache() {
    return { status: 3 };
  }
  static getCompileCacheDir() {
    return undefined;
  }
}

// Node's Module functions are plain enumerable properties (so that
// `import { createRequire } from "node:module"` finds them).
for (const key of Object.getOwnPropertyNames(Module)) {
  if (key === "length" || key === "name" || key === "prototype") continue;
  const desc = Object.getOwnPropertyDescriptor(Module, key);
  Object.defineProperty(Module, key, { ...desc, enumerable: true });
}
Module.runMain = function runMain(main = globalThis.process.argv[1]) {
  Module._load(resolvePath(main), null, true);
};
Module._initPaths = function _initPaths() {};
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module("internal/preload", null);
  parent.paths = nodeModulePaths(globalThis.process.cwd());
  withPreloading(() => {
    for (const r of requests) parent.require(r);
  });
};

/** Run `fn` with module.isPreloading true (the --require modules). */
export function withPreloading(fn) {
  preloading = true;
  try {
    return fn();
  } finally {
    preloading = false;
  }
}
Module._findPath = function _findPath(request, paths) {
  for (const p of paths ?? []) {
    const found = op_module_resolve(request.startsWith("/") ? request : `./${request}`, p, false);
    if (found !== null && !found.startsWith("!")) return found;
  }
  return false;
};
Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  const base = parent?.filename ? dirname(parent.filename) : globalThis.process.cwd();
  if (request.startsWith("./") || request.startsWith("../") || request === "." || request === "..") return [base];
  return nodeModulePaths(base);
};
Module.registerHooks = function registerHooks() {
  return { deregister() {} };
};
Module.flushCompileCache = function flushCompileCache() {};
Module.constants = Object.freeze({
  compileCacheStatus: Object.freeze({ FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }),
});
Module.findPackageJSON = function findPackageJSON(specifier, base) {
  let start;
  const s = typeof specifier === "string" ? specifier : String(specifier?.href ?? specifier);
  if (s.startsWith("file:")) start = fileUrlToPath(s);
  else if (s.startsWith("/")) start = s;
  else {
    const from = base === undefined ? globalThis.process.cwd() : String(base).startsWith("file:") ? fileUrlToPath(String(base)) : String(base);
    start = resolvePath(dirname(from), s);
  }
  for (let dir = dirname(start); ; dir = dirname(dir)) {
    const candidate = dir === "/" ? "/package.json" : `${dir}/package.json`;
    try {
      op_fs_read_file_utf8(candidate);
      return candidate;
    } catch {
      // keep looking upward
    }
    if (dir === "/") return undefined;
  }
};

const kAllowEsmFallback = Symbol("kAllowEsmFallback");
const mainModule = { current: undefined };

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
// wrap/wrapper are accessor-like and not enumerable, as in Node.
{
  let wrapper = ["(function (exports, require, module, __filename, __dirname) { ", "\n});"];
  Object.defineProperty(Module, "wrapper", {
    get: () => wrapper,
    set: (v) => {
      wrapper = v;
    },
    enumerable: false,
    configurable: false,
  });
  Object.defineProperty(Module, "wrap", { enumerable: false });
}
Module._debug = function _debug() {};
Module.getSourceMapsSupport = function getSourceMapsSupport() {
  return { __proto__: null, enabled: false, nodeModules: false, generatedCode: false };
};
Module.setSourceMapsSupport = function setSourceMapsSupport() {};
Module.stripTypeScriptTypes = function stripTypeScriptTypes() {
  const err = new Error("Node.js is not compiled with TypeScript support");
  err.code = "ERR_NO_TYPESCRIPT";
  throw err;
};
Module.SourceMap = class SourceMap {
  #payload;
  constructor(payload) {
    this.#payload = payload;
  }
  get payload() {
    return this.#payload;
  }
  findEntry() {
    return {};
  }
  findOrigin() {
    return {};
  }
};
let preloading = false;
Object.defineProperty(Module.prototype, "isPreloading", {
  get: () => preloading,
  enumerable: false,
  configurable: true,
});
Module.globalPaths = [];
Module.Module = Module;
Module._extensions = { __proto__: null };
Module._extensions[".js"] = function (module, filename) {
  // .mjs and .js in a "type": "module" package are ES modules (require(esm));
  // .cjs is always CommonJS.
  if (filename.endsWith(".mjs") || (filename.endsWith(".js") && op_module_package_type(filename) === "module")) {
    module.exports = requireEsm(filename);
    return;
  }
  module._compile(readSource(filename), filename);
};
Module._extensions[".json"] = function (module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSON.parse(stripShebangOrBom(content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
Module._extensions[".node"] = function (_module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: host does not load .node addons`);
  err.code = "ERR_DLOPEN_FAILED";
  throw err;
};

function readSource(filename) {
  try {
    return op_fs_read_file_utf8(filename);
  } catch (e) {
    throw fromOpError(e);
  }
}

// Two steps, as Node's loader has (stack traces then have Node's depth).
function importSyncForRequire(filename) {
  return runSync(pathToFileUrl(filename));
}

function runSync(url) {
  return core.ops.op_import_sync(url);
}

// The error each ES module failed with under require(), for a retry.
const esmErrors = new Map();

function requireEsm(filename) {
  try {
    return importSyncForRequire(filename);
  } catch (err) {
    const original = core.ops.op_module_last_stack_error();
    if (String(err?.message).includes("Top-level await")) throw new ERR_REQUIRE_ASYNC_MODULE();
    // The module's own error, which deno_core reported as text only.
    const known = original instanceof Error ? original : esmErrors.get(filename);
    if (
      known instanceof Error &&
      typeof err?.message === "string" &&
      err.message.startsWith(`${known.name}: ${known.message}`)
    ) {
      esmErrors.set(filename, known);
      // Printed uncaught, the arrow points into the module, as in Node.
      if (!(known instanceof SyntaxError)) decorateThrowSite(known, stackSite(known));
      throw known;
    }
    throw err;
  }
}

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, "request");
    return Module._resolveFilename(request, mod, false, options);
  }
  resolve.paths = function paths(request) {
    validateString(request, "request");
    if (isBuiltin(request)) return null;
    if (request.startsWith("./") || request.startsWith("../") || request === "." || request === "..") {
      return [mod.filename ? dirname(mod.filename) : globalThis.process.cwd()];
    }
    return nodeModulePaths(mod.filename ? dirname(mod.filename) : globalThis.process.cwd());
  };
  require.resolve = resolve;
  Object.defineProperty(require, "main", {
    get: () => mainModule.current,
    set: (v) => {
      mainModule.current = v;
    },
    enumerable: true,
    configurable: true,
  });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Object.defineProperty(Module, "builtinModules", {
  get: () => builtinNames(),
  enumerable: true,
  configurable: true,
});

/** Run `filename` as the main CommonJS module (`node file.js`). */
export function runMainCjs(filename) {
  wrapModuleLoad(filename, null, true);
}

// As in Node, one frame between require()/the main entry and Module._load
// (stack traces then have Node's depth).
function wrapModuleLoad(request, parent, isMain) {
  return Module._load(request, parent, isMain);
}

/** require() for a module that is not a file: -e/-p code and the REPL. */
export function makeEvalRequire(cwd, name = "[eval]") {
  const mod = new Module(name, null);
  mod.filename = `${cwd}/${name}`;
  mod.paths = nodeModulePaths(cwd);
  return { module: mod, require: makeRequireFunction(mod) };
}

/** Used by the ES module loader to import a CommonJS file. */
export function requireForImport(filename) {
  return Module._load(filename, null, false);
}

