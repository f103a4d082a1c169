//! Communications between States (MSG): templates, threads, recipients and
//! sealed messages. Nothing here reads or writes content in clear.

use crate::{Conn, Result, Sql, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TemplateRow {
    pub key: String,
    pub version: i64,
    pub definition: String,
    pub created_by: String,
    pub created_at: i64,
}

/// Adds a template version unless it exists; true if added.
pub async fn insert_template(c: &mut Conn, t: &TemplateRow) -> Result<bool> {
    let n = c
        .exec(
            "INSERT INTO message_templates (key, version, definition, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            args![
                &t.key,
                t.version,
                &t.definition,
                &t.created_by,
                t.created_at
            ],
        )
        .await?;
    Ok(n == 1)
}

/// The newest version of every template.
pub async fn current_templates(c: &mut Conn) -> Result<Vec<TemplateRow>> {
    c.all(
        "SELECT key, version, definition, created_by, created_at FROM message_templates t
         WHERE version = (SELECT MAX(version) FROM message_templates u WHERE u.key = t.key)
         ORDER BY created_at, key",
        args![],
    )
    .await
}

pub async fn template(c: &mut Conn, key: &str, version: i64) -> Result<Option<TemplateRow>> {
    c.opt(
        "SELECT key, version, definition, created_by, created_at FROM message_templates WHERE key = $1 AND version = $2",
        args![key, version],
    )
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ThreadRow {
    pub id: String,
    /// Threads of one alert to several States share it (MSG-6).
    pub alert_id: Option<String>,
    pub from_state: String,
    pub to_state: String,
    pub template_key: String,
    pub template_version: i64,
    pub urgency: String,
    pub tlp: String,
    pub created_by: String,
    pub created_at: i64,
    pub ack_due_at: i64,
    pub acknowledged_at: Option<i64>,
    pub acknowledged_by: Option<String>,
    pub responded_at: Option<i64>,
    /// Set for an exercise's threads (EXR-1): marked EXERCISE, kept out of
    /// the States' real record and counts.
    pub exercise_id: Option<String>,
    pub inject_id: Option<String>,
    /// Who an exercise's thread says it is from: empty for exercise control,
    /// else the State control plays.
    pub sender: Option<String>,
}

const THREAD_COLS: &str =
    "id, alert_id, from_state, to_state, template_key, template_version, urgency, tlp, created_by,
     created_at, ack_due_at, acknowledged_at, acknowledged_by, responded_at, exercise_id, inject_id, sender";

pub async fn insert_thread(c: &mut Conn, t: &ThreadRow) -> Result<()> {
    c.exec(
        "INSERT INTO threads (id, alert_id, from_state, to_state, template_key, template_version, urgency, tlp, created_by, created_at, ack_due_at, exercise_id, inject_id, sender)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        args![&t.id, t.alert_id.clone(), &t.from_state, &t.to_state, &t.template_key, t.template_version, &t.urgency, &t.tlp, &t.created_by, t.created_at, t.ack_due_at, t.exercise_id.clone(), t.inject_id.clone(), t.sender.clone()],
    )
    .await?;
    Ok(())
}

pub async fn thread(c: &mut Conn, id: &str) -> Result<Option<ThreadRow>> {
    c.opt(
        Sql::assembled(format!("SELECT {THREAD_COLS} FROM threads WHERE id = $1")),
        args![id],
    )
    .await
}

/// A State's threads, newest first, from just after (`before_at`,
/// `before_id`) in that order: `i64::MAX` starts at the newest.
pub async fn threads_of(
    c: &mut Conn,
    state: &str,
    (before_at, before_id): (i64, &str),
    limit: i64,
) -> Result<Vec<ThreadRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {THREAD_COLS} FROM threads WHERE (from_state = $1 OR to_state = $1)
               AND (created_at < $2 OR (created_at = $2 AND id < $3))
             ORDER BY created_at DESC, id DESC LIMIT $4"
        )),
        args![state, before_at, before_id, limit],
    )
    .await
}

