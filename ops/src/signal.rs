//! Signal watchers behind `process.on('SIGINT')` and friends. A watcher
//! replaces the default action while JS listens; when a signal arrives and
//! nobody listens any more, the default action is carried out by hand
//! (tokio cannot uninstall its handler).

use std::cell::RefCell;
use std::rc::Rc;

use deno_core::{
    op2, AsyncRefCell, CancelFuture, CancelHandle, OpState, RcRef, Resource, ResourceId,
};
use tokio::signal::unix::{signal, Signal, SignalKind};

use crate::error::SysError;

struct SignalResource {
    signo: i32,
    stream: AsyncRefCell<Signal>,
    cancel: CancelHandle,
}

impl Resource for SignalResource {
    fn name(&self) -> std::borrow::Cow<'_, str> {
        "signal".into()
    }
    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

/// Signals that cannot be caught, or that host needs for itself.
fn forbidden(signo: i32) -> bool {
    matches!(
        signo,
        libc::SIGKILL | libc::SIGSTOP | libc::SIGSEGV | libc::SIGBUS | libc::SIGFPE | libc::SIGILL
    )
}

/// Start watching `signo`; returns a resource id for `op_signal_next`.
#[op2(fast)]
#[smi]
fn op_signal_bind(state: &mut OpState, #[smi] signo: i32) -> Result<ResourceId, SysError> {
    if forbidden(signo) {
        return Err(SysError::new(libc::EINVAL, "uv_signal_start"));
    }
    let stream =
        signal(SignalKind::from_raw(signo)).map_err(|e| SysError::io(&e, "uv_signal_start"))?;
    Ok(state.resource_table.add(SignalResource {
        signo,
        stream: AsyncRefCell::new(stream),
        cancel: CancelHandle::new(),
    }))
}

/// Resolves true when the signal arrives, false once the watcher is closed.
#[op2]
async fn op_signal_next(state: Rc<RefCell<OpState>>, #[smi] rid: ResourceId) -> bool {
    let Ok(res) = state.borrow().resource_table.get::<SignalResource>(rid) else {
        return false;
    };
    let mut stream = RcRef::map(&res, |r| &r.stream).borrow_mut().await;
    let cancel = RcRef::map(&res, |r| &r.cancel);
    matches!(stream.recv().or_cancel(cancel).await, Ok(Some(())))
}

/// Carry out the default action of a signal that arrived while nobody
/// listened: terminate (or stop) the process the way the signal would have.
#[op2(fast)]
fn op_signal_default_action(#[smi] signo: i32) {
    let ignored_by_default = matches!(
        signo,
        libc::SIGCHLD | libc::SIGURG | libc::SIGWINCH | libc::SIGCONT
    );
    if ignored_by_default {
        return;
    }
    // SAFETY: restoring the default disposition and re-raising is the
    // documented way to die "by" a signal after handling it.
    unsafe {
        libc::signal(signo, libc::SIG_DFL);
        libc::raise(signo);
    }
}

/// The signal number a watcher was bound to.
#[op2(fast)]
#[smi]
fn op_signal_number(state: &mut OpState, #[smi] rid: ResourceId) -> i32 {
    state
        .resource_table
        .get::<SignalResource>(rid)
        .map(|r| r.signo)
        .unwrap_or(-1)
}

deno_core::extension!(
    host_signal,
    ops = [
        op_signal_bind,
        op_signal_next,
        op_signal_default_action,
        op_signal_number
    ]
);
