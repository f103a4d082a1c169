//! Reports that a contact did not work (DIR-10).

use crate::{Conn, Result, Sql, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProblemRow {
    pub id: String,
    pub poc_id: String,
    pub state_code: String,
    pub reported_by: String,
    pub kind: String,
    pub detail: Option<String>,
    pub created_at: i64,
    pub resolved_at: Option<i64>,
    pub resolved_by: Option<String>,
}

const COLS: &str =
    "id, poc_id, state_code, reported_by, kind, detail, created_at, resolved_at, resolved_by";

pub async fn insert(c: &mut Conn, p: &ProblemRow) -> Result<()> {
    c.exec(
        "INSERT INTO problem_reports (id, poc_id, state_code, reported_by, kind, detail, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        args![&p.id, &p.poc_id, &p.state_code, &p.reported_by, &p.kind, p.detail.clone(), p.created_at],
    )
    .await?;
    Ok(())
}

pub async fn get(c: &mut Conn, id: &str) -> Result<Option<ProblemRow>> {
    c.opt(
        Sql::assembled(format!("SELECT {COLS} FROM problem_reports WHERE id = $1")),
        args![id],
    )
    .await
}

pub async fn open_for_poc(c: &mut Conn, poc_id: &str) -> Result<Vec<ProblemRow>> {
    let sql = format!(
        "SELECT {COLS} FROM problem_reports WHERE poc_id = $1 AND resolved_at IS NULL ORDER BY created_at"
    );
    c.all(Sql::assembled(sql), args![poc_id]).await
}

/// Open reports of one State, or of all.
pub async fn open(c: &mut Conn, state: Option<&str>) -> Result<Vec<ProblemRow>> {
    let sql = format!(
        "SELECT {COLS} FROM problem_reports WHERE resolved_at IS NULL AND ($1 IS NULL OR state_code = $1)
         ORDER BY created_at LIMIT 500"
    );
    c.all(Sql::assembled(sql), args![state]).await
}

pub async fn resolve(c: &mut Conn, id: &str, by: &str, now: i64) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE problem_reports SET resolved_at = $3, resolved_by = $2 WHERE id = $1 AND resolved_at IS NULL",
            args![id, by, now],
        )
        .await?;
    Ok(n == 1)
}
