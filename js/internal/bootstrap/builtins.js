// The table of built-in modules: what require('x') and import 'node:x' return.
// Add a module here when its file exists under js/.

import * as m_http_legacy from "ext:host/internal/http/legacy.js";
import m_assert from "ext:host/assert.js";
import m_assert_strict from "ext:host/assert/strict.js";
import m_async_hooks from "ext:host/async_hooks.js";
import m_buffer from "ext:host/buffer.js";
import m_child_process from "ext:host/child_process.js";
import m_cluster from "ext:host/cluster.js";
import m_console from "ext:host/console.js";
import m_crypto from "ext:host/crypto.js";
import m_dgram from "ext:host/dgram.js";
import m_dns from "ext:host/dns.js";
import m_dns_promises from "ext:host/dns/promises.js";
import m_events from "ext:host/events.js";
import m_fs from "ext:host/fs.js";
import m_fs_promises from "ext:host/fs/promises.js";
import m_http from "ext:host/http.js";
import m_https from "ext:host/https.js";
import m_module from "ext:host/module.js";
import m_net from "ext:host/net.js";
import m_os from "ext:host/os.js";
import m_path from "ext:host/path.js";
import m_path_posix from "ext:host/path/posix.js";
import m_path_win32 from "ext:host/path/win32.js";
import m_perf_hooks from "ext:host/perf_hooks.js";
import m_querystring from "ext:host/querystring.js";
import m_readline from "ext:host/readline.js";
import m_readline_promises from "ext:host/readline/promises.js";
import m_stream from "ext:host/stream.js";
import m_stream_promises from "ext:host/stream/promises.js";
import m_string_decoder from "ext:host/string_decoder.js";
import m_timers from "ext:host/timers.js";
import m_timers_promises from "ext:host/timers/promises.js";
import m_tty from "ext:host/tty.js";
import m_url from "ext:host/url.js";
import m_util from "ext:host/util.js";
import m_util_types from "ext:host/util/types.js";
import m_v8 from "ext:host/v8.js";
import m_vm from "ext:host/vm.js";
import m_worker_threads from "ext:host/worker_threads.js";
import m_stream_web from "ext:host/stream/web.js";
import m_stream_consumers from "ext:host/stream/consumers.js";
import m_stream_readable_legacy from "ext:host/_stream_readable.js";
import m_stream_writable_legacy from "ext:host/_stream_writable.js";
import m_stream_duplex_legacy from "ext:host/_stream_duplex.js";
import m_stream_transform_legacy from "ext:host/_stream_transform.js";
import m_stream_passthrough_legacy from "ext:host/_stream_passthrough.js";
import m_diagnostics_channel from "ext:host/diagnostics_channel.js";
import m_constants from "ext:host/constants.js";
import { load as m_sys_load } from "ext:host/sys.js";
import { load as m_punycode_load } from "ext:host/punycode.js";
import m_zlib from "ext:host/zlib.js";

// name -> () => module. A function so that modules whose value depends on
// the running process (process, cluster) are resolved when first required.
const table = {
  __proto__: null,
  "_http_agent": () => m_http_legacy.httpAgent,
  "_http_client": () => m_http_legacy.httpClient,
  "_http_common": () => m_http_legacy.httpCommon,
  "_http_incoming": () => m_http_legacy.httpIncoming,
  "_http_outgoing": () => m_http_legacy.httpOutgoing,
  "_http_server": () => m_http_legacy.httpServer,
  "assert": () => m_assert,
  "assert/strict": () => m_assert_strict,
  "async_hooks": () => m_async_hooks,
  "buffer": () => m_buffer,
  "child_process": () => m_child_process,
  cluster: () => m_cluster,
  "console": () => m_console,
  "crypto": () => m_crypto,
  "dgram": () => m_dgram,
  "dns": () => m_dns,
  "dns/promises": () => m_dns_promises,
  "events": () => m_events,
  "fs": () => m_fs,
  "fs/promises": () => m_fs_promises,
  "http": () => m_http,
  "https": () => m_https,
  "module": () => m_module,
  "net": () => m_net,
  "os": () => m_os,
  "path": () => m_path,
  "path/posix": () => m_path_posix,
  "path/win32": () => m_path_win32,
  "perf_hooks": () => m_perf_hooks,
  "querystring": () => m_querystring,
  "readline": () => m_readline,
  "readline/promises": () => m_readline_promises,
  "stream": () => m_stream,
  "stream/promises": () => m_stream_promises,
  "string_decoder": () => m_string_decoder,
  "timers": () => m_timers,
  "timers/promises": () => m_timers_promises,
  "tty": () => m_tty,
  "url": () => m_url,
  "util": () => m_util,
  "util/types": () => m_util_types,
  "v8": () => m_v8,
  "vm": () => m_vm,
  "worker_threads": () => m_worker_threads,
  "stream/web": () => m_stream_web,
  "stream/consumers": () => m_stream_consumers,
  "_stream_readable": () => m_stream_readable_legacy,
  "_stream_writable": () => m_stream_writable_legacy,
  "_stream_duplex": () => m_stream_duplex_legacy,
  "_stream_transform": () => m_stream_transform_legacy,
  "_stream_passthrough": () => m_stream_passthrough_legacy,
  "diagnostics_channel": () => m_diagnostics_channel,
  "constants": () => m_constants,
  "sys": m_sys_load,
  "punycode": m_punycode_load,
  "zlib": () => m_zlib,
  process: () => globalThis.process,
};

