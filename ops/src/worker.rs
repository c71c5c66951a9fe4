//! worker_threads: spawning worker isolates on their own threads,
//! terminating them, and reporting their exit to the parent.
//!
//! This crate cannot create isolates (the runtime crate does), so the
//! runtime puts a [`WorkerLauncher`] into every isolate's OpState; the spawn
//! op hands it a [`WorkerLaunch`] (plain `Send` data) and the launcher runs
//! the worker on a new thread. The worker thread reports its end through
//! [`ParentLink::exited`], which runs on the parent's thread as a macrotask.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use deno_core::{op2, v8, ExternalOpsTracker, JsRuntime, OpState};

use crate::cross_thread::TaskSender;
use parking_lot::Mutex;

use crate::message_port::{self, PortEndpoint};
use crate::serialize::{self, CloneMode, WireMessage};
use crate::worker_messaging::op_worker_post_to_thread;

static NEXT_THREAD_ID: AtomicU32 = AtomicU32::new(1);

/// `resourceLimits` in MiB; 0 = V8's default.
#[derive(Clone, Copy, Debug, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ResourceLimits {
    pub max_young_generation_size_mb: f64,
    pub max_old_generation_size_mb: f64,
    pub code_range_size_mb: f64,
    pub stack_size_mb: f64,
}

const MIB: f64 = 1024.0 * 1024.0;

/// The memory V8 sizes heaps for, as Node computes it: physical memory, or
/// the cgroup's limit when lower.
fn heap_sizing_memory() -> u64 {
    let total = crate::os::meminfo_kb("MemTotal").map_or(0.0, |kb| kb * 1024.0) as u64;
    let limit = std::fs::read_to_string("/sys/fs/cgroup/memory.max")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or(u64::MAX);
    total.min(limit)
}

/// V8's heap defaults for that memory (what Node gives a worker without
/// `resourceLimits`): (young, old, code range) in MiB.
fn default_heap_limits() -> (f64, f64, f64) {
    static DEFAULTS: std::sync::OnceLock<(f64, f64, f64)> = std::sync::OnceLock::new();
    *DEFAULTS.get_or_init(|| {
        let memory = heap_sizing_memory();
        if memory == 0 {
            return (0.0, 0.0, 0.0);
        }
        let params = v8::CreateParams::default().heap_limits_from_system_memory(memory, 0);
        (
            params.max_young_generation_size_in_bytes() as f64 / MIB,
            params.max_old_generation_size_in_bytes() as f64 / MIB,
            params.code_range_size_in_bytes() as f64 / MIB,
        )
    })
}

/// A worker's `resourceLimits` with every value filled in: the given
/// ones, V8's defaults for the rest (`[young, old, codeRange, stack]` MiB).
#[op2]
#[serde]
fn op_worker_effective_limits(#[serde] given: ResourceLimits) -> Vec<f64> {
    let (young, old, code) = default_heap_limits();
    let pick = |v: f64, default: f64| if v > 0.0 { v } else { default };
    vec![
        pick(given.max_young_generation_size_mb, young),
        pick(given.max_old_generation_size_mb, old),
        pick(given.code_range_size_mb, code),
        pick(given.stack_size_mb, 4.0),
    ]
}

/// CPU time this thread has used: `[user, system]` in microseconds
/// (`worker.cpuUsage()`, answered by the worker itself).
#[op2]
#[serde]
fn op_worker_thread_cpu_usage() -> Vec<f64> {
    // SAFETY: getrusage fills the zeroed struct.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_THREAD, &mut usage);
        usage
    };
    let micros = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
    vec![micros(usage.ru_utime), micros(usage.ru_stime)]
}

/// State shared between a Worker object (parent thread) and its thread.
pub struct WorkerShared {
    terminated: AtomicBool,
    /// The worker hit its heap limit (ERR_WORKER_OUT_OF_MEMORY).
    pub oom: AtomicBool,
    handle: Mutex<Option<(v8::IsolateHandle, Arc<tokio::sync::Notify>)>>,
    /// Event loop accounting (ns since `started`).
    started: Instant,
    loop_start_ns: AtomicU64,
    idle_ns: AtomicU64,
    park_start_ns: AtomicU64,
}

impl Default for WorkerShared {
    fn default() -> Self {
        WorkerShared {
            terminated: AtomicBool::new(false),
            oom: AtomicBool::new(false),
            handle: Mutex::new(None),
            started: Instant::now(),
            loop_start_ns: AtomicU64::new(0),
            idle_ns: AtomicU64::new(0),
            park_start_ns: AtomicU64::new(0),
        }
    }
}

