//! Scheduled jobs (PING-1, DIR-7): a job's slot is claimed by inserting a
//! row, so it runs once however many instances run and however often they
//! restart.

use crate::{Conn, Result, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JobRun {
    pub job: String,
    pub slot: String,
    pub ran_at: i64,
    pub outcome: String,
}

/// Claims `slot` of `job` inside the caller's transaction; false if it was
/// already claimed. Roll back to release it.
pub async fn claim(c: &mut Conn, job: &str, slot: &str, now: i64, outcome: &str) -> Result<bool> {
    let n = c
        .exec(
            "INSERT INTO job_runs (job, slot, ran_at, outcome) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            args![job, slot, now, outcome],
        )
        .await?;
    Ok(n == 1)
}

/// The most recent runs of a job.
pub async fn recent(c: &mut Conn, job: &str, limit: i64) -> Result<Vec<JobRun>> {
    c.all(
        "SELECT job, slot, ran_at, outcome FROM job_runs WHERE job = $1 ORDER BY ran_at DESC LIMIT $2",
        args![job, limit],
    )
    .await
}

/// Whether `slot` of `job` has run: a cheap look before the real claim.
pub async fn ran(c: &mut Conn, job: &str, slot: &str) -> Result<bool> {
    let n: crate::Count = c
        .one(
            "SELECT COUNT(*) AS n FROM job_runs WHERE job = $1 AND slot = $2",
            args![job, slot],
        )
        .await?;
    Ok(n.n > 0)
}
