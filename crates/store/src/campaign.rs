//! Communication check campaigns and their checks (PING-1, PING-2, PING-5).

use crate::{Conn, Result, Sql, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CampaignRow {
    pub id: String,
    pub kind: String,
    pub selection: String,
    pub launched_by: String,
    pub launched_at: i64,
    pub closes_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CheckRow {
    pub id: String,
    pub campaign_id: String,
    pub poc_id: String,
    pub state_code: String,
    pub region: String,
    pub poc_type: String,
    pub address: String,
    pub token_hash: String,
    pub outbox_id: String,
    pub status: String,
    pub sent_at: Option<i64>,
    pub acknowledged_at: Option<i64>,
    pub acknowledged_via: Option<String>,
    pub acknowledged_by: Option<String>,
}

const CHECK_COLS: &str =
    "id, campaign_id, poc_id, state_code, region, poc_type, address, token_hash, outbox_id, status,
                          sent_at, acknowledged_at, acknowledged_via, acknowledged_by";

pub async fn insert(c: &mut Conn, r: &CampaignRow) -> Result<()> {
    c.exec(
        "INSERT INTO campaigns (id, kind, selection, launched_by, launched_at, closes_at) VALUES ($1, $2, $3, $4, $5, $6)",
        args![&r.id, &r.kind, &r.selection, &r.launched_by, r.launched_at, r.closes_at],
    )
    .await?;
    Ok(())
}

pub async fn get(c: &mut Conn, id: &str) -> Result<Option<CampaignRow>> {
    c.opt("SELECT id, kind, selection, launched_by, launched_at, closes_at FROM campaigns WHERE id = $1", args![id]).await
}

pub async fn recent(c: &mut Conn, limit: i64) -> Result<Vec<CampaignRow>> {
    c.all(
        "SELECT id, kind, selection, launched_by, launched_at, closes_at FROM campaigns ORDER BY launched_at DESC LIMIT $1",
        args![limit],
    )
    .await
}

pub async fn insert_check(c: &mut Conn, r: &CheckRow) -> Result<()> {
    c.exec(
        "INSERT INTO checks (id, campaign_id, poc_id, state_code, region, poc_type, address, token_hash, outbox_id, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending')",
        args![&r.id, &r.campaign_id, &r.poc_id, &r.state_code, &r.region, &r.poc_type, &r.address, &r.token_hash, &r.outbox_id],
    )
    .await?;
    Ok(())
}

pub async fn by_token(c: &mut Conn, token_hash: &str) -> Result<Option<CheckRow>> {
    c.opt(
        Sql::assembled(format!(
            "SELECT {CHECK_COLS} FROM checks WHERE token_hash = $1"
        )),
        args![token_hash],
    )
    .await
}

pub async fn check(c: &mut Conn, id: &str) -> Result<Option<CheckRow>> {
    c.opt(
        Sql::assembled(format!("SELECT {CHECK_COLS} FROM checks WHERE id = $1")),
        args![id],
    )
    .await
}

/// The checks of a campaign; of one State, or of all.
pub async fn checks_of(
    c: &mut Conn,
    campaign_id: &str,
    state: Option<&str>,
) -> Result<Vec<CheckRow>> {
    let sql = format!(
        "SELECT {CHECK_COLS} FROM checks WHERE campaign_id = $1 AND ($2 IS NULL OR state_code = $2)
         ORDER BY state_code, poc_type, address"
    );
    c.all(Sql::assembled(sql), args![campaign_id, state]).await
}

/// Checks of a State still waiting for an answer, in open campaigns.
pub async fn pending_of_state(c: &mut Conn, state: &str, now: i64) -> Result<Vec<CheckRow>> {
    let sql = format!(
        "SELECT {CHECK_COLS} FROM checks WHERE state_code = $1 AND status = 'pending'
           AND campaign_id IN (SELECT id FROM campaigns WHERE closes_at > $2)
         ORDER BY poc_id, address"
    );
    c.all(Sql::assembled(sql), args![state, now]).await
}

/// Records an acknowledgement once; false if it was already recorded.
pub async fn acknowledge(
    c: &mut Conn,
    id: &str,
    now: i64,
    via: &str,
    by: Option<&str>,
) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE checks SET status = 'acknowledged', acknowledged_at = $2, acknowledged_via = $3, acknowledged_by = $4
             WHERE id = $1 AND status = 'pending'",
            args![id, now, via, by],
        )
        .await?;
    Ok(n == 1)
}

/// The mail server accepted the check message: the response clock starts.
pub async fn mark_sent(c: &mut Conn, outbox_id: &str, at: i64) -> Result<()> {
    c.exec(
        "UPDATE checks SET sent_at = $2 WHERE outbox_id = $1 AND sent_at IS NULL",
        args![outbox_id, at],
    )
    .await?;
    Ok(())
}

/// The mail server refused the address for good (PING-3).
pub async fn mark_unreachable(c: &mut Conn, outbox_id: &str) -> Result<()> {
    c.exec(
        "UPDATE checks SET status = 'unreachable' WHERE outbox_id = $1 AND status = 'pending'",
        args![outbox_id],
    )
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PhoneCheckRow {
    pub id: String,
    pub poc_id: String,
    pub state_code: String,
    pub number: String,
    pub reached: bool,
    pub called_at: i64,
    pub recorded_by: String,
    pub note: Option<String>,
}

pub async fn insert_phone_check(c: &mut Conn, r: &PhoneCheckRow) -> Result<()> {
    c.exec(
        "INSERT INTO phone_checks (id, poc_id, state_code, number, reached, called_at, recorded_by, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        args![&r.id, &r.poc_id, &r.state_code, &r.number, r.reached, r.called_at, &r.recorded_by, r.note.clone()],
    )
    .await?;
    Ok(())
}

pub async fn phone_checks_of(c: &mut Conn, poc_id: &str) -> Result<Vec<PhoneCheckRow>> {
    c.all(
        "SELECT id, poc_id, state_code, number, reached, called_at, recorded_by, note FROM phone_checks
         WHERE poc_id = $1 ORDER BY called_at DESC LIMIT 50",
        args![poc_id],
    )
    .await
}
