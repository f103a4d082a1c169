//! `App`: everything a use case needs, cheap to clone.

use super::{clock, config::Config, crypto, i18n, notify, seal, search, supervise};
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
    /// Signs every email; None without `mail.signing_key_file`.
    pub(crate) mail_signer: Option<Arc<crate::mail::MailSigner>>,
    pub(crate) tasks: Arc<supervise::Tasks>,
    /// Usage counted and not yet written (USE-1).
    pub(crate) usage: Arc<crate::usage::Tally>,
    #[cfg(feature = "testing")]
    pub(crate) faults: Arc<Faults>,
}

/// Failures the integration tests cannot cause from outside.
#[cfg(feature = "testing")]
#[derive(Default)]
pub struct Faults {
    pub(crate) delivery_panics: std::sync::atomic::AtomicBool,
}

impl App {
    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    /// What seals content and secrets at rest; an error without `messages.key`.
    pub(crate) fn seal_key(&self) -> Result<&seal::Sealer, super::error::AppError> {
        self.sealer
            .as_deref()
            .ok_or_else(|| super::error::AppError::Internal("messages.key is not set".into()))
    }

    /// The fingerprint and public key that sign the directory's email.
    pub fn mail_key(&self) -> Option<(&str, &str)> {
        self.mail_signer
            .as_deref()
            .map(|s| (s.fingerprint.as_str(), s.public.as_str()))
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn i18n(&self) -> &Arc<i18n::I18n> {
        &self.i18n
    }

    /// Ready to serve: the database answers, the search index is built,
    /// every background task is running, and email is not held up. Answers
    /// within a second, its own work included: a load balancer must not
    /// wait on a database that does not answer.
    pub async fn ready(&self) -> Result<(), String> {
        tokio::time::timeout(std::time::Duration::from_millis(800), self.check_ready())
            .await
            .unwrap_or_else(|_| Err("the database does not answer".into()))
    }

    async fn check_ready(&self) -> Result<(), String> {
        let mut c = self
            .db
            .conn()
            .await
            .map_err(|_| "database unavailable".to_string())?;
        if !self.search.is_loaded() {
            return Err("search index loading".into());
        }
        let stopped: Vec<&str> = self
            .tasks
            .snapshot()
            .into_iter()
            .filter(|(_, s)| !s.running)
            .map(|(name, _)| name)
            .collect();
        if !stopped.is_empty() {
            return Err(format!("not running: {}", stopped.join(", ")));
        }
        let oldest = store::outbox::oldest_unsent(&mut c)
            .await
            .map_err(|_| "database unavailable".to_string())?;
        let limit = self.config.mail.alert_after_minutes * clock::MINUTE;
        if let Some(at) = oldest
            && self.now() - at > limit
        {
            return Err(format!(
                "email queued for more than {} minutes",
                self.config.mail.alert_after_minutes
            ));
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

    /// The next delivery attempt panics, once, after claiming its messages.
    pub fn panic_on_next_delivery(&self) {
        self.faults
            .delivery_panics
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }
}
