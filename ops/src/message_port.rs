//! MessagePort endpoints and BroadcastChannel between isolates.
//!
//! An endpoint is the incoming queue of one end of a channel plus a link to
//! the other end's queue. It belongs to one isolate at a time (its
//! [`PortTable`]); transferring a port moves the endpoint inside a
//! [`WireMessage`]. Messages are delivered as macrotasks: pushing to a
//! started queue posts one task to the owning isolate's
//! `cross_thread::TaskSender`, which drains the queue and calls the JS sink
//! once per message (the sink runs `core.runNextTicks()` after each, as Node
//! does). A started, ref'd port holds one `ExternalOpsTracker` reference so
//! the owning loop stays alive.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, Weak};

use deno_core::{op2, v8, JsRuntime, OpState};

use crate::cross_thread::TaskSender;
use parking_lot::Mutex;

use crate::serialize::{self, CloneMode, WireMessage};

/// Sink event kinds (the second argument of the JS sink).
const EV_MESSAGE: i32 = 0;
const EV_MESSAGE_ERROR: i32 = 1;
const EV_CLOSE: i32 = 2;

static NEXT_TOKEN: AtomicU64 = AtomicU64::new(1);

struct Target {
    spawner: TaskSender,
    id: u32,
    token: u64,
}

#[derive(Default)]
struct QueueState {
    messages: VecDeque<WireMessage>,
    /// The other end is closed or gone: nothing more will arrive.
    peer_closed: bool,
    /// This end was closed by its owner.
    closed: bool,
    /// The owner listens ('message' listeners / start()).
    started: bool,
    target: Option<Target>,
    scheduled: bool,
    /// Turns 'close' has waited: one for an own close(), two when the peer
    /// closed, so messages already posted go first (Node emits it in the
    /// loop's close phase).
    close_turns: u8,
}

/// The incoming queue of one endpoint.
#[derive(Default)]
pub struct PortQueue {
    state: Mutex<QueueState>,
}

impl PortQueue {
    fn push(&self, message: WireMessage) {
        let mut st = self.state.lock();
        if st.closed {
            return;
        }
        st.messages.push_back(message);
        schedule(&mut st);
    }

    fn set_peer_closed(&self) {
        let mut st = self.state.lock();
        st.peer_closed = true;
        schedule(&mut st);
    }

    fn len(&self) -> usize {
        self.state.lock().messages.len()
    }
}

/// Post the delivery task when there is something to deliver.
fn schedule(st: &mut QueueState) {
    if st.scheduled {
        return;
    }
    let Some(target) = &st.target else { return };
    let ready = st.closed
        || (st.peer_closed && (st.started || st.messages.is_empty()))
        || (st.started && !st.messages.is_empty());
    if ready {
        st.scheduled = true;
        let (id, token) = (target.id, target.token);
        target.spawner.spawn(move |scope| deliver(scope, id, token));
    }
}

enum Link {
    Peer(Arc<PortQueue>),
    Broadcast(Arc<str>),
    None,
}

/// One end of a MessageChannel (or a BroadcastChannel member). `Send`.
pub struct PortEndpoint {
    incoming: Arc<PortQueue>,
    link: Link,
}

impl PortEndpoint {
    /// Both ends of a new channel.
    pub fn pair() -> (PortEndpoint, PortEndpoint) {
        let a = Arc::new(PortQueue::default());
        let b = Arc::new(PortQueue::default());
        (
            PortEndpoint {
                incoming: a.clone(),
                link: Link::Peer(b.clone()),
            },
            PortEndpoint {
                incoming: b,
                link: Link::Peer(a),
            },
        )
    }

    fn send(&self, message: WireMessage) {
        match &self.link {
            Link::Peer(peer) => peer.push(message),
            Link::Broadcast(name) => broadcast(name, &self.incoming, message),
            Link::None => {}
        }
    }

    /// Cut the link: the peer sees 'close' after its queued messages.
    fn disentangle(&mut self) {
        match std::mem::replace(&mut self.link, Link::None) {
            Link::Peer(peer) => peer.set_peer_closed(),
            Link::Broadcast(name) => leave_broadcast(&name, &self.incoming),
            Link::None => {}
        }
    }
}

