//! The `host` command line as Node's: flags before the script, -e/-p,
//! stdin, bad options, NODE_OPTIONS, V8 flags and exit codes, checked against
//! what Node 24 prints for the same command lines.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use support::{host_bin, run, run_env, Output};

const TIMEOUT: Duration = Duration::from_secs(60);

/// A fresh folder with `files` written into it.
fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("host-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

fn host(args: &[&str], cwd: &Path) -> Output {
    run(&host_bin(), args, cwd, None, TIMEOUT)
}

fn host_stdin(args: &[&str], cwd: &Path, stdin: &str) -> Output {
    run(&host_bin(), args, cwd, Some(stdin), TIMEOUT)
}

#[test]
fn version_and_help() {
    let dir = scratch("version", &[]);
    let out = host(&["--version"], &dir);
    assert_eq!(out.code, 0);
    assert!(out.stdout.starts_with("v24."), "{}", out.stdout);
    let out = host(&["-v"], &dir);
    assert!(out.stdout.starts_with("v24."), "{}", out.stdout);
    let out = host(&["--help"], &dir);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("Usage:"), "{}", out.stdout);
}

#[test]
fn eval_and_print() {
    let dir = scratch("eval", &[]);
    let out = host(&["-e", "console.log(1 + 1)"], &dir);
    assert_eq!((out.stdout.as_str(), out.code), ("2\n", 0));
    let out = host(&["-p", "({ a: 1 })"], &dir);
    assert_eq!(out.stdout, "{ a: 1 }\n");
    let out = host(&["-p", "process.argv.slice(1).join()", "a", "b"], &dir);
    assert_eq!(out.stdout, "a,b\n");
    // -e code runs in the global scope with require/module of "[eval]".
    let out = host(
        &[
            "-e",
            "var g = 5; console.log(globalThis.g, typeof require, __filename, __dirname, module.id)",
        ],
        &dir,
    );
    assert_eq!(out.stdout, "5 function [eval] . [eval]\n");
    let out = host(
        &[
            "--input-type=module",
            "-e",
            "await 1; console.log(typeof require, 9)",
        ],
        &dir,
    );
    assert_eq!(out.stdout, "undefined 9\n");
    let out = host(&["-e"], &dir);
    assert_eq!(out.code, 9);
    assert!(
        out.stderr.ends_with(": -e requires an argument\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn eval_error_format() {
    let dir = scratch("evalerr", &[]);
    let out = host(&["-e", "throw new Error('x')"], &dir);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .starts_with("[eval]:1\nthrow new Error('x')\n^\n\nError: x\n    at [eval]:1:7\n"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.ends_with("\nNode.js v24.21.0\n"),
        "{}",
        out.stderr
    );
    let out = host(&["-p", "throw 1"], &dir);
    assert_eq!(
        out.stderr,
        "\n[eval]:1\nthrow 1\n^\n1\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v24.21.0\n"
    );
}

#[test]
fn script_forms_and_argv() {
    let dir = scratch(
        "argv",
        &[(
            "a.js",
            "console.log(JSON.stringify(process.execArgv), JSON.stringify(process.argv.slice(2)), require('path').basename(process.argv[1]))",
        )],
    );
    let out = host(&["a.js", "x", "--no-warnings"], &dir);
    assert_eq!(out.stdout, "[] [\"x\",\"--no-warnings\"] a.js\n");
    let out = host(&["run", "a.js", "y"], &dir);
    assert_eq!(out.stdout, "[] [\"y\"] a.js\n");
    // Options before the script are execArgv; an extension-less name works.
    let out = host(&["--no-warnings", "--stack-size=900", "a", "z"], &dir);
    assert_eq!(
        out.stdout,
        "[\"--no-warnings\",\"--stack-size=900\"] [\"z\"] a\n"
    );
    let out = host(&["--", "a.js", "--w"], &dir);
    assert_eq!(out.stdout, "[] [\"--w\"] a.js\n");
}

#[test]
fn missing_main_module() {
    let dir = scratch("missing", &[]);
    for name in ["nope.js", "nope.mjs"] {
        let out = host(&[name], &dir);
        assert_eq!(out.code, 1, "{name}");
        let path = dir.join(name);
        assert!(
            out.stderr
                .starts_with("node:internal/modules/cjs/loader:1568\n  throw err;\n  ^\n\n"),
            "{}",
            out.stderr
        );
        assert!(
            out.stderr
                .contains(&format!("Error: Cannot find module '{}'", path.display())),
            "{}",
            out.stderr
        );
        assert!(
            out.stderr
                .contains("  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}"),
            "{}",
            out.stderr
        );
    }
}

#[test]
fn bad_options_exit_9() {
    let dir = scratch("badopt", &[("a.js", "console.log('ran')")]);
    let bin = host_bin();
    let out = host(&["--bogus-flag", "a.js"], &dir);
    assert_eq!(out.code, 9);
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        format!("{}: bad option: --bogus-flag\n", bin.display())
    );
    let out = host(&["-x", "a.js"], &dir);
    assert_eq!(out.code, 9);
    let out = host(&["--unhandled-rejections=bogus", "a.js"], &dir);
    assert_eq!(out.code, 9);
    assert_eq!(
        out.stderr,
        format!(
            "{}: invalid value for --unhandled-rejections\n",
            bin.display()
        )
    );
}

#[test]
fn script_from_stdin() {
    let dir = scratch("stdin", &[]);
    let out = host_stdin(&[], &dir, "console.log('from stdin', typeof require)");
    assert_eq!(
        (out.stdout.as_str(), out.code),
        ("from stdin function\n", 0)
    );
    let out = host_stdin(&["-"], &dir, "console.log(process.argv.slice(1))");
    assert_eq!(out.stdout, "[ '-' ]\n");
    let out = host_stdin(
        &["--input-type=module"],
        &dir,
        "console.log(typeof require)",
    );
    assert_eq!(out.stdout, "undefined\n");
}

#[test]
fn preloads_require_and_import() {
    let dir = scratch(
        "preload",
        &[
            ("pre.js", "console.log('pre', require.main === undefined)"),
            ("pre.mjs", "console.log('pre esm')"),
            ("main.js", "console.log('main')"),
        ],
    );
    let out = host(&["-r", "./pre.js", "main.js"], &dir);
    assert_eq!(out.stdout, "pre true\nmain\n");
    let out = host(&["--import", "./pre.mjs", "main.js"], &dir);
    assert_eq!(out.stdout, "pre esm\nmain\n");
    let out = host(&["--require", "./pre.js", "-e", "console.log('e')"], &dir);
    assert_eq!(out.stdout, "pre true\ne\n");
    let out = host(&["-r", "./nope.js", "main.js"], &dir);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains(
            "Error: Cannot find module './nope.js'\nRequire stack:\n- internal/preload\n"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn node_options_apply() {
    let dir = scratch(
        "nodeopts",
        &[
            ("pre.js", "console.log('pre')"),
            (
                "w.js",
                "process.emitWarning('careful'); console.log(JSON.stringify(process.execArgv))",
            ),
        ],
    );
    let out = run_env(
        &host_bin(),
        &["w.js"],
        &dir,
        None,
        TIMEOUT,
        &[("NODE_OPTIONS", "--no-warnings -r ./pre.js")],
    );
    assert_eq!(out.stdout, "pre\n[]\n");
    assert_eq!(out.stderr, "");
    let out = host(&["w.js"], &dir);
    assert!(
        out.stderr.contains(") Warning: careful\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn v8_flags_reach_v8() {
    let dir = scratch(
        "v8flags",
        &[
            (
                "depth.js",
                "let d = 0; function f() { d++; f(); } try { f(); } catch {} console.log(d);",
            ),
            (
                "heap.js",
                "console.log(Math.round(require('v8').getHeapStatistics().heap_size_limit / 1048576))",
            ),
        ],
    );
    let depth = |flag: &str| -> u64 {
        let out = host(&[flag, "depth.js"], &dir);
        out.stdout
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{flag}: {out:?}"))
    };
    assert!(depth("--stack-size=2000") > depth("--stack-size=500"));
    let heap = |flag: &str| -> u64 {
        let out = host(&[flag, "heap.js"], &dir);
        out.stdout
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{flag}: {out:?}"))
    };
    assert!(heap("--max-old-space-size=64") < heap("--max-old-space-size=512"));
    let out = host(&["--expose-gc", "-p", "typeof gc"], &dir);
    assert_eq!(out.stdout, "function\n");
    let out = host(&["-p", "typeof gc"], &dir);
    assert_eq!(out.stdout, "undefined\n");
    let out = host(&["--title=abc", "-p", "process.title"], &dir);
    assert_eq!(out.stdout, "abc\n");
}

#[test]
fn exit_codes_of_signals_and_errors() {
    let dir = scratch(
        "signals",
        &[
            ("term.js", "process.kill(process.pid, 'SIGTERM'); setTimeout(() => {}, 10000);"),
            ("kill.js", "process.kill(process.pid, 'SIGKILL'); setTimeout(() => {}, 10000);"),
            (
                "caught.js",
                "process.on('SIGTERM', () => { console.log('got SIGTERM'); process.exit(3); }); process.kill(process.pid, 'SIGTERM'); setTimeout(() => {}, 10000);",
            ),
            ("throw.js", "throw new Error('boom');"),
            ("code.js", "process.exitCode = 42;"),
        ],
    );
    assert_eq!(host(&["term.js"], &dir).code, 128 + 15);
    assert_eq!(host(&["kill.js"], &dir).code, 128 + 9);
    let out = host(&["caught.js"], &dir);
    assert_eq!((out.stdout.as_str(), out.code), ("got SIGTERM\n", 3));
    assert_eq!(host(&["throw.js"], &dir).code, 1);
    assert_eq!(host(&["code.js"], &dir).code, 42);
}

#[test]
fn unhandled_rejections_modes() {
    let dir = scratch(
        "rejections",
        &[
            ("plain.js", "Promise.reject(new Error('r'))"),
            (
                "listener.js",
                "process.on('unhandledRejection', (r) => console.log('h', r.message)); Promise.reject(new Error('r'))",
            ),
            (
                "both.js",
                "process.on('uncaughtException', (e, o) => console.log('ue', o)); process.on('unhandledRejection', () => console.log('h')); Promise.reject(5)",
            ),
        ],
    );
    // (mode, script, stdout, exit code) as Node 24 gives them.
    let expected = [
        ("throw", "plain.js", "", 1),
        ("throw", "listener.js", "h r\n", 0),
        ("throw", "both.js", "h\n", 0),
        ("strict", "plain.js", "", 1),
        ("strict", "listener.js", "", 1),
        ("strict", "both.js", "ue unhandledRejection\nh\n", 0),
        ("warn", "plain.js", "", 0),
        ("warn", "listener.js", "h r\n", 0),
        ("none", "plain.js", "", 0),
        ("none", "listener.js", "h r\n", 0),
        ("warn-with-error-code", "plain.js", "", 1),
        ("warn-with-error-code", "listener.js", "h r\n", 0),
    ];
    for (mode, script, stdout, code) in expected {
        let flag = format!("--unhandled-rejections={mode}");
        let out = host(&[&flag, script], &dir);
        assert_eq!(
            (out.stdout.as_str(), out.code),
            (stdout, code),
            "{mode} {script}: {}",
            out.stderr
        );
    }
    let out = host(&["--unhandled-rejections=warn", "plain.js"], &dir);
    assert!(
        out.stderr
            .contains(") UnhandledPromiseRejectionWarning: Error: r\n    at "),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("(rejection id: 1)\n"), "{}", out.stderr);
}
