//! What an operator's monitoring reads (NFR-6): counters kept as things
//! happen, and gauges read from the database at each scrape. Recorded
//! through the `metrics` facade: where no exporter is installed (tests,
//! commands) they cost nothing.

use super::app::App;
use super::error::AppResult;
use metrics::{counter, gauge};

/// Counts what the audit log records that monitoring watches: sign-ins,
/// campaigns, acknowledgements and bounces.
pub(crate) fn audited(action: &str) {
    let sign_in = match action {
        "login.succeeded" => Some("succeeded"),
        "login.failed" | "login.mfa_failed" => Some("failed"),
        "login.throttled" => Some("throttled"),
        _ => None,
    };
    if let Some(outcome) = sign_in {
        counter!("pocdir_sign_ins_total", "outcome" => outcome).increment(1);
    }
    match action {
        "campaign.launched" | "campaign.scheduled" | "campaign.rechecked" => {
            counter!("pocdir_campaigns_total").increment(1)
        }
        "check.acknowledged" => counter!("pocdir_check_acknowledgements_total").increment(1),
        "check.bounced" => counter!("pocdir_bounces_total").increment(1),
        _ => {}
    }
}

/// Counts one delivery attempt: accepted, or failed for now or for good.
pub(crate) fn delivered(outcome: Result<(), bool>) {
    match outcome {
        Ok(()) => counter!("pocdir_emails_sent_total").increment(1),
        Err(permanent) => {
            let kind = if permanent { "permanent" } else { "temporary" };
            counter!("pocdir_email_failures_total", "kind" => kind).increment(1)
        }
    }
}

/// Counts one answered HTTP request by its route (the pattern, never the
/// path, which holds ids) and status, with its latency.
pub fn request(method: &str, route: &str, status: u16, seconds: f64) {
    let labels = [
        ("method", method.to_string()),
        ("route", route.to_string()),
        ("status", status.to_string()),
    ];
    counter!("pocdir_http_requests_total", &labels).increment(1);
    metrics::histogram!("pocdir_http_request_duration_seconds", "route" => route.to_string())
        .record(seconds);
}

impl App {
    /// Sets the gauges read at scrape time: the outbox's depth and the age
    /// of its oldest email, the background tasks, and the database pool.
    pub async fn measure(&self) -> AppResult<()> {
        let mut c = self.db.conn().await?;
        gauge!("pocdir_outbox_depth").set(store::outbox::depth(&mut c).await? as f64);
        let oldest = store::outbox::oldest_unsent(&mut c).await?;
        drop(c);
        let age = oldest.map_or(0, |at| (self.now() - at).max(0)) as f64 / 1000.0;
        gauge!("pocdir_outbox_oldest_seconds").set(age);
        for (task, state) in self.tasks.snapshot() {
            gauge!("pocdir_task_restarts", "task" => task).set(state.restarts as f64);
            gauge!("pocdir_task_running", "task" => task).set(f64::from(u8::from(state.running)));
        }
        let (open, idle) = self.db.pool_use();
        gauge!("pocdir_db_connections", "state" => "idle").set(idle as f64);
        gauge!("pocdir_db_connections", "state" => "busy")
            .set(f64::from(open).max(idle as f64) - idle as f64);
        Ok(())
    }
}
