//! Preparing an exercise: the scenario, the States invited, the timeline of
//! injects and their expectations (EXR-1).

use super::{control, language, row};
use crate::error::{authorize, refusal};
use crate::mail::{self, Email};
use crate::{App, AppError, AppResult, audit};
use domain::fields::{line, required_line, required_text};
use domain::message::{Tlp, Urgency};
use domain::policy::Resource;
use domain::{Action, Actor, StateCode};
use serde_json::json;
use store::exercise::{ExerciseRow, InjectRow, TextRow};

/// How long an expectation stays open by default: a day.
pub const DEFAULT_EXPIRY_MINUTES: i64 = 24 * 60;
/// The longest offset, delay or expectation: thirty days, in minutes.
const MAX_MINUTES: i64 = 30 * 24 * 60;

fn scenario(lang: &str, title: &str, narrative: &str) -> AppResult<TextRow> {
    Ok(TextRow {
        lang: language(lang)?.code().to_string(),
        title: required_line("title", title, 200)?,
        narrative: required_text("narrative", narrative, 20_000)?,
    })
}

/// Control writes a new exercise's scenario in one language.
pub async fn create(
    app: &App,
    actor: &Actor,
    lang: &str,
    title: &str,
    narrative: &str,
) -> AppResult<String> {
    control(actor)?;
    let text = scenario(lang, title, narrative)?;
    let r = ExerciseRow {
        id: store::new_id(),
        status: "draft".into(),
        created_by: actor.user_id().unwrap_or_default().to_string(),
        created_at: app.now(),
        started_at: None,
        paused_at: None,
        paused_ms: 0,
        ended_at: None,
    };
    let mut c = app.begin().await?;
    store::exercise::insert(&mut c, &r).await?;
    store::exercise::save_text(&mut c, &r.id, &text).await?;
    let target = format!("exercise:{}", r.id);
    audit::record(
        &mut c,
        actor,
        "exercise.created",
        &target,
        json!({ "lang": text.lang }),
    )
    .await?;
    c.commit().await?;
    Ok(r.id)
}

