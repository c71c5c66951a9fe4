//! host's embedding API: build a Node-compatible JavaScript host for a
//! process (or, internally, a worker thread) and run it to its exit code.
//!
//! ```no_run
//! let code = host_runtime::HostBuilder::new()
//!     .main_file("app.js")
//!     .args(["--port", "8080"])
//!     .build()
//!     .run();
//! std::process::exit(code);
//! ```

mod js_ext;
pub mod loader;
mod stack;
mod stack_limit;
mod worker;

use std::path::PathBuf;
use std::rc::Rc;
use std::sync::{Arc, Once};

use deno_core::{v8, Extension, JsRuntime, PollEventLoopOptions, RuntimeOptions};
pub use host_ops;
use host_ops::{ExitRequest, HostConfig, HostKind};

/// The startup snapshot made by build.rs: all of `js/`, evaluated.
static SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/HOST_SNAPSHOT.bin"));
/// `{ builtin: [export names] }`, recorded when the snapshot was made.
static BUILTIN_EXPORTS: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin_exports.json"));

/// The Node API level host implements (what `process.version` reports).
pub const NODE_VERSION: &str = "24.21.0";
/// host's own version.
pub const HOST_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Makes the extra deno_core extensions an embedder adds to every isolate,
/// worker threads included (hence a factory: extensions are per-thread).
pub type ExtensionFactory = Arc<dyn Fn() -> Vec<Extension> + Send + Sync>;

/// What the main isolate runs.
#[derive(Clone, Debug)]
pub enum MainEntry {
    /// A script file (CommonJS or ES module, decided as Node decides).
    File(PathBuf),
    /// `-e` code.
    Eval(String),
    /// `-p` code: evaluated and its result printed.
    Print(String),
    /// Code read from standard input.
    Stdin,
    /// Nothing: only the embedder's own JS runs.
    None,
}

/// Node's command-line options that change how the main script runs.
#[derive(Clone, Debug, Default)]
pub struct NodeOptions {
    /// `-r/--require` modules loaded before the main script.
    pub require: Vec<String>,
    /// `--import` modules loaded before the main script.
    pub import: Vec<String>,
    /// `--input-type` for `-e`/stdin code ("module" or "commonjs").
    pub input_type: Option<String>,
    /// `--unhandled-rejections` mode.
    pub unhandled_rejections: Option<String>,
}

/// Builds a [`Host`].
#[derive(Clone)]
pub struct HostBuilder {
    main: MainEntry,
    args: Vec<String>,
    exec_argv: Vec<String>,
    exec_path: Option<String>,
    argv0: Option<String>,
    cwd: Option<PathBuf>,
    env: Vec<(String, Option<String>)>,
    v8_flags: Vec<String>,
    options: NodeOptions,
    extensions: Option<ExtensionFactory>,
    builtins: Vec<(String, String)>,
}

impl Default for HostBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl HostBuilder {
    /// A builder that runs nothing, with no arguments.
    pub fn new() -> Self {
        HostBuilder {
            main: MainEntry::None,
            args: Vec::new(),
            exec_argv: Vec::new(),
            exec_path: None,
            argv0: None,
            cwd: None,
            env: Vec::new(),
            v8_flags: Vec::new(),
            options: NodeOptions::default(),
            extensions: None,
            builtins: Vec::new(),
        }
    }

