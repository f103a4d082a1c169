//! `App`: everything a use case needs, cheap to clone.

use super::{clock, config::Config, crypto, i18n, notify, seal, search};
use std::sync::Arc;

/// Everything a use case needs. Cheap to clone.
#[derive(Clone)]
pub struct App {
    pub db: store::Db,
    pub config: Arc<Config>,
    pub i18n: Arc<i18n::I18n>,
    pub clock: clock::Clock,
    pub mail: notify::Notifier,
    pub hasher: crypto::Hasher,
    pub search: Arc<search::SearchIndex>,
    /// Seals communication content; None without `messages.key`.
    pub sealer: Option<Arc<seal::Sealer>>,
}

impl App {
    pub fn now(&self) -> i64 {
        self.clock.now()
    }
}
