//! Web Locks (`worker_threads.locks`, `navigator.locks`): one lock table for
//! the whole process, shared by the main thread and every worker.
//!
//! The table holds, per lock name, the locks granted now, and one FIFO
//! queue of waiting requests (a steal request goes to its front). Every
//! request and held lock belongs to one isolate (an owner). As in Node, an
//! isolate decides only about its own requests: it scans the queue when it
//! makes a request and when one of its locks is released, and every other
//! isolate with a waiting request gets a macrotask (through its
//! `cross_thread::TaskSender`) that makes it scan too. A lock stolen from
//! another isolate is reported to it the same way.
//!
//! The JS side (js/internal/locks.js) keeps the callbacks and promises;
//! Rust knows requests by number only. When an isolate ends, its
//! [`LocksClient`] (in its OpState) drops: its held locks are released, its
//! queued requests dropped, and the isolates still waiting are woken.

use std::collections::{HashMap, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};

use deno_core::{op2, v8, JsRuntime, OpState};
use parking_lot::Mutex;

use crate::cross_thread::TaskSender;

struct HeldLock {
    id: u64,
    owner: u64,
    shared: bool,
}

/// The locks held under one name, in grant order.
struct Held {
    /// When this name was first held (since it was last free): `query()`
    /// lists the newest names first, as Node's hash map mostly does.
    created: u64,
    locks: Vec<HeldLock>,
}

struct Request {
    id: u64,
    owner: u64,
    name: Arc<str>,
    shared: bool,
    steal: bool,
    if_available: bool,
}

struct Owner {
    spawner: TaskSender,
    /// A wake-up task is queued and has not started yet.
    scheduled: bool,
    /// How many of its requests wait in the queue.
    pending: usize,
    /// Locks of this owner taken by a steal, not yet reported to its JS.
    stolen: Vec<u64>,
}

#[derive(Default)]
struct Table {
    held: HashMap<Arc<str>, Held>,
    queue: VecDeque<Request>,
    /// The names of the waiting requests (one shared `Arc` per name, so a
    /// scan compares names by address) and how many wait under each.
    names: HashMap<Arc<str>, usize>,
    owners: HashMap<u64, Owner>,
    next_id: u64,
    next_seq: u64,
}

static TABLE: LazyLock<Mutex<Table>> = LazyLock::new(|| Mutex::new(Table::default()));
static NEXT_OWNER: AtomicU64 = AtomicU64::new(1);

/// Wake-up tasks to post once the table's mutex is released.
type Wakes = Vec<(TaskSender, u64)>;

/// Hashes a name's address (a scan's map from name to its oldest request).
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type AddrMap = HashMap<usize, usize, BuildHasherDefault<AddrHasher>>;

fn addr(name: &Arc<str>) -> usize {
    Arc::as_ptr(name) as *const u8 as usize
}

impl Table {
    fn push(&mut self, mut request: Request, front: bool) {
        match self.names.get_key_value(&request.name) {
            Some((name, _)) => request.name = name.clone(),
            None => {
                self.names.insert(request.name.clone(), 0);
            }
        }
        if let Some(n) = self.names.get_mut(&request.name) {
            *n += 1;
        }
        if let Some(o) = self.owners.get_mut(&request.owner) {
            o.pending += 1;
        }
        if front {
            self.queue.push_front(request);
        } else {
            self.queue.push_back(request);
        }
    }

    /// Bookkeeping for a request leaving the queue.
    fn forget(&mut self, request: &Request) {
        if let Some(n) = self.names.get_mut(&request.name) {
            *n -= 1;
            if *n == 0 {
                self.names.remove(&request.name);
            }
        }
        if let Some(o) = self.owners.get_mut(&request.owner) {
            o.pending -= 1;
        }
    }

    fn take(&mut self, index: usize) -> Option<Request> {
        let request = self.queue.remove(index)?;
        self.forget(&request);
        Some(request)
    }

    fn grantable(&self, request: &Request) -> bool {
        if request.steal {
            return true;
        }
        match self.held.get(&request.name) {
            None => true,
            Some(held) => request.shared && held.locks.iter().all(|l| l.shared),
        }
    }

    /// Queue a wake-up for `owner` unless one is already queued.
    fn wake(&mut self, owner: u64, wakes: &mut Wakes) {
        if let Some(o) = self.owners.get_mut(&owner) {
            if !o.scheduled {
                o.scheduled = true;
                wakes.push((o.spawner.clone(), owner));
            }
        }
    }

