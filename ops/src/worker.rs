//! worker_threads: spawning worker isolates on their own threads.

deno_core::extension!(host_worker);