/** Property a module object may carry to be built on first require. */
export const kLazyInit = Symbol.for("host.builtinLazyInit");

/** Names that only resolve with the node: prefix, as in Node. */
const prefixOnly = new Set(["test", "test/reporters", "sqlite", "sea"]);

/** Register (or replace) a built-in; used by embedders' extra modules. */
export function defineBuiltin(name, get) {
  table[name] = get;
}

export function isBuiltin(name) {
  if (typeof name !== "string") return false;
  const bare = name.startsWith("node:") ? name.slice(5) : name;
  return bare in table && (name.startsWith("node:") || !prefixOnly.has(bare));
}

/** The module object of a built-in, or undefined when there is none. */
export function loadBuiltin(name) {
  const bare = name.startsWith("node:") ? name.slice(5) : name;
  const get = table[bare];
  if (get === undefined) return undefined;
  const mod = get();
  // A module whose shape depends on the running process (cluster: primary or
  // worker) carries an initialiser, run on first use.
  if (mod !== null && typeof mod === "object" && typeof mod[kLazyInit] === "function") {
    const real = mod[kLazyInit]();
    table[bare] = () => real;
    return real;
  }
  return mod;
}

/** require('module').builtinModules: sorted, the node:-only ones last. */
export function builtinNames() {
  const names = Object.keys(table).filter((n) => !n.startsWith("internal/"));
  const plain = names.filter((n) => !prefixOnly.has(n)).sort();
  const prefixed = names.filter((n) => prefixOnly.has(n)).sort().map((n) => `node:${n}`);
  return [...plain, ...prefixed];
}

// `process` exists only at run time; its ESM named exports are these keys.
const PROCESS_EXPORTS = [
  "version", "versions", "arch", "platform", "release", "argv", "execArgv", "argv0", "execPath", "pid", "ppid",
  "env", "config", "features", "title", "exitCode", "debugPort", "cwd", "chdir", "umask", "getuid", "getgid",
  "geteuid", "getegid", "getgroups", "hrtime", "uptime", "cpuUsage", "memoryUsage", "resourceUsage", "nextTick",
  "emitWarning", "kill", "reallyExit", "exit", "abort", "binding", "setUncaughtExceptionCaptureCallback",
  "hasUncaughtExceptionCaptureCallback", "setSourceMapsEnabled", "sourceMapsEnabled", "getBuiltinModule",
  "getActiveResourcesInfo", "constrainedMemory", "availableMemory", "loadEnvFile", "allowedNodeEnvironmentFlags",
  "report", "finalization", "stdout", "stderr", "stdin", "on", "once", "off", "emit", "addListener",
  "removeListener", "removeAllListeners", "prependListener", "prependOnceListener", "listeners", "listenerCount",
  "eventNames", "setMaxListeners", "getMaxListeners", "mainModule", "send", "disconnect", "connected", "channel",
  "ref", "unref", "threadCpuUsage",
];

/** Export names of each built-in, used to generate the ESM facades. */
export function builtinExportNames() {
  const out = {};
  for (const name of Object.keys(table)) {
    let mod;
    try {
      mod = table[name]();
    } catch {
      continue;
    }
    if (name === "process") {
      out[name] = PROCESS_EXPORTS;
      continue;
    }
    if (mod === null || (typeof mod !== "object" && typeof mod !== "function")) continue;
    out[name] = Object.keys(mod).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== "default");
  }
  return out;
}
