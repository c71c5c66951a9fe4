//! TCP and Unix sockets and servers for net.

deno_core::extension!(host_net);
