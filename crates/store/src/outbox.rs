//! The durable email outbox (NFR-4): a message is a row written in the same
//! transaction as the change that causes it; a worker claims and delivers it.

use crate::{Conn, Result, Sql, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxRow {
    pub id: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub sent_at: Option<i64>,
    pub last_error: Option<String>,
    /// The content, encrypted to the recipient's OpenPGP key (MSG-3).
    pub encrypted: Option<String>,
}

const COLS: &str = "id, recipient, subject, body, created_at, status, attempts, next_attempt_at, sent_at, last_error, encrypted";

/// What an email says: in clear, and encrypted when it carries content.
pub struct Letter<'a> {
    pub recipient: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub encrypted: Option<&'a str>,
}

pub async fn insert(c: &mut Conn, id: &str, letter: &Letter<'_>, now: i64) -> Result<()> {
    c.exec(
        "INSERT INTO outbox (id, recipient, subject, body, created_at, status, attempts, next_attempt_at, encrypted)
         VALUES ($1, $2, $3, $4, $5, 'queued', 0, $5, $6)",
        args![id, letter.recipient, letter.subject, letter.body, now, letter.encrypted.map(str::to_string)],
    )
    .await?;
    Ok(())
}

/// Claims up to `limit` due messages for `lease_ms`. A message whose worker
/// died is claimed again when its lease runs out; its Message-ID, derived
/// from the row, lets the receiving side recognise a repeat.
pub async fn claim(c: &mut Conn, now: i64, lease_ms: i64, limit: i64) -> Result<Vec<OutboxRow>> {
    // The one real difference between the backends: PostgreSQL instances
    // skip rows that another instance is claiming; SQLite has one writer.
    let lock = if c.is_postgres() {
        "FOR UPDATE SKIP LOCKED"
    } else {
        ""
    };
    let sql = format!(
        "UPDATE outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = $2
         WHERE id IN (SELECT id FROM outbox WHERE status IN ('queued', 'sending') AND next_attempt_at <= $1
                      ORDER BY next_attempt_at LIMIT $3 {lock})
         RETURNING {COLS}"
    );
    c.all(Sql::assembled(sql), args![now, now + lease_ms, limit])
        .await
}

pub async fn mark_sent(c: &mut Conn, id: &str, now: i64) -> Result<()> {
    c.exec(
        "UPDATE outbox SET status = 'sent', sent_at = $2, last_error = NULL WHERE id = $1",
        args![id, now],
    )
    .await?;
    Ok(())
}

pub async fn mark_failed(
    c: &mut Conn,
    id: &str,
    permanent: bool,
    retry_at: i64,
    error: &str,
) -> Result<()> {
    let status = if permanent { "failed" } else { "queued" };
    c.exec(
        "UPDATE outbox SET status = $2, next_attempt_at = $3, last_error = $4 WHERE id = $1",
        args![id, status, retry_at, error],
    )
    .await?;
    Ok(())
}

/// A bounce report said the message never arrived, after it was sent.
pub async fn mark_bounced(c: &mut Conn, id: &str) -> Result<()> {
    c.exec(
        "UPDATE outbox SET status = 'bounced' WHERE id = $1 AND status = 'sent'",
        args![id],
    )
    .await?;
    Ok(())
}

pub async fn next_due(c: &mut Conn) -> Result<Option<i64>> {
    #[derive(sqlx::FromRow)]
    struct Due {
        at: Option<i64>,
    }
    let d: Due = c
        .one(
            "SELECT MIN(next_attempt_at) AS at FROM outbox WHERE status IN ('queued', 'sending')",
            args![],
        )
        .await?;
    Ok(d.at)
}

/// How many emails wait to be delivered.
pub async fn depth(c: &mut Conn) -> Result<i64> {
    let n: crate::Count = c
        .one(
            "SELECT COUNT(*) AS n FROM outbox WHERE status IN ('queued', 'sending')",
            args![],
        )
        .await?;
    Ok(n.n)
}

/// When the oldest email not yet delivered was queued.
pub async fn oldest_unsent(c: &mut Conn) -> Result<Option<i64>> {
    #[derive(sqlx::FromRow)]
    struct Oldest {
        at: Option<i64>,
    }
    let o: Oldest = c
        .one(
            "SELECT MIN(created_at) AS at FROM outbox WHERE status IN ('queued', 'sending')",
            args![],
        )
        .await?;
    Ok(o.at)
}

pub async fn recent(c: &mut Conn, limit: i64) -> Result<Vec<OutboxRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {COLS} FROM outbox ORDER BY created_at DESC LIMIT $1"
        )),
        args![limit],
    )
    .await
}

/// Email queued before `before` and still not delivered.
pub async fn stuck(c: &mut Conn, before: i64, limit: i64) -> Result<Vec<OutboxRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {COLS} FROM outbox WHERE status IN ('queued', 'sending') AND created_at < $1
             ORDER BY created_at LIMIT $2"
        )),
        args![before, limit],
    )
    .await
}
