// The clock behind performance.now() and Event#timeStamp: milliseconds
// from a monotonic clock since the process started. The origin is taken
// on first use (never at snapshot build time) from process.uptime().
import { op_os_hrtime_ns } from "ext:core/ops";

let originNs = -1;
let originEpochMs = 0;

function init() {
  const nowNs = op_os_hrtime_ns();
  const up = globalThis.process?.uptime?.();
  originNs = typeof up === "number" && up >= 0 ? nowNs - up * 1e9 : nowNs;
  originEpochMs = Date.now() - (nowNs - originNs) / 1e6;
}

/** Milliseconds (fractional) since the process started. */
export function now() {
  if (originNs < 0) init();
  return (op_os_hrtime_ns() - originNs) / 1e6;
}

/** The process start as a Unix epoch in milliseconds (fractional). */
export function timeOrigin() {
  if (originNs < 0) init();
  return originEpochMs;
}
