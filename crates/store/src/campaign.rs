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
    pub status: String,
    pub sent_at: Option<i64>,
    pub acknowledged_at: Option<i64>,
    pub acknowledged_via: Option<String>,
    pub acknowledged_by: Option<String>,
    pub reminded_at: Option<i64>,
    pub escalated_at: Option<i64>,
    pub unreachable_reason: Option<String>,
}

const CHECK_COLS: &str = "id, campaign_id, poc_id, state_code, region, poc_type, address, status,
     sent_at, acknowledged_at, acknowledged_via, acknowledged_by, reminded_at, escalated_at, unreachable_reason";

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

/// Campaigns, newest first, before the one launched at `before_at` with id
/// `before_id`: `i64::MAX` starts at the newest.
pub async fn recent(
    c: &mut Conn,
    (before_at, before_id): (i64, &str),
    limit: i64,
) -> Result<Vec<CampaignRow>> {
    c.all(
        "SELECT id, kind, selection, launched_by, launched_at, closes_at FROM campaigns
         WHERE launched_at < $1 OR (launched_at = $1 AND id < $2)
         ORDER BY launched_at DESC, id DESC LIMIT $3",
        args![before_at, before_id, limit],
    )
    .await
}

pub async fn insert_check(c: &mut Conn, r: &CheckRow) -> Result<()> {
    c.exec(
        "INSERT INTO checks (id, campaign_id, poc_id, state_code, region, poc_type, address, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending')",
        args![&r.id, &r.campaign_id, &r.poc_id, &r.state_code, &r.region, &r.poc_type, &r.address],
    )
    .await?;
    Ok(())
}

/// A link to a check: the first message's, or a reminder's.
pub async fn insert_token(
    c: &mut Conn,
    token_hash: &str,
    check_id: &str,
    outbox_id: &str,
    now: i64,
) -> Result<()> {
    c.exec(
        "INSERT INTO check_tokens (token_hash, check_id, outbox_id, issued_at) VALUES ($1, $2, $3, $4)",
        args![token_hash, check_id, outbox_id, now],
    )
    .await?;
    Ok(())
}

pub async fn by_token(c: &mut Conn, token_hash: &str) -> Result<Option<CheckRow>> {
    c.opt(
        Sql::assembled(format!(
            "SELECT {CHECK_COLS} FROM checks WHERE id = (SELECT check_id FROM check_tokens WHERE token_hash = $1)"
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

/// The mail server accepted a check message: the response clock starts
/// with the first one.
pub async fn mark_sent(c: &mut Conn, outbox_id: &str, at: i64) -> Result<()> {
    c.exec(
        "UPDATE checks SET sent_at = $2
         WHERE sent_at IS NULL AND id IN (SELECT check_id FROM check_tokens WHERE outbox_id = $1)",
        args![outbox_id, at],
    )
    .await?;
    Ok(())
}

/// The address failed for good (PING-3): refused at submission ("refused")
/// or bounced later ("bounced"). Returns the check it concerned, if any.
pub async fn mark_unreachable(c: &mut Conn, outbox_id: &str, reason: &str) -> Result<u64> {
    c.exec(
        "UPDATE checks SET status = 'unreachable', unreachable_reason = $2
         WHERE status = 'pending' AND id IN (SELECT check_id FROM check_tokens WHERE outbox_id = $1)",
        args![outbox_id, reason],
    )
    .await
}

/// One address's part in the most recent campaign that checked its entry.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LastCheckRow {
    pub poc_id: String,
    pub status: String,
    pub sent_at: Option<i64>,
    pub acknowledged_at: Option<i64>,
    pub launched_at: i64,
    pub closes_at: i64,
}

/// For every entry of a State, its addresses' checks in the latest
/// campaign that included the entry (DIR-8).
pub async fn last_checks_of_state(c: &mut Conn, state: &str) -> Result<Vec<LastCheckRow>> {
    c.all(
        "SELECT ch.poc_id, ch.status, ch.sent_at, ch.acknowledged_at, ca.launched_at, ca.closes_at
         FROM checks ch JOIN campaigns ca ON ca.id = ch.campaign_id
         WHERE ch.state_code = $1
           AND ca.launched_at = (SELECT MAX(c2.launched_at) FROM checks k2
                                 JOIN campaigns c2 ON c2.id = k2.campaign_id WHERE k2.poc_id = ch.poc_id)",
        args![state],
    )
    .await
}

/// Addresses of an entry found unreachable in its most recent checks.
pub async fn unreachable_of_poc(c: &mut Conn, poc_id: &str) -> Result<Vec<CheckRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {CHECK_COLS} FROM checks WHERE poc_id = $1 AND status = 'unreachable'
             AND campaign_id = (SELECT campaign_id FROM checks WHERE poc_id = $1 ORDER BY sent_at DESC LIMIT 1)
             ORDER BY address"
        )),
        args![poc_id],
    )
    .await
}

