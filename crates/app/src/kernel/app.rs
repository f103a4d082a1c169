//! `App`: everything a use case needs, cheap to clone.

use super::{clock, config::Config, crypto, i18n, notify, seal, search};
use std::sync::Arc;

/// Everything a use case needs. Cheap to clone.
#[derive(Clone)]
pub struct App {
    pub(crate) db: store::Db,
    pub(crate) config: Arc<Config>,
    pub(crate) i18n: Arc<i18n::I18n>,
    pub(crate) clock: clock::Clock,
    pub(crate) mail: notify::Notifier,
    pub(crate) hasher: crypto::Hasher,
    pub(crate) search: Arc<search::SearchIndex>,
    /// Seals communication content; None without `messages.key`.
    pub(crate) sealer: Option<Arc<seal::Sealer>>,
}

impl App {
    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn i18n(&self) -> &Arc<i18n::I18n> {
        &self.i18n
    }

    /// Ready to serve: the database answers and the search index is built.
    pub async fn ready(&self) -> Result<(), &'static str> {
        self.db.conn().await.map_err(|_| "database unavailable")?;
        if !self.search.is_loaded() {
            return Err("search index loading");
        }
        Ok(())
    }
}

/// For the integration tests only: the clock, to move time, and the outbox,
/// to deliver now.
#[cfg(feature = "testing")]
impl App {
    pub fn clock(&self) -> &clock::Clock {
        &self.clock
    }

    pub fn outbox(&self) -> &notify::Notifier {
        &self.mail
    }
}
