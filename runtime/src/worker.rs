//! Worker threads: each `new Worker()` runs here, on its own OS thread with
//! its own current-thread tokio runtime and its own isolate made from the
//! same startup snapshot, driven by the same `drive()` as the main isolate.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use deno_core::v8;
use host_ops::worker::{ResourceLimits, WorkerLaunch, WorkerLauncher, WorkerSelf};
use host_ops::HostKind;

use crate::{create_runtime, drive, stack_limit, ExtensionFactory, IsolateSpec};

const MIB: f64 = 1024.0 * 1024.0;
/// Node's default `resourceLimits.stackSizeMb`.
const DEFAULT_STACK_MB: f64 = 4.0;
/// What Node keeps between V8's stack limit and the end of the thread's
/// stack `resourceLimits.stackSizeMb` sizes, for native frames.
const STACK_BUFFER: usize = 192 * 1024;
/// Room under the `stackSizeMb` region for the Rust frames of ops.
const RUST_STACK_EXTRA: usize = 2 << 20;

/// The launcher an isolate uses to start its workers: they inherit this
/// isolate's bootstrap data (execPath, versions, options) and the
/// embedder's extensions.
pub(crate) fn launcher(
    base: serde_json::Value,
    extensions: Option<ExtensionFactory>,
) -> WorkerLauncher {
    let base = Arc::new(base);
    WorkerLauncher(Arc::new(move |launch: WorkerLaunch| {
        spawn(base.clone(), extensions.clone(), launch)
    }))
}

/// The worker's bootstrap data: the parent's, with the worker's own fields.
fn worker_bootstrap(base: &serde_json::Value, overrides: serde_json::Value) -> serde_json::Value {
    let mut data = base.clone();
    if let serde_json::Value::Object(map) = &mut data {
        map.insert("main".into(), serde_json::json!({ "kind": "none" }));
        map.insert("require".into(), serde_json::json!([]));
        map.insert("import".into(), serde_json::json!([]));
        map.remove("env");
        if let serde_json::Value::Object(over) = overrides {
            for (k, v) in over {
                map.insert(k, v);
            }
        }
    }
    data
}

/// V8 heap limits for `resourceLimits`.
pub(crate) fn create_params(limits: &ResourceLimits) -> v8::CreateParams {
    let mut params = v8::CreateParams::default();
    if limits.max_old_generation_size_mb > 0.0 {
        params = params.set_max_old_generation_size_in_bytes(
            (limits.max_old_generation_size_mb * MIB) as usize,
        );
    }
    if limits.max_young_generation_size_mb > 0.0 {
        params = params.set_max_young_generation_size_in_bytes(
            (limits.max_young_generation_size_mb * MIB) as usize,
        );
    }
    if limits.code_range_size_mb > 0.0 {
        params = params.set_code_range_size_in_bytes((limits.code_range_size_mb * MIB) as usize);
    }
    params
}

fn spawn(
    base: Arc<serde_json::Value>,
    extensions: Option<ExtensionFactory>,
    launch: WorkerLaunch,
) -> Result<(), String> {
    let stack_mb = if launch.limits.stack_size_mb > 0.0 {
        launch.limits.stack_size_mb
    } else {
        DEFAULT_STACK_MB
    };
    let js_stack = ((stack_mb * MIB) as usize).max(STACK_BUFFER * 2);
    let name = format!("host-worker-{}", launch.thread_id);
    std::thread::Builder::new()
        .name(name)
        .stack_size(js_stack + RUST_STACK_EXTRA)
        .spawn(move || {
            let marker = 0u8;
            let top = std::hint::black_box(&marker) as *const u8 as usize;
            run(base, extensions, launch, (top, js_stack))
        })
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// The worker thread: `stack` is (the thread's highest stack address, the
/// bytes of it JS may use).
fn run(
    base: Arc<serde_json::Value>,
    extensions: Option<ExtensionFactory>,
    launch: WorkerLaunch,
    stack: (usize, usize),
) {
    let WorkerLaunch {
        thread_id,
        bootstrap,
        init,
        limits,
        shared,
        parent,
    } = launch;
    let (park, unpark) = (shared.clone(), shared.clone());
    let tokio = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .on_thread_park(move || park.parked())
        .on_thread_unpark(move || unpark.unparked())
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("host: cannot start a worker's event loop: {e}");
            parent.exited(1, false);
            return;
        }
    };
    let code = tokio.block_on(async {
        if shared.is_terminated() {
            return 1;
        }
        let spec = IsolateSpec {
            kind: HostKind::Worker(thread_id),
            bootstrap: worker_bootstrap(&base, bootstrap),
            extensions,
            resource_limits: Some(limits),
        };
        let mut runtime = match create_runtime(spec) {
            Ok(rt) => rt,
            Err(e) => {
                eprintln!("host: worker start-up failed: {e}");
                return 1;
            }
        };
        // JS may use the worker's `stackSizeMb` less Node's buffer for
        // native frames; RUST_STACK_EXTRA lies below for ops.
        stack_limit::set(runtime.v8_isolate(), stack.0 - (stack.1 - STACK_BUFFER));
        {
            let op_state = runtime.op_state();
            let mut st = op_state.borrow_mut();
            st.put(init);
            st.put(WorkerSelf(shared.clone()));
            let notify = st.borrow::<host_ops::ExitRequest>().notify.clone();
            shared.set_isolate(runtime.v8_isolate().thread_safe_handle(), notify);
        }
        let oom = shared.clone();
        runtime.add_near_heap_limit_callback(move |current, _initial| {
            // Stop the worker instead of letting V8 abort the process; the
            // extra room lets the terminated JS unwind.
            oom.oom.store(true, Ordering::SeqCst);
            oom.terminate();
            current * 2
        });
        shared.loop_started();
        let code = drive(&mut runtime).await;
        host_ops::worker::close_tracked_fds(&mut runtime.op_state().borrow_mut());
        drop(runtime); // on its own thread; ends nested workers too
        code
    });
    drop(tokio);
    let oom = shared.oom.load(Ordering::SeqCst);
    parent.exited(if oom { 1 } else { code }, oom);
}
