//! Opening pocdir: connect and migrate the database, load the sealing key
//! the key that signs email and the catalogues, and seed the default templates.

use crate::kernel::{clock, crypto, i18n, notify, seal};
use crate::{App, AppError, Config, messages};
use std::sync::Arc;

impl App {
    /// Opens pocdir; `create` lets it make the database when there is none.
    pub(crate) async fn open(config: Config, create: bool) -> Result<App, AppError> {
        let db = if create {
            store::Db::connect(&config.database_url).await?
        } else {
            store::Db::connect_existing(&config.database_url).await?
        };
        db.migrate().await?;
        let m = &config.messages;
        let sealer = match m.key.as_str() {
            "" => None,
            key => Some(Arc::new(
                seal::Sealer::with_previous(key, &m.previous_keys).map_err(AppError::Internal)?,
            )),
        };
        let signing_key = &config.mail.signing_key_file;
        let mail_signer = if signing_key.as_os_str().is_empty() {
            None
        } else {
            let signer = crate::mail::MailSigner::load(signing_key).map_err(AppError::Internal)?;
            Some(Arc::new(signer))
        };
        let app = App {
            mail_signer,
            db,
            config: Arc::new(config),
            i18n: Arc::new(i18n::I18n::load()),
            clock: clock::Clock::default(),
            mail: notify::Notifier::default(),
            hasher: crypto::Hasher::default(),
            search: Arc::default(),
            sealer,
            tasks: Arc::default(),
            usage: Arc::default(),
            #[cfg(feature = "testing")]
            faults: Arc::default(),
        };
        messages::seed_templates(&app).await?;
        crate::directory::terms::remake(&app).await?;
        if app.sealer.is_some() {
            crate::kernel::rekey::seal_clear_factor_secrets(&app).await?;
        }
        Ok(app)
    }
}
