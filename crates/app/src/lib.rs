//! The use cases of pocdir. Each takes an `Actor` and asks the policy before
//! it touches the store.

pub mod accounts;
pub mod audit;
pub mod bounces;
pub mod checks;
pub mod clock;
pub mod config;
pub mod crypto;
pub mod currency;
pub mod demo;
pub mod directory;
pub mod error;
pub mod export;
pub mod follow_up;
pub mod i18n;
pub mod mail;
pub mod messages;
pub mod public;
pub mod relay;
pub mod schedule;
pub mod seal;
pub mod search;

pub use config::Config;
pub use error::{AppError, AppResult};

use std::sync::Arc;

/// Everything a use case needs. Cheap to clone.
#[derive(Clone)]
pub struct App {
    pub db: store::Db,
    pub config: Arc<Config>,
    pub i18n: Arc<i18n::I18n>,
    pub clock: clock::Clock,
    pub mail: mail::Notifier,
    pub hasher: crypto::Hasher,
    pub search: Arc<search::SearchIndex>,
    /// Seals communication content; None without `messages.key`.
    pub sealer: Option<Arc<seal::Sealer>>,
}

impl App {
    pub async fn open(config: Config) -> Result<App, AppError> {
        let db = store::Db::connect(&config.database_url).await?;
        db.migrate().await?;
        let sealer = match config.messages.key.as_str() {
            "" => None,
            key => Some(Arc::new(
                seal::Sealer::from_base64(key).map_err(AppError::Internal)?,
            )),
        };
        let app = App {
            db,
            config: Arc::new(config),
            i18n: Arc::new(i18n::I18n::load()),
            clock: clock::Clock::default(),
            mail: mail::Notifier::default(),
            hasher: crypto::Hasher::default(),
            search: Arc::default(),
            sealer,
        };
        messages::seed_templates(&app).await?;
        Ok(app)
    }

    pub fn now(&self) -> i64 {
        self.clock.now()
    }
}
