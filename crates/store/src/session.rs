//! Server-side sessions behind a cookie holding only a random token; the
//! table keeps its SHA-256 (ACC-4). Also the login throttle (ACC-3).

use crate::{Conn, Result, args};

/// A session with the fields of its user that every request needs.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    pub token_hash: String,
    pub user_id: String,
    pub stage: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub revoked_at: Option<i64>,
    pub user_agent: String,
    pub ip: String,
    pub role: String,
    pub state_code: Option<String>,
    pub status: String,
    pub locale: String,
    pub display_name: String,
    pub held_until: Option<i64>,
}

pub async fn insert(
    c: &mut Conn,
    token_hash: &str,
    user_id: &str,
    stage: &str,
    now: i64,
    ua: &str,
    ip: &str,
) -> Result<()> {
    c.exec(
        "INSERT INTO sessions (token_hash, user_id, stage, created_at, last_seen_at, user_agent, ip)
         VALUES ($1, $2, $3, $4, $4, $5, $6)",
        args![token_hash, user_id, stage, now, ua, ip],
    )
    .await?;
    Ok(())
}

pub async fn get(c: &mut Conn, token_hash: &str) -> Result<Option<SessionRow>> {
    c.opt(
        "SELECT s.token_hash, s.user_id, s.stage, s.created_at, s.last_seen_at, s.revoked_at, s.user_agent, s.ip,
                u.role, u.state_code, u.status, u.locale, u.display_name, u.held_until
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
        args![token_hash],
    )
    .await
}

pub async fn of_user(
    c: &mut Conn,
    user_id: &str,
    now: i64,
    idle_ms: i64,
    absolute_ms: i64,
) -> Result<Vec<SessionRow>> {
    c.all(
        "SELECT s.token_hash, s.user_id, s.stage, s.created_at, s.last_seen_at, s.revoked_at, s.user_agent, s.ip,
                u.role, u.state_code, u.status, u.locale, u.display_name, u.held_until
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.user_id = $1 AND s.revoked_at IS NULL AND s.stage = 'full'
           AND s.last_seen_at > $2 AND s.created_at > $3
         ORDER BY s.last_seen_at DESC",
        args![user_id, now - idle_ms, now - absolute_ms],
    )
    .await
}

pub async fn touch(c: &mut Conn, token_hash: &str, now: i64) -> Result<()> {
    c.exec(
        "UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1",
        args![token_hash, now],
    )
    .await?;
    Ok(())
}

pub async fn set_stage(c: &mut Conn, token_hash: &str, stage: &str, now: i64) -> Result<()> {
    c.exec(
        "UPDATE sessions SET stage = $2, last_seen_at = $3 WHERE token_hash = $1",
        args![token_hash, stage, now],
    )
    .await?;
    Ok(())
}

pub async fn revoke(c: &mut Conn, token_hash: &str, user_id: &str, now: i64) -> Result<u64> {
    c.exec(
        "UPDATE sessions SET revoked_at = $3 WHERE token_hash = $1 AND user_id = $2 AND revoked_at IS NULL",
        args![token_hash, user_id, now],
    )
    .await
}

pub async fn revoke_all(c: &mut Conn, user_id: &str, now: i64) -> Result<u64> {
    c.exec(
        "UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL",
        args![user_id, now],
    )
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ThrottleRow {
    pub key: String,
    pub failures: i64,
    pub window_start: i64,
    pub locked_until: i64,
}

pub async fn throttle(c: &mut Conn, key: &str) -> Result<Option<ThrottleRow>> {
    c.opt(
        "SELECT key, failures, window_start, locked_until FROM login_throttle WHERE key = $1",
        args![key],
    )
    .await
}

pub async fn put_throttle(c: &mut Conn, t: &ThrottleRow) -> Result<()> {
    c.exec(
        "INSERT INTO login_throttle (key, failures, window_start, locked_until) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start,
           locked_until = excluded.locked_until",
        args![&t.key, t.failures, t.window_start, t.locked_until],
    )
    .await?;
    Ok(())
}

/// Counts one use under `key` in a window that starts afresh once it is
/// older than `window_from`; returns the uses in the window, this one
/// included. One statement, so concurrent uses are all counted.
pub async fn count_use(c: &mut Conn, key: &str, now: i64, window_from: i64) -> Result<i64> {
    let row: crate::Count = c
        .one(
            "INSERT INTO login_throttle (key, failures, window_start, locked_until) VALUES ($1, 1, $2, 0)
             ON CONFLICT (key) DO UPDATE SET
               failures = CASE WHEN login_throttle.window_start >= $3 THEN login_throttle.failures + 1 ELSE 1 END,
               window_start = CASE WHEN login_throttle.window_start >= $3 THEN login_throttle.window_start ELSE $2 END
             RETURNING failures AS n",
            args![key, now, window_from],
        )
        .await?;
    Ok(row.n)
}

pub async fn clear_throttle(c: &mut Conn, key: &str) -> Result<()> {
    c.exec("DELETE FROM login_throttle WHERE key = $1", args![key])
        .await?;
    Ok(())
}
