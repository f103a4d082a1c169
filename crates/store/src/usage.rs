//! Usage counts (USE-1): how many of each event, per month and region.

use crate::{Conn, Result, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UsageRow {
    /// "YYYY-MM".
    pub month: String,
    /// The region of the acting user's State; empty for the custodian.
    pub region: String,
    pub event: String,
    pub n: i64,
}

/// Adds `n` to a count; several instances add to the same row.
pub async fn add(c: &mut Conn, month: &str, region: &str, event: &str, n: i64) -> Result<()> {
    c.exec(
        "INSERT INTO usage_counts (month, region, event, n) VALUES ($1, $2, $3, $4)
         ON CONFLICT (month, region, event) DO UPDATE SET n = usage_counts.n + excluded.n",
        args![month, region, event, n],
    )
    .await?;
    Ok(())
}

pub async fn all(c: &mut Conn) -> Result<Vec<UsageRow>> {
    c.all(
        "SELECT month, region, event, n FROM usage_counts ORDER BY month, region, event",
        args![],
    )
    .await
}
