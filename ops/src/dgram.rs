//! UDP sockets for dgram.

deno_core::extension!(host_dgram);