/// An exercise's threads, in the order they were released.
pub async fn of_exercise(c: &mut Conn, exercise_id: &str) -> Result<Vec<ThreadRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {THREAD_COLS} FROM threads WHERE exercise_id = $1 ORDER BY created_at, to_state"
        )),
        args![exercise_id],
    )
    .await
}

/// Records the receiving State's acknowledgement once; false if already done.
pub async fn acknowledge(c: &mut Conn, id: &str, by: &str, now: i64) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE threads SET acknowledged_at = $3, acknowledged_by = $2 WHERE id = $1 AND acknowledged_at IS NULL",
            args![id, by, now],
        )
        .await?;
    Ok(n == 1)
}

/// The receiving State's first reply is its response.
pub async fn mark_responded(c: &mut Conn, id: &str, now: i64) -> Result<()> {
    c.exec(
        "UPDATE threads SET responded_at = $2, acknowledged_at = COALESCE(acknowledged_at, $2)
         WHERE id = $1 AND responded_at IS NULL",
        args![id, now],
    )
    .await?;
    Ok(())
}

pub async fn insert_recipient(c: &mut Conn, thread_id: &str, poc_id: &str) -> Result<()> {
    c.exec(
        "INSERT INTO thread_recipients (thread_id, poc_id) VALUES ($1, $2)",
        args![thread_id, poc_id],
    )
    .await?;
    Ok(())
}

/// Names an account as a reader of a TLP:RED thread, at sending.
pub async fn insert_red_reader(c: &mut Conn, thread_id: &str, user_id: &str) -> Result<()> {
    c.exec(
        "INSERT INTO thread_red_readers (thread_id, user_id) VALUES ($1, $2)",
        args![thread_id, user_id],
    )
    .await?;
    Ok(())
}

/// The accounts named as readers of a TLP:RED thread when it was sent.
pub async fn red_readers(c: &mut Conn, thread_id: &str) -> Result<Vec<String>> {
    #[derive(sqlx::FromRow)]
    struct Reader {
        user_id: String,
    }
    let rows: Vec<Reader> = c
        .all(
            "SELECT user_id FROM thread_red_readers WHERE thread_id = $1 ORDER BY user_id",
            args![thread_id],
        )
        .await?;
    Ok(rows.into_iter().map(|r| r.user_id).collect())
}

