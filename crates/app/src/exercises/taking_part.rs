//! A State's side of an exercise: the invitations it has, the entries it
//! may name as players, and its lessons learned (EXR-1).

use super::{Exercise, row, shown};
use crate::directory::entry_of;
use crate::error::{authorize, refusal};
use crate::{App, AppError, AppResult, audit};
use domain::fields::required_text;
use domain::policy::Resource;
use domain::{Action, Actor, StateCode};
use serde_json::json;

fn own_state(actor: &Actor) -> AppResult<StateCode> {
    let state = actor.state().ok_or_else(|| refusal(actor))?;
    authorize(actor, Action::PlayExercise, Resource::State(state))?;
    Ok(state)
}

/// An exercise the State was invited to, with its answer.
pub struct Invitation {
    pub exercise: Exercise,
    /// accepted, declined, or None while not answered.
    pub answer: Option<String>,
}

/// The exercises the user's State was invited to, newest first.
pub async fn invitations(app: &App, actor: &Actor, lang: &str) -> AppResult<Vec<Invitation>> {
    let state = own_state(actor)?;
    let mut c = app.db.conn().await?;
    let mut out = Vec::new();
    for r in store::exercise::of_state(&mut c, state.as_str()).await? {
        let answer = store::exercise::states(&mut c, &r.id)
            .await?
            .into_iter()
            .find(|s| s.state == state.as_str())
            .and_then(|s| s.answer);
        out.push(Invitation {
            exercise: shown(&mut c, &r, lang).await?,
            answer,
        });
    }
    Ok(out)
}

/// An entry the State may name as a player: (id, type, entity).
pub async fn candidates(app: &App, actor: &Actor) -> AppResult<Vec<(String, String, String)>> {
    let state = own_state(actor)?;
    let mut c = app.db.conn().await?;
    let mut out = Vec::new();
    for p in store::poc::of_state(&mut c, state.as_str()).await? {
        if let Some(e) = entry_of(app, &p)?.filter(|e| e.status == "active") {
            out.push((p.id.clone(), p.poc_type.clone(), e.fields.entity));
        }
    }
    Ok(out)
}

/// A player's lesson learned, in their own language.
pub async fn submit_lesson(
    app: &App,
    actor: &Actor,
    id: &str,
    lang: &str,
    text: &str,
) -> AppResult<()> {
    let state = own_state(actor)?;
    let mut c = app.begin().await?;
    let r = row(&mut c, id).await?;
    let taking_part = store::exercise::states(&mut c, id)
        .await?
        .iter()
        .any(|s| s.state == state.as_str() && s.answer.as_deref() == Some("accepted"));
    if !taking_part {
        return Err(AppError::NotFound);
    }
    if r.started_at.is_none() || r.status == "canceled" {
        return Err(AppError::Conflict("err-exercise-not-started"));
    }
    let lang = super::language(lang)?;
    let text = required_text("text", text, 5_000)?;
    let lesson = store::exercise::LessonRow {
        id: store::new_id(),
        state: state.to_string(),
        lang: lang.code().to_string(),
        text,
        created_at: app.now(),
    };
    let author = actor.user_id().unwrap_or_default();
    store::exercise::insert_lesson(&mut c, id, author, &lesson).await?;
    let target = format!("exercise:{id}");
    let detail = json!({ "state": state.as_str(), "lang": lesson.lang });
    audit::record(&mut c, actor, "exercise.lesson", &target, detail).await?;
    c.commit().await?;
    Ok(())
}
