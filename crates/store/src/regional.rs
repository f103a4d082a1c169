//! Regional directories and the States' consent to share with them
//! (INT-3), and the counter that orders what a regional copy must follow.

use crate::poc::{POC_COLS, PocRow};
use crate::{Conn, Count, Result, Sql, Val, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ClientRow {
    pub id: String,
    pub name: String,
    pub created_at: i64,
    pub created_by: String,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

const CLIENT_COLS: &str = "id, name, created_at, created_by, last_used_at, revoked_at";

pub struct NewClient<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub secret_hash: &'a str,
    pub created_at: i64,
    pub created_by: &'a str,
}

pub async fn insert_client(c: &mut Conn, n: &NewClient<'_>) -> Result<()> {
    c.exec(
        "INSERT INTO regional_clients (id, name, secret_hash, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5)",
        args![n.id, n.name, n.secret_hash, n.created_at, n.created_by],
    )
    .await?;
    Ok(())
}

pub async fn clients(c: &mut Conn) -> Result<Vec<ClientRow>> {
    let sql = format!("SELECT {CLIENT_COLS} FROM regional_clients ORDER BY name, created_at");
    c.all(Sql::assembled(sql), args![]).await
}

pub async fn client(c: &mut Conn, id: &str) -> Result<Option<ClientRow>> {
    let sql = format!("SELECT {CLIENT_COLS} FROM regional_clients WHERE id = $1");
    c.opt(Sql::assembled(sql), args![id]).await
}

pub async fn presented(c: &mut Conn, secret_hash: &str) -> Result<Option<ClientRow>> {
    let sql = format!("SELECT {CLIENT_COLS} FROM regional_clients WHERE secret_hash = $1");
    c.opt(Sql::assembled(sql), args![secret_hash]).await
}

/// Revokes a client still in force; 0 when there is none of that id.
pub async fn revoke_client(c: &mut Conn, id: &str, now: i64) -> Result<u64> {
    c.exec(
        "UPDATE regional_clients SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL",
        args![id, now],
    )
    .await
}

pub async fn mark_used(c: &mut Conn, id: &str, now: i64) -> Result<()> {
    c.exec(
        "UPDATE regional_clients SET last_used_at = $2 WHERE id = $1",
        args![id, now],
    )
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsentRow {
    pub state_code: String,
    pub client_id: String,
    /// "granted" or "revoked".
    pub status: String,
    pub decided_at: i64,
    pub decided_by: String,
    pub sync_seq: i64,
}

const CONSENT_COLS: &str = "state_code, client_id, status, decided_at, decided_by, sync_seq";

pub async fn consents_of_state(c: &mut Conn, state: &str) -> Result<Vec<ConsentRow>> {
    let sql = format!("SELECT {CONSENT_COLS} FROM sharing_consents WHERE state_code = $1");
    c.all(Sql::assembled(sql), args![state]).await
}

pub async fn consents_of_client(c: &mut Conn, client: &str) -> Result<Vec<ConsentRow>> {
    let sql = format!(
        "SELECT {CONSENT_COLS} FROM sharing_consents WHERE client_id = $1 ORDER BY state_code"
    );
    c.all(Sql::assembled(sql), args![client]).await
}

/// Records a State's decision for one client, replacing the previous one.
pub async fn decide(c: &mut Conn, r: &ConsentRow) -> Result<()> {
    c.exec(
        "DELETE FROM sharing_consents WHERE state_code = $1 AND client_id = $2",
        args![&r.state_code, &r.client_id],
    )
    .await?;
    c.exec(
        "INSERT INTO sharing_consents (state_code, client_id, status, decided_at, decided_by, sync_seq)
         VALUES ($1, $2, $3, $4, $5, $6)",
        args![&r.state_code, &r.client_id, &r.status, r.decided_at, &r.decided_by, r.sync_seq],
    )
    .await?;
    Ok(())
}

/// The next number of the sync clock. The row stays locked until the
/// transaction ends, so numbers are committed in their order.
pub async fn next_seq(c: &mut Conn) -> Result<i64> {
    let row: Count = c
        .one(
            "UPDATE sync_clock SET n = n + 1 WHERE id = 1 RETURNING n",
            args![],
        )
        .await?;
    Ok(row.n)
}

/// The latest number given: a regional copy taken now is current to it.
pub async fn current_seq(c: &mut Conn) -> Result<i64> {
    let row: Count = c
        .one("SELECT n FROM sync_clock WHERE id = 1", args![])
        .await?;
    Ok(row.n)
}

/// Published entries of these States, in the order of their ids, after
/// `after`: a page of a snapshot.
pub async fn published_page(
    c: &mut Conn,
    states: &[String],
    after: &str,
    limit: i64,
) -> Result<Vec<PocRow>> {
    if states.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {POC_COLS} FROM pocs WHERE status = 'active' AND id > $1
           AND state_code IN ({}) ORDER BY id LIMIT $2",
        marks(3, states.len())
    );
    let mut vals = args![after, limit];
    vals.extend(states.iter().map(|s| Val::from(s.as_str())));
    c.all(Sql::assembled(sql), vals).await
}

/// Entries changed in (`since`, `upto`], in that order, at most `limit` of
/// them: read by the clock's index alone, whatever their State or status
/// (the caller keeps what its copy follows).
pub async fn changed_between(
    c: &mut Conn,
    since: i64,
    upto: i64,
    limit: i64,
) -> Result<Vec<PocRow>> {
    let sql = format!(
        "SELECT {POC_COLS} FROM pocs WHERE sync_seq > $1 AND sync_seq <= $2
         ORDER BY sync_seq LIMIT $3"
    );
    c.all(Sql::assembled(sql), args![since, upto, limit]).await
}

/// How many entries of these States are published.
pub async fn published_count(c: &mut Conn, states: &[String]) -> Result<i64> {
    if states.is_empty() {
        return Ok(0);
    }
    let sql = format!(
        "SELECT COUNT(*) AS n FROM pocs WHERE status = 'active' AND state_code IN ({})",
        marks(1, states.len())
    );
    let vals = states.iter().map(|s| Val::from(s.as_str())).collect();
    let row: Count = c.one(Sql::assembled(sql), vals).await?;
    Ok(row.n)
}

/// Published entries of these States in the order of their ids, `limit`
/// from `offset`: a page of the Global IRT list.
pub async fn published_slice(
    c: &mut Conn,
    states: &[String],
    offset: i64,
    limit: i64,
) -> Result<Vec<PocRow>> {
    if states.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {POC_COLS} FROM pocs WHERE status = 'active' AND state_code IN ({})
         ORDER BY id LIMIT $1 OFFSET $2",
        marks(3, states.len())
    );
    let mut vals = args![limit, offset];
    vals.extend(states.iter().map(|s| Val::from(s.as_str())));
    c.all(Sql::assembled(sql), vals).await
}

/// Every entry of a State that a copy may hold: published or withdrawn.
pub async fn of_state(c: &mut Conn, state: &str) -> Result<Vec<PocRow>> {
    let sql = format!(
        "SELECT {POC_COLS} FROM pocs WHERE state_code = $1 AND status IN ('active', 'withdrawn')
         ORDER BY id"
    );
    c.all(Sql::assembled(sql), args![state]).await
}

/// `$first, …` for `n` values.
fn marks(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}