    /// The next request of `me` to settle: `(index, granted)`, where
    /// `granted == false` is an `ifAvailable` request that cannot have its
    /// lock. Every other owner with a waiting request seen before it is
    /// woken.
    fn scan(&mut self, me: u64, wakes: &mut Wakes) -> Option<(usize, bool)> {
        let mine = self.owners.get(&me).map_or(0, |o| o.pending);
        if mine == 0 {
            // Nothing of ours waits: only wake the others that wait.
            let others: Vec<u64> = self
                .owners
                .iter()
                .filter(|(&id, o)| id != me && o.pending > 0)
                .map(|(&id, _)| id)
                .collect();
            for owner in others {
                self.wake(owner, wakes);
            }
            return None;
        }
        let mut others: Vec<u64> = Vec::new();
        let mut pick = None;
        {
            let mut first = AddrMap::default();
            for (i, request) in self.queue.iter().enumerate() {
                if request.owner != me && !others.contains(&request.owner) {
                    others.push(request.owner);
                }
                let f = *first.entry(addr(&request.name)).or_insert(i);
                // An older request for the same name goes first, unless both
                // are shared.
                let behind = f != i && (!request.shared || !self.queue[f].shared);
                if request.owner != me {
                    continue;
                }
                if behind || !self.grantable(request) {
                    if request.if_available {
                        pick = Some((i, false));
                        break;
                    }
                    continue;
                }
                pick = Some((i, true));
                break;
            }
        }
        for owner in others {
            self.wake(owner, wakes);
        }
        pick
    }

    /// Grant the request at `index` to its owner.
    fn grant(&mut self, index: usize, wakes: &mut Wakes) -> Option<u64> {
        let request = self.take(index)?;
        if request.steal {
            if let Some(victims) = self.held.remove(&request.name) {
                for victim in victims.locks {
                    if let Some(o) = self.owners.get_mut(&victim.owner) {
                        o.stolen.push(victim.id);
                    }
                    if victim.owner != request.owner {
                        self.wake(victim.owner, wakes);
                    }
                }
            }
        }
        self.next_seq += 1;
        let created = self.next_seq;
        self.held
            .entry(request.name.clone())
            .or_insert_with(|| Held {
                created,
                locks: Vec::new(),
            })
            .locks
            .push(HeldLock {
                id: request.id,
                owner: request.owner,
                shared: request.shared,
            });
        Some(request.id)
    }
}

fn post_wakes(wakes: Wakes) {
    for (spawner, owner) in wakes {
        spawner.spawn(move |scope| wake_task(scope, owner));
    }
}

/// In every isolate that used the locks: its owner id and the JS function a
/// wake-up calls. Dropping it (the isolate ends) releases what it held.
pub struct LocksClient {
    owner: u64,
    hook: Option<v8::Global<v8::Function>>,
}

impl Drop for LocksClient {
    fn drop(&mut self) {
        let me = self.owner;
        let mut wakes = Wakes::new();
        {
            let mut table = TABLE.lock();
            table.owners.remove(&me);
            table.held.retain(|_, held| {
                held.locks.retain(|l| l.owner != me);
                !held.locks.is_empty()
            });
            let queue = std::mem::take(&mut table.queue);
            for request in queue {
                if request.owner == me {
                    table.forget(&request);
                } else {
                    table.queue.push_back(request);
                }
            }
            let waiting: Vec<u64> = table
                .owners
                .iter()
                .filter(|(_, o)| o.pending > 0)
                .map(|(&id, _)| id)
                .collect();
            for owner in waiting {
                table.wake(owner, &mut wakes);
            }
        }
        post_wakes(wakes);
    }
}

fn client(state: &mut OpState) -> u64 {
    if let Some(c) = state.try_borrow::<LocksClient>() {
        return c.owner;
    }
    let spawner = TaskSender::of(state);
    let owner = NEXT_OWNER.fetch_add(1, Ordering::Relaxed);
    TABLE.lock().owners.insert(
        owner,
        Owner {
            spawner,
            scheduled: false,
            pending: 0,
            stolen: Vec::new(),
        },
    );
    state.put(LocksClient { owner, hook: None });
    owner
}

fn owner_of(state: &OpState) -> Option<u64> {
    state.try_borrow::<LocksClient>().map(|c| c.owner)
}

