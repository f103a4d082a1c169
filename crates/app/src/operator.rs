//! What only the binary, and the tests standing in for it, may do: open
//! pocdir, create the first custodian, load the demo, run the background
//! work, back up and close. None of it has an actor. The web layer only
//! ever holds an `App`, whose use cases all take one, so it cannot reach
//! these.

use crate::jobs::Round;
use crate::kernel::supervise::supervise;
use crate::{App, AppError, AppResult, Config, accounts, demo, jobs, mail};
use domain::{Role, StateCode};
use std::path::Path;

#[derive(Clone)]
pub struct Operator {
    app: App,
}

impl Operator {
    /// Connects to and migrates the database, loads the key and the
    /// catalogues, and seeds the default templates.
    pub async fn open(config: Config) -> AppResult<Operator> {
        Ok(Operator {
            app: App::open(config, true).await?,
        })
    }

    /// Opens pocdir on a database that already exists, for the commands
    /// that are not meant to make one (only `serve`, `migrate` and the demo
    /// may): an audit verified on an empty new database would be a false
    /// all-clear.
    pub async fn open_existing(config: Config) -> AppResult<Operator> {
        Ok(Operator {
            app: App::open(config, false).await?,
        })
    }

    /// The use cases, for the web layer.
    pub fn app(&self) -> &App {
        &self.app
    }

    /// An active account with a password and a confirmed TOTP secret, such as
    /// the first custodian's.
    pub async fn create_active_user(
        &self,
        email: &str,
        name: &str,
        role: Role,
        state: Option<StateCode>,
        password: &str,
        totp_secret: &str,
    ) -> AppResult<String> {
        accounts::shell::check_role(role, state)?;
        if accounts::shell::exists(&self.app, email).await? {
            return Err(AppError::field("email", "err-shell-exists"));
        }
        accounts::create_active_user(&self.app, email, name, role, state, password, totp_secret)
            .await
    }

    /// Break-glass: disables an account and signs it out everywhere.
    pub async fn disable_user(&self, email: &str) -> AppResult<()> {
        accounts::shell::disable(&self.app, email).await
    }

    /// Break-glass: replaces an account's second factors and recovery
    /// codes with the TOTP secret given, and signs it out everywhere.
    pub async fn reset_second_factor(&self, email: &str, totp_secret: &str) -> AppResult<()> {
        accounts::shell::reset_second_factor(&self.app, email, totp_secret).await
    }

    /// Registers a regional directory as the custodian `as_email`; returns
    /// its credential, shown this once.
    pub async fn register_regional(&self, as_email: &str, name: &str) -> AppResult<String> {
        let actor = accounts::shell::custodian(&self.app, as_email).await?;
        Ok(crate::sharing::register(&self.app, &actor, name).await?.1)
    }

    /// Imports a regional directory's file as the custodian `as_email`,
    /// or only checks it (INT-2); audited as that custodian's.
    pub async fn import(
        &self,
        as_email: &str,
        source: &str,
        bytes: &[u8],
        apply: bool,
    ) -> AppResult<crate::directory::import::Report> {
        let actor = accounts::shell::custodian(&self.app, as_email).await?;
        crate::directory::import::import(&self.app, &actor, source, bytes, apply).await
    }

    /// Signs a checkpoint of the audit log now if one is due (it also runs
    /// with the scheduled work). Returns the size signed.
    pub async fn sign_checkpoint(&self) -> AppResult<Option<i64>> {
        crate::checkpoint::due(&self.app).await
    }

    /// Loads the demo dataset into an empty database; false if it was there.
    pub async fn load_demo(&self) -> AppResult<bool> {
        demo::load(&self.app).await
    }

    /// Adds `n` generated entries, for benchmarks at scale.
    pub async fn load_demo_scale(&self, n: usize) -> AppResult<()> {
        demo::load_scale(&self.app, n).await
    }

    /// Delivers the outbox until the process ends, restarted if it fails.
    pub fn deliver_email(&self) {
        let app = self.app.clone();
        supervise(self.app.tasks.clone(), "mail", move || {
            mail::worker(app.clone())
        });
    }

    /// Runs the scheduled work once a minute until the process ends,
    /// restarted if it fails.
    pub fn run_jobs(&self) {
        let app = self.app.clone();
        supervise(self.app.tasks.clone(), "jobs", move || {
            jobs::run(app.clone())
        });
    }

    /// One round of the scheduled work, now.
    pub async fn jobs_round(&self) -> Round {
        jobs::round(&self.app).await
    }

    /// Builds the search index, which the health check waits for.
    pub async fn warm_search(&self) -> AppResult<()> {
        self.app.search.refresh(&self.app.db, self.app.now()).await
    }

    /// Seals every value sealed under a previous key again under the
    /// current one; returns how many changed.
    pub async fn rekey(&self) -> AppResult<usize> {
        crate::kernel::rekey::rekey(&self.app).await
    }

    /// A consistent copy of the whole database (SQLite).
    pub async fn backup_to(&self, dest: &Path) -> AppResult<()> {
        Ok(self.app.db.backup_to(dest).await?)
    }

    pub fn backend(&self) -> &'static str {
        self.app.db.backend()
    }

    /// Whether communications can be sealed: `messages.key` is set.
    pub fn can_seal(&self) -> bool {
        self.app.sealer.is_some()
    }

    /// Stops gracefully: the outbox worker takes no new message and
    /// finishes those in flight (at most 30 s; one cut short is sent again
    /// by the next instance, with the same Message-ID), then the database
    /// is closed.
    pub async fn close(&self) {
        if let Err(e) = crate::usage::flush(&self.app).await {
            tracing::warn!(error = %e, "usage counts of the last minute are lost");
        }
        if !self.app.mail.stop(std::time::Duration::from_secs(30)).await {
            tracing::warn!("emails still in flight at stop; they will be sent again");
        }
        self.app.db.close().await
    }
}
