//! One entry as published, and when it is due for confirmation (DIR-7).

use crate::clock::DAY;
use crate::{App, AppResult};
use domain::{PocFields, StateCode};
use serde::Serialize;
use store::poc::{PocRow, VersionRow};

/// A published entry, ready to show.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: String,
    pub state: StateCode,
    pub status: String,
    pub fields: PocFields,
    pub last_confirmed_at: Option<i64>,
    pub updated_at: i64,
    /// Not confirmed within the configured interval (DIR-7).
    pub overdue: bool,
    /// How the entry answered the latest communication check (DIR-8).
    pub last_check: Option<LastCheck>,
}

/// How an entry answered the latest campaign that checked it.
#[derive(Debug, Clone, Serialize)]
pub struct LastCheck {
    pub launched_at: i64,
    /// "answered", "waiting", "unanswered" or "unreachable".
    pub outcome: &'static str,
    /// From the first message to the first acknowledgement.
    pub answered_after_ms: Option<i64>,
}

impl LastCheck {
    /// The outcome of one entry's checks in one campaign, at `now`.
    fn of(rows: &[&store::campaign::LastCheckRow], now: i64) -> Option<LastCheck> {
        let first = rows.first()?;
        let answered_after_ms = rows
            .iter()
            .filter_map(|r| Some(r.acknowledged_at? - r.sent_at.unwrap_or(r.launched_at)))
            .min()
            .map(|ms| ms.max(0));
        let outcome = if answered_after_ms.is_some() {
            "answered"
        } else if rows.iter().all(|r| r.status == "unreachable") {
            "unreachable"
        } else if first.closes_at > now {
            "waiting"
        } else {
            "unanswered"
        };
        Some(LastCheck {
            launched_at: first.launched_at,
            outcome,
            answered_after_ms,
        })
    }
}

/// The latest check of each entry of `state`, by entry id.
pub(crate) async fn last_checks(
    app: &App,
    c: &mut store::Conn,
    state: StateCode,
) -> AppResult<std::collections::HashMap<String, LastCheck>> {
    let rows = store::campaign::last_checks_of_state(c, state.as_str()).await?;
    let mut by_entry: std::collections::HashMap<&str, Vec<_>> = Default::default();
    for r in &rows {
        by_entry.entry(r.poc_id.as_str()).or_default().push(r);
    }
    let now = app.now();
    Ok(by_entry
        .into_iter()
        .filter_map(|(id, rows)| Some((id.to_string(), LastCheck::of(&rows, now)?)))
        .collect())
}

pub(crate) fn entry_of(app: &App, row: &PocRow) -> AppResult<Option<Entry>> {
    let Some(json) = &row.published_fields else {
        return Ok(None);
    };
    let fields: PocFields = serde_json::from_str(json)
        .map_err(|e| store::Error::Corrupt(format!("poc {}: {e}", row.id)))?;
    let state = StateCode::parse(&row.state_code)?;
    let cutoff = app.now() - confirm_period(app);
    Ok(Some(Entry {
        id: row.id.clone(),
        state,
        status: row.status.clone(),
        fields,
        last_confirmed_at: row.last_confirmed_at,
        updated_at: row.updated_at,
        overdue: row.status == "active" && row.last_confirmed_at.is_none_or(|t| t < cutoff),
        last_check: None,
    }))
}

/// How often an entry must be confirmed (DIR-7), in milliseconds.
pub fn confirm_period(app: &App) -> i64 {
    app.config.directory.confirm_every_months * 30 * DAY
}

pub(super) fn fields_of(v: &VersionRow) -> AppResult<PocFields> {
    serde_json::from_str(&v.fields)
        .map_err(|e| store::Error::Corrupt(format!("version {}: {e}", v.id)).into())
}