impl WorkerShared {
    /// `worker.terminate()`: stops running JS (loops, Atomics.wait) and
    /// wakes an idle loop. Callable from any thread, any time.
    pub fn terminate(&self) {
        self.terminated.store(true, Ordering::SeqCst);
        if let Some((isolate, notify)) = &*self.handle.lock() {
            isolate.terminate_execution();
            notify.notify_one();
        }
    }

    /// Whether terminate() was called.
    pub fn is_terminated(&self) -> bool {
        self.terminated.load(Ordering::SeqCst)
    }

    /// The worker's isolate exists: later terminate() calls reach it.
    pub fn set_isolate(&self, isolate: v8::IsolateHandle, notify: Arc<tokio::sync::Notify>) {
        let mut slot = self.handle.lock();
        if self.is_terminated() {
            isolate.terminate_execution();
            notify.notify_one();
        }
        *slot = Some((isolate, notify));
    }

    fn now_ns(&self) -> u64 {
        self.started.elapsed().as_nanos() as u64
    }

    /// The worker's event loop starts now.
    pub fn loop_started(&self) {
        self.loop_start_ns
            .store(self.now_ns().max(1), Ordering::Relaxed);
    }

    /// The worker thread goes idle (tokio park).
    pub fn parked(&self) {
        self.park_start_ns
            .store(self.now_ns().max(1), Ordering::Relaxed);
    }

    /// The worker thread wakes up.
    pub fn unparked(&self) {
        let start = self.park_start_ns.swap(0, Ordering::Relaxed);
        if start != 0 && self.loop_start_ns.load(Ordering::Relaxed) != 0 {
            self.idle_ns
                .fetch_add(self.now_ns().saturating_sub(start), Ordering::Relaxed);
        }
    }

    /// (idle ms, active ms) of the worker's loop so far.
    fn utilization(&self) -> (f64, f64) {
        let loop_start = self.loop_start_ns.load(Ordering::Relaxed);
        if loop_start == 0 {
            return (0.0, 0.0);
        }
        let now = self.now_ns();
        let mut idle = self.idle_ns.load(Ordering::Relaxed);
        let park = self.park_start_ns.load(Ordering::Relaxed);
        if park != 0 {
            idle += now.saturating_sub(park.max(loop_start));
        }
        let total = now.saturating_sub(loop_start);
        let idle = idle.min(total);
        (idle as f64 / 1e6, (total - idle) as f64 / 1e6)
    }
}

/// In a worker isolate's OpState: the worker itself.
pub struct WorkerSelf(pub Arc<WorkerShared>);

/// The exit code a terminated worker ends with (for the runtime's driver).
pub fn terminated_exit_code(state: &OpState) -> Option<i32> {
    let me = state.try_borrow::<WorkerSelf>()?;
    me.0.is_terminated().then_some(1)
}

/// What the new worker isolate takes at bootstrap (`op_worker_take_init`).
pub struct WorkerInit {
    /// `[workerData, environmentData]`.
    pub data: Option<WireMessage>,
    /// The worker's end of the parentPort channel.
    pub public_port: PortEndpoint,
    /// The worker's end of the internal control channel.
    pub control_port: PortEndpoint,
}

/// How the worker thread reaches its parent.
pub struct ParentLink {
    spawner: TaskSender,
    thread_id: u32,
}

impl ParentLink {
    /// Report the worker's end to the parent (runs there as a macrotask).
    pub fn exited(self, code: i32, oom: bool) {
        let thread_id = self.thread_id;
        self.spawner
            .spawn(move |scope| on_worker_exit(scope, thread_id, code, oom));
    }
}

/// Everything needed to start a worker thread. `Send`.
pub struct WorkerLaunch {
    pub thread_id: u32,
    /// Fields that replace the parent's bootstrap data (argv, execArgv,
    /// env, workerBootstrap...).
    pub bootstrap: serde_json::Value,
    pub init: WorkerInit,
    pub limits: ResourceLimits,
    pub shared: Arc<WorkerShared>,
    pub parent: ParentLink,
}

/// Starts a worker thread; put into each isolate's OpState by the runtime.
pub type LaunchFn = dyn Fn(WorkerLaunch) -> Result<(), String> + Send + Sync;

/// The runtime's worker launcher.
#[derive(Clone)]
pub struct WorkerLauncher(pub Arc<LaunchFn>);

struct WorkerEntry {
    shared: Arc<WorkerShared>,
    refed: bool,
}

