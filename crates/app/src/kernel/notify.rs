//! Wakes the outbox worker when a committed transaction queued email, and
//! stops it gracefully: no new message is taken, and those in flight are
//! finished.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::sync::{Notify, RwLock};

#[derive(Clone, Default)]
pub struct Notifier(Arc<Inner>);

#[derive(Default)]
struct Inner {
    wake: Notify,
    stopping: AtomicBool,
    /// Read-held by each batch in flight; the stop takes it for writing.
    in_flight: RwLock<()>,
}

impl Notifier {
    pub fn wake(&self) {
        self.0.wake.notify_one();
    }

    /// Waits until woken, for the worker.
    pub async fn woken(&self) {
        self.0.wake.notified().await;
    }

    /// Whether the worker is to take no new message.
    pub fn stopping(&self) -> bool {
        self.0.stopping.load(Ordering::Acquire)
    }

    /// Held while a batch of messages is being delivered.
    pub async fn batch(&self) -> tokio::sync::RwLockReadGuard<'_, ()> {
        self.0.in_flight.read().await
    }

    /// Stops taking messages and waits, at most `grace`, for those in
    /// flight. Returns whether they all finished.
    pub async fn stop(&self, grace: Duration) -> bool {
        self.0.stopping.store(true, Ordering::Release);
        self.wake();
        tokio::time::timeout(grace, self.0.in_flight.write())
            .await
            .is_ok()
    }
}