    /// Run this script file as the main module.
    pub fn main_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.main = MainEntry::File(path.into());
        self
    }

    /// Set what the main isolate runs.
    pub fn main(mut self, main: MainEntry) -> Self {
        self.main = main;
        self
    }

    /// Arguments after the script (`process.argv.slice(2)`).
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.args = args.into_iter().map(Into::into).collect();
        self
    }

    /// `process.execArgv`: the host options, passed on to `fork()`.
    pub fn exec_argv<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.exec_argv = args.into_iter().map(Into::into).collect();
        self
    }

    /// `process.execPath` (default: this executable).
    pub fn exec_path(mut self, path: impl Into<String>) -> Self {
        self.exec_path = Some(path.into());
        self
    }

    /// `process.argv0` (default: argv[0] of this process).
    pub fn argv0(mut self, argv0: impl Into<String>) -> Self {
        self.argv0 = Some(argv0.into());
        self
    }

    /// Change the process's working directory before the script starts.
    pub fn cwd(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cwd = Some(dir.into());
        self
    }

    /// Set (Some) or remove (None) an environment variable of the process
    /// before the script starts.
    pub fn env(mut self, key: impl Into<String>, value: Option<String>) -> Self {
        self.env.push((key.into(), value));
        self
    }

    /// V8 flags (`--max-old-space-size=...`); effective for the first host
    /// of the process only, since V8 reads flags once.
    pub fn v8_flags<I, S>(mut self, flags: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.v8_flags = flags.into_iter().map(Into::into).collect();
        self
    }

    /// Node command-line options (-r, --import, --input-type...).
    pub fn node_options(mut self, options: NodeOptions) -> Self {
        self.options = options;
        self
    }

    /// Extra deno_core extensions for every isolate of this host, worker
    /// threads included. They come after host's own; their JS is loaded at
    /// start-up (it is not in the snapshot).
    pub fn extensions(
        mut self,
        factory: impl Fn() -> Vec<Extension> + Send + Sync + 'static,
    ) -> Self {
        self.extensions = Some(Arc::new(factory));
        self
    }

    /// An extra built-in module: `require(name)` and `import ... from
    /// "name"` evaluate `source` as CommonJS (with `exports`, `require`,
    /// `module`) on first use.
    pub fn builtin_module(mut self, name: impl Into<String>, source: impl Into<String>) -> Self {
        self.builtins.push((name.into(), source.into()));
        self
    }

    /// Finish building.
    pub fn build(self) -> Host {
        Host { builder: self }
    }
}

/// A configured host; [`Host::run`] runs it on the current thread.
pub struct Host {
    builder: HostBuilder,
}

/// Process-wide V8 set-up: flags, then the platform. Runs once; later calls
/// do nothing. Returns the flags V8 did not recognise.
pub fn init_platform(v8_flags: &[String]) -> Vec<String> {
    static INIT: Once = Once::new();
    let mut unknown = Vec::new();
    INIT.call_once(|| {
        let mut args = vec!["host".to_string()];
        // A larger first old-space step: without it every big ArrayBuffer
        // moved between isolates (16 MiB transfers) starts a full GC.
        args.push("--initial-old-space-size=32".to_string());
        args.extend(v8_flags.iter().cloned());
        stack_limit::take_stack_size_flag(&mut args);
        unknown = deno_core::v8_set_flags(args).into_iter().skip(1).collect();
        JsRuntime::init_platform(None);
    });
    unknown
}

/// Where the JS comes from: the snapshot, or (development) files on disk
/// when `HOST_DEV_JS_DIR` names the js/ folder.
fn js_extension() -> (Option<&'static [u8]>, Extension) {
    if let Some(dir) = std::env::var_os("HOST_DEV_JS_DIR") {
        match js_ext::js_extension_from_dir(std::path::Path::new(&dir)) {
            Ok(ext) => return (None, ext),
            Err(e) => eprintln!("host: HOST_DEV_JS_DIR: {e}; using the snapshot"),
        }
    }
    (Some(SNAPSHOT), js_ext::js_extension_in_snapshot())
}

fn builtin_exports() -> &'static str {
    BUILTIN_EXPORTS
}

/// Everything one isolate needs, as plain data that may cross threads.
pub(crate) struct IsolateSpec {
    pub kind: HostKind,
    pub bootstrap: serde_json::Value,
    pub extensions: Option<ExtensionFactory>,
    /// A worker's `resourceLimits` (None for a process's main isolate).
    pub resource_limits: Option<host_ops::worker::ResourceLimits>,
}