/// Open checks still unanswered that are due for the follow-up `stage`:
/// a reminder when the first message was accepted at or before `since`,
/// an escalation when the reminder was; of one campaign, or of all.
pub async fn due_for(
    c: &mut Conn,
    stage: FollowUp,
    since: i64,
    now: i64,
    campaign: Option<&str>,
    limit: i64,
) -> Result<Vec<CheckRow>> {
    let (after, column) = match stage {
        FollowUp::Reminder => ("sent_at", "reminded_at"),
        FollowUp::Escalation => ("reminded_at", "escalated_at"),
    };
    let sql = format!(
        "SELECT {CHECK_COLS} FROM checks WHERE status = 'pending' AND {after} <= $1 AND {column} IS NULL
           AND campaign_id IN (SELECT id FROM campaigns WHERE closes_at > $2)
           AND ($4 IS NULL OR campaign_id = $4)
         ORDER BY campaign_id, state_code, address LIMIT $3"
    );
    c.all(Sql::assembled(sql), args![since, now, limit, campaign])
        .await
}

/// Records a follow-up once; false if another instance already did it.
pub async fn mark_followed_up(c: &mut Conn, id: &str, stage: FollowUp, now: i64) -> Result<bool> {
    let column = match stage {
        FollowUp::Reminder => "reminded_at",
        FollowUp::Escalation => "escalated_at",
    };
    let sql = format!("UPDATE checks SET {column} = $2 WHERE id = $1 AND {column} IS NULL");
    Ok(c.exec(Sql::assembled(sql), args![id, now]).await? == 1)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUp {
    Reminder,
    Escalation,
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

/// An address that needs the custodian's attention, with why.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AddressRow {
    pub poc_id: String,
    pub state_code: String,
    pub address: String,
    pub reason: Option<String>,
}

/// Addresses whose latest check found them unreachable (refused or bounced).
pub async fn unreachable_latest(c: &mut Conn, limit: i64) -> Result<Vec<AddressRow>> {
    c.all(
        "SELECT ch.poc_id, ch.state_code, ch.address, ch.unreachable_reason AS reason
         FROM checks ch JOIN campaigns ca ON ca.id = ch.campaign_id
         WHERE ch.status = 'unreachable'
           AND ca.launched_at = (SELECT MAX(c2.launched_at) FROM checks k2 JOIN campaigns c2 ON c2.id = k2.campaign_id
                                 WHERE k2.poc_id = ch.poc_id AND k2.address = ch.address)
         ORDER BY ch.state_code, ch.address LIMIT $1",
        args![limit],
    )
    .await
}

/// Addresses that answered neither of the last two closed campaigns that
/// checked them.
pub async fn silent_twice(c: &mut Conn, now: i64, limit: i64) -> Result<Vec<AddressRow>> {
    c.all(
        "SELECT poc_id, state_code, address, CAST(NULL AS TEXT) AS reason FROM (
           SELECT ch.poc_id, ch.state_code, ch.address, ch.acknowledged_at, ch.status,
                  ROW_NUMBER() OVER (PARTITION BY ch.poc_id, ch.address ORDER BY ca.launched_at DESC) AS n
           FROM checks ch JOIN campaigns ca ON ca.id = ch.campaign_id WHERE ca.closes_at <= $1
         ) latest
         WHERE n <= 2
         GROUP BY poc_id, state_code, address
         HAVING COUNT(*) = 2 AND COUNT(acknowledged_at) = 0 AND SUM(CASE WHEN status = 'unreachable' THEN 1 ELSE 0 END) = 0
         ORDER BY state_code, address LIMIT $2",
        args![now, limit],
    )
    .await
}

/// How many checks each campaign sent to each State.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SentRow {
    pub launched_at: i64,
    pub state_code: String,
    pub n: i64,
}

pub async fn checks_sent(c: &mut Conn) -> Result<Vec<SentRow>> {
    c.all(
        "SELECT ca.launched_at, ch.state_code, COUNT(*) AS n
         FROM checks ch JOIN campaigns ca ON ca.id = ch.campaign_id
         GROUP BY ca.id, ca.launched_at, ch.state_code",
        args![],
    )
    .await
}
