//! Running an exercise: launch, pause, resume, end and cancel, each
//! audited; injects released on the exercise clock, after another inject,
//! or by hand; the rehearsal before launch (EXR-1).

use super::{clock, control, row};
use crate::messages::{InjectPreview, deliver_inject, preview_inject, rehearse_inject};
use crate::{App, AppError, AppResult, audit};
use domain::{Actor, StateCode, UnLanguage};
use serde_json::json;
use store::exercise::{ExerciseRow, InjectRow};

/// What control can do to an exercise, and from which statuses.
pub const CONTROLS: [(&str, &[&str]); 5] = [
    ("launch", &["draft"]),
    ("pause", &["running"]),
    ("resume", &["paused"]),
    ("end", &["running", "paused"]),
    ("cancel", &["draft", "running", "paused"]),
];

/// Launches, pauses, resumes, ends or cancels an exercise.
pub async fn steer(app: &App, actor: &Actor, id: &str, control_word: &str) -> AppResult<()> {
    control(actor)?;
    let (_, from) = CONTROLS
        .iter()
        .find(|(w, _)| *w == control_word)
        .ok_or_else(|| AppError::field("do", "err-exercise-status"))?;
    let now = app.now();
    let mut c = app.begin().await?;
    let before = row(&mut c, id).await?;
    if !from.contains(&before.status.as_str()) {
        return Err(AppError::Conflict("err-exercise-status"));
    }
    let mut after = before.clone();
    let pause_closed = |r: &mut ExerciseRow| {
        if let Some(at) = r.paused_at.take() {
            r.paused_ms += now - at;
        }
    };
    match control_word {
        "launch" => {
            let states = store::exercise::states(&mut c, id).await?;
            let players = store::exercise::players(&mut c, id).await?;
            if !states
                .iter()
                .any(|s| s.answer.as_deref() == Some("accepted"))
                || players.is_empty()
            {
                return Err(AppError::Conflict("err-exercise-no-players"));
            }
            if store::exercise::injects(&mut c, id).await?.is_empty() {
                return Err(AppError::Conflict("err-exercise-no-injects"));
            }
            after.status = "running".into();
            after.started_at = Some(now);
        }
        "pause" => {
            after.status = "paused".into();
            after.paused_at = Some(now);
            store::exercise::insert_pause(&mut c, id, now).await?;
        }
        "resume" => {
            after.status = "running".into();
            pause_closed(&mut after);
            store::exercise::end_pause(&mut c, id, now).await?;
        }
        _ => {
            after.status = if control_word == "end" {
                "finished"
            } else {
                "canceled"
            }
            .into();
            pause_closed(&mut after);
            store::exercise::end_pause(&mut c, id, now).await?;
            after.ended_at = Some(now);
        }
    }
    if !store::exercise::transition(&mut c, &before.status, &after).await? {
        return Err(AppError::Conflict("err-exercise-status"));
    }
    let target = format!("exercise:{id}");
    let detail =
        json!({ "from": before.status, "to": after.status, "clock_ms": clock(&after, now) });
    audit::record(
        &mut c,
        actor,
        &format!("exercise.{control_word}"),
        &target,
        detail,
    )
    .await?;
    c.commit().await?;
    if control_word == "launch" || control_word == "resume" {
        release_due_of(app, id).await?;
    }
    Ok(())
}

/// Whether an inject falls due at `clock`, exercise time.
fn due(inject: &InjectRow, all: &[InjectRow], clock: i64) -> bool {
    if inject.released_at.is_some() {
        return false;
    }
    match inject.release_kind.as_str() {
        "at" => inject.offset_s * 1000 <= clock,
        "after" => all
            .iter()
            .find(|i| Some(&i.id) == inject.after_id.as_ref())
            .and_then(|i| i.released_clock)
            .is_some_and(|at| at + inject.offset_s * 1000 <= clock),
        _ => false,
    }
}

/// Releases what has fallen due in every running exercise: once a minute
/// with the other scheduled work. Returns how many injects went out.
pub(crate) async fn release_due(app: &App) -> AppResult<usize> {
    let mut c = app.db.conn().await?;
    let running = store::exercise::running(&mut c).await?;
    drop(c);
    let mut released = 0;
    for r in running {
        released += release_due_of(app, &r.id).await?;
    }
    Ok(released)
}