/// The scenario in another language, or rewritten.
pub async fn save_text(
    app: &App,
    actor: &Actor,
    id: &str,
    lang: &str,
    title: &str,
    narrative: &str,
) -> AppResult<()> {
    control(actor)?;
    let text = scenario(lang, title, narrative)?;
    let mut c = app.begin().await?;
    open_row(&mut c, id).await?;
    store::exercise::save_text(&mut c, id, &text).await?;
    let target = format!("exercise:{id}");
    audit::record(
        &mut c,
        actor,
        "exercise.scenario",
        &target,
        json!({ "lang": text.lang }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// The exercise, if it may still change.
async fn open_row(c: &mut store::Conn, id: &str) -> AppResult<ExerciseRow> {
    let r = row(c, id).await?;
    if matches!(r.status.as_str(), "finished" | "canceled") {
        return Err(AppError::Conflict("err-exercise-closed"));
    }
    Ok(r)
}

/// Invites participating States; each one's national administrators and
/// Mission get an email marked EXERCISE. Returns how many were new.
pub async fn invite(app: &App, actor: &Actor, id: &str, states: &[String]) -> AppResult<usize> {
    control(actor)?;
    if states.is_empty() {
        return Err(AppError::field("states", "err-exercise-states"));
    }
    let mut c = app.begin().await?;
    open_row(&mut c, id).await?;
    let mut codes = Vec::new();
    for s in states {
        let code =
            StateCode::parse(s).map_err(|_| AppError::field("states", "err-exercise-states"))?;
        let participating = store::state::get(&mut c, code.as_str())
            .await?
            .and_then(|s| s.participating_since)
            .is_some();
        if !participating {
            return Err(AppError::field("states", "err-exercise-states"));
        }
        codes.push(code);
    }
    let now = app.now();
    let url = format!("{}/exercises/{id}", app.config.public_url);
    let mut added = 0;
    for code in codes {
        if !store::exercise::invite(&mut c, id, code.as_str(), now).await? {
            continue;
        }
        added += 1;
        for (to, lang) in mail::state_addresses(&mut c, code, &[]).await? {
            let email = Email {
                exercise: true,
                to: &to,
                lang: &lang,
                key: "email-exercise-invited",
                args: vec![("link", url.clone())],
            };
            mail::queue(app, &mut c, email).await?;
        }
        let target = format!("exercise:{id}");
        audit::record(
            &mut c,
            actor,
            "exercise.invited",
            &target,
            json!({ "state": code.as_str() }),
        )
        .await?;
    }
    c.commit().await?;
    Ok(added)
}

/// The State of a national administrator answering for it, if the
/// exercise invited that State.
async fn invited(c: &mut store::Conn, actor: &Actor, id: &str) -> AppResult<StateCode> {
    let state = actor.state().ok_or_else(|| refusal(actor))?;
    authorize(actor, Action::AnswerExercise, Resource::State(state))?;
    row(c, id).await?;
    // Another State's exercise is not shown to exist.
    if !store::exercise::states(c, id)
        .await?
        .iter()
        .any(|s| s.state == state.as_str())
    {
        return Err(AppError::NotFound);
    }
    Ok(state)
}

/// A State's answer, by one of its national administrators: "accept" with
/// the entries that play, or "decline". It may change its answer until the
/// exercise is over.
pub async fn answer(
    app: &App,
    actor: &Actor,
    id: &str,
    answer: &str,
    players: &[String],
) -> AppResult<()> {
    let mut c = app.begin().await?;
    let state = invited(&mut c, actor, id).await?;
    open_row(&mut c, id).await?;
    let accept = match answer {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::field("answer", "err-exercise-answer")),
    };
    let own: Vec<String> = store::poc::of_state(&mut c, state.as_str())
        .await?
        .into_iter()
        .filter(|p| p.published_fields.is_some())
        .map(|p| p.id)
        .collect();
    if accept && players.is_empty() {
        return Err(AppError::field("players", "err-exercise-players"));
    }
    if players.iter().any(|p| !own.contains(p)) {
        return Err(AppError::field("players", "err-exercise-players"));
    }
    let by = actor.user_id().unwrap_or_default();
    let word = if accept { "accepted" } else { "declined" };
    store::exercise::answer(&mut c, id, state.as_str(), word, by, app.now()).await?;
    let chosen = if accept { players } else { &[] };
    store::exercise::set_players(&mut c, id, state.as_str(), chosen).await?;
    let target = format!("exercise:{id}");
    let detail = json!({ "state": state.as_str(), "answer": word, "players": chosen.len() });
    audit::record(&mut c, actor, "exercise.answered", &target, detail).await?;
    c.commit().await?;
    Ok(())
}

/// Whether the State's lessons learned carry its name in the report.
pub async fn set_named(app: &App, actor: &Actor, id: &str, named: bool) -> AppResult<()> {
    let mut c = app.begin().await?;
    let state = invited(&mut c, actor, id).await?;
    store::exercise::set_named(&mut c, id, state.as_str(), named).await?;
    let target = format!("exercise:{id}");
    let detail = json!({ "state": state.as_str(), "named": named });
    audit::record(&mut c, actor, "exercise.naming", &target, detail).await?;
    c.commit().await?;
    Ok(())
}

/// An inject as control's form sends it. Times are in minutes.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct InjectInput {
    /// Empty for exercise control, else the name of the State it plays.
    pub sender: String,
    pub to_states: Vec<String>,
    pub template_key: String,
    pub urgency: String,
    pub tlp: String,
    /// The template's fields, by name.
    pub fields: Vec<(String, String)>,
    /// at, after or manual.
    pub release: String,
    pub offset_minutes: String,
    /// With `after`: the inject this one follows.
    pub after: String,
    pub ack_within_minutes: String,
    pub answer_within_minutes: String,
    pub expiry_minutes: String,
}

fn minutes(field: &str, raw: &str) -> AppResult<Option<i64>> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    match raw.parse::<i64>() {
        Ok(n) if n < 0 => Err(AppError::field(field, "err-inject-before-start")),
        Ok(n) if n <= MAX_MINUTES => Ok(Some(n)),
        _ => Err(AppError::field(field, "err-inject-minutes")),
    }
}

