//! The `host` command: Node's command line over the host runtime.

use std::io::IsTerminal;

use host_runtime::{HostBuilder, MainEntry, NodeOptions, HOST_VERSION, NODE_VERSION};

const HELP: &str = "Usage: host [options] [ script.js ] [arguments]
       host run <script.js> [arguments]
       host -e|--eval <code> [arguments]
       host -p|--print <code> [arguments]

Runs Node.js scripts: child_process, cluster, worker_threads and the core
modules behave as in Node.js v24.

Options:
  -e, --eval <code>            evaluate code
  -p, --print <code>           evaluate code and print the result
  -r, --require <module>       load a CommonJS module before the script
  --import <module>            load an ES module before the script
  --input-type=<type>          how -e code and stdin are read (commonjs|module)
  --no-warnings                silence process warnings
  --trace-warnings             print stack traces for warnings
  --no-deprecation             silence deprecation warnings
  --unhandled-rejections=<m>   throw (default), strict, warn, none, warn-with-error-code
  --enable-source-maps         accepted for compatibility
  --expose-gc                  expose gc() (V8)
  --max-old-space-size=<MiB>   heap limit (V8)
  --stack-size=<KiB>           stack limit (V8)
  -v, --version                print the version
  -h, --help                   print this help

Other --flags are passed to V8. Environment: NODE_OPTIONS is read like
Node's; HOST_NODE selects what the command `node` runs in child processes.
";

/// The command line, split as Node splits it.
struct Cli {
    exec_argv: Vec<String>,
    v8_flags: Vec<String>,
    options: NodeOptions,
    main: MainEntry,
    args: Vec<String>,
}

enum Parsed {
    Run(Cli),
    Exit(i32),
}

fn bad_option(opt: &str) -> Parsed {
    eprintln!("{}: bad option: {opt}", program_name());
    Parsed::Exit(9)
}

/// How the program was invoked (`argv[0]`), which Node's CLI errors start with.
fn program_name() -> String {
    std::env::args().next().unwrap_or_else(|| "host".into())
}

fn takes_value(flag: &str) -> bool {
    matches!(
        flag,
        "-e" | "--eval"
            | "-p"
            | "--print"
            | "-r"
            | "--require"
            | "--import"
            | "--input-type"
            | "--title"
            | "--unhandled-rejections"
            | "--stack-size"
            | "--max-old-space-size"
            | "--conditions"
            | "-C"
            | "--env-file"
            | "--loader"
            | "--experimental-loader"
    )
}

fn parse(raw: Vec<String>) -> Parsed {
    let mut cli = Cli {
        exec_argv: Vec::new(),
        v8_flags: Vec::new(),
        options: NodeOptions::default(),
        main: MainEntry::None,
        args: Vec::new(),
    };
    let mut node_options: Vec<String> = std::env::var("NODE_OPTIONS")
        .map(|s| s.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default();
    let mut it = raw.into_iter().peekable();
    if it.peek().map(String::as_str) == Some("run") {
        it.next();
        let Some(file) = it.next() else {
            eprintln!("host run: missing the script to run");
            return Parsed::Exit(9);
        };
        cli.main = MainEntry::File(file.into());
        cli.args = it.collect();
        return finish(cli, node_options);
    }
    let mut explicit_main = false;
    while let Some(arg) = it.next() {
        if !arg.starts_with('-') || arg == "-" || arg == "--" {
            if arg == "--" {
                if let Some(file) = it.next() {
                    if !explicit_main {
                        cli.main = MainEntry::File(file.into());
                    } else {
                        cli.args.push(file);
                    }
                }
            } else if arg == "-" {
                if !explicit_main {
                    cli.main = MainEntry::Stdin;
                }
                // Node keeps the "-" as process.argv[1].
                cli.args.push(arg);
            } else if explicit_main {
                cli.args.push(arg);
            } else {
                cli.main = MainEntry::File(arg.into());
            }
            cli.args.extend(it);
            break;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if arg.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let value = if takes_value(&flag) && inline.is_none() {
            match it.next() {
                Some(v) => Some(v),
                None => {
                    eprintln!("{}: {flag} requires an argument", program_name());
                    return Parsed::Exit(9);
                }
            }
        } else {
            inline.clone()
        };
        match flag.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                return Parsed::Exit(0);
            }
            "-v" | "--version" => {
                println!("v{NODE_VERSION}");
                return Parsed::Exit(0);
            }
            "--host-version" => {
                println!("host {HOST_VERSION} (Node.js API v{NODE_VERSION})");
                return Parsed::Exit(0);
            }
            "-e" | "--eval" | "-p" | "--print" => {
                let code = value.unwrap_or_default();
                cli.main = if flag.starts_with("-p") || flag == "--print" {
                    MainEntry::Print(code)
                } else {
                    MainEntry::Eval(code)
                };
                explicit_main = true;
                cli.exec_argv.push(arg.clone());
                if inline.is_none() {
                    if let MainEntry::Eval(c) | MainEntry::Print(c) = &cli.main {
                        cli.exec_argv.push(c.clone());
                    }
                }
                continue;
            }
            _ => {}
        }
        cli.exec_argv.push(arg.clone());
        if takes_value(&flag) && inline.is_none() {
            cli.exec_argv.push(value.clone().unwrap_or_default());
        }
        if let Some(p) = apply_flag(&mut cli, &flag, value) {
            return p;
        }
    }
    node_options.retain(|s| !s.is_empty());
    finish(cli, node_options)
}

