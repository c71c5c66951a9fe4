//! MessagePort endpoints and BroadcastChannel between isolates.

deno_core::extension!(host_message_port);
