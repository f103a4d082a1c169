//! Requests for access from Permanent Missions (ACC-1).

use crate::{Conn, Result, Sql, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AccessRequestRow {
    pub id: String,
    pub state_code: String,
    pub requester_name: String,
    pub requester_title: String,
    pub email: String,
    pub note_verbale_ref: String,
    pub message: Option<String>,
    pub locale: String,
    pub status: String,
    pub created_at: i64,
    pub decided_at: Option<i64>,
    pub decided_by: Option<String>,
    pub decision_ref: Option<String>,
    pub decision_reason: Option<String>,
}

const COLS: &str = "id, state_code, requester_name, requester_title, email, note_verbale_ref, message, locale, status,
                    created_at, decided_at, decided_by, decision_ref, decision_reason";

pub async fn insert(c: &mut Conn, r: &AccessRequestRow) -> Result<()> {
    c.exec(
        "INSERT INTO access_requests (id, state_code, requester_name, requester_title, email, note_verbale_ref,
                                      message, locale, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9)",
        args![&r.id, &r.state_code, &r.requester_name, &r.requester_title, &r.email, &r.note_verbale_ref,
              r.message.clone(), &r.locale, r.created_at],
    )
    .await?;
    Ok(())
}

pub async fn get(c: &mut Conn, id: &str) -> Result<Option<AccessRequestRow>> {
    c.opt(
        Sql::assembled(format!("SELECT {COLS} FROM access_requests WHERE id = $1")),
        args![id],
    )
    .await
}

/// Requests with a status, newest first, before the one made at
/// `before_at` with id `before_id`.
pub async fn with_status(
    c: &mut Conn,
    status: &str,
    (before_at, before_id): (i64, &str),
    limit: i64,
) -> Result<Vec<AccessRequestRow>> {
    let sql = format!(
        "SELECT {COLS} FROM access_requests WHERE status = $1
           AND (created_at < $2 OR (created_at = $2 AND id < $3))
         ORDER BY created_at DESC, id DESC LIMIT $4"
    );
    c.all(
        Sql::assembled(sql),
        args![status, before_at, before_id, limit],
    )
    .await
}

pub async fn count_with_status(c: &mut Conn, status: &str) -> Result<i64> {
    let row: crate::Count = c
        .one(
            "SELECT COUNT(*) AS n FROM access_requests WHERE status = $1",
            args![status],
        )
        .await?;
    Ok(row.n)
}

/// Records a decision; false if the request was already decided.
pub async fn decide(
    c: &mut Conn,
    id: &str,
    status: &str,
    by: &str,
    reference: Option<&str>,
    reason: Option<&str>,
    now: i64,
) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE access_requests SET status = $2, decided_by = $3, decision_ref = $4, decision_reason = $5,
                    decided_at = $6
             WHERE id = $1 AND status = 'pending'",
            args![id, status, by, reference, reason, now],
        )
        .await?;
    Ok(n == 1)
}
