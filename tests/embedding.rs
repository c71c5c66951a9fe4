//! The embedding API, used in-process as an application would: an extra
//! deno_core extension (op + JS), an extra built-in module, arguments, and
//! the exit code coming back from `Host::run`.

use deno_core::op2;
use host_runtime::{HostBuilder, MainEntry};

#[op2(fast)]
fn op_test_double(x: u32) -> u32 {
    x * 2
}

deno_core::extension!(
    test_ext,
    ops = [op_test_double],
    esm_entry_point = "ext:test_ext/init.js",
    esm = ["ext:test_ext/init.js" = {
        source =
            "globalThis[Symbol.for('test.double')] = globalThis.Deno.core.ops.op_test_double;\n"
    }],
);

fn run(code: &str) -> i32 {
    HostBuilder::new()
        .main(MainEntry::Eval(code.into()))
        .args(["a", "b"])
        .extensions(|| vec![test_ext::init()])
        .builtin_module(
            "calc",
            "module.exports = { double: globalThis[Symbol.for('test.double')] };",
        )
        .build()
        .run()
}

#[test]
fn extension_op_and_builtin_module_reach_scripts() {
    let code = run(
        "const calc = require('calc');\n\
         process.exitCode = calc.double(21) === 42 && process.argv.slice(1).join() === 'a,b' ? 42 : 1;",
    );
    assert_eq!(code, 42);
}

#[test]
fn exit_code_and_uncaught_errors_come_back() {
    assert_eq!(run("setTimeout(() => process.exit(7), 1);"), 7);
    assert_eq!(
        run("process.on('exit', () => {}); throw new Error('boom');"),
        1
    );
}
