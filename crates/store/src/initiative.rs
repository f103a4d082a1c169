//! Capacity-building initiatives and expert meetings (CAP-2).

use crate::{Conn, Result, Sql, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InitiativeRow {
    pub id: String,
    pub state_code: String,
    pub kind: String,
    pub topic: String,
    pub title: String,
    pub description: String,
    pub title_en: Option<String>,
    pub description_en: Option<String>,
    pub written_in: String,
    /// "YYYY-MM-DD".
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub organiser: String,
    pub contact: String,
    pub contact_public: i64,
    /// Language codes, separated by spaces.
    pub languages: String,
    pub open_to_all: i64,
    pub status: String,
    pub submitted_by: String,
    pub submitted_at: i64,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
    pub decline_reason: Option<String>,
}

const COLS: &str = "id, state_code, kind, topic, title, description, title_en, description_en, written_in, \
    starts_on, ends_on, organiser, contact, contact_public, languages, open_to_all, status, submitted_by, \
    submitted_at, decided_by, decided_at, decline_reason";

pub async fn insert(c: &mut Conn, r: &InitiativeRow) -> Result<()> {
    c.exec(
        Sql::assembled(format!(
            "INSERT INTO initiatives ({COLS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)"
        )),
        args![
            &r.id, &r.state_code, &r.kind, &r.topic, &r.title, &r.description, r.title_en.clone(),
            r.description_en.clone(), &r.written_in, &r.starts_on, r.ends_on.clone(), &r.organiser, &r.contact,
            r.contact_public, &r.languages, r.open_to_all, &r.status, &r.submitted_by,
            r.submitted_at, r.decided_by.clone(), r.decided_at, r.decline_reason.clone()
        ],
    )
    .await?;
    Ok(())
}

pub async fn get(c: &mut Conn, id: &str) -> Result<Option<InitiativeRow>> {
    c.opt(
        Sql::assembled(format!("SELECT {COLS} FROM initiatives WHERE id = $1")),
        args![id],
    )
    .await
}

/// Initiatives with a status, soonest first.
pub async fn with_status(c: &mut Conn, status: &str) -> Result<Vec<InitiativeRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {COLS} FROM initiatives WHERE status = $1 ORDER BY starts_on, submitted_at"
        )),
        args![status],
    )
    .await
}

/// A State's proposals, newest first.
pub async fn of_state(c: &mut Conn, state: &str) -> Result<Vec<InitiativeRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {COLS} FROM initiatives WHERE state_code = $1 ORDER BY submitted_at DESC"
        )),
        args![state],
    )
    .await
}

/// Records the custodian's decision once; false if already decided.
pub async fn decide(
    c: &mut Conn,
    id: &str,
    status: &str,
    by: &str,
    at: i64,
    reason: Option<&str>,
) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE initiatives SET status = $2, decided_by = $3, decided_at = $4, decline_reason = $5
             WHERE id = $1 AND status = 'pending'",
            args![id, status, by, at, reason],
        )
        .await?;
    Ok(n == 1)
}
