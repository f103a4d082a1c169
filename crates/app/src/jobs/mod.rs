//! What pocdir does on its own, once a minute: the scheduled check
//! (PING-1), follow-up of unanswered checks (PING-3), bounce reports,
//! currency reminders (DIR-7), reminders of expiring OpenPGP keys (DIR-3),
//! escalation of communications not acknowledged in time (MSG-3), and
//! exercise injects as they fall due (EXR-1). Each step claims its work in
//! the database, so several instances may run it at once and any may
//! restart.

use crate::checks::{bounces, follow_up};
use crate::directory::currency;
use crate::{App, AppResult, checks, messages};
use std::time::Duration;

/// What one round did.
#[derive(Debug, Default)]
pub struct Round {
    pub scheduled_campaign: Option<String>,
    pub reminded: usize,
    pub escalated: usize,
    pub bounced: usize,
    pub currency_reminders: usize,
    /// Reminders of entries' OpenPGP keys expiring or expired (DIR-3).
    pub key_reminders: usize,
    /// Escalation steps of unacknowledged communications (MSG-3).
    pub messages_escalated: usize,
    /// Exercise injects released on their timeline (EXR-1).
    pub injects_released: usize,
    /// The size of the audit log signed in a new checkpoint (NFR-3).
    pub checkpoint: Option<i64>,
    /// Steps that failed; the others still ran.
    pub errors: Vec<String>,
}

fn keep<T: Default>(errors: &mut Vec<String>, step: &str, r: AppResult<T>) -> T {
    r.unwrap_or_else(|e| {
        tracing::error!(step, error = %e, "scheduled work");
        errors.push(format!("{step}: {e}"));
        T::default()
    })
}

/// One round of every step; a failing step does not stop the others.
pub(crate) async fn round(app: &App) -> Round {
    let mut errors = Vec::new();
    let scheduled_campaign = keep(&mut errors, "schedule", checks::run_schedule(app).await);
    let bounced = keep(&mut errors, "bounces", bounces::read(app).await);
    let reminded = keep(&mut errors, "reminders", follow_up::remind(app).await);
    let escalated = keep(&mut errors, "escalation", follow_up::escalate(app).await);
    let currency_reminders = keep(&mut errors, "currency", currency::remind(app).await);
    let key_reminders = keep(
        &mut errors,
        "keys",
        crate::directory::keys::remind(app).await,
    );
    let messages_escalated = keep(
        &mut errors,
        "messages",
        messages::escalation::escalate(app).await,
    );
    let injects_released = keep(
        &mut errors,
        "exercises",
        crate::exercises::release_due(app).await,
    );
    let checkpoint = keep(&mut errors, "checkpoint", crate::checkpoint::due(app).await);
    keep(&mut errors, "usage", crate::usage::flush(app).await);
    Round {
        checkpoint,
        scheduled_campaign,
        reminded,
        escalated,
        bounced,
        currency_reminders,
        key_reminders,
        messages_escalated,
        injects_released,
        errors,
    }
}

/// Runs a round every minute until the process ends.
pub(crate) async fn run(app: App) {
    loop {
        round(&app).await;
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
}