pub async fn recipients(c: &mut Conn, thread_id: &str) -> Result<Vec<String>> {
    #[derive(sqlx::FromRow)]
    struct Recipient {
        poc_id: String,
    }
    let rows: Vec<Recipient> = c
        .all(
            "SELECT poc_id FROM thread_recipients WHERE thread_id = $1 ORDER BY poc_id",
            args![thread_id],
        )
        .await?;
    Ok(rows.into_iter().map(|r| r.poc_id).collect())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MessageRow {
    pub id: String,
    pub thread_id: String,
    pub from_state: String,
    pub author_id: String,
    pub sealed: String,
    pub created_at: i64,
}

pub async fn insert_message(c: &mut Conn, m: &MessageRow) -> Result<()> {
    c.exec(
        "INSERT INTO thread_messages (id, thread_id, from_state, author_id, sealed, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
        args![
            &m.id,
            &m.thread_id,
            &m.from_state,
            &m.author_id,
            &m.sealed,
            m.created_at
        ],
    )
    .await?;
    Ok(())
}

pub async fn messages_of(c: &mut Conn, thread_id: &str) -> Result<Vec<MessageRow>> {
    c.all(
        "SELECT id, thread_id, from_state, author_id, sealed, created_at FROM thread_messages
         WHERE thread_id = $1 ORDER BY created_at, id",
        args![thread_id],
    )
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EscalationRow {
    pub thread_id: String,
    pub step: i64,
    pub at: i64,
    pub recipients: i64,
}

/// Unacknowledged threads due for escalation `step`: step 1 once the
/// acknowledgement time has passed, step 2 when as long again has passed
/// since step 1. An exercise's threads escalate only while it runs.
pub async fn due_for_escalation(c: &mut Conn, step: i64, now: i64) -> Result<Vec<ThreadRow>> {
    let when = if step == 1 {
        "t.ack_due_at <= $1"
    } else {
        "EXISTS (SELECT 1 FROM thread_escalations p WHERE p.thread_id = t.id AND p.step = $2 - 1
                 AND p.at + (t.ack_due_at - t.created_at) <= $1)"
    };
    let sql = format!(
        "SELECT {THREAD_COLS} FROM threads t WHERE acknowledged_at IS NULL AND {when}
           AND (t.exercise_id IS NULL
                OR EXISTS (SELECT 1 FROM exercises x WHERE x.id = t.exercise_id AND x.status = 'running'))
           AND NOT EXISTS (SELECT 1 FROM thread_escalations e WHERE e.thread_id = t.id AND e.step = $2)
         ORDER BY ack_due_at LIMIT 200"
    );
    c.all(Sql::assembled(sql), args![now, step]).await
}

/// Claims an escalation step; false if another instance took it.
pub async fn claim_escalation(c: &mut Conn, e: &EscalationRow) -> Result<bool> {
    let n = c
        .exec(
            "INSERT INTO thread_escalations (thread_id, step, at, recipients) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING",
            args![&e.thread_id, e.step, e.at, e.recipients],
        )
        .await?;
    Ok(n == 1)
}

pub async fn set_escalation_recipients(
    c: &mut Conn,
    thread_id: &str,
    step: i64,
    n: i64,
) -> Result<()> {
    c.exec(
        "UPDATE thread_escalations SET recipients = $3 WHERE thread_id = $1 AND step = $2",
        args![thread_id, step, n],
    )
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct KeyProblemRow {
    pub poc_id: String,
    /// The catalogue key of why the entry's OpenPGP key could not be used.
    pub reason: String,
}

/// Records once that a notification of the thread went without content.
pub async fn insert_key_problem(
    c: &mut Conn,
    thread_id: &str,
    p: &KeyProblemRow,
    at: i64,
) -> Result<bool> {
    let n = c
        .exec(
            "INSERT INTO thread_key_problems (thread_id, poc_id, reason, at) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING",
            args![thread_id, &p.poc_id, &p.reason, at],
        )
        .await?;
    Ok(n == 1)
}

pub async fn key_problems_of(c: &mut Conn, thread_id: &str) -> Result<Vec<KeyProblemRow>> {
    c.all(
        "SELECT poc_id, reason FROM thread_key_problems WHERE thread_id = $1 ORDER BY at",
        args![thread_id],
    )
    .await
}

/// Every escalation step of an exercise's threads.
pub async fn escalations_of_exercise(
    c: &mut Conn,
    exercise_id: &str,
) -> Result<Vec<EscalationRow>> {
    c.all(
        "SELECT e.thread_id, e.step, e.at, e.recipients FROM thread_escalations e
         JOIN threads t ON t.id = e.thread_id WHERE t.exercise_id = $1 ORDER BY e.at",
        args![exercise_id],
    )
    .await
}

pub async fn escalations_of(c: &mut Conn, thread_id: &str) -> Result<Vec<EscalationRow>> {
    c.all(
        "SELECT thread_id, step, at, recipients FROM thread_escalations WHERE thread_id = $1 ORDER BY step",
        args![thread_id],
    )
    .await
}

/// What the custodian may know of a thread: no content, no people.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ThreadMeta {
    pub template_key: String,
    pub urgency: String,
    pub from_state: String,
    pub to_state: String,
    pub created_at: i64,
}

pub async fn all_meta(c: &mut Conn) -> Result<Vec<ThreadMeta>> {
    c.all(
        "SELECT template_key, urgency, from_state, to_state, created_at FROM threads
         WHERE exercise_id IS NULL ORDER BY created_at",
        args![],
    )
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsentRow {
    pub id: String,
    pub thread_id: String,
    pub third_state: String,
    pub scope_sealed: String,
    pub requested_by: String,
    pub requested_at: i64,
    pub decision: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
    pub forwarded_thread_id: Option<String>,
}

const CONSENT_COLS: &str =
    "id, thread_id, third_state, scope_sealed, requested_by, requested_at, decision, decided_by,
     decided_at, forwarded_thread_id";

pub async fn insert_consent(c: &mut Conn, r: &ConsentRow) -> Result<()> {
    c.exec(
        "INSERT INTO consents (id, thread_id, third_state, scope_sealed, requested_by, requested_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
        args![&r.id, &r.thread_id, &r.third_state, &r.scope_sealed, &r.requested_by, r.requested_at],
    )
    .await?;
    Ok(())
}

pub async fn consents_of(c: &mut Conn, thread_id: &str) -> Result<Vec<ConsentRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {CONSENT_COLS} FROM consents WHERE thread_id = $1 ORDER BY requested_at"
        )),
        args![thread_id],
    )
    .await
}

