//! The IPC channel: Node's json and advanced framing over a Unix socket, with SCM_RIGHTS handle passing.

deno_core::extension!(host_ipc);