/// The wake-up macrotask, on the owner's thread: let its JS take stolen
/// locks and scan the queue.
fn wake_task(scope: &mut v8::PinScope, owner: u64) {
    if let Some(o) = TABLE.lock().owners.get_mut(&owner) {
        o.scheduled = false;
    }
    let state = JsRuntime::op_state_from(scope);
    let hook = {
        let st = state.borrow();
        match st.try_borrow::<LocksClient>() {
            Some(c) if c.owner == owner => c.hook.clone(),
            _ => None,
        }
    };
    let Some(hook) = hook else { return };
    v8::scope!(let hs, scope);
    v8::tc_scope!(let tc, hs);
    let hook = v8::Local::new(tc, hook);
    let recv: v8::Local<v8::Value> = v8::undefined(tc).into();
    hook.call(tc, recv, &[]);
}

// ---- ops ------------------------------------------------------------------

/// Install the function wake-ups call (once per isolate).
#[op2]
fn op_locks_init(state: &mut OpState, #[scoped] hook: v8::Global<v8::Function>) {
    client(state);
    state.borrow_mut::<LocksClient>().hook = Some(hook);
}

/// Queue a request; returns its id (also the id of the lock it becomes).
#[op2(fast)]
fn op_locks_request(
    state: &mut OpState,
    #[string] name: &str,
    shared: bool,
    steal: bool,
    if_available: bool,
) -> f64 {
    let owner = client(state);
    let mut table = TABLE.lock();
    table.next_id += 1;
    let id = table.next_id;
    let request = Request {
        id,
        owner,
        name: Arc::from(name),
        shared,
        steal,
        if_available,
    };
    table.push(request, steal);
    id as f64
}

/// The next request of this isolate to settle: its id when its lock is
/// granted now, minus its id for an `ifAvailable` request that cannot have
/// it, 0 when none.
#[op2(fast)]
fn op_locks_next(state: &mut OpState) -> f64 {
    let Some(me) = owner_of(state) else {
        return 0.0;
    };
    let mut wakes = Wakes::new();
    let result = {
        let mut table = TABLE.lock();
        match table.scan(me, &mut wakes) {
            None => 0.0,
            Some((index, true)) => table.grant(index, &mut wakes).map_or(0.0, |id| id as f64),
            Some((index, false)) => table.take(index).map_or(0.0, |r| -(r.id as f64)),
        }
    };
    post_wakes(wakes);
    result
}

/// Release lock `id` (named `name`) of this isolate. Returns true when it
/// had been stolen.
#[op2(fast)]
fn op_locks_release(state: &mut OpState, id: f64, #[string] name: &str) -> bool {
    let Some(me) = owner_of(state) else {
        return false;
    };
    let id = id as u64;
    let mut table = TABLE.lock();
    if let Some(held) = table.held.get_mut(name) {
        if let Some(pos) = held.locks.iter().position(|l| l.id == id && l.owner == me) {
            held.locks.remove(pos);
            if held.locks.is_empty() {
                table.held.remove(name);
            }
            return false;
        }
    }
    match table.owners.get_mut(&me) {
        Some(o) => match o.stolen.iter().position(|&s| s == id) {
            Some(pos) => {
                o.stolen.remove(pos);
                true
            }
            None => false,
        },
        None => false,
    }
}

/// The ids of this isolate's locks taken by steals since the last call.
#[op2]
#[serde]
fn op_locks_take_stolen(state: &mut OpState) -> Vec<f64> {
    let Some(me) = owner_of(state) else {
        return Vec::new();
    };
    let mut table = TABLE.lock();
    match table.owners.get_mut(&me) {
        Some(o) => o.stolen.drain(..).map(|id| id as f64).collect(),
        None => Vec::new(),
    }
}

/// `[held ids, pending ids in queue order]` of this isolate. Held locks
/// come grouped by name, the name held most recently first, each group in
/// grant order.
#[op2]
#[serde]
fn op_locks_query(state: &mut OpState) -> (Vec<f64>, Vec<f64>) {
    let Some(me) = owner_of(state) else {
        return (Vec::new(), Vec::new());
    };
    let table = TABLE.lock();
    let mut groups: Vec<&Held> = table.held.values().collect();
    groups.sort_unstable_by_key(|h| std::cmp::Reverse(h.created));
    let held = groups
        .into_iter()
        .flat_map(|h| h.locks.iter())
        .filter(|l| l.owner == me)
        .map(|l| l.id as f64)
        .collect();
    let pending = table
        .queue
        .iter()
        .filter(|r| r.owner == me)
        .map(|r| r.id as f64)
        .collect();
    (held, pending)
}

deno_core::extension!(
    host_locks,
    ops = [
        op_locks_init,
        op_locks_request,
        op_locks_next,
        op_locks_release,
        op_locks_take_stolen,
        op_locks_query,
    ],
);
