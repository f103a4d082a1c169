//! What pocdir does on its own, once a minute: the scheduled check
//! (PING-1), follow-up of unanswered checks (PING-3), bounce reports, and
//! currency reminders (DIR-7), and escalation of communications not
//! acknowledged in time (MSG-3). Each step claims its work in the database,
//! so several instances may run it at once and any may restart.

use crate::clock::{DAY, HOUR};
use crate::config::ChecksConfig;
use crate::{App, AppResult, bounces, checks, currency, follow_up, messages};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use std::time::Duration;

/// The scheduled slots of the previous, current and next year, in time
/// order, as ("YYYY-MM", epoch milliseconds).
fn slots(k: &ChecksConfig, now: i64) -> Vec<(String, i64)> {
    let year = Timestamp::from_millisecond(now)
        .map(|t| t.to_zoned(TimeZone::UTC).year())
        .unwrap_or(2026);
    let mut months = k.schedule_months.clone();
    months.sort_unstable();
    months.dedup();
    let mut out = Vec::new();
    for y in [year - 1, year, year + 1] {
        for &m in &months {
            let at = jiff::civil::date(y, m as i8, k.schedule_day as i8)
                .at(k.schedule_hour as i8, 0, 0, 0)
                .to_zoned(TimeZone::UTC)
                .map(|z| z.timestamp().as_millisecond());
            if let Ok(at) = at {
                out.push((format!("{y:04}-{m:02}"), at));
            }
        }
    }
    out
}

/// The slot to run now: the latest one that has begun, unless it began
/// longer ago than the catch-up window (a fresh installation does not run
/// last season's check).
pub fn due_slot(k: &ChecksConfig, now: i64) -> Option<String> {
    let window = (k.schedule_catch_up_days * DAY).max(HOUR);
    slots(k, now)
        .into_iter()
        .rfind(|(_, at)| *at <= now)
        .filter(|(_, at)| now - at <= window)
        .map(|(key, _)| key)
}

/// When the next scheduled check starts, if one is scheduled.
pub fn next_slot(k: &ChecksConfig, now: i64) -> Option<i64> {
    slots(k, now)
        .into_iter()
        .map(|(_, at)| at)
        .find(|at| *at > now)
}

/// What one round did.
#[derive(Debug, Default)]
pub struct Round {
    pub scheduled_campaign: Option<String>,
    pub reminded: usize,
    pub escalated: usize,
    pub bounced: usize,
    pub currency_reminders: usize,
    /// Escalation steps of unacknowledged communications (MSG-3).
    pub messages_escalated: usize,
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
pub async fn round(app: &App) -> Round {
    let mut errors = Vec::new();
    let scheduled_campaign = keep(&mut errors, "schedule", checks::run_schedule(app).await);
    let bounced = keep(&mut errors, "bounces", bounces::read(app).await);
    let reminded = keep(&mut errors, "reminders", follow_up::remind(app).await);
    let escalated = keep(&mut errors, "escalation", follow_up::escalate(app).await);
    let currency_reminders = keep(&mut errors, "currency", currency::remind(app).await);
    let messages_escalated = keep(&mut errors, "messages", messages::escalate(app).await);
    Round {
        scheduled_campaign,
        reminded,
        escalated,
        bounced,
        currency_reminders,
        messages_escalated,
        errors,
    }
}

/// Runs a round every minute until the process ends.
pub async fn run(app: App) {
    loop {
        round(&app).await;
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> i64 {
        s.parse::<Timestamp>().unwrap().as_millisecond()
    }

    #[test]
    fn ping1_six_monthly_slots_with_a_catch_up_window() {
        let k = crate::Config::load(None).unwrap().checks;
        assert_eq!(due_slot(&k, at("2027-01-15T08:59:00Z")), None);
        assert_eq!(
            due_slot(&k, at("2027-01-15T09:00:00Z")).as_deref(),
            Some("2027-01")
        );
        assert_eq!(
            due_slot(&k, at("2027-01-21T09:00:00Z")).as_deref(),
            Some("2027-01"),
            "an instance that was down for six days catches up"
        );
        assert_eq!(due_slot(&k, at("2027-01-23T09:00:00Z")), None);
        assert_eq!(
            due_slot(&k, at("2026-07-16T00:00:00Z")).as_deref(),
            Some("2026-07")
        );
        assert_eq!(
            next_slot(&k, at("2026-11-24T00:00:00Z")),
            Some(at("2027-01-15T09:00:00Z"))
        );
        assert_eq!(
            next_slot(&k, at("2026-12-31T23:00:00Z")),
            Some(at("2027-01-15T09:00:00Z")),
            "across the year end"
        );
        let off = ChecksConfig {
            schedule_months: vec![],
            ..k
        };
        assert_eq!(due_slot(&off, at("2027-01-15T09:00:00Z")), None);
        assert_eq!(next_slot(&off, at("2027-01-15T09:00:00Z")), None);
    }
}