/// Checks an inject against the exercise and the current templates; the
/// row it would store.
async fn checked(c: &mut store::Conn, id: &str, input: &InjectInput) -> AppResult<InjectRow> {
    let sender = line("sender", &input.sender, 100)?.unwrap_or_default();
    let invited: Vec<String> = store::exercise::states(c, id)
        .await?
        .into_iter()
        .filter(|s| s.answer.as_deref() != Some("declined"))
        .map(|s| s.state)
        .collect();
    if input.to_states.is_empty() || input.to_states.iter().any(|s| !invited.contains(s)) {
        return Err(AppError::field("to_states", "err-inject-states"));
    }
    let urgency = Urgency::parse(&input.urgency)?;
    let tlp = Tlp::parse(&input.tlp)?;
    let templates = store::message::current_templates(c).await?;
    let template = templates
        .iter()
        .find(|t| t.key == input.template_key)
        .ok_or_else(|| AppError::field("template", "err-template"))?;
    let fields = crate::messages::accept_fields(template, &input.fields)?;
    let existing = store::exercise::injects(c, id).await?;
    let (offset, after_id) = match input.release.as_str() {
        "at" => (
            minutes("offset_minutes", &input.offset_minutes)?
                .ok_or_else(|| AppError::field("offset_minutes", "err-required"))?,
            None,
        ),
        "after" => {
            let before = existing
                .iter()
                .find(|i| i.id == input.after)
                .ok_or_else(|| AppError::field("after", "err-inject-after"))?;
            let delay = minutes("offset_minutes", &input.offset_minutes)?.unwrap_or(0);
            (delay, Some(before.id.clone()))
        }
        "manual" => (0, None),
        _ => return Err(AppError::field("release", "err-inject-release")),
    };
    let expiry = minutes("expiry_minutes", &input.expiry_minutes)?
        .unwrap_or(DEFAULT_EXPIRY_MINUTES)
        .max(1);
    let ack = minutes("ack_within_minutes", &input.ack_within_minutes)?;
    let answer = minutes("answer_within_minutes", &input.answer_within_minutes)?;
    // An expectation due after its own expiry could never be met on time.
    for (field, within) in [
        ("ack_within_minutes", ack),
        ("answer_within_minutes", answer),
    ] {
        match within {
            Some(0) => return Err(AppError::field(field, "err-inject-minutes")),
            Some(w) if w > expiry => return Err(AppError::field(field, "err-inject-expiry")),
            _ => {}
        }
    }
    Ok(InjectRow {
        id: store::new_id(),
        exercise_id: id.to_string(),
        seq: existing.iter().map(|i| i.seq).max().unwrap_or(0) + 1,
        sender,
        to_states: input.to_states.join(" "),
        template_key: template.key.clone(),
        template_version: template.version,
        urgency: urgency.code().into(),
        tlp: tlp.code().into(),
        fields: serde_json::to_string(&fields).map_err(|e| AppError::Internal(e.to_string()))?,
        release_kind: input.release.clone(),
        offset_s: offset * 60,
        after_id,
        expect_ack_s: ack.map(|m| m * 60),
        expect_answer_s: answer.map(|m| m * 60),
        expiry_s: expiry * 60,
        released_at: None,
        released_clock: None,
    })
}

/// Adds an inject to the timeline; returns its id.
pub async fn add_inject(
    app: &App,
    actor: &Actor,
    id: &str,
    input: &InjectInput,
) -> AppResult<String> {
    control(actor)?;
    let mut c = app.begin().await?;
    open_row(&mut c, id).await?;
    let inject = checked(&mut c, id, input).await?;
    store::exercise::insert_inject(&mut c, &inject).await?;
    let target = format!("exercise:{id}");
    let detail =
        json!({ "inject": inject.id, "release": inject.release_kind, "to": inject.to_states });
    audit::record(&mut c, actor, "exercise.inject-added", &target, detail).await?;
    c.commit().await?;
    Ok(inject.id)
}

/// Removes an inject not yet released, and none other follows it.
pub async fn remove_inject(app: &App, actor: &Actor, id: &str, inject: &str) -> AppResult<()> {
    control(actor)?;
    let mut c = app.begin().await?;
    open_row(&mut c, id).await?;
    let injects = store::exercise::injects(&mut c, id).await?;
    if injects
        .iter()
        .any(|i| i.after_id.as_deref() == Some(inject))
    {
        return Err(AppError::Conflict("err-inject-followed"));
    }
    if !injects.iter().any(|i| i.id == inject) {
        return Err(AppError::NotFound);
    }
    if !store::exercise::delete_inject(&mut c, id, inject).await? {
        return Err(AppError::Conflict("err-inject-released"));
    }
    let target = format!("exercise:{id}");
    audit::record(
        &mut c,
        actor,
        "exercise.inject-removed",
        &target,
        json!({ "inject": inject }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}
