//! HTTP/1.1 parsing for http.

deno_core::extension!(host_http);
