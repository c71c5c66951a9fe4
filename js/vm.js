// node:vm - compile and run code in the current V8 context or in new ones.
// The machinery is in ops/src/vm.rs: a contextified object's context has a
// global whose named and indexed properties forward to that object.
import {
  op_vm_compile,
  op_vm_compile_function,
  op_vm_context_global,
  op_vm_create_cached_data,
  op_vm_create_context,
  op_vm_is_context,
  op_vm_run,
} from "ext:core/ops";
import { core } from "ext:core/mod.js";
import { codes } from "ext:host/internal/errors.js";
import {
  validateArray,
  validateBoolean,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} from "ext:host/internal/validators.js";
import { Buffer } from "ext:host/buffer.js";
import { decorateThrowSite } from "ext:host/internal/process/execution.js";

const { ERR_INVALID_ARG_TYPE } = codes;

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol("vm_dynamic_import_main_context_default"),
  DONT_CONTEXTIFY: Symbol("vm_context_no_contextify"),
});

const kHandle = Symbol("kHandle");
const kParsingContext = Symbol("kParsingContext");
const kEmpty = Object.freeze({ __proto__: null });
const allowArrays = { allowArray: true };
const allowObjects = { allowArray: true, allowFunction: true };

function isView(v) {
  return ArrayBuffer.isView(v);
}

function validateCachedData(cachedData, name) {
  if (cachedData !== undefined && !isView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE(name, ["Buffer", "TypedArray", "DataView"], cachedData);
  }
}

function toBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

let warnedMainLoader = false;

function vmModulesEnabled() {
  const process = globalThis.process;
  if (process.execArgv.includes("--experimental-vm-modules")) return true;
  const nodeOptions = process.env.NODE_OPTIONS;
  return typeof nodeOptions === "string" && nodeOptions.split(/\s+/).includes("--experimental-vm-modules");
}

function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

// The callback's result must be a module namespace (host has no vm.Module).
async function callImportCallback(callback, specifier, referrer, attributes) {
  if (!vmModulesEnabled()) {
    throw codedError(
      TypeError,
      "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG",
      "A dynamic import callback was invoked without --experimental-vm-modules",
    );
  }
  const result = await callback(specifier, referrer, attributes);
  if (!core.isModuleNamespaceObject(result)) {
    throw codedError(Error, "ERR_VM_MODULE_NOT_MODULE", "Provided module is not an instance of Module");
  }
  return result;
}

// What the op takes for import(): a callback, true (main loader) or
// undefined (rejects with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
function importOption(importModuleDynamically, referrer) {
  if (importModuleDynamically === constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    if (!warnedMainLoader) {
      warnedMainLoader = true;
      globalThis.process.emitWarning(
        "vm.USE_MAIN_CONTEXT_DEFAULT_LOADER is an experimental feature and might change at any time",
        "ExperimentalWarning",
      );
    }
    return true;
  }
  if (importModuleDynamically === undefined) return undefined;
  if (typeof importModuleDynamically !== "function") {
    throw new ERR_INVALID_ARG_TYPE("options.importModuleDynamically", "function", importModuleDynamically);
  }
  return (specifier, attributes) =>
    callImportCallback(importModuleDynamically, specifier, referrer(), { __proto__: null, ...attributes });
}

function isContext(object) {
  validateObject(object, "object", allowArrays);
  return op_vm_is_context(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE("contextifiedObject", "vm.Context", contextifiedObject);
  }
}

function runOptions(options) {
  if (options === undefined) options = kEmpty;
  validateObject(options, "options");
  let timeout = options.timeout;
  if (timeout === undefined) timeout = -1;
  else validateUint32(timeout, "options.timeout", true);
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, "options.displayErrors");
  validateBoolean(breakOnSigint, "options.breakOnSigint");
  return { timeout, displayErrors };
}

function run(script, target, options) {
  const { timeout, displayErrors } = runOptions(options);
  try {
    return op_vm_run(script[kHandle], target, timeout, displayErrors);
  } catch (err) {
    if (displayErrors) markDecorated(err);
    throw err;
  }
}

// The op put Node's arrow on top of the error's stack: the uncaught
// exception printer must not add another one.
function markDecorated(err) {
  if (err !== null && typeof err === "object") decorateThrowSite(err, [null]);
}

let contextNameIndex = 1;

function createContext(contextObject = {}, options = kEmpty) {
  if (contextObject !== constants.DONT_CONTEXTIFY && isContext(contextObject)) {
    return contextObject;
  }
  validateObject(options, "options");
  const {
    name = `VM Context ${contextNameIndex++}`,
    origin,
    codeGeneration,
    microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, "options.name");
  if (origin !== undefined) validateString(origin, "options.origin");
  if (codeGeneration !== undefined) validateObject(codeGeneration, "options.codeGeneration");
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) {
    ({ strings = true, wasm = true } = codeGeneration);
    validateBoolean(strings, "options.codeGeneration.strings");
    validateBoolean(wasm, "options.codeGeneration.wasm");
  }
  validateOneOf(microtaskMode, "options.microtaskMode", ["afterEvaluate", undefined]);
  importOption(importModuleDynamically, () => contextObject);
  const sandbox = contextObject === constants.DONT_CONTEXTIFY ? undefined : contextObject;
  return op_vm_create_context(sandbox, strings, wasm, microtaskMode === "afterEvaluate");
}