/// Build one isolate from the snapshot. Must run inside a current-thread
/// tokio runtime on the thread that will own it.
pub(crate) fn create_runtime(spec: IsolateSpec) -> Result<JsRuntime, String> {
    let (snapshot, js) = js_extension();
    let launcher = worker::launcher(spec.bootstrap.clone(), spec.extensions.clone());
    let create_params = spec.resource_limits.as_ref().map(worker::create_params);
    let thread_id = match spec.kind {
        HostKind::Main => 0,
        HostKind::Worker(id) => id,
    };
    let mut extensions = host_ops::extensions(HostConfig {
        kind: spec.kind,
        bootstrap: spec.bootstrap,
    });
    extensions.push(js);
    if let Some(factory) = &spec.extensions {
        extensions.extend(factory());
    }
    let mut runtime = JsRuntime::try_new(RuntimeOptions {
        startup_snapshot: snapshot,
        extensions,
        module_loader: Some(Rc::new(loader::HostModuleLoader::new(builtin_exports()))),
        create_params,
        ..Default::default()
    })
    .map_err(|e| e.to_string())?;
    runtime
        .v8_isolate()
        .set_prepare_stack_trace_callback(stack::prepare_stack_trace);
    {
        let state = runtime.op_state();
        let mut state = state.borrow_mut();
        state.put(launcher);
        host_ops::worker_messaging::register_thread(&mut state, thread_id);
    }
    Ok(runtime)
}

/// Take `globalThis.__hostHooks.<name>` as a function.
fn hook(runtime: &mut JsRuntime, name: &str) -> Result<v8::Global<v8::Function>, String> {
    deno_core::scope!(scope, runtime);
    let global = scope.get_current_context().global(scope);
    let hooks_key = v8::String::new(scope, "__hostHooks").ok_or("string")?;
    let hooks = global
        .get(scope, hooks_key.into())
        .and_then(|v| v8::Local::<v8::Object>::try_from(v).ok())
        .ok_or("the snapshot lacks __hostHooks")?;
    let key = v8::String::new(scope, name).ok_or("string")?;
    let f = hooks
        .get(scope, key.into())
        .and_then(|v| v8::Local::<v8::Function>::try_from(v).ok())
        .ok_or_else(|| format!("the snapshot lacks __hostHooks.{name}"))?;
    Ok(v8::Global::new(scope, f))
}

/// User code should not see `__hostHooks` among the globals (Node has no
/// such global); the runtime holds what it needs.
fn hide_hooks(runtime: &mut JsRuntime) {
    deno_core::scope!(scope, runtime);
    let global = scope.get_current_context().global(scope);
    if let Some(key) = v8::String::new(scope, "__hostHooks") {
        global.delete(scope, key.into());
    }
}

fn exit_request(runtime: &JsRuntime) -> (Option<i32>, Arc<tokio::sync::Notify>) {
    let state = runtime.op_state();
    let state = state.borrow();
    let req = state.borrow::<ExitRequest>();
    // A terminated worker ends with 1 (worker.terminate()).
    let code = req
        .code
        .or_else(|| host_ops::worker::terminated_exit_code(&state));
    (code, req.notify.clone())
}

fn print_runtime_error(err: &dyn std::fmt::Display) {
    eprintln!("{err}");
}