async fn release_due_of(app: &App, id: &str) -> AppResult<usize> {
    let mut released = 0;
    // An inject released may make the next one due at once.
    loop {
        let mut c = app.db.conn().await?;
        let r = row(&mut c, id).await?;
        if r.status != "running" {
            return Ok(released);
        }
        let injects = store::exercise::injects(&mut c, id).await?;
        drop(c);
        let now = app.now();
        let Some(next) = injects.iter().find(|i| due(i, &injects, clock(&r, now))) else {
            return Ok(released);
        };
        release(app, &Actor::System, &r, next).await?;
        released += 1;
    }
}

/// Control releases an inject by hand, whatever its timing, while the
/// exercise runs.
pub async fn release_now(app: &App, actor: &Actor, id: &str, inject: &str) -> AppResult<()> {
    control(actor)?;
    let mut c = app.db.conn().await?;
    let r = row(&mut c, id).await?;
    if r.status != "running" {
        return Err(AppError::Conflict("err-exercise-not-running"));
    }
    let injects = store::exercise::injects(&mut c, id).await?;
    drop(c);
    let inject = injects
        .iter()
        .find(|i| i.id == inject)
        .ok_or(AppError::NotFound)?;
    if inject.released_at.is_some() {
        return Err(AppError::Conflict("err-inject-released"));
    }
    release(app, actor, &r, inject).await?;
    release_due_of(app, id).await?;
    Ok(())
}

/// Delivers an inject to each State that accepted, addressed to its
/// players, in one transaction; claimed once across instances.
async fn release(app: &App, actor: &Actor, r: &ExerciseRow, inject: &InjectRow) -> AppResult<()> {
    let now = app.now();
    let mut c = app.begin().await?;
    if !store::exercise::mark_released(&mut c, &inject.id, now, clock(r, now)).await? {
        return Ok(());
    }
    let accepted: Vec<String> = store::exercise::states(&mut c, &r.id)
        .await?
        .into_iter()
        .filter(|s| s.answer.as_deref() == Some("accepted"))
        .map(|s| s.state)
        .collect();
    let players = store::exercise::players(&mut c, &r.id).await?;
    let mut threads = 0;
    for code in inject.to_states.split_whitespace() {
        if !accepted.iter().any(|a| a == code) {
            continue;
        }
        let pocs: Vec<String> = players
            .iter()
            .filter(|p| p.state == code)
            .map(|p| p.poc_id.clone())
            .collect();
        let to = StateCode::parse(code)?;
        if deliver_inject(app, &mut c, inject, to, &pocs)
            .await?
            .is_some()
        {
            threads += 1;
        }
    }
    let target = format!("exercise:{}", r.id);
    let detail = json!({ "inject": inject.id, "seq": inject.seq, "threads": threads, "clock_ms": clock(r, now) });
    audit::record(&mut c, actor, "exercise.inject-released", &target, detail).await?;
    c.commit().await?;
    Ok(())
}

/// What a State's players will read of an inject, in a language: the
/// rehearsal.
pub async fn rehearse(
    app: &App,
    actor: &Actor,
    id: &str,
    inject: &str,
    lang: &str,
) -> AppResult<(super::Inject, InjectPreview)> {
    control(actor)?;
    let lang = super::language(lang)?;
    let mut c = app.db.conn().await?;
    row(&mut c, id).await?;
    let inject = inject_of(&mut c, id, inject).await?;
    let to = first_state(&inject)?;
    let preview = preview_inject(app, &mut c, &inject, to, lang).await?;
    Ok((inject.into(), preview))
}

async fn inject_of(c: &mut store::Conn, id: &str, inject: &str) -> AppResult<InjectRow> {
    store::exercise::injects(c, id)
        .await?
        .into_iter()
        .find(|i| i.id == inject)
        .ok_or(AppError::NotFound)
}

fn first_state(inject: &InjectRow) -> AppResult<StateCode> {
    let code = inject
        .to_states
        .split_whitespace()
        .next()
        .unwrap_or_default();
    Ok(StateCode::parse(code)?)
}

/// Sends control itself the email of an inject, in its own language.
pub async fn rehearse_send(app: &App, actor: &Actor, id: &str, inject: &str) -> AppResult<()> {
    control(actor)?;
    let me = actor.user_id().unwrap_or_default();
    let mut c = app.begin().await?;
    row(&mut c, id).await?;
    let inject = inject_of(&mut c, id, inject).await?;
    let user = store::user::get(&mut c, me)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = UnLanguage::parse(&user.locale).unwrap_or(UnLanguage::En);
    let to = first_state(&inject)?;
    rehearse_inject(app, &mut c, &inject, to, &user.email, lang).await?;
    let target = format!("exercise:{id}");
    audit::record(
        &mut c,
        actor,
        "exercise.rehearsed",
        &target,
        json!({ "inject": inject.id }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}
