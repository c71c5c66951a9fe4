// Which node options a Worker accepts in `execArgv`: Node takes its
// per-isolate and per-environment options and refuses V8 options and
// process-wide ones (observed on Node 24: `new Worker(code, { execArgv })`
// for every option of `node --help`).

import { codes } from "ext:host/internal/errors.js";

const allowed = new Set([
  "--allow-addons", "--allow-child-process", "--allow-fs-read", "--allow-fs-write", "--allow-inspector",
  "--allow-openssl-store", "--allow-wasi", "--allow-worker", "--async-context-frame", "--build-snapshot",
  "--build-snapshot-config", "--check", "--conditions", "--cpu-prof", "--debug-port", "--diagnostic-dir",
  "--disable-sigusr1", "--disable-warning", "--dns-result-order", "--enable-network-family-autoselection",
  "--enable-source-maps", "--entry-url", "--env-file", "--env-file-if-exists", "--eval",
  "--experimental-addon-modules", "--experimental-async-context-frame", "--experimental-default-config-file",
  "--experimental-detect-module", "--experimental-eventsource", "--experimental-global-navigator",
  "--experimental-import-meta-resolve", "--experimental-import-text",
  "--experimental-inspector-network-resource", "--experimental-loader", "--experimental-network-inspection",
  "--experimental-package-map", "--experimental-print-required-tla", "--experimental-repl-await",
  "--experimental-require-module", "--experimental-sqlite", "--experimental-storage-inspection",
  "--experimental-stream-iter", "--experimental-strip-types", "--experimental-test-coverage",
  "--experimental-test-isolation", "--experimental-test-module-mocks", "--experimental-test-tag-filter",
  "--experimental-transform-types", "--experimental-vm-modules", "--experimental-wasm-modules",
  "--experimental-websocket", "--experimental-webstorage", "--experimental-worker-inspection",
  "--force-context-aware", "--force-node-api-uncaught-exceptions-policy", "--frozen-intrinsics",
  "--heap-prof", "--heapsnapshot-near-heap-limit", "--heapsnapshot-signal", "--import", "--input-type",
  "--insecure-http-parser", "--inspect", "--inspect-brk", "--inspect-port", "--inspect-publish-uid",
  "--inspect-wait", "--interactive", "--loader", "--localstorage-file", "--max-http-header-size",
  "--max-old-space-size-percentage", "--network-family-autoselection-attempt-timeout", "--no-addons",
  "--no-async-context-frame", "--no-deprecation", "--no-experimental-detect-module",
  "--no-experimental-global-navigator", "--no-experimental-repl-await", "--no-experimental-require-module",
  "--no-experimental-sqlite", "--no-experimental-strip-types", "--no-experimental-websocket",
  "--no-extra-info-on-fatal-exception", "--no-force-async-hooks-checks", "--no-global-search-paths",
  "--no-require-module", "--no-warnings", "--pending-deprecation", "--permission", "--permission-audit",
  "--preserve-symlinks", "--preserve-symlinks-main", "--print", "--prof-process", "--redirect-warnings",
  "--report-exclude-env", "--report-exclude-network", "--report-on-signal", "--report-signal",
  "--report-uncaught-exception", "--require", "--require-module", "--test", "--test-concurrency",
  "--test-coverage-branches", "--test-coverage-exclude", "--test-coverage-functions",
  "--test-coverage-include", "--test-coverage-lines", "--test-force-exit", "--test-global-setup",
  "--test-name-pattern", "--test-only", "--test-random-seed", "--test-randomize", "--test-reporter",
  "--test-reporter-destination", "--test-rerun-failures", "--test-shard", "--test-skip-pattern",
  "--test-timeout", "--test-update-snapshots", "--throw-deprecation", "--tls-keylog", "--tls-max-v1.2",
  "--tls-max-v1.3", "--tls-min-v1.0", "--tls-min-v1.1", "--tls-min-v1.2", "--tls-min-v1.3",
  "--trace-deprecation", "--trace-env", "--trace-env-js-stack", "--trace-env-native-stack", "--trace-exit",
  "--trace-promises", "--trace-require-module", "--trace-sync-io", "--trace-tls", "--trace-uncaught",
  "--trace-warnings", "--track-heap-objects", "--unhandled-rejections", "--use-env-proxy", "--use-system-ca",
  "--watch", "--watch-kill-signal", "--watch-path", "--watch-preserve-output", "-C", "-c", "-e", "-i", "-p",
  "-r",
]);

// Options whose value may come as the next argument; alone at the end they
// are an error ("-r requires an argument").
const takesValue = new Set([
  "-r", "--require", "--import", "-C", "--conditions", "-e", "--eval", "--input-type", "--loader",
  "--experimental-loader", "--env-file", "--env-file-if-exists", "--disable-warning", "--redirect-warnings",
  "--experimental-default-config-file", "--experimental-test-isolation", "--debug-port", "--diagnostic-dir",
  "--dns-result-order", "--heapsnapshot-signal", "--unhandled-rejections", "--watch-path", "--localstorage-file",
  "--report-signal", "--trace-require-module",
]);

const inputTypes = new Set(["module", "commonjs", "module-typescript", "commonjs-typescript"]);
const rejectionModes = new Set(["strict", "warn", "error", "none", "warn-with-error-code", "throw"]);

function isAllowed(flag) {
  if (allowed.has(flag)) return true;
  // --no-<option> of an allowed boolean option.
  return flag.startsWith("--no-") && allowed.has(`--${flag.slice(5)}`);
}

/** Throws ERR_WORKER_INVALID_EXEC_ARGV for options a worker cannot take. */
export function validateExecArgv(execArgv) {
  const problems = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = String(execArgv[i]);
    if (!arg.startsWith("-") || arg === "-" || arg === "--") continue;
    const eq = arg.indexOf("=");
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (!isAllowed(flag)) {
      problems.push(arg);
      continue;
    }
    let value = eq === -1 ? undefined : arg.slice(eq + 1);
    if (value === undefined && takesValue.has(flag)) {
      if (i + 1 >= execArgv.length) {
        problems.push(`${flag} requires an argument`);
        continue;
      }
      value = String(execArgv[++i]);
    }
    if (flag === "--input-type" && !inputTypes.has(value)) {
      problems.push('--input-type must be "module","commonjs", "module-typescript" or "commonjs-typescript"');
    } else if (flag === "--unhandled-rejections" && !rejectionModes.has(value)) {
      problems.push("invalid value for --unhandled-rejections");
    }
  }
  if (problems.length > 0) throw new codes.ERR_WORKER_INVALID_EXEC_ARGV(problems);
}

/** The -r/--require and --import modules named in execArgv. */
export function preloadsOf(execArgv) {
  const require = [];
  const imports = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = String(execArgv[i]);
    const eq = arg.indexOf("=");
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (flag === "-r" || flag === "--require" || flag === "--import") {
      const value = eq === -1 ? execArgv[++i] : arg.slice(eq + 1);
      if (value === undefined) continue;
      (flag === "--import" ? imports : require).push(String(value));
    }
  }
  return { require, imports };
}
