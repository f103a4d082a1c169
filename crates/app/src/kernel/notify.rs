//! Wakes the outbox worker when a committed transaction queued email.

use std::sync::Arc;
use tokio::sync::Notify;

#[derive(Clone, Default)]
pub struct Notifier(Arc<Notify>);

impl Notifier {
    pub fn wake(&self) {
        self.0.notify_one();
    }

    /// Waits until woken, for the worker.
    pub async fn woken(&self) {
        self.0.notified().await;
    }
}