impl Drop for PortEndpoint {
    fn drop(&mut self) {
        self.disentangle();
        // Nobody will read this queue again: refuse further messages.
        let mut st = self.incoming.state.lock();
        st.closed = true;
        st.messages.clear();
        st.target = None;
    }
}

// ---- BroadcastChannel registry (process-wide) -----------------------------

type Members = HashMap<Arc<str>, Vec<Weak<PortQueue>>>;
static BROADCAST: LazyLock<Mutex<Members>> = LazyLock::new(|| Mutex::new(HashMap::new()));

fn join_broadcast(name: &str) -> PortEndpoint {
    let incoming = Arc::new(PortQueue::default());
    let name: Arc<str> = Arc::from(name);
    BROADCAST
        .lock()
        .entry(name.clone())
        .or_default()
        .push(Arc::downgrade(&incoming));
    PortEndpoint {
        incoming,
        link: Link::Broadcast(name),
    }
}

fn leave_broadcast(name: &Arc<str>, me: &Arc<PortQueue>) {
    let mut reg = BROADCAST.lock();
    if let Some(list) = reg.get_mut(name) {
        list.retain(|w| w.upgrade().is_some_and(|q| !Arc::ptr_eq(&q, me)));
        if list.is_empty() {
            reg.remove(name);
        }
    }
}

fn broadcast(name: &Arc<str>, me: &Arc<PortQueue>, message: WireMessage) {
    let members: Vec<Arc<PortQueue>> = {
        let reg = BROADCAST.lock();
        match reg.get(name) {
            Some(list) => list
                .iter()
                .filter_map(Weak::upgrade)
                .filter(|q| !Arc::ptr_eq(q, me))
                .collect(),
            None => return,
        }
    };
    let mut message = Some(message);
    let count = members.len();
    for (i, queue) in members.into_iter().enumerate() {
        let m = if i + 1 == count {
            message.take()
        } else {
            message.as_ref().and_then(WireMessage::try_clone)
        };
        if let Some(m) = m {
            queue.push(m);
        }
    }
}

// ---- the ports of one isolate ---------------------------------------------

struct PortEntry {
    endpoint: PortEndpoint,
    token: u64,
    /// Holds one ExternalOpsTracker reference.
    refed: bool,
    /// `moveMessagePortToContext()`: messages are made in this vm context.
    context: Option<v8::Global<v8::Context>>,
}

/// The MessagePorts owned by this isolate, plus the JS callbacks that
/// deliver to them. Lives in the OpState.
#[derive(Default)]
pub struct PortTable {
    next_id: u32,
    ports: HashMap<u32, PortEntry>,
    sink: Option<v8::Global<v8::Function>>,
    factory: Option<v8::Global<v8::Function>>,
    /// The DOMException constructor (for DataCloneError).
    pub dom_exception: Option<v8::Global<v8::Function>>,
}

fn register(state: &mut OpState, endpoint: PortEndpoint) -> u32 {
    let spawner = TaskSender::of(state);
    let table = state.borrow_mut::<PortTable>();
    table.next_id += 1;
    let id = table.next_id;
    let token = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
    {
        let mut st = endpoint.incoming.state.lock();
        st.started = false;
        st.scheduled = false;
        st.target = Some(Target { spawner, id, token });
        schedule(&mut st);
    }
    table.ports.insert(
        id,
        PortEntry {
            endpoint,
            token,
            refed: false,
            context: None,
        },
    );
    id
}

fn unregister(state: &mut OpState, id: u32) -> Option<PortEndpoint> {
    let entry = state.borrow_mut::<PortTable>().ports.remove(&id)?;
    if entry.refed {
        state.external_ops_tracker.unref_op();
    }
    {
        let mut st = entry.endpoint.incoming.state.lock();
        st.target = None;
        st.started = false;
        st.scheduled = false;
    }
    Some(entry.endpoint)
}

/// Remove port `id` from this isolate (it is being transferred).
pub fn take_port(scope: &mut v8::PinScope, id: u32) -> Option<PortEndpoint> {
    let state = JsRuntime::op_state_from(scope);
    let mut state = state.borrow_mut();
    unregister(&mut state, id)
}

