//! What happened to each inject at each State, to the second: delivered,
//! acknowledged and answered and how fast, escalated, each expectation's
//! outcome, and where the chain broke (EXR-1). Control's live board and the
//! after-action report read the same rows.

use store::exercise::{EmailStatusRow, ExerciseRow, InjectRow};
use store::message::{EscalationRow, ThreadRow};

/// An expectation's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// Done within the time expected.
    Met,
    /// Done, but after the time expected.
    Late,
    /// Not done by its expiry, or by the end of the exercise.
    Failed,
    /// Not done yet, and still open.
    Pending,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Self::Met => "met",
            Self::Late => "late",
            Self::Failed => "failed",
            Self::Pending => "pending",
        }
    }
}

/// Where the chain from exercise control to a State's answer broke, in the
/// order it is followed.
pub const BREAKS: [&str; 5] = [
    "not-delivered",
    "escalation-empty",
    "not-acknowledged",
    "not-answered",
    "answered-late",
];

/// One inject at one State.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ResultRow {
    pub inject_id: String,
    pub seq: i64,
    pub state: String,
    pub thread_id: Option<String>,
    pub released_at: Option<i64>,
    /// sent (delivered to the mail system), waiting, failed (bounced or
    /// refused), or none (no thread: not released, or no player left).
    pub delivery: &'static str,
    /// Seconds from release.
    pub ack_seconds: Option<i64>,
    pub answer_seconds: Option<i64>,
    /// Escalation steps taken, and whether one reached no one.
    pub escalations: i64,
    pub escalation_empty: bool,
    pub ack: Option<Outcome>,
    pub answer: Option<Outcome>,
    /// One of `BREAKS`, or None while the chain holds or is still open.
    pub broke: Option<&'static str>,
}

/// Everything the rows are read from.
pub(super) struct Record<'a> {
    pub exercise: &'a ExerciseRow,
    pub injects: &'a [InjectRow],
    pub states: &'a [String],
    pub threads: &'a [ThreadRow],
    pub emails: &'a [EmailStatusRow],
    pub escalations: &'a [EscalationRow],
    pub now: i64,
}

fn seconds(from: i64, to: Option<i64>) -> Option<i64> {
    to.map(|t| (t - from) / 1000)
}

/// An expectation due `within` seconds of release, open for `expiry`.
fn outcome(
    within: Option<i64>,
    done: Option<i64>,
    open: bool,
    age: i64,
    expiry: i64,
) -> Option<Outcome> {
    let within = within?;
    Some(match done {
        Some(s) if s <= within => Outcome::Met,
        Some(_) => Outcome::Late,
        None if !open || age > expiry => Outcome::Failed,
        None => Outcome::Pending,
    })
}

fn delivery(emails: &[&EmailStatusRow]) -> &'static str {
    if emails.iter().any(|e| e.status == "sent") {
        "sent"
    } else if emails
        .iter()
        .any(|e| matches!(e.status.as_str(), "queued" | "sending"))
    {
        "waiting"
    } else if emails.is_empty() {
        "none"
    } else {
        "failed"
    }
}

pub(super) fn rows(r: &Record<'_>) -> Vec<ResultRow> {
    let open = matches!(r.exercise.status.as_str(), "running" | "paused");
    let until = r.exercise.ended_at.unwrap_or(r.now);
    let mut out = Vec::new();
    for inject in r.injects {
        for state in r.states {
            if !inject.to_states.split_whitespace().any(|s| s == state) {
                continue;
            }
            let thread = r
                .threads
                .iter()
                .find(|t| t.inject_id.as_ref() == Some(&inject.id) && &t.to_state == state);
            let Some(t) = thread else {
                out.push(ResultRow {
                    inject_id: inject.id.clone(),
                    seq: inject.seq,
                    state: state.clone(),
                    thread_id: None,
                    released_at: inject.released_at,
                    delivery: "none",
                    ack_seconds: None,
                    answer_seconds: None,
                    escalations: 0,
                    escalation_empty: false,
                    ack: None,
                    answer: None,
                    broke: inject.released_at.map(|_| "not-delivered"),
                });
                continue;
            };
            let emails: Vec<&EmailStatusRow> =
                r.emails.iter().filter(|e| e.thread_id == t.id).collect();
            let steps: Vec<&EscalationRow> = r
                .escalations
                .iter()
                .filter(|e| e.thread_id == t.id)
                .collect();
            let ack_seconds = seconds(t.created_at, t.acknowledged_at);
            let answer_seconds = seconds(t.created_at, t.responded_at);
            let age = (until - t.created_at) / 1000;
            let ack = outcome(inject.expect_ack_s, ack_seconds, open, age, inject.expiry_s);
            let answer = outcome(
                inject.expect_answer_s,
                answer_seconds,
                open,
                age,
                inject.expiry_s,
            );
            let delivery = delivery(&emails);
            let escalation_empty = steps.iter().any(|e| e.recipients == 0);
            let over = !open || age > inject.expiry_s;
            let broke = if delivery == "failed" {
                Some("not-delivered")
            } else if ack_seconds.is_none() && escalation_empty {
                Some("escalation-empty")
            } else if ack_seconds.is_none() && (over || ack == Some(Outcome::Failed)) {
                Some("not-acknowledged")
            } else if answer_seconds.is_none() && answer == Some(Outcome::Failed) {
                Some("not-answered")
            } else if answer == Some(Outcome::Late) {
                Some("answered-late")
            } else {
                None
            };
            out.push(ResultRow {
                inject_id: inject.id.clone(),
                seq: inject.seq,
                state: state.clone(),
                thread_id: Some(t.id.clone()),
                released_at: Some(t.created_at),
                delivery,
                ack_seconds,
                answer_seconds,
                escalations: steps.len() as i64,
                escalation_empty,
                ack,
                answer,
                broke,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exr1_an_expectation_is_met_late_failed_or_pending() {
        assert_eq!(
            outcome(Some(60), Some(60), true, 100, 600),
            Some(Outcome::Met)
        );
        assert_eq!(
            outcome(Some(60), Some(61), true, 100, 600),
            Some(Outcome::Late)
        );
        assert_eq!(
            outcome(Some(60), None, true, 601, 600),
            Some(Outcome::Failed)
        );
        assert_eq!(
            outcome(Some(60), None, false, 100, 600),
            Some(Outcome::Failed)
        );
        assert_eq!(
            outcome(Some(60), None, true, 100, 600),
            Some(Outcome::Pending)
        );
        assert_eq!(outcome(None, Some(5), true, 100, 600), None);
    }
}
