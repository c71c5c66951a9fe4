//! `worker_threads.postMessageToThread()`: messages to any thread of the
//! process by its threadId, answered with whether the target's
//! `process.on('workerMessage')` listeners took it.
//!
//! Every isolate registers its task spawner under its threadId when it is
//! built ([`register_thread`]); the registration ends with the isolate. A
//! message runs on the target as a macrotask that calls the JS function
//! under `Symbol.for("host.workerMessage")`, and its status goes back to the
//! sender as a macrotask calling `Symbol.for("host.workerMessageReply")`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::LazyLock;

use deno_core::{op2, v8, JsRuntime, OpState};

use crate::cross_thread::TaskSender;
use parking_lot::Mutex;

use crate::serialize::{self, CloneMode, WireMessage};

// Statuses JS sees: 0 = the target's listeners ran without throwing.
/// No such thread, or it has no 'workerMessage' listener.
const STATUS_FAILED: i32 = 1;
/// A listener threw.
const STATUS_ERRORED: i32 = 2;

struct Mailbox {
    token: u64,
    spawner: TaskSender,
}

static MAILBOXES: LazyLock<Mutex<HashMap<u32, Mailbox>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));
static NEXT_TOKEN: AtomicU64 = AtomicU64::new(1);

/// In an isolate's OpState: its registration, removed when it drops.
struct Registration {
    thread_id: u32,
    token: u64,
}

impl Drop for Registration {
    fn drop(&mut self) {
        let mut boxes = MAILBOXES.lock();
        if boxes.get(&self.thread_id).map(|m| m.token) == Some(self.token) {
            boxes.remove(&self.thread_id);
        }
    }
}

/// Make the isolate owning `state` reachable as `thread_id`. A second main
/// isolate of an embedding process (also threadId 0) leaves the first one
/// registered.
pub fn register_thread(state: &mut OpState, thread_id: u32) {
    let spawner = TaskSender::of(state);
    let token = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
    {
        let mut boxes = MAILBOXES.lock();
        if boxes.contains_key(&thread_id) {
            return;
        }
        boxes.insert(thread_id, Mailbox { token, spawner });
    }
    state.put(Registration { thread_id, token });
}

/// Call `globalThis[Symbol.for(name)](args...)`; None when it is missing
/// or throws.
fn call_hook<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    name: &str,
    args: &[v8::Local<'s, v8::Value>],
) -> Option<v8::Local<'s, v8::Value>> {
    let key = v8::String::new(scope, name)?;
    let symbol = v8::Symbol::for_key(scope, key);
    let global = scope.get_current_context().global(scope);
    let hook = global.get(scope, symbol.into())?;
    let hook = v8::Local::<v8::Function>::try_from(hook).ok()?;
    let recv = v8::undefined(scope).into();
    hook.call(scope, recv, args)
}

/// On the target thread: hand the message to JS, then answer the sender.
fn deliver(
    scope: &mut v8::PinScope,
    message: WireMessage,
    source: u32,
    request: u32,
    reply: TaskSender,
) {
    let status = {
        v8::scope!(let hs, scope);
        v8::tc_scope!(let tc, hs);
        let status = match serialize::deserialize_value(tc, message) {
            Some(value) => {
                let source = v8::Integer::new_from_unsigned(tc, source).into();
                call_hook(tc, "host.workerMessage", &[value, source])
                    .and_then(|v| v.int32_value(tc))
                    .unwrap_or(STATUS_FAILED)
            }
            None => STATUS_ERRORED,
        };
        if tc.has_caught() && !tc.has_terminated() {
            tc.reset();
        }
        status
    };
    reply.spawn(move |scope| answer(scope, request, status));
}

/// On the sending thread: settle request `request` with `status`.
fn answer(scope: &mut v8::PinScope, request: u32, status: i32) {
    v8::scope!(let hs, scope);
    v8::tc_scope!(let tc, hs);
    let request = v8::Integer::new_from_unsigned(tc, request).into();
    let status = v8::Integer::new(tc, status).into();
    call_hook(tc, "host.workerMessageReply", &[request, status]);
}

/// Send `value` (cloned with `transfer`) to thread `target` as request
/// `request` of this thread. Returns false when no such thread is running;
/// throws DataCloneError for values that cannot be cloned.
#[op2(reentrant)]
pub fn op_worker_post_to_thread<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    target: u32,
    request: u32,
    value: v8::Local<'s, v8::Value>,
    transfer: Option<v8::Local<'s, v8::Value>>,
) -> v8::Local<'s, v8::Value> {
    let sent = post(scope, target, request, value, transfer);
    v8::Boolean::new(scope, sent).into()
}

fn post<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    target: u32,
    request: u32,
    value: v8::Local<'s, v8::Value>,
    transfer: Option<v8::Local<'s, v8::Value>>,
) -> bool {
    let state = JsRuntime::op_state_from(scope);
    let (source, reply) = {
        let st = state.borrow();
        let Some(me) = st.try_borrow::<Registration>() else {
            return false;
        };
        (me.thread_id, TaskSender::of(&st))
    };
    let Some(list) = serialize::read_transfer_list(scope, transfer, None) else {
        return false;
    };
    let Some(message) = serialize::serialize_value(scope, value, &list, CloneMode::InProcess)
    else {
        return false;
    };
    let target = MAILBOXES.lock().get(&target).map(|m| m.spawner.clone());
    match target {
        Some(spawner) => {
            spawner.spawn(move |scope| deliver(scope, message, source, request, reply));
            true
        }
        None => false,
    }
}
