//! Accounts, second factors, recovery codes and invitations (ACC-1 to ACC-3).

use crate::{Conn, Count, Result, Sql, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub state_code: Option<String>,
    pub password_hash: Option<String>,
    pub status: String,
    pub locale: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// Not usable before this time: created from outside the State (ACC-6).
    pub held_until: Option<i64>,
}

const COLS: &str = "id, email, display_name, role, state_code, password_hash, status, locale, created_at, updated_at, held_until";

fn select(filter: &str) -> Sql {
    Sql::assembled(format!("SELECT {COLS} FROM users WHERE {filter}"))
}

pub async fn insert(c: &mut Conn, u: &UserRow) -> Result<()> {
    c.exec(
        "INSERT INTO users (id, email, display_name, role, state_code, password_hash, status, locale, created_at, updated_at, held_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        args![&u.id, &u.email, &u.display_name, &u.role, u.state_code.clone(), u.password_hash.clone(), &u.status, &u.locale, u.created_at, u.updated_at, u.held_until],
    )
    .await?;
    Ok(())
}

pub async fn get(c: &mut Conn, id: &str) -> Result<Option<UserRow>> {
    c.opt(select("id = $1"), args![id]).await
}

pub async fn by_email(c: &mut Conn, email: &str) -> Result<Option<UserRow>> {
    c.opt(select("lower(email) = lower($1)"), args![email])
        .await
}

pub async fn of_state(c: &mut Conn, state: &str) -> Result<Vec<UserRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {COLS} FROM users WHERE state_code = $1 ORDER BY display_name"
        )),
        args![state],
    )
    .await
}

pub async fn with_role(c: &mut Conn, role: &str) -> Result<Vec<UserRow>> {
    c.all(select("role = $1 AND status = 'active'"), args![role])
        .await
}

pub async fn set_password(c: &mut Conn, id: &str, hash: &str, now: i64) -> Result<()> {
    c.exec(
        "UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1",
        args![id, hash, now],
    )
    .await?;
    Ok(())
}

pub async fn set_status(c: &mut Conn, id: &str, status: &str, now: i64) -> Result<u64> {
    c.exec(
        "UPDATE users SET status = $2, updated_at = $3 WHERE id = $1",
        args![id, status, now],
    )
    .await
}

pub async fn set_locale(c: &mut Conn, id: &str, locale: &str, now: i64) -> Result<()> {
    c.exec(
        "UPDATE users SET locale = $2, updated_at = $3 WHERE id = $1",
        args![id, locale, now],
    )
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FactorRow {
    pub id: String,
    pub user_id: String,
    pub kind: String,
    pub secret: String,
    pub label: String,
    pub last_step: Option<i64>,
    pub confirmed: bool,
    pub created_at: i64,
}

pub async fn insert_factor(c: &mut Conn, f: &FactorRow) -> Result<()> {
    c.exec(
        "INSERT INTO mfa_factors (id, user_id, kind, secret, label, last_step, confirmed, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        args![&f.id, &f.user_id, &f.kind, &f.secret, &f.label, f.last_step, f.confirmed, f.created_at],
    )
    .await?;
    Ok(())
}

pub async fn factors(c: &mut Conn, user_id: &str) -> Result<Vec<FactorRow>> {
    c.all(
        "SELECT id, user_id, kind, secret, label, last_step, confirmed, created_at
         FROM mfa_factors WHERE user_id = $1 ORDER BY created_at",
        args![user_id],
    )
    .await
}

/// Records that `step` was used; false when it (or a later one) already was,
/// which is how a replayed TOTP code is refused, atomically.
pub async fn use_step(c: &mut Conn, factor_id: &str, step: i64) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE mfa_factors SET last_step = $2, confirmed = TRUE
             WHERE id = $1 AND (last_step IS NULL OR last_step < $2)",
            args![factor_id, step],
        )
        .await?;
    Ok(n == 1)
}

pub async fn delete_unconfirmed_factors(c: &mut Conn, user_id: &str) -> Result<()> {
    c.exec(
        "DELETE FROM mfa_factors WHERE user_id = $1 AND confirmed = FALSE",
        args![user_id],
    )
    .await?;
    Ok(())
}

pub async fn replace_recovery_codes(c: &mut Conn, user_id: &str, hashes: &[String]) -> Result<()> {
    c.exec(
        "DELETE FROM recovery_codes WHERE user_id = $1",
        args![user_id],
    )
    .await?;
    for h in hashes {
        c.exec(
            "INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)",
            args![user_id, h],
        )
        .await?;
    }
    Ok(())
}

pub async fn use_recovery_code(c: &mut Conn, user_id: &str, hash: &str, now: i64) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
            args![user_id, hash, now],
        )
        .await?;
    Ok(n == 1)
}

pub async fn recovery_codes_left(c: &mut Conn, user_id: &str) -> Result<i64> {
    let r: Count = c
        .one(
            "SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
            args![user_id],
        )
        .await?;
    Ok(r.n)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvitationRow {
    pub token_hash: String,
    pub user_id: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

pub async fn insert_invitation(
    c: &mut Conn,
    token_hash: &str,
    user_id: &str,
    now: i64,
    expires_at: i64,
) -> Result<()> {
    c.exec(
        "INSERT INTO invitations (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        args![token_hash, user_id, now, expires_at],
    )
    .await?;
    Ok(())
}

pub async fn invitation(c: &mut Conn, token_hash: &str) -> Result<Option<InvitationRow>> {
    c.opt(
        "SELECT token_hash, user_id, created_at, expires_at, used_at FROM invitations WHERE token_hash = $1",
        args![token_hash],
    )
    .await
}

pub async fn use_invitation(c: &mut Conn, token_hash: &str, now: i64) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE invitations SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
            args![token_hash, now],
        )
        .await?;
    Ok(n == 1)
}

/// Remembers a browser where the user completed sign-in (ACC-3).
pub async fn insert_device(c: &mut Conn, token_hash: &str, user_id: &str, now: i64) -> Result<()> {
    c.exec(
        "INSERT INTO known_devices (token_hash, user_id, created_at) VALUES ($1, $2, $3)",
        args![token_hash, user_id, now],
    )
    .await?;
    Ok(())
}

/// Whose known device a token is, if it was remembered since `since`.
pub async fn device_owner(c: &mut Conn, token_hash: &str, since: i64) -> Result<Option<String>> {
    #[derive(sqlx::FromRow)]
    struct Owner {
        user_id: String,
    }
    let o: Option<Owner> = c
        .opt(
            "SELECT user_id FROM known_devices WHERE token_hash = $1 AND created_at >= $2",
            args![token_hash, since],
        )
        .await?;
    Ok(o.map(|o| o.user_id))
}

/// Removes every second factor of a user, and the recovery codes.
pub async fn delete_factors(c: &mut Conn, user_id: &str) -> Result<()> {
    c.exec("DELETE FROM mfa_factors WHERE user_id = $1", args![user_id])
        .await?;
    replace_recovery_codes(c, user_id, &[]).await
}
