//! Entries, their versions, and the search index (DIR-2 to DIR-8).

use crate::{Conn, Count, Result, Sql, Val, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PocRow {
    pub id: String,
    pub state_code: String,
    pub poc_type: String,
    pub status: String,
    pub published_version_id: Option<String>,
    pub published_fields: Option<String>,
    pub entity: String,
    pub languages: String,
    pub last_confirmed_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

pub(crate) const POC_COLS: &str =
    "id, state_code, poc_type, status, published_version_id, published_fields, entity, languages,
                        last_confirmed_at, created_at, updated_at";

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VersionRow {
    pub id: String,
    pub poc_id: String,
    pub state_code: String,
    pub kind: String,
    pub status: String,
    pub fields: String,
    pub diff: String,
    pub submitted_by: String,
    pub submitted_at: i64,
    pub on_behalf_ref: Option<String>,
    pub effective_from: Option<i64>,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
    pub verification_channel: Option<String>,
    pub verification_ref: Option<String>,
    pub rejection_reason: Option<String>,
}

const VERSION_COLS: &str = "id, poc_id, state_code, kind, status, fields, diff, submitted_by, submitted_at,
                            on_behalf_ref, effective_from, decided_by, decided_at, verification_channel,
                            verification_ref, rejection_reason";

pub async fn insert_poc(c: &mut Conn, p: &PocRow) -> Result<()> {
    let seq = crate::regional::next_seq(c).await?;
    c.exec(
        "INSERT INTO pocs (id, state_code, poc_type, status, published_version_id, published_fields, entity,
                           languages, last_confirmed_at, created_at, updated_at, sync_seq)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        args![&p.id, &p.state_code, &p.poc_type, &p.status, p.published_version_id.clone(),
              p.published_fields.clone(), &p.entity, &p.languages, p.last_confirmed_at, p.created_at, p.updated_at, seq],
    )
    .await?;
    Ok(())
}

pub async fn get(c: &mut Conn, id: &str) -> Result<Option<PocRow>> {
    c.opt(
        Sql::assembled(format!("SELECT {POC_COLS} FROM pocs WHERE id = $1")),
        args![id],
    )
    .await
}

pub async fn insert_version(c: &mut Conn, v: &VersionRow) -> Result<()> {
    c.exec(
        "INSERT INTO poc_versions (id, poc_id, state_code, kind, status, fields, diff, submitted_by, submitted_at,
                                   on_behalf_ref, effective_from, decided_by, decided_at, verification_channel,
                                   verification_ref, rejection_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
        args![&v.id, &v.poc_id, &v.state_code, &v.kind, &v.status, &v.fields, &v.diff, &v.submitted_by,
              v.submitted_at, v.on_behalf_ref.clone(), v.effective_from, v.decided_by.clone(), v.decided_at,
              v.verification_channel.clone(), v.verification_ref.clone(), v.rejection_reason.clone()],
    )
    .await?;
    Ok(())
}

pub async fn version(c: &mut Conn, id: &str) -> Result<Option<VersionRow>> {
    c.opt(
        Sql::assembled(format!(
            "SELECT {VERSION_COLS} FROM poc_versions WHERE id = $1"
        )),
        args![id],
    )
    .await
}

pub async fn versions_of(c: &mut Conn, poc_id: &str) -> Result<Vec<VersionRow>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM poc_versions WHERE poc_id = $1 ORDER BY submitted_at DESC, id DESC"
    );
    c.all(Sql::assembled(sql), args![poc_id]).await
}

pub async fn pending_of(c: &mut Conn, poc_id: &str) -> Result<Option<VersionRow>> {
    let sql =
        format!("SELECT {VERSION_COLS} FROM poc_versions WHERE poc_id = $1 AND status = 'pending'");
    c.opt(Sql::assembled(sql), args![poc_id]).await
}

/// Pending changes, oldest first, after the one submitted at `after_at`
/// with id `after_id`; of one State, or of all.
pub async fn pending(
    c: &mut Conn,
    state: Option<&str>,
    (after_at, after_id): (i64, &str),
    limit: i64,
) -> Result<Vec<VersionRow>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM poc_versions WHERE status = 'pending' AND ($1 IS NULL OR state_code = $1)
           AND (submitted_at > $2 OR (submitted_at = $2 AND id > $3))
         ORDER BY submitted_at, id LIMIT $4"
    );
    c.all(Sql::assembled(sql), args![state, after_at, after_id, limit])
        .await
}

