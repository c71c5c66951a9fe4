//! Pipes and other stream fds as async resources (child stdio).

deno_core::extension!(host_pipe);
