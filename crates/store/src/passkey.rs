//! Passkeys (ACC-3): WebAuthn credentials, the ceremonies between their two
//! steps, and a custodian's one grace period to enrol.

use crate::{Conn, Result, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PasskeyRow {
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub credential_id: String,
    pub credential: String,
    pub aaguid: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

pub async fn insert(c: &mut Conn, p: &PasskeyRow) -> Result<()> {
    c.exec(
        "INSERT INTO passkeys (id, user_id, name, credential_id, credential, aaguid, created_at, last_used_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        args![&p.id, &p.user_id, &p.name, &p.credential_id, &p.credential, &p.aaguid, p.created_at, p.last_used_at],
    )
    .await?;
    Ok(())
}

pub async fn of_user(c: &mut Conn, user_id: &str) -> Result<Vec<PasskeyRow>> {
    c.all(
        "SELECT id, user_id, name, credential_id, credential, aaguid, created_at, last_used_at
         FROM passkeys WHERE user_id = $1 ORDER BY created_at, id",
        args![user_id],
    )
    .await
}

pub async fn exists(c: &mut Conn, credential_id: &str) -> Result<bool> {
    let found: crate::Count = c
        .one(
            "SELECT COUNT(*) AS n FROM passkeys WHERE credential_id = $1",
            args![credential_id],
        )
        .await?;
    Ok(found.n > 0)
}

/// After a good assertion: the credential's new counter and flags.
pub async fn used(c: &mut Conn, id: &str, credential: &str, now: i64) -> Result<()> {
    c.exec(
        "UPDATE passkeys SET credential = $1, last_used_at = $2 WHERE id = $3",
        args![credential, now, id],
    )
    .await?;
    Ok(())
}

/// Removes one of the user's passkeys; 0 when it has none of that id.
pub async fn delete(c: &mut Conn, user_id: &str, id: &str) -> Result<u64> {
    c.exec(
        "DELETE FROM passkeys WHERE id = $1 AND user_id = $2",
        args![id, user_id],
    )
    .await
}

pub async fn delete_all(c: &mut Conn, user_id: &str) -> Result<u64> {
    c.exec("DELETE FROM passkeys WHERE user_id = $1", args![user_id])
        .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct Ceremony {
    state: String,
    expires_at: i64,
}

/// Keeps a ceremony's state until its second step; a new one for the same
/// session and purpose replaces it.
pub async fn begin(
    c: &mut Conn,
    session_hash: &str,
    purpose: &str,
    state: &str,
    expires_at: i64,
) -> Result<()> {
    c.exec(
        "DELETE FROM passkey_ceremonies WHERE session_hash = $1 AND purpose = $2",
        args![session_hash, purpose],
    )
    .await?;
    c.exec(
        "INSERT INTO passkey_ceremonies (session_hash, purpose, state, expires_at) VALUES ($1, $2, $3, $4)",
        args![session_hash, purpose, state, expires_at],
    )
    .await?;
    Ok(())
}

/// The ceremony's state, used up: a challenge is answered once.
pub async fn take(
    c: &mut Conn,
    session_hash: &str,
    purpose: &str,
    now: i64,
) -> Result<Option<String>> {
    let found: Option<Ceremony> = c
        .opt(
            "SELECT state, expires_at FROM passkey_ceremonies WHERE session_hash = $1 AND purpose = $2",
            args![session_hash, purpose],
        )
        .await?;
    c.exec(
        "DELETE FROM passkey_ceremonies WHERE session_hash = $1 AND purpose = $2 OR expires_at < $3",
        args![session_hash, purpose, now],
    )
    .await?;
    Ok(found.filter(|f| f.expires_at >= now).map(|f| f.state))
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct Grace {
    passkey_grace_until: Option<i64>,
}

/// The end of the user's grace period to enrol, set to `until` the first
/// time it is asked for and kept from then on.
pub async fn grace(c: &mut Conn, user_id: &str, until: i64) -> Result<i64> {
    c.exec(
        "UPDATE users SET passkey_grace_until = $1 WHERE id = $2 AND passkey_grace_until IS NULL",
        args![until, user_id],
    )
    .await?;
    let g: Grace = c
        .one(
            "SELECT passkey_grace_until FROM users WHERE id = $1",
            args![user_id],
        )
        .await?;
    Ok(g.passkey_grace_until.unwrap_or(until))
}

/// Break-glass: the next sign-in starts a new grace period.
pub async fn clear_grace(c: &mut Conn, user_id: &str) -> Result<()> {
    c.exec(
        "UPDATE users SET passkey_grace_until = NULL WHERE id = $1",
        args![user_id],
    )
    .await?;
    Ok(())
}
