//! Child processes: spawn, wait, kill, spawnSync.

deno_core::extension!(host_process);
