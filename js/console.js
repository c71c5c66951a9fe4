// Minimal console; the complete module replaces this file.
import { format } from "ext:host/util.js";

function write(fd, s) {
  const stream = fd === 1 ? globalThis.process.stdout : globalThis.process.stderr;
  stream.write(s + "\n");
}

export function createGlobalConsole() {
  return {
    log: (...a) => write(1, format(...a)),
    info: (...a) => write(1, format(...a)),
    debug: (...a) => write(1, format(...a)),
    error: (...a) => write(2, format(...a)),
    warn: (...a) => write(2, format(...a)),
    trace: (...a) => write(2, "Trace: " + format(...a) + "\n" + new Error().stack.split("\n").slice(2).join("\n")),
    dir: (v) => write(1, format(v)),
  };
}

export default { createGlobalConsole };
