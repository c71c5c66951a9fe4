//! Running a task on another isolate's thread without losing its wake-up.
//!
//! deno_core's `V8CrossThreadTaskSpawner` queues the task and wakes the
//! runtime, but its event loop checks for such tasks before it registers
//! the spawner's waker, so a task queued in between waits until something
//! else wakes the loop, possibly forever (two threads ping-ponging messages
//! stalled within some ten thousand round trips). [`TaskSender`] also wakes
//! the isolate's OpState waker, which the event loop registers at the start
//! of every poll, before it looks for tasks.

use std::sync::Arc;

use deno_core::futures::task::AtomicWaker;
use deno_core::{v8, OpState, V8CrossThreadTaskSpawner};

/// Sends tasks to one isolate from any thread. `Send + Clone`.
#[derive(Clone)]
pub struct TaskSender {
    spawner: V8CrossThreadTaskSpawner,
    waker: Arc<AtomicWaker>,
}

impl TaskSender {
    /// The sender for the isolate owning `state`.
    pub fn of(state: &OpState) -> TaskSender {
        TaskSender {
            spawner: state.borrow::<V8CrossThreadTaskSpawner>().clone(),
            waker: state.waker.clone(),
        }
    }

    /// Run `task` on the isolate's thread as a macrotask.
    pub fn spawn<F>(&self, task: F)
    where
        F: FnOnce(&mut v8::PinScope<'_, '_>) + Send + 'static,
    {
        self.spawner.spawn(task);
        self.waker.wake();
    }
}