/// How many changes wait for verification.
pub async fn pending_count(c: &mut Conn) -> Result<i64> {
    let row: Count = c
        .one(
            "SELECT COUNT(*) AS n FROM poc_versions WHERE status = 'pending'",
            args![],
        )
        .await?;
    Ok(row.n)
}

/// Every pending change of a State's entries.
pub async fn pending_of_state(c: &mut Conn, state: &str) -> Result<Vec<VersionRow>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM poc_versions WHERE status = 'pending' AND state_code = $1"
    );
    c.all(Sql::assembled(sql), args![state]).await
}

/// A State's rejected changes that nothing has been submitted after: what
/// the State still has to correct, most recently decided first.
pub async fn rejected_of_state(c: &mut Conn, state: &str, limit: i64) -> Result<Vec<VersionRow>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM poc_versions v WHERE state_code = $1 AND status = 'rejected'
           AND NOT EXISTS (SELECT 1 FROM poc_versions w WHERE w.poc_id = v.poc_id AND w.submitted_at > v.submitted_at)
         ORDER BY decided_at DESC LIMIT $2"
    );
    c.all(Sql::assembled(sql), args![state, limit]).await
}

/// The latest version of an entry, whatever its status.
pub async fn latest_of(c: &mut Conn, poc_id: &str) -> Result<Option<VersionRow>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM poc_versions WHERE poc_id = $1 ORDER BY submitted_at DESC, id DESC LIMIT 1"
    );
    c.opt(Sql::assembled(sql), args![poc_id]).await
}

/// Records the custodian's decision on a pending version; false if it was
/// decided meanwhile.
#[allow(clippy::too_many_arguments)]
pub async fn decide(
    c: &mut Conn,
    id: &str,
    status: &str,
    by: &str,
    now: i64,
    channel: Option<&str>,
    reference: Option<&str>,
    reason: Option<&str>,
) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE poc_versions SET status = $2, decided_by = $3, decided_at = $4, verification_channel = $5,
                    verification_ref = $6, rejection_reason = $7
             WHERE id = $1 AND status = 'pending'",
            args![id, status, by, now, channel, reference, reason],
        )
        .await?;
    Ok(n == 1)
}

/// What an entry shows once a version of it is published.
pub struct Published<'a> {
    pub version_id: &'a str,
    pub status: &'a str,
    pub fields_json: &'a str,
    pub entity: &'a str,
    pub languages: &'a str,
}

/// Makes a version the published state of its entry, next on the sync
/// clock for the regional copies.
pub async fn publish(c: &mut Conn, poc_id: &str, p: &Published<'_>, now: i64) -> Result<()> {
    let seq = crate::regional::next_seq(c).await?;
    c.exec(
        "UPDATE pocs SET status = $3, published_version_id = $2, published_fields = $4, entity = $5,
                languages = $6, last_confirmed_at = $7, updated_at = $7, sync_seq = $8
         WHERE id = $1",
        args![poc_id, p.version_id, p.status, p.fields_json, p.entity, p.languages, now, seq],
    )
    .await?;
    Ok(())
}

pub async fn touch(c: &mut Conn, poc_id: &str, now: i64) -> Result<()> {
    c.exec(
        "UPDATE pocs SET updated_at = $2 WHERE id = $1",
        args![poc_id, now],
    )
    .await?;
    Ok(())
}

pub async fn replace_terms(c: &mut Conn, poc_id: &str, terms: &[String]) -> Result<()> {
    c.exec("DELETE FROM poc_terms WHERE poc_id = $1", args![poc_id])
        .await?;
    for chunk in terms.chunks(100) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| format!("(${}, $1)", i + 2))
            .collect();
        let sql = format!(
            "INSERT INTO poc_terms (term, poc_id) VALUES {} ON CONFLICT DO NOTHING",
            values.join(", ")
        );
        let mut vals = args![poc_id];
        vals.extend(chunk.iter().map(Val::from));
        c.exec(Sql::assembled(sql), vals).await?;
    }
    Ok(())
}

/// Which published entries to list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub states: Vec<String>,
    pub poc_type: Option<String>,
    pub language: Option<String>,
    /// Only entries last confirmed before this instant.
    pub confirmed_before: Option<i64>,
    pub updated_since: Option<i64>,
    pub limit: i64,
    pub offset: i64,
}