/// Make `endpoint` a port of this isolate and create its MessagePort
/// object. `None`: an exception is pending.
pub fn adopt_port<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    endpoint: PortEndpoint,
) -> Option<v8::Local<'s, v8::Object>> {
    let state = JsRuntime::op_state_from(scope);
    let (id, factory) = {
        let mut st = state.borrow_mut();
        let id = register(&mut st, endpoint);
        (id, st.borrow::<PortTable>().factory.clone())
    };
    let Some(factory) = factory else {
        let msg = v8::String::new(scope, "MessagePort support is not initialised").unwrap();
        let err = v8::Exception::error(scope, msg);
        scope.throw_exception(err);
        return None;
    };
    let factory = v8::Local::new(scope, factory);
    let recv: v8::Local<v8::Value> = v8::undefined(scope).into();
    let arg: v8::Local<v8::Value> = v8::Integer::new_from_unsigned(scope, id).into();
    let obj = factory.call(scope, recv, &[arg])?;
    let obj = v8::Local::<v8::Object>::try_from(obj).ok()?;
    serialize::set_port_id(scope, obj, Some(id));
    Some(obj)
}

/// Register an endpoint without a JS object (the worker bootstrap wraps it).
pub fn adopt_port_id(state: &mut OpState, endpoint: PortEndpoint) -> u32 {
    register(state, endpoint)
}

/// Drop port `id` of this isolate (its peer sees 'close').
pub fn forget_port(state: &mut OpState, id: u32) {
    drop(unregister(state, id));
}

fn call_sink(
    scope: &mut v8::PinScope,
    sink: &v8::Global<v8::Function>,
    id: u32,
    kind: i32,
    value: Option<v8::Local<v8::Value>>,
    first: bool,
) {
    let sink = v8::Local::new(scope, sink);
    let recv: v8::Local<v8::Value> = v8::undefined(scope).into();
    let id: v8::Local<v8::Value> = v8::Integer::new_from_unsigned(scope, id).into();
    let kind: v8::Local<v8::Value> = v8::Integer::new(scope, kind).into();
    let value = value.unwrap_or_else(|| v8::undefined(scope).into());
    let first: v8::Local<v8::Value> = v8::Boolean::new(scope, first).into();
    sink.call(scope, recv, &[id, kind, value, first]);
}

enum Step {
    Message(WireMessage),
    Close,
    Stop,
}

/// 'close' now, or after one more turn.
fn close_step(st: &mut QueueState) -> Step {
    let need = if st.closed { 1 } else { 2 };
    if st.close_turns >= need {
        return Step::Close;
    }
    st.close_turns += 1;
    st.scheduled = false;
    schedule(st);
    Step::Stop
}

/// The delivery task: runs on the owning isolate's thread.
fn deliver(scope: &mut v8::PinScope, id: u32, token: u64) {
    let state = JsRuntime::op_state_from(scope);
    let (queue, sink, context) = {
        let st = state.borrow();
        let table = st.borrow::<PortTable>();
        let Some(entry) = table.ports.get(&id) else {
            return;
        };
        if entry.token != token {
            return;
        }
        let Some(sink) = table.sink.clone() else {
            return;
        };
        (entry.endpoint.incoming.clone(), sink, entry.context.clone())
    };
    // Node handles at most max(queue length, 1000) messages per turn.
    let mut budget = queue.len().max(1000);
    let mut first = true;
    loop {
        let step = {
            let mut st = queue.state.lock();
            let ours = st.target.as_ref().is_some_and(|t| t.token == token);
            if !ours {
                Step::Stop
            } else if st.started {
                if budget == 0 {
                    st.scheduled = false;
                    schedule(&mut st);
                    Step::Stop
                } else if let Some(m) = st.messages.pop_front() {
                    Step::Message(m)
                } else if st.closed || st.peer_closed {
                    close_step(&mut st)
                } else {
                    st.scheduled = false;
                    Step::Stop
                }
            } else if st.closed {
                st.messages.clear();
                close_step(&mut st)
            } else if st.peer_closed && st.messages.is_empty() {
                close_step(&mut st)
            } else {
                st.scheduled = false;
                Step::Stop
            }
        };
        match step {
            Step::Message(message) => {
                budget -= 1;
                v8::scope!(let hs, scope);
                v8::tc_scope!(let tc, hs);
                match deserialize_in(tc, message, context.as_ref()) {
                    Some(value) => call_sink(tc, &sink, id, EV_MESSAGE, Some(value), first),
                    None => {
                        if tc.has_terminated() {
                            return;
                        }
                        let err = tc.exception();
                        tc.reset();
                        call_sink(tc, &sink, id, EV_MESSAGE_ERROR, err, first);
                    }
                }
                first = false;
                if tc.has_terminated() || tc.is_execution_terminating() {
                    return;
                }
            }
            Step::Close => {
                let endpoint = {
                    let mut st = state.borrow_mut();
                    unregister(&mut st, id)
                };
                drop(endpoint); // tells the peer
                v8::scope!(let hs, scope);
                v8::tc_scope!(let tc, hs);
                call_sink(tc, &sink, id, EV_CLOSE, None, first);
                return;
            }
            Step::Stop => return,
        }
    }
}