/// Drive an isolate: bootstrap (which starts the main script), the event
/// loop, 'beforeExit' until no more work, then 'exit'. Returns the exit code.
pub(crate) async fn drive(runtime: &mut JsRuntime) -> i32 {
    let hooks = (|| -> Result<_, String> {
        Ok((
            hook(runtime, "bootstrap")?,
            hook(runtime, "beforeExit")?,
            hook(runtime, "exit")?,
        ))
    })();
    let (bootstrap, before_exit, exit) = match hooks {
        Ok(h) => h,
        Err(e) => {
            eprintln!("host: {e}");
            return 70;
        }
    };
    hide_hooks(runtime);
    let (_, notify) = exit_request(runtime);
    if let Err(err) = runtime.call(&bootstrap).await {
        if let (Some(code), _) = exit_request(runtime) {
            return code;
        }
        print_runtime_error(&err);
        return 1;
    }
    loop {
        if let (Some(code), _) = exit_request(runtime) {
            return code;
        }
        let outcome = tokio::select! {
            biased;
            _ = notify.notified() => None,
            r = runtime.run_event_loop(PollEventLoopOptions::default()) => Some(r),
        };
        if let (Some(code), _) = exit_request(runtime) {
            return code;
        }
        if let Some(Err(err)) = outcome {
            if let Some(warning) = unsettled_tla_warning(&err) {
                eprint!("{warning}");
                return call_exit_hook(runtime, &exit, Some(13)).await;
            }
            print_runtime_error(&err);
            return 1;
        }
        let more = match runtime.call(&before_exit).await {
            Ok(v) => {
                deno_core::scope!(scope, runtime);
                v8::Local::new(scope, v).is_true()
            }
            Err(err) => {
                if let (Some(code), _) = exit_request(runtime) {
                    return code;
                }
                print_runtime_error(&err);
                return 1;
            }
        };
        if let (Some(code), _) = exit_request(runtime) {
            return code;
        }
        if !more {
            break;
        }
    }
    call_exit_hook(runtime, &exit, None).await
}

/// Node's warning when the loop ends while the main module's top-level
/// await is still pending; None for any other error.
fn unsettled_tla_warning(err: &deno_core::error::CoreError) -> Option<String> {
    let deno_core::error::CoreErrorKind::Js(js) = err.as_kind() else {
        return None;
    };
    if !js
        .exception_message
        .contains("Top-level await promise never resolved")
    {
        return None;
    }
    let frame = js.frames.first()?;
    let file = frame.file_name.clone().unwrap_or_default();
    let line = frame.line_number.unwrap_or(1);
    let column = frame.column_number.unwrap_or(1).max(1) as usize;
    let mut text = format!("Warning: Detected unsettled top-level await at {file}:{line}\n");
    let source = js.source_line.clone().or_else(|| {
        if let Some(code) = host_ops::module::eval_source(&file) {
            return code
                .lines()
                .nth((line as usize).saturating_sub(1))
                .map(str::to_owned);
        }
        let path = deno_core::url::Url::parse(&file)
            .ok()?
            .to_file_path()
            .ok()?;
        let content = std::fs::read_to_string(path).ok()?;
        content
            .lines()
            .nth((line as usize).saturating_sub(1))
            .map(str::to_owned)
    });
    if let Some(source) = source {
        text.push_str(&format!("{source}\n{}^\n", " ".repeat(column - 1)));
    }
    text.push_str("\n\n\n");
    Some(text)
}

/// Run the 'exit' hook and return the exit code.
async fn call_exit_hook(
    runtime: &mut JsRuntime,
    exit: &v8::Global<v8::Function>,
    forced: Option<i32>,
) -> i32 {
    let args = {
        deno_core::scope!(scope, runtime);
        match forced {
            Some(code) => {
                let value: v8::Local<v8::Value> = v8::Integer::new(scope, code).into();
                vec![v8::Global::new(scope, value)]
            }
            None => Vec::new(),
        }
    };
    match runtime.call_with_args(exit, &args).await {
        Ok(v) => {
            if let (Some(code), _) = exit_request(runtime) {
                return code;
            }
            deno_core::scope!(scope, runtime);
            v8::Local::new(scope, v).int32_value(scope).unwrap_or(0)
        }
        Err(err) => {
            if let (Some(code), _) = exit_request(runtime) {
                return code;
            }
            print_runtime_error(&err);
            1
        }
    }
}

