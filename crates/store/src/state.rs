//! Participation of States (DIR-1, ACC-1, ACC-2).

use crate::{Conn, Result, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StateRow {
    pub code: String,
    pub participating_since: Option<i64>,
    pub admitted_by: Option<String>,
    pub admission_ref: Option<String>,
    pub account_mode: String,
    pub pm_email: Option<String>,
    pub updated_at: i64,
}

const COLS: &str =
    "code, participating_since, admitted_by, admission_ref, account_mode, pm_email, updated_at";

pub async fn get(c: &mut Conn, code: &str) -> Result<Option<StateRow>> {
    c.opt(
        crate::Sql::assembled(format!("SELECT {COLS} FROM states WHERE code = $1")),
        args![code],
    )
    .await
}

pub async fn participating(c: &mut Conn) -> Result<Vec<StateRow>> {
    let sql =
        format!("SELECT {COLS} FROM states WHERE participating_since IS NOT NULL ORDER BY code");
    c.all(crate::Sql::assembled(sql), args![]).await
}

/// Admits a State; admitting an already participating State keeps its date.
pub async fn admit(
    c: &mut Conn,
    code: &str,
    by: &str,
    reference: &str,
    pm_email: Option<&str>,
    now: i64,
) -> Result<()> {
    c.exec(
        "INSERT INTO states (code, participating_since, admitted_by, admission_ref, account_mode, pm_email, updated_at)
         VALUES ($1, $2, $3, $4, 'personal', $5, $2)
         ON CONFLICT (code) DO UPDATE SET
           participating_since = COALESCE(states.participating_since, excluded.participating_since),
           admitted_by = COALESCE(states.admitted_by, excluded.admitted_by),
           admission_ref = COALESCE(states.admission_ref, excluded.admission_ref),
           pm_email = COALESCE(excluded.pm_email, states.pm_email),
           updated_at = excluded.updated_at",
        args![code, now, by, reference, pm_email],
    )
    .await?;
    Ok(())
}

pub async fn set_account_mode(c: &mut Conn, code: &str, mode: &str, now: i64) -> Result<u64> {
    c.exec(
        "UPDATE states SET account_mode = $2, updated_at = $3 WHERE code = $1",
        args![code, mode, now],
    )
    .await
}
