//! A Rust application embedding host: it adds its own op (through a
//! deno_core extension) and its own built-in module, then runs a script.
//!
//!     cargo run --example embed -- examples/embed_script.js

use deno_core::op2;
use host_runtime::HostBuilder;

/// An op the application exposes to its scripts.
#[op2(fast)]
fn op_app_answer() -> u32 {
    42
}

deno_core::extension!(
    app_ext,
    ops = [op_app_answer],
    esm_entry_point = "ext:app_ext/init.js",
    esm = ["ext:app_ext/init.js" = {
        source = "globalThis[Symbol.for('app.answer')] = globalThis.Deno.core.ops.op_app_answer;\n"
    }],
);

fn main() {
    let script = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/embed_script.js".into());
    let code = HostBuilder::new()
        .main_file(script)
        .args(["from-embedder"])
        // The extension's own JS publishes the op under a symbol; the
        // built-in module below turns it into an API for scripts.
        .extensions(|| vec![app_ext::init()])
        .builtin_module(
            "app",
            "const answer = globalThis[Symbol.for('app.answer')];\n\
             module.exports = { answer: () => answer(), name: 'embedded-app' };",
        )
        .build()
        .run();
    std::process::exit(code);
}