impl Host {
    fn bootstrap_data(&self) -> serde_json::Value {
        let b = &self.builder;
        let exec_path = b.exec_path.clone().unwrap_or_else(|| {
            std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| "host".into())
        });
        let argv0 = b
            .argv0
            .clone()
            .unwrap_or_else(|| std::env::args().next().unwrap_or_else(|| exec_path.clone()));
        let (main, script) = match &b.main {
            MainEntry::File(p) => {
                let abs = std::path::absolute(p).unwrap_or_else(|_| p.clone());
                let s = abs.to_string_lossy().into_owned();
                (serde_json::json!({ "kind": "file", "path": s }), Some(s))
            }
            MainEntry::Eval(code) => (serde_json::json!({ "kind": "eval", "code": code }), None),
            MainEntry::Print(code) => (serde_json::json!({ "kind": "print", "code": code }), None),
            MainEntry::Stdin => (serde_json::json!({ "kind": "stdin" }), None),
            MainEntry::None => (serde_json::json!({ "kind": "none" }), None),
        };
        let mut argv = vec![exec_path.clone()];
        argv.extend(script);
        argv.extend(b.args.iter().cloned());
        serde_json::json!({
            "argv": argv,
            "argv0": argv0,
            "execArgv": b.exec_argv,
            "execPath": exec_path,
            "main": main,
            "version": format!("v{NODE_VERSION}"),
            "versions": versions(),
            "require": b.options.require,
            "import": b.options.import,
            "inputType": b.options.input_type,
            "unhandledRejections": b.options.unhandled_rejections,
            "extraBuiltins": b.builtins,
        })
    }

    fn prepare_process(&self) -> Result<(), String> {
        init_platform(&self.builder.v8_flags);
        for (key, value) in &self.builder.env {
            // SAFETY: done before any isolate of this host runs.
            unsafe {
                match value {
                    Some(v) => std::env::set_var(key, v),
                    None => std::env::remove_var(key),
                }
            }
        }
        if let Some(dir) = &self.builder.cwd {
            std::env::set_current_dir(dir)
                .map_err(|e| format!("cannot change directory to {}: {e}", dir.display()))?;
        }
        Ok(())
    }

    /// Run the main isolate on this thread until it ends; returns the exit
    /// code Node would exit with. Blocks.
    pub fn run(self) -> i32 {
        self.run_inner(false)
    }

    /// Like [`Host::run`], then exit the process with that code without
    /// tearing the isolate down (what the CLI does; faster).
    pub fn run_and_exit(self) -> ! {
        let code = self.run_inner(true);
        std::process::exit(code)
    }

    fn run_inner(self, leak: bool) -> i32 {
        if let Err(e) = self.prepare_process() {
            eprintln!("host: {e}");
            return 9;
        }
        let tokio = match tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            Ok(rt) => rt,
            Err(e) => {
                eprintln!("host: cannot start the event loop: {e}");
                return 70;
            }
        };
        let spec = IsolateSpec {
            kind: HostKind::Main,
            bootstrap: self.bootstrap_data(),
            extensions: self.builder.extensions.clone(),
            resource_limits: None,
        };
        let marker = 0u8;
        let stack_top = std::hint::black_box(&marker) as *const u8 as usize;
        let code = tokio.block_on(async move {
            let mut runtime = match create_runtime(spec) {
                Ok(rt) => rt,
                Err(e) => {
                    eprintln!("host: {e}");
                    return 70;
                }
            };
            stack_limit::apply_main(runtime.v8_isolate(), stack_top);
            let code = drive(&mut runtime).await;
            if leak {
                std::mem::forget(runtime);
            }
            code
        });
        // Blocking reads (a FIFO, a terminal) may still sit on the blocking
        // pool; do not wait for them.
        tokio.shutdown_background();
        code
    }
}

fn versions() -> serde_json::Value {
    serde_json::json!({
        "node": NODE_VERSION,
        "host": HOST_VERSION,
        "v8": v8::VERSION_STRING,
        "uv": "1.51.0",
        "modules": "137",
        "napi": "10",
    })
}