/// Deserialize in `context` (a moved port's vm context) or the current one.
fn deserialize_in<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    message: WireMessage,
    context: Option<&v8::Global<v8::Context>>,
) -> Option<v8::Local<'s, v8::Value>> {
    let Some(context) = context else {
        return serialize::deserialize_value(scope, message);
    };
    let context = v8::Local::new(scope, context);
    let scope = &mut v8::ContextScope::new(scope, context);
    serialize::deserialize_value(scope, message)
}

fn with_queue<R>(state: &OpState, id: u32, f: impl FnOnce(&PortEndpoint) -> R) -> Option<R> {
    state
        .borrow::<PortTable>()
        .ports
        .get(&id)
        .map(|e| f(&e.endpoint))
}

// ---- ops ------------------------------------------------------------------

/// Install the JS callbacks: `sink(id, kind, value)`, `factory(id) -> port`
/// and the DOMException constructor. Called once per isolate at run time.
#[op2]
fn op_message_port_init(
    state: &mut OpState,
    #[scoped] sink: v8::Global<v8::Function>,
    #[scoped] factory: v8::Global<v8::Function>,
    #[scoped] dom_exception: v8::Global<v8::Function>,
) {
    let table = state.borrow_mut::<PortTable>();
    table.sink = Some(sink);
    table.factory = Some(factory);
    table.dom_exception = Some(dom_exception);
}

/// A new MessageChannel: ties the two port objects to new ports; returns
/// the id of the first (the second is the next id).
#[op2(fast)]
fn op_message_channel(
    scope: &mut v8::PinScope,
    a: v8::Local<v8::Object>,
    b: v8::Local<v8::Object>,
) -> u32 {
    let (ea, eb) = PortEndpoint::pair();
    let (ida, idb) = {
        let state = JsRuntime::op_state_from(scope);
        let mut st = state.borrow_mut();
        (register(&mut st, ea), register(&mut st, eb))
    };
    serialize::set_port_id(scope, a, Some(ida));
    serialize::set_port_id(scope, b, Some(idb));
    ida
}

/// Tie a port object made by the factory (or the worker bootstrap) to `id`.
#[op2(fast)]
fn op_message_port_bind(scope: &mut v8::PinScope, obj: v8::Local<v8::Object>, id: u32) {
    serialize::set_port_id(scope, obj, Some(id));
}

/// `port.postMessage(value, transferList)`.
#[op2(nofast, reentrant)]
fn op_message_port_post<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    id: u32,
    value: v8::Local<'s, v8::Value>,
    transfer: Option<v8::Local<'s, v8::Value>>,
) {
    let Some(list) = serialize::read_transfer_list(scope, transfer, Some(id)) else {
        return;
    };
    let Some(message) = serialize::serialize_value(scope, value, &list, CloneMode::InProcess)
    else {
        return;
    };
    let state = JsRuntime::op_state_from(scope);
    let st = state.borrow();
    with_queue(&st, id, |e| e.send(message));
}

/// Start (true) or stop (false) delivering 'message' events.
#[op2(fast)]
fn op_message_port_start(state: &mut OpState, id: u32, start: bool) {
    with_queue(state, id, |e| {
        let mut st = e.incoming.state.lock();
        st.started = start;
        schedule(&mut st);
    });
}