fn filtered(f: &Filter, select: &str) -> (String, Vec<Val>) {
    let mut vals: Vec<Val> = Vec::new();
    let bind = |v: Val, vals: &mut Vec<Val>| {
        vals.push(v);
        format!("${}", vals.len())
    };
    let mut sql = format!("SELECT {select} FROM pocs WHERE status = 'active'");
    if !f.states.is_empty() {
        let ps: Vec<String> = f.states.iter().map(|s| bind(s.into(), &mut vals)).collect();
        sql += &format!(" AND state_code IN ({})", ps.join(", "));
    }
    if let Some(t) = &f.poc_type {
        sql += &format!(" AND poc_type = {}", bind(t.into(), &mut vals));
    }
    if let Some(l) = &f.language {
        // `languages` holds a JSON array of codes, e.g. ["fr","en"].
        sql += &format!(
            " AND languages LIKE {}",
            bind(format!("%\"{l}\"%").into(), &mut vals)
        );
    }
    if let Some(t) = f.confirmed_before {
        sql += &format!(" AND last_confirmed_at < {}", bind(t.into(), &mut vals));
    }
    if let Some(t) = f.updated_since {
        sql += &format!(" AND updated_at > {}", bind(t.into(), &mut vals));
    }
    (sql, vals)
}

pub async fn list(c: &mut Conn, f: &Filter) -> Result<Vec<PocRow>> {
    let limit = if f.limit > 0 { f.limit } else { 100 };
    let (sql, mut vals) = filtered(f, POC_COLS);
    let n = vals.len();
    let sql = format!(
        "{sql} ORDER BY state_code, poc_type, entity, id LIMIT ${} OFFSET ${}",
        n + 1,
        n + 2
    );
    vals.extend(args![limit, f.offset]);
    c.all(Sql::assembled(sql), vals).await
}

/// How many entries match, counting no further than `cap`: a page needs to
/// know "more than a thousand", not the exact number.
pub async fn count(c: &mut Conn, f: &Filter, cap: i64) -> Result<i64> {
    let (sql, mut vals) = filtered(f, "1 AS one");
    let sql = format!(
        "SELECT COUNT(*) AS n FROM ({sql} LIMIT ${}) AS capped",
        vals.len() + 1
    );
    vals.push(cap.into());
    let r: Count = c.one(Sql::assembled(sql), vals).await?;
    Ok(r.n)
}

/// Every published, active entry: what the search terms are made from.
pub async fn all_active(c: &mut Conn) -> Result<Vec<PocRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {POC_COLS} FROM pocs WHERE status = 'active' AND published_fields IS NOT NULL"
        )),
        vec![],
    )
    .await
}

/// All entries of a State in any status, for its national administrators.
pub async fn of_state(c: &mut Conn, state: &str) -> Result<Vec<PocRow>> {
    let sql =
        format!("SELECT {POC_COLS} FROM pocs WHERE state_code = $1 ORDER BY poc_type, entity");
    c.all(Sql::assembled(sql), args![state]).await
}

pub async fn set_status(c: &mut Conn, poc_id: &str, status: &str, now: i64) -> Result<()> {
    c.exec(
        "UPDATE pocs SET status = $2, updated_at = $3 WHERE id = $1",
        args![poc_id, status, now],
    )
    .await?;
    Ok(())
}

/// What the search index keeps of an entry.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct IndexRow {
    pub id: String,
    pub state_code: String,
    pub poc_type: String,
    pub status: String,
    pub entity: String,
    pub languages: String,
    pub last_confirmed_at: Option<i64>,
    pub updated_at: i64,
}

/// Entries changed at or after `since`, oldest change first.
/// When each entry changed since `since`: what a search index compares with
/// what it holds before reading any row in full.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Stamp {
    pub id: String,
    pub updated_at: i64,
}

pub async fn stamps_since(c: &mut Conn, since: i64) -> Result<Vec<Stamp>> {
    c.all(
        "SELECT id, updated_at FROM pocs WHERE updated_at >= $1",
        args![since],
    )
    .await
}

/// How many changes entries have had, kept by triggers: when it is as
/// before, nothing about any entry changed in between.
pub async fn change_count(c: &mut Conn) -> Result<i64> {
    Ok(
        c.one::<crate::Count>("SELECT n FROM pocs_changed WHERE id = 1", args![])
            .await?
            .n,
    )
}