/// Apply one option; `Some` ends parsing (an error).
fn apply_flag(cli: &mut Cli, flag: &str, value: Option<String>) -> Option<Parsed> {
    match flag {
        "-r" | "--require" => cli.options.require.push(value.unwrap_or_default()),
        "--import" => cli.options.import.push(value.unwrap_or_default()),
        "--input-type" => {
            if !matches!(
                value.as_deref(),
                Some("module" | "commonjs" | "module-typescript" | "commonjs-typescript")
            ) {
                eprintln!(
                    "{}: --input-type must be \"module\",\"commonjs\", \"module-typescript\" or \"commonjs-typescript\"",
                    program_name()
                );
                return Some(Parsed::Exit(9));
            }
            cli.options.input_type = value;
        }
        "--unhandled-rejections" => {
            let mode = value.unwrap_or_default();
            if !matches!(
                mode.as_str(),
                "throw" | "strict" | "warn" | "none" | "warn-with-error-code"
            ) {
                eprintln!(
                    "{}: invalid value for --unhandled-rejections",
                    program_name()
                );
                return Some(Parsed::Exit(9));
            }
            cli.options.unhandled_rejections = Some(mode);
        }
        // Syntax check only: the bootstrap sees it in execArgv.
        "-c" | "--check" => {}
        "--no-deprecation"
        | "--no-warnings"
        | "--trace-warnings"
        | "--enable-source-maps"
        | "--trace-deprecation"
        | "--throw-deprecation"
        | "--trace-uncaught"
        | "--pending-deprecation"
        | "--preserve-symlinks"
        | "--experimental-vm-modules"
        | "--experimental-worker"
        | "--no-experimental-fetch"
        | "--experimental-require-module"
        | "--no-experimental-require-module"
        | "--title"
        | "--conditions"
        | "-C"
        | "--env-file"
        | "--loader"
        | "--experimental-loader"
        | "--experimental-default-type"
        | "--experimental-detect-module"
        | "--no-experimental-detect-module"
        | "--abort-on-uncaught-exception" => {}
        "--expose-gc" | "--expose_gc" => cli.v8_flags.push("--expose-gc".into()),
        "--max-old-space-size"
        | "--max_old_space_size"
        | "--stack-size"
        | "--stack_size"
        | "--max-semi-space-size" => {
            cli.v8_flags
                .push(format!("{flag}={}", value.unwrap_or_default()));
        }
        other if other.starts_with("--") => {
            let full = match value {
                Some(v) => format!("{other}={v}"),
                None => other.to_string(),
            };
            cli.v8_flags.push(full);
        }
        other => return Some(bad_option(other)),
    }
    None
}

fn finish(mut cli: Cli, node_options: Vec<String>) -> Parsed {
    let mut it = node_options.into_iter();
    while let Some(opt) = it.next() {
        let (flag, inline) = match opt.split_once('=') {
            Some((f, v)) => (f.to_string(), Some(v.to_string())),
            None => (opt.clone(), None),
        };
        let value = if takes_value(&flag) && inline.is_none() {
            it.next()
        } else {
            inline
        };
        if let Some(p) = apply_flag(&mut cli, &flag, value) {
            return p;
        }
    }
    if matches!(cli.main, MainEntry::None) && !std::io::stdin().is_terminal() {
        cli.main = MainEntry::Stdin;
    }
    Parsed::Run(cli)
}

fn main() {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let cli = match parse(raw) {
        Parsed::Run(cli) => cli,
        Parsed::Exit(code) => std::process::exit(code),
    };
    if matches!(cli.main, MainEntry::None) {
        eprintln!("host: no script given, and the REPL is not available; see host --help");
        std::process::exit(9);
    }
    let unknown = host_runtime::init_platform(&cli.v8_flags);
    if let Some(flag) = unknown.first() {
        eprintln!("{}: bad option: {flag}", program_name());
        std::process::exit(9);
    }
    let builder = HostBuilder::new()
        .main(cli.main)
        .args(cli.args)
        .exec_argv(cli.exec_argv)
        .node_options(cli.options);
    builder.build().run_and_exit()
}
