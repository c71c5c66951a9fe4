//! What an isolate needs to know about the process or thread it runs in, and
//! how JS ends it (`process.exit`, `process.reallyExit`).

use std::sync::Arc;

use deno_core::{op2, v8, OpState};

/// Whether an isolate is a process's main isolate or a worker thread's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostKind {
    /// The main thread of an OS process.
    Main,
    /// A `worker_threads` Worker with this thread id.
    Worker(u32),
}

/// Per-isolate configuration, given to [`crate::extensions`].
pub struct HostConfig {
    /// Main isolate or worker.
    pub kind: HostKind,
    /// Everything the JS bootstrap reads once: argv, execArgv, execPath, the
    /// main entry, worker options... Built by the runtime crate; opaque here.
    pub bootstrap: serde_json::Value,
}

impl HostConfig {
    /// The configuration used while making the startup snapshot: no
    /// per-process data may leak into it.
    pub fn placeholder() -> Self {
        HostConfig {
            kind: HostKind::Main,
            bootstrap: serde_json::Value::Null,
        }
    }
}

/// Set by `process.exit()`/`process.reallyExit()`: the isolate's driver
/// stops its event loop when `notify` fires and returns `code`.
#[derive(Default)]
pub struct ExitRequest {
    /// The requested exit code, once JS asked to exit.
    pub code: Option<i32>,
    /// Wakes the driver's event loop.
    pub notify: Arc<tokio::sync::Notify>,
}

struct BootstrapData {
    kind: HostKind,
    bootstrap: serde_json::Value,
}

/// The bootstrap data built by the runtime, plus the live pid/ppid.
#[op2]
#[serde]
fn op_host_bootstrap_info(state: &mut OpState) -> serde_json::Value {
    let data = state.borrow::<BootstrapData>();
    let mut value = data.bootstrap.clone();
    if let serde_json::Value::Object(map) = &mut value {
        map.insert("pid".into(), std::process::id().into());
        map.insert("ppid".into(), nix::unistd::getppid().as_raw().into());
        map.insert("isMainThread".into(), (data.kind == HostKind::Main).into());
        let thread_id = match data.kind {
            HostKind::Main => 0,
            HostKind::Worker(id) => id,
        };
        map.insert("threadId".into(), thread_id.into());
    }
    value
}

/// Ends the isolate now: JS stops at once (the caller emitted 'exit'
/// already) and the driver returns `code`.
#[op2(fast)]
fn op_host_exit(isolate: &v8::Isolate, state: &mut OpState, code: i32) {
    let notify = {
        let req = state.borrow_mut::<ExitRequest>();
        req.code = Some(code);
        req.notify.clone()
    };
    isolate.terminate_execution();
    notify.notify_one();
}

deno_core::extension!(
    host_bootstrap,
    ops = [op_host_bootstrap_info, op_host_exit],
    options = { config: HostConfig },
    state = |state, options| {
        let config = options.config;
        state.put(BootstrapData { kind: config.kind, bootstrap: config.bootstrap });
        state.put(ExitRequest::default());
    },
);