/// A fingerprint of the entries changed from `since` (until `until`, if
/// given): how many, and the sum of their change times. Any entry entering
/// that window, or changing again within it, changes the fingerprint;
/// reading it costs one pass over an index, not the rows.
pub async fn changes_print(c: &mut Conn, since: i64, until: Option<i64>) -> Result<(i64, i64)> {
    c.one(
        "SELECT COUNT(*), COALESCE(CAST(SUM(updated_at) AS BIGINT), 0) FROM pocs
         WHERE updated_at >= $1 AND ($2 IS NULL OR updated_at < $2)",
        args![since, until],
    )
    .await
}

/// The index rows of these entries.
pub async fn index_rows(c: &mut Conn, ids: &[String]) -> Result<Vec<IndexRow>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        let ps: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT id, state_code, poc_type, status, entity, languages, last_confirmed_at, updated_at
             FROM pocs WHERE id IN ({})",
            ps.join(", ")
        );
        out.extend(
            c.all::<IndexRow>(Sql::assembled(sql), chunk.iter().map(Val::from).collect())
                .await?,
        );
    }
    Ok(out)
}

pub async fn changed_since(c: &mut Conn, since: i64) -> Result<Vec<IndexRow>> {
    c.all(
        "SELECT id, state_code, poc_type, status, entity, languages, last_confirmed_at, updated_at
         FROM pocs WHERE updated_at >= $1 ORDER BY updated_at",
        args![since],
    )
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TermRow {
    pub poc_id: String,
    pub term: String,
}

/// The search terms of some entries, or of all when `ids` is None.
pub async fn terms_of(c: &mut Conn, ids: Option<&[String]>) -> Result<Vec<TermRow>> {
    let Some(ids) = ids else {
        return c.all("SELECT poc_id, term FROM poc_terms", args![]).await;
    };
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        let ps: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT poc_id, term FROM poc_terms WHERE poc_id IN ({})",
            ps.join(", ")
        );
        out.extend(
            c.all::<TermRow>(Sql::assembled(sql), chunk.iter().map(Val::from).collect())
                .await?,
        );
    }
    Ok(out)
}

/// Entries by id, in no particular order.
pub async fn by_ids(c: &mut Conn, ids: &[String]) -> Result<Vec<PocRow>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        let ps: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT {POC_COLS} FROM pocs WHERE id IN ({})",
            ps.join(", ")
        );
        out.extend(
            c.all::<PocRow>(Sql::assembled(sql), chunk.iter().map(Val::from).collect())
                .await?,
        );
    }
    Ok(out)
}

/// Marks every published entry of a State as confirmed now (DIR-7).
pub async fn confirm_state(c: &mut Conn, state: &str, now: i64) -> Result<u64> {
    c.exec(
        "UPDATE pocs SET last_confirmed_at = $2, updated_at = $2 WHERE state_code = $1 AND status = 'active'",
        args![state, now],
    )
    .await
}

/// Active entries last confirmed at or before `confirmed_by` (and after
/// `confirmed_after`, when given) for which `job` has not yet run in this
/// confirmation cycle: its slot is "{entry id}:{last confirmed}" (DIR-7).
pub async fn needing_reminder(
    c: &mut Conn,
    job: &str,
    confirmed_by: i64,
    confirmed_after: Option<i64>,
    limit: i64,
) -> Result<Vec<PocRow>> {
    let sql = format!(
        "SELECT {POC_COLS} FROM pocs p
         WHERE status = 'active' AND COALESCE(last_confirmed_at, 0) <= $1
           AND ($2 IS NULL OR COALESCE(last_confirmed_at, 0) > $2)
           AND NOT EXISTS (SELECT 1 FROM job_runs j WHERE j.job = $3
                           AND j.slot = p.id || ':' || CAST(COALESCE(p.last_confirmed_at, 0) AS TEXT))
         ORDER BY state_code, entity LIMIT $4"
    );
    c.all(
        Sql::assembled(sql),
        args![confirmed_by, confirmed_after, job, limit],
    )
    .await
}

/// The slot of a reminder job for an entry's current confirmation cycle.
pub fn cycle_slot(p: &PocRow) -> String {
    format!("{}:{}", p.id, p.last_confirmed_at.unwrap_or(0))
}
