// node:sys -- the deprecated alias of node:util (DEP0025).
import util from "ext:host/util.js";

let warned = false;

/** What require('sys') returns; the first use prints DEP0025. */
export function load() {
  const process = globalThis.process;
  if (!warned && process !== undefined && typeof process.emitWarning === "function") {
    warned = true;
    process.emitWarning("sys is deprecated. Use util instead.", "DeprecationWarning", "DEP0025");
  }
  return util;
}

export default util;