/// The workers this isolate started. Dropping it (the isolate ends)
/// terminates them: nested workers end with their parent.
#[derive(Default)]
struct WorkerTable {
    workers: HashMap<u32, WorkerEntry>,
    sink: Option<v8::Global<v8::Function>>,
}

impl Drop for WorkerTable {
    fn drop(&mut self) {
        for entry in self.workers.values() {
            entry.shared.terminate();
        }
    }
}

fn on_worker_exit(scope: &mut v8::PinScope, thread_id: u32, code: i32, oom: bool) {
    let state = JsRuntime::op_state_from(scope);
    let sink = {
        let mut st = state.borrow_mut();
        let tracker: ExternalOpsTracker = st.external_ops_tracker.clone();
        let table = st.borrow_mut::<WorkerTable>();
        if let Some(entry) = table.workers.remove(&thread_id) {
            if entry.refed {
                tracker.unref_op();
            }
        }
        table.sink.clone()
    };
    let Some(sink) = sink else { return };
    v8::scope!(let hs, scope);
    v8::tc_scope!(let tc, hs);
    let sink = v8::Local::new(tc, sink);
    let recv: v8::Local<v8::Value> = v8::undefined(tc).into();
    let id: v8::Local<v8::Value> = v8::Integer::new_from_unsigned(tc, thread_id).into();
    let code: v8::Local<v8::Value> = v8::Integer::new(tc, code).into();
    let oom: v8::Local<v8::Value> = v8::Boolean::new(tc, oom).into();
    sink.call(tc, recv, &[id, code, oom]);
}

fn throw_error(scope: &mut v8::PinScope, message: &str) {
    let msg = v8::String::new(scope, message).unwrap();
    let err = v8::Exception::error(scope, msg);
    scope.throw_exception(err);
}

/// Install the JS callback `sink(threadId, exitCode, outOfMemory)`.
#[op2]
fn op_worker_init(state: &mut OpState, #[scoped] sink: v8::Global<v8::Function>) {
    state.borrow_mut::<WorkerTable>().sink = Some(sink);
}

/// Start a worker. `config` is JSON: `{ bootstrap: {...}, resourceLimits }`.
/// `data` is `[workerData, environmentData]`, cloned with `transfer`.
/// Returns `[threadId, publicPortId, controlPortId]` (ports of this side).
#[op2(reentrant)]
fn op_worker_spawn<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    #[string] config: String,
    data: v8::Local<'s, v8::Value>,
    transfer: Option<v8::Local<'s, v8::Value>>,
) -> v8::Local<'s, v8::Value> {
    let undefined: v8::Local<v8::Value> = v8::undefined(scope).into();
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Config {
        bootstrap: serde_json::Value,
        #[serde(default)]
        resource_limits: ResourceLimits,
    }
    let config: Config = match serde_json::from_str(&config) {
        Ok(c) => c,
        Err(e) => {
            throw_error(scope, &format!("bad worker configuration: {e}"));
            return undefined;
        }
    };
    let Some(list) = serialize::read_transfer_list(scope, transfer, None) else {
        return undefined;
    };
    let Some(message) = serialize::serialize_value(scope, data, &list, CloneMode::InProcess) else {
        return undefined;
    };
    let state_rc = JsRuntime::op_state_from(scope);
    let launcher = state_rc.borrow().try_borrow::<WorkerLauncher>().cloned();
    let Some(launcher) = launcher else {
        throw_error(
            scope,
            "Worker initialization failure: worker threads are not available in this host",
        );
        return undefined;
    };
    let thread_id = NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed);
    let (parent_public, worker_public) = PortEndpoint::pair();
    let (parent_control, worker_control) = PortEndpoint::pair();
    let shared = Arc::new(WorkerShared::default());
    let (public_id, control_id, spawner) = {
        let mut st = state_rc.borrow_mut();
        let public_id = message_port::adopt_port_id(&mut st, parent_public);
        let control_id = message_port::adopt_port_id(&mut st, parent_control);
        (public_id, control_id, TaskSender::of(&st))
    };
    let launch = WorkerLaunch {
        thread_id,
        bootstrap: config.bootstrap,
        init: WorkerInit {
            data: Some(message),
            public_port: worker_public,
            control_port: worker_control,
        },
        limits: config.resource_limits,
        shared: shared.clone(),
        parent: ParentLink { spawner, thread_id },
    };
    if let Err(e) = (launcher.0)(launch) {
        {
            let mut st = state_rc.borrow_mut();
            message_port::forget_port(&mut st, public_id);
            message_port::forget_port(&mut st, control_id);
        }
        throw_error(scope, &format!("Worker initialization failure: {e}"));
        return undefined;
    }
    {
        let mut st = state_rc.borrow_mut();
        st.external_ops_tracker.ref_op();
        st.borrow_mut::<WorkerTable>().workers.insert(
            thread_id,
            WorkerEntry {
                shared,
                refed: true,
            },
        );
    }
    let items: [v8::Local<v8::Value>; 3] = [
        v8::Integer::new_from_unsigned(scope, thread_id).into(),
        v8::Integer::new_from_unsigned(scope, public_id).into(),
        v8::Integer::new_from_unsigned(scope, control_id).into(),
    ];
    v8::Array::new_with_elements(scope, &items).into()
}

