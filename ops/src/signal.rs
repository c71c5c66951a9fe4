//! Signal watchers for process.on('SIGINT') and friends.

deno_core::extension!(host_signal);
