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