/// Whether this port keeps the event loop alive.
#[op2(fast)]
fn op_message_port_ref(state: &mut OpState, id: u32, refed: bool) {
    let tracker = state.external_ops_tracker.clone();
    if let Some(entry) = state.borrow_mut::<PortTable>().ports.get_mut(&id) {
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

/// `port.close()`: the peer gets 'close' after its queued messages; this
/// end gets 'close' after delivering what it already holds (when started).
#[op2(fast)]
fn op_message_port_close(state: &mut OpState, id: u32) {
    if let Some(entry) = state.borrow_mut::<PortTable>().ports.get_mut(&id) {
        {
            let mut st = entry.endpoint.incoming.state.lock();
            st.closed = true;
            if !st.started {
                // Not receiving: what waits is dropped, as in Node.
                st.messages.clear();
            }
            schedule(&mut st);
        }
        entry.endpoint.disentangle();
    }
}

/// `receiveMessageOnPort(port)`: `[value]`, or undefined when empty.
#[op2(reentrant)]
fn op_message_port_receive<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    id: u32,
) -> v8::Local<'s, v8::Value> {
    let (message, context) = {
        let state = JsRuntime::op_state_from(scope);
        let st = state.borrow();
        match st.borrow::<PortTable>().ports.get(&id) {
            Some(entry) => (
                entry.endpoint.incoming.state.lock().messages.pop_front(),
                entry.context.clone(),
            ),
            None => (None, None),
        }
    };
    let undefined: v8::Local<v8::Value> = v8::undefined(scope).into();
    let Some(message) = message else {
        return undefined;
    };
    match deserialize_in(scope, message, context.as_ref()) {
        Some(v) => v8::Array::new_with_elements(scope, &[v]).into(),
        None => undefined,
    }
}

/// `moveMessagePortToContext(port, sandbox)`: later messages of port `id`
/// are created in the sandbox's vm context. False if `sandbox` is not a
/// contextified object or the port is gone.
#[op2(reentrant)]
fn op_message_port_set_context<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    id: u32,
    sandbox: v8::Local<'s, v8::Value>,
) -> v8::Local<'s, v8::Value> {
    let moved = set_port_context(scope, id, sandbox);
    v8::Boolean::new(scope, moved).into()
}

fn set_port_context<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    id: u32,
    sandbox: v8::Local<'s, v8::Value>,
) -> bool {
    let Some(context) = crate::vm::context_of(scope, sandbox) else {
        return false;
    };
    let context = v8::Global::new(scope, context);
    let state = JsRuntime::op_state_from(scope);
    let mut st = state.borrow_mut();
    match st.borrow_mut::<PortTable>().ports.get_mut(&id) {
        Some(entry) => {
            entry.context = Some(context);
            true
        }
        None => false,
    }
}

/// How many messages wait in the port's queue.
#[op2(fast)]
fn op_message_port_pending(state: &mut OpState, id: u32) -> u32 {
    with_queue(state, id, |e| e.incoming.len() as u32).unwrap_or(0)
}

/// `new BroadcastChannel(name)`: the member's port id.
#[op2(fast)]
fn op_broadcast_channel_open(state: &mut OpState, #[string] name: &str) -> u32 {
    let endpoint = join_broadcast(name);
    register(state, endpoint)
}

/// `broadcastChannel.postMessage(value)`.
#[op2(nofast, reentrant)]
fn op_broadcast_channel_post<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    id: u32,
    value: v8::Local<'s, v8::Value>,
) {
    let list = serialize::TransferList {
        buffers: Vec::new(),
        ports: Vec::new(),
    };
    let Some(message) = serialize::serialize_value(scope, value, &list, CloneMode::InProcess)
    else {
        return;
    };
    let state = JsRuntime::op_state_from(scope);
    let st = state.borrow();
    with_queue(&st, id, |e| e.send(message));
}

deno_core::extension!(
    host_message_port,
    ops = [
        op_message_port_init,
        op_message_channel,
        op_message_port_bind,
        op_message_port_post,
        op_message_port_start,
        op_message_port_ref,
        op_message_port_close,
        op_message_port_receive,
        op_message_port_pending,
        op_message_port_set_context,
        op_broadcast_channel_open,
        op_broadcast_channel_post,
    ],
    state = |state| {
        state.put(PortTable::default());
    },
);
