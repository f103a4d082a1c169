//! Personal API tokens (INT-1). The table keeps the token's SHA-256 only.

use crate::{Conn, Result, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TokenRow {
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub scopes: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// A token with what every request needs to know of its owner.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Presented {
    pub id: String,
    pub user_id: String,
    pub scopes: String,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub role: String,
    pub state_code: Option<String>,
    pub status: String,
    pub locale: String,
}

pub struct NewToken<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub name: &'a str,
    pub token_hash: &'a str,
    pub scopes: &'a str,
    pub created_at: i64,
    pub expires_at: i64,
}

pub async fn insert(c: &mut Conn, t: &NewToken<'_>) -> Result<()> {
    c.exec(
        "INSERT INTO api_tokens (id, user_id, name, token_hash, scopes, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        args![
            t.id,
            t.user_id,
            t.name,
            t.token_hash,
            t.scopes,
            t.created_at,
            t.expires_at
        ],
    )
    .await?;
    Ok(())
}

pub async fn of_user(c: &mut Conn, user_id: &str) -> Result<Vec<TokenRow>> {
    c.all(
        "SELECT id, user_id, name, scopes, created_at, expires_at, last_used_at, revoked_at
         FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id DESC",
        args![user_id],
    )
    .await
}

pub async fn presented(c: &mut Conn, token_hash: &str) -> Result<Option<Presented>> {
    c.opt(
        "SELECT t.id, t.user_id, t.scopes, t.expires_at, t.last_used_at, t.revoked_at,
                u.role, u.state_code, u.status, u.locale
         FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1",
        args![token_hash],
    )
    .await
}

/// Revokes one of the user's own tokens; 0 when it has none of that id
/// still in force.
pub async fn revoke(c: &mut Conn, id: &str, user_id: &str, now: i64) -> Result<u64> {
    c.exec(
        "UPDATE api_tokens SET revoked_at = $3
         WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL",
        args![id, user_id, now],
    )
    .await
}

pub async fn revoke_all(c: &mut Conn, user_id: &str, now: i64) -> Result<u64> {
    c.exec(
        "UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL",
        args![user_id, now],
    )
    .await
}

pub async fn used(c: &mut Conn, id: &str, now: i64) -> Result<()> {
    c.exec(
        "UPDATE api_tokens SET last_used_at = $2 WHERE id = $1",
        args![id, now],
    )
    .await?;
    Ok(())
}