// Options of runInNewContext that name the new context's options.
function contextOptions(options) {
  if (!options) return kEmpty;
  const out = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (out.name !== undefined) validateString(out.name, "options.contextName");
  if (out.origin !== undefined) validateString(out.origin, "options.contextOrigin");
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, "options.contextCodeGeneration");
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, "options.contextCodeGeneration.strings");
    if (wasm !== undefined) validateBoolean(wasm, "options.contextCodeGeneration.wasm");
    out.codeGeneration = { strings, wasm };
  }
  if (out.name === undefined) delete out.name;
  return out;
}

class ContextifyScript {
  createCachedData() {
    return toBuffer(op_vm_create_cached_data(this[kHandle]));
  }
}

class Script extends ContextifyScript {
  constructor(code, options = kEmpty) {
    super();
    code = `${code}`;
    if (typeof options === "string") options = { filename: options };
    else validateObject(options, "options");
    const {
      filename = "evalmachine.<anonymous>",
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
      [kParsingContext]: parsingContext,
    } = options;
    validateString(filename, "options.filename");
    validateInt32(lineOffset, "options.lineOffset");
    validateInt32(columnOffset, "options.columnOffset");
    validateCachedData(cachedData, "options.cachedData");
    validateBoolean(produceCachedData, "options.produceCachedData");
    const importArg = importOption(importModuleDynamically, () => this);
    const info = [undefined, undefined, undefined, undefined];
    let handle;
    try {
      handle = op_vm_compile(
        code,
        filename,
        lineOffset,
        columnOffset,
        cachedData,
        produceCachedData,
        importArg,
        parsingContext,
        info,
      );
    } catch (err) {
      markDecorated(err);
      throw err;
    }
    Object.defineProperty(this, kHandle, { __proto__: null, value: handle });
    if (cachedData !== undefined) this.cachedDataRejected = info[0];
    if (produceCachedData) {
      this.cachedData = toBuffer(info[1]);
      this.cachedDataProduced = info[1].byteLength > 0;
    }
    this.sourceURL = info[2];
    this.sourceMapURL = info[3];
  }

  runInThisContext(options) {
    return run(this, undefined, options);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    return run(this, contextifiedObject, options);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  if (typeof options === "string") options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === "string") options = { filename: options };
  options = { ...options, [kParsingContext]: contextifiedObject };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === "string") options = { filename: options };
  const context = createContext(contextObject, contextOptions(options));
  options = { ...options, [kParsingContext]: context };
  return createScript(code, options).runInContext(context, options);
}

function compileFunction(code, params, options = kEmpty) {
  validateString(code, "code");
  if (params !== undefined) {
    validateArray(params, "params");
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  }
  validateObject(options, "options");
  const {
    filename = "",
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, "options.filename");
  validateInt32(columnOffset, "options.columnOffset");
  validateInt32(lineOffset, "options.lineOffset");
  validateCachedData(cachedData, "options.cachedData");
  validateBoolean(produceCachedData, "options.produceCachedData");
  if (parsingContext !== undefined) {
    if (
      parsingContext === null ||
      (typeof parsingContext !== "object" && typeof parsingContext !== "function") ||
      !op_vm_is_context(parsingContext)
    ) {
      throw new ERR_INVALID_ARG_TYPE("options.parsingContext", "Context", parsingContext);
    }
  }
  validateArray(contextExtensions, "options.contextExtensions");
  for (const extension of contextExtensions) {
    validateObject(extension, "options.contextExtensions", allowObjects);
  }
  let fn;
  const importArg = importOption(importModuleDynamically, () => fn);
  const info = [undefined, undefined];
  try {
    fn = op_vm_compile_function(
      code,
      filename,
      lineOffset,
      columnOffset,
      params ?? [],
      parsingContext,
      contextExtensions,
      importArg,
      cachedData,
      produceCachedData,
      info,
    );
  } catch (err) {
    markDecorated(err);
    throw err;
  }
  if (cachedData !== undefined) fn.cachedDataRejected = info[0];
  if (produceCachedData) {
    fn.cachedDataProduced = info[1].byteLength > 0;
    fn.cachedData = toBuffer(info[1]);
  }
  return fn;
}

function measureMemory(options = kEmpty) {
  validateObject(options, "options");
  const { mode = "summary", execution = "default" } = options;
  validateOneOf(mode, "options.mode", ["summary", "detailed"]);
  validateOneOf(execution, "options.execution", ["default", "eager"]);
  const { heapUsed, heapTotal } = globalThis.process.memoryUsage();
  const result = { total: { jsMemoryEstimate: heapUsed, jsMemoryRange: [heapUsed, heapTotal] } };
  if (mode === "detailed") {
    result.current = result.total;
    result.other = [];
  }
  return Promise.resolve(result);
}

/**
 * For host internals: the global object (globalThis) of the context of a
 * contextified object, or undefined when `sandbox` is not one. Code that
 * needs to create objects in that context can use its constructors
 * (`new (getContextGlobal(sb).Object)()`); Rust can get the v8::Context
 * with `host_ops::vm::context_of`.
 */
export function getContextGlobal(sandbox) {
  if (sandbox === null || (typeof sandbox !== "object" && typeof sandbox !== "function")) return undefined;
  return op_vm_context_global(sandbox) ?? undefined;
}

/** For host internals: run `code` in the context of `sandbox` (no checks). */
export function runInContextUnchecked(code, sandbox, filename = "evalmachine.<anonymous>") {
  return new Script(code, { filename }).runInContext(sandbox);
}

export { isContext };

export default {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
