//! Fast paths for Buffer: encodings.

deno_core::extension!(host_buffer);