/// In a worker: `[[workerData, environmentData], publicPortId, controlPortId]`.
#[op2(reentrant)]
fn op_worker_take_init<'s>(scope: &mut v8::PinScope<'s, '_>) -> v8::Local<'s, v8::Value> {
    let undefined: v8::Local<v8::Value> = v8::undefined(scope).into();
    let state_rc = JsRuntime::op_state_from(scope);
    let init = state_rc.borrow_mut().try_take::<WorkerInit>();
    let Some(WorkerInit {
        data,
        public_port,
        control_port,
    }) = init
    else {
        return undefined;
    };
    let (public_id, control_id) = {
        let mut st = state_rc.borrow_mut();
        (
            message_port::adopt_port_id(&mut st, public_port),
            message_port::adopt_port_id(&mut st, control_port),
        )
    };
    let value = match data {
        Some(m) => match serialize::deserialize_value(scope, m) {
            Some(v) => v,
            None => return undefined,
        },
        None => undefined,
    };
    let items: [v8::Local<v8::Value>; 3] = [
        value,
        v8::Integer::new_from_unsigned(scope, public_id).into(),
        v8::Integer::new_from_unsigned(scope, control_id).into(),
    ];
    v8::Array::new_with_elements(scope, &items).into()
}

/// Descriptors a worker opened through fs.open() (with trackUnmanagedFds)
/// or a FileHandle and has not closed yet.
#[derive(Default)]
pub struct TrackedFds(HashSet<i32>);

/// Close what the worker left open; the runtime calls this when a worker's
/// event loop has ended, before its isolate goes.
pub fn close_tracked_fds(state: &mut OpState) {
    if let Some(TrackedFds(fds)) = state.try_take::<TrackedFds>() {
        for fd in fds {
            // SAFETY: the worker opened this descriptor and never closed it;
            // nothing else in the process owns it.
            unsafe { libc::close(fd) };
        }
    }
}

/// fs.open() (or a FileHandle) in a worker gave `fd` (open = true) or it is
/// being closed.
#[op2(fast)]
fn op_worker_track_fd(state: &mut OpState, fd: i32, open: bool) {
    let fds = &mut state.borrow_mut::<TrackedFds>().0;
    if open {
        fds.insert(fd);
    } else {
        fds.remove(&fd);
    }
}

/// `worker.terminate()`.
#[op2(fast)]
fn op_worker_terminate(state: &mut OpState, thread_id: u32) {
    if let Some(entry) = state.borrow::<WorkerTable>().workers.get(&thread_id) {
        entry.shared.terminate();
    }
}

/// `worker.ref()` / `worker.unref()`.
#[op2(fast)]
fn op_worker_ref(state: &mut OpState, thread_id: u32, refed: bool) {
    let tracker = state.external_ops_tracker.clone();
    if let Some(entry) = state
        .borrow_mut::<WorkerTable>()
        .workers
        .get_mut(&thread_id)
    {
        if entry.refed != refed {
            entry.refed = refed;
            if refed {
                tracker.ref_op();
            } else {
                tracker.unref_op();
            }
        }
    }
}

/// `worker.performance.eventLoopUtilization()` raw figures: `[idle, active]` ms.
#[op2]
#[serde]
fn op_worker_loop_times(state: &mut OpState, thread_id: u32) -> (f64, f64) {
    match state.borrow::<WorkerTable>().workers.get(&thread_id) {
        Some(entry) => entry.shared.utilization(),
        None => (0.0, 0.0),
    }
}

deno_core::extension!(
    host_worker,
    ops = [
        op_worker_init,
        op_worker_spawn,
        op_worker_take_init,
        op_worker_terminate,
        op_worker_ref,
        op_worker_loop_times,
        op_worker_track_fd,
        op_worker_post_to_thread,
        op_worker_effective_limits,
        op_worker_thread_cpu_usage,
    ],
    state = |state| {
        state.put(WorkerTable::default());
        state.put(TrackedFds::default());
    },
);
