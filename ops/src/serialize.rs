//! Structured clone with V8's serializer (postMessage, structuredClone, advanced IPC).

deno_core::extension!(host_serialize);
