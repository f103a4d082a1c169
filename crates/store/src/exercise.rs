//! Exercises (EXR-1): the scenario, the States taking part and their
//! players, the timeline of injects, lessons learned, and the delivery of
//! the exercise's emails.

use crate::{Conn, Result, Sql, args};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ExerciseRow {
    pub id: String,
    pub status: String,
    pub created_by: String,
    pub created_at: i64,
    pub started_at: Option<i64>,
    pub paused_at: Option<i64>,
    pub paused_ms: i64,
    pub ended_at: Option<i64>,
}

const COLS: &str = "id, status, created_by, created_at, started_at, paused_at, paused_ms, ended_at";

pub async fn insert(c: &mut Conn, r: &ExerciseRow) -> Result<()> {
    c.exec(
        Sql::assembled(format!(
            "INSERT INTO exercises ({COLS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
        )),
        args![
            &r.id,
            &r.status,
            &r.created_by,
            r.created_at,
            r.started_at,
            r.paused_at,
            r.paused_ms,
            r.ended_at
        ],
    )
    .await?;
    Ok(())
}

pub async fn get(c: &mut Conn, id: &str) -> Result<Option<ExerciseRow>> {
    c.opt(
        Sql::assembled(format!("SELECT {COLS} FROM exercises WHERE id = $1")),
        args![id],
    )
    .await
}

/// Every exercise, newest first.
pub async fn all(c: &mut Conn) -> Result<Vec<ExerciseRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {COLS} FROM exercises ORDER BY created_at DESC"
        )),
        args![],
    )
    .await
}

/// The exercises a State was invited to, newest first.
pub async fn of_state(c: &mut Conn, state: &str) -> Result<Vec<ExerciseRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {COLS} FROM exercises WHERE id IN (SELECT exercise_id FROM exercise_states WHERE state = $1)
             ORDER BY created_at DESC"
        )),
        args![state],
    )
    .await
}

/// Moves an exercise from one status to another; false if it was no longer
/// in `from` (another request moved it first).
pub async fn transition(c: &mut Conn, from: &str, r: &ExerciseRow) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE exercises SET status = $3, started_at = $4, paused_at = $5, paused_ms = $6, ended_at = $7
             WHERE id = $1 AND status = $2",
            args![&r.id, from, &r.status, r.started_at, r.paused_at, r.paused_ms, r.ended_at],
        )
        .await?;
    Ok(n == 1)
}

pub async fn insert_pause(c: &mut Conn, id: &str, at: i64) -> Result<()> {
    c.exec(
        "INSERT INTO exercise_pauses (exercise_id, at) VALUES ($1, $2)",
        args![id, at],
    )
    .await?;
    Ok(())
}

