// worker_threads' trackUnmanagedFds: descriptors a worker opens with
// fs.open()/fs.openSync() (and FileHandles) are closed when it ends. The
// set lives in Rust (ops/src/worker.rs) so it is closed even after
// terminate().
import { op_worker_track_fd } from "ext:core/ops";

let inWorker = false;
let trackRaw = false;

/** Called by the worker bootstrap. */
export function setFdTracking(raw) {
  inWorker = true;
  trackRaw = raw;
}

/** Whether this thread tracks fs.open() descriptors. */
export function tracksRawFds() {
  return trackRaw;
}

/** The default a new Worker's trackUnmanagedFds takes on this thread. */
export function inheritedFdTracking() {
  return inWorker ? trackRaw : true;
}

/** fs.open() returned `fd` (FileHandles pass raw = false). Returns fd. */
export function trackFd(fd, raw = true) {
  if (raw ? trackRaw : inWorker) op_worker_track_fd(fd, true);
  return fd;
}

/** `fd` is being closed. */
export function untrackFd(fd) {
  if (inWorker) op_worker_track_fd(fd, false);
}
