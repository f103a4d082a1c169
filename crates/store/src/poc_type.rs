//! The further POC types the custodian offers (DIR-2).

use crate::{Conn, Result, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PocTypeRow {
    pub code: String,
    pub enabled: bool,
    pub changed_at: Option<i64>,
    pub changed_by: Option<String>,
}

/// Every further type, offered or not.
pub async fn all(c: &mut Conn) -> Result<Vec<PocTypeRow>> {
    c.all(
        "SELECT code, enabled, changed_at, changed_by FROM poc_types ORDER BY code",
        args![],
    )
    .await
}

/// Offers a further type, or stops offering it; false if it already was so.
pub async fn set(c: &mut Conn, code: &str, enabled: bool, at: i64, by: &str) -> Result<bool> {
    let changed = c
        .exec(
            "UPDATE poc_types SET enabled = $2, changed_at = $3, changed_by = $4
             WHERE code = $1 AND enabled <> $2",
            args![code, enabled, at, by],
        )
        .await?;
    Ok(changed == 1)
}

/// How many published entries each type has.
pub async fn in_use(c: &mut Conn) -> Result<Vec<(String, i64)>> {
    c.all(
        "SELECT poc_type, COUNT(*) FROM pocs WHERE status = 'active' GROUP BY poc_type",
        args![],
    )
    .await
}