pub async fn consent(c: &mut Conn, id: &str) -> Result<Option<ConsentRow>> {
    c.opt(
        Sql::assembled(format!("SELECT {CONSENT_COLS} FROM consents WHERE id = $1")),
        args![id],
    )
    .await
}

/// Records the originator's decision once; false if already decided.
pub async fn decide_consent(
    c: &mut Conn,
    id: &str,
    decision: &str,
    by: &str,
    now: i64,
) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE consents SET decision = $2, decided_by = $3, decided_at = $4 WHERE id = $1 AND decision IS NULL",
            args![id, decision, by, now],
        )
        .await?;
    Ok(n == 1)
}

/// Uses a granted consent once; false if it is not granted or already used.
pub async fn use_consent(c: &mut Conn, id: &str, thread_id: &str) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE consents SET forwarded_thread_id = $2 WHERE id = $1 AND decision = 'granted' AND forwarded_thread_id IS NULL",
            args![id, thread_id],
        )
        .await?;
    Ok(n == 1)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AttachmentRow {
    pub id: String,
    pub thread_id: String,
    pub from_state: String,
    pub kind: String,
    pub size: i64,
    pub name_sealed: String,
    pub sealed: String,
    pub created_by: String,
    pub created_at: i64,
}

pub async fn insert_attachment(c: &mut Conn, a: &AttachmentRow) -> Result<()> {
    c.exec(
        "INSERT INTO attachments (id, thread_id, from_state, kind, size, name_sealed, sealed, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        args![&a.id, &a.thread_id, &a.from_state, &a.kind, a.size, &a.name_sealed, &a.sealed, &a.created_by, a.created_at],
    )
    .await?;
    Ok(())
}

/// A thread's attachments without their bytes.
pub async fn attachments_of(c: &mut Conn, thread_id: &str) -> Result<Vec<AttachmentRow>> {
    c.all(
        "SELECT id, thread_id, from_state, kind, size, name_sealed, '' AS sealed, created_by, created_at
         FROM attachments WHERE thread_id = $1 ORDER BY created_at",
        args![thread_id],
    )
    .await
}

pub async fn attachment(c: &mut Conn, id: &str) -> Result<Option<AttachmentRow>> {
    c.opt(
        "SELECT id, thread_id, from_state, kind, size, name_sealed, sealed, created_by, created_at
         FROM attachments WHERE id = $1",
        args![id],
    )
    .await
}

/// An escalation of a communication that found no one to tell.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EmptyEscalationRow {
    pub thread_id: String,
    pub from_state: String,
    pub to_state: String,
    pub step: i64,
    pub at: i64,
}

/// Escalations that reached no one: the receiving State has no one left to tell.
pub async fn escalations_to_no_one(c: &mut Conn, limit: i64) -> Result<Vec<EmptyEscalationRow>> {
    c.all(
        "SELECT e.thread_id, t.from_state, t.to_state, e.step, e.at
         FROM thread_escalations e JOIN threads t ON t.id = e.thread_id
         WHERE e.recipients = 0 AND t.exercise_id IS NULL ORDER BY e.at DESC LIMIT $1",
        args![limit],
    )
    .await
}