pub async fn end_pause(c: &mut Conn, id: &str, at: i64) -> Result<()> {
    c.exec(
        "UPDATE exercise_pauses SET resumed_at = $2 WHERE exercise_id = $1 AND resumed_at IS NULL",
        args![id, at],
    )
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PauseRow {
    pub at: i64,
    pub resumed_at: Option<i64>,
}

pub async fn pauses(c: &mut Conn, id: &str) -> Result<Vec<PauseRow>> {
    c.all(
        "SELECT at, resumed_at FROM exercise_pauses WHERE exercise_id = $1 ORDER BY at",
        args![id],
    )
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TextRow {
    pub lang: String,
    pub title: String,
    pub narrative: String,
}

/// Writes the scenario in one language, replacing what it said before.
pub async fn save_text(c: &mut Conn, id: &str, t: &TextRow) -> Result<()> {
    c.exec(
        "DELETE FROM exercise_texts WHERE exercise_id = $1 AND lang = $2",
        args![id, &t.lang],
    )
    .await?;
    c.exec(
        "INSERT INTO exercise_texts (exercise_id, lang, title, narrative) VALUES ($1, $2, $3, $4)",
        args![id, &t.lang, &t.title, &t.narrative],
    )
    .await?;
    Ok(())
}

pub async fn texts(c: &mut Conn, id: &str) -> Result<Vec<TextRow>> {
    c.all(
        "SELECT lang, title, narrative FROM exercise_texts WHERE exercise_id = $1 ORDER BY lang",
        args![id],
    )
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StateRow {
    pub state: String,
    pub invited_at: i64,
    /// accepted or declined; None while the State has not answered.
    pub answer: Option<String>,
    pub answered_at: Option<i64>,
    pub named: i64,
}

/// Invites a State once; false if it already was.
pub async fn invite(c: &mut Conn, id: &str, state: &str, at: i64) -> Result<bool> {
    let n = c
        .exec(
            "INSERT INTO exercise_states (exercise_id, state, invited_at, named) VALUES ($1, $2, $3, 0)
             ON CONFLICT DO NOTHING",
            args![id, state, at],
        )
        .await?;
    Ok(n == 1)
}

pub async fn states(c: &mut Conn, id: &str) -> Result<Vec<StateRow>> {
    c.all(
        "SELECT state, invited_at, answer, answered_at, named FROM exercise_states
         WHERE exercise_id = $1 ORDER BY state",
        args![id],
    )
    .await
}

/// Records a State's answer; a State may change its mind until the
/// exercise starts, so the last answer counts.
pub async fn answer(
    c: &mut Conn,
    id: &str,
    state: &str,
    answer: &str,
    by: &str,
    at: i64,
) -> Result<()> {
    c.exec(
        "UPDATE exercise_states SET answer = $3, answered_by = $4, answered_at = $5
         WHERE exercise_id = $1 AND state = $2",
        args![id, state, answer, by, at],
    )
    .await?;
    Ok(())
}

pub async fn set_named(c: &mut Conn, id: &str, state: &str, named: bool) -> Result<()> {
    c.exec(
        "UPDATE exercise_states SET named = $3 WHERE exercise_id = $1 AND state = $2",
        args![id, state, i64::from(named)],
    )
    .await?;
    Ok(())
}

/// Replaces the entries a State named as its players.
pub async fn set_players(c: &mut Conn, id: &str, state: &str, pocs: &[String]) -> Result<()> {
    c.exec(
        "DELETE FROM exercise_players WHERE exercise_id = $1 AND state = $2",
        args![id, state],
    )
    .await?;
    for poc in pocs {
        c.exec(
            "INSERT INTO exercise_players (exercise_id, state, poc_id) VALUES ($1, $2, $3)",
            args![id, state, poc],
        )
        .await?;
    }
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PlayerRow {
    pub state: String,
    pub poc_id: String,
}

pub async fn players(c: &mut Conn, id: &str) -> Result<Vec<PlayerRow>> {
    c.all(
        "SELECT state, poc_id FROM exercise_players WHERE exercise_id = $1 ORDER BY state, poc_id",
        args![id],
    )
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InjectRow {
    pub id: String,
    pub exercise_id: String,
    pub seq: i64,
    pub sender: String,
    pub to_states: String,
    pub template_key: String,
    pub template_version: i64,
    pub urgency: String,
    pub tlp: String,
    pub fields: String,
    pub release_kind: String,
    pub offset_s: i64,
    pub after_id: Option<String>,
    pub expect_ack_s: Option<i64>,
    pub expect_answer_s: Option<i64>,
    pub expiry_s: i64,
    pub released_at: Option<i64>,
    pub released_clock: Option<i64>,
}

const INJECT_COLS: &str = "id, exercise_id, seq, sender, to_states, template_key, template_version, urgency, tlp, \
    fields, release_kind, offset_s, after_id, expect_ack_s, expect_answer_s, expiry_s, released_at, released_clock";

pub async fn insert_inject(c: &mut Conn, r: &InjectRow) -> Result<()> {
    c.exec(
        Sql::assembled(format!(
            "INSERT INTO injects ({INJECT_COLS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)"
        )),
        args![
            &r.id, &r.exercise_id, r.seq, &r.sender, &r.to_states, &r.template_key, r.template_version,
            &r.urgency, &r.tlp, &r.fields, &r.release_kind, r.offset_s, r.after_id.clone(),
            r.expect_ack_s, r.expect_answer_s, r.expiry_s, r.released_at, r.released_clock
        ],
    )
    .await?;
    Ok(())
}

/// An exercise's timeline, in the order control wrote it.
pub async fn injects(c: &mut Conn, id: &str) -> Result<Vec<InjectRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {INJECT_COLS} FROM injects WHERE exercise_id = $1 ORDER BY seq"
        )),
        args![id],
    )
    .await
}

/// Removes an inject not yet released; false otherwise.
pub async fn delete_inject(c: &mut Conn, exercise_id: &str, id: &str) -> Result<bool> {
    let n = c
        .exec(
            "DELETE FROM injects WHERE id = $1 AND exercise_id = $2 AND released_at IS NULL",
            args![id, exercise_id],
        )
        .await?;
    Ok(n == 1)
}

/// Claims an inject's release once, across instances; false if another
/// took it first.
pub async fn mark_released(c: &mut Conn, id: &str, at: i64, clock: i64) -> Result<bool> {
    let n = c
        .exec(
            "UPDATE injects SET released_at = $2, released_clock = $3 WHERE id = $1 AND released_at IS NULL",
            args![id, at, clock],
        )
        .await?;
    Ok(n == 1)
}

/// Exercises whose injects may fall due.
pub async fn running(c: &mut Conn) -> Result<Vec<ExerciseRow>> {
    c.all(
        Sql::assembled(format!(
            "SELECT {COLS} FROM exercises WHERE status = 'running' ORDER BY started_at"
        )),
        args![],
    )
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LessonRow {
    pub id: String,
    pub state: String,
    pub lang: String,
    pub text: String,
    pub created_at: i64,
}

pub async fn insert_lesson(
    c: &mut Conn,
    exercise_id: &str,
    author: &str,
    r: &LessonRow,
) -> Result<()> {
    c.exec(
        "INSERT INTO exercise_lessons (id, exercise_id, state, author_id, lang, text, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        args![
            &r.id,
            exercise_id,
            &r.state,
            author,
            &r.lang,
            &r.text,
            r.created_at
        ],
    )
    .await?;
    Ok(())
}

pub async fn lessons(c: &mut Conn, id: &str) -> Result<Vec<LessonRow>> {
    c.all(
        "SELECT id, state, lang, text, created_at FROM exercise_lessons WHERE exercise_id = $1
         ORDER BY state, created_at",
        args![id],
    )
    .await
}

pub async fn insert_email(c: &mut Conn, thread_id: &str, outbox_id: &str) -> Result<()> {
    c.exec(
        "INSERT INTO exercise_emails (thread_id, outbox_id) VALUES ($1, $2)",
        args![thread_id, outbox_id],
    )
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EmailStatusRow {
    pub thread_id: String,
    /// The outbox's: queued, sending, sent, failed or bounced.
    pub status: String,
}

/// How each of an exercise's notification emails fared.
pub async fn email_statuses(c: &mut Conn, exercise_id: &str) -> Result<Vec<EmailStatusRow>> {
    c.all(
        "SELECT e.thread_id, o.status FROM exercise_emails e
         JOIN threads t ON t.id = e.thread_id JOIN outbox o ON o.id = e.outbox_id
         WHERE t.exercise_id = $1",
        args![exercise_id],
    )
    .await
}

/// How many States took part in exercises started in each month, by the
/// State's code: for the usage figures (USE-1).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TakingPartRow {
    pub started_at: i64,
    pub state: String,
}

pub async fn taking_part(c: &mut Conn) -> Result<Vec<TakingPartRow>> {
    c.all(
        "SELECT x.started_at AS started_at, s.state AS state FROM exercises x
         JOIN exercise_states s ON s.exercise_id = x.id
         WHERE x.started_at IS NOT NULL AND s.answer = 'accepted' AND x.status <> 'canceled'
         ORDER BY x.started_at",
        args![],
    )
    .await
}
