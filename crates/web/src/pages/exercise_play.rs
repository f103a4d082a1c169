//! A State's side of an exercise (EXR-1): its invitations, its answer and
//! players, its own results beside the network's figures, and lessons
//! learned.

use super::exercises::report_value;
use super::{FieldErrors, done, form_errors, notice, unprocessable};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use app::AppError;
use axum::extract::{Path, State};
use axum::response::Response;
use minijinja::{Value, context};
use serde::Deserialize;

pub async fn list(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let list = app::exercises::invitations(&web.app, &ctx.actor(), &ctx.lang).await?;
    Ok(web.page(
        &ctx,
        "state_exercises.html",
        context! {
            invitations => list.iter().map(|i| context! {
                x => Value::from_serialize(&i.exercise), answer => i.answer,
            }).collect::<Vec<_>>(),
        },
    ))
}

async fn page(web: &Web, ctx: &Ctx, id: &str, errors: FieldErrors) -> Result<Response, WebError> {
    let actor = ctx.actor();
    let report = app::exercises::own_report(&web.app, &actor, id, &ctx.lang).await?;
    let candidates = app::exercises::candidates(&web.app, &actor).await?;
    Ok(web.page(ctx, "state_exercise.html", context! {
        r => report_value(&report),
        candidates => candidates.iter().map(|(id, kind, entity)| context! { id => id, kind => kind, entity => entity }).collect::<Vec<_>>(),
        languages => domain::UnLanguage::ALL.iter().map(|l| l.code()).collect::<Vec<_>>(),
        errors => errors, notice => notice(web, ctx),
    }))
}

pub async fn exercise(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    page(&web, &ctx, &id, FieldErrors::new()).await
}

pub async fn answer(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct AnswerForm {
        answer: String,
        players: Vec<String>,
    }
    let f: AnswerForm = serde_html_form::from_bytes(&body)
        .map_err(|_| AppError::field("form", "err-form-unreadable"))?;
    match app::exercises::answer(&web.app, &ctx.actor(), &id, &f.answer, &f.players).await {
        Ok(()) => Ok(done(&format!("/exercises/{id}"), "saved")),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            Ok(unprocessable(page(&web, &ctx, &id, errors).await?))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NamingForm {
    named: String,
}

pub async fn naming(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<NamingForm>,
) -> Result<Response, WebError> {
    app::exercises::set_named(&web.app, &ctx.actor(), &id, f.named == "yes").await?;
    Ok(done(&format!("/exercises/{id}#lessons"), "saved"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LessonForm {
    lang: String,
    text: String,
}

pub async fn lesson(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<LessonForm>,
) -> Result<Response, WebError> {
    match app::exercises::submit_lesson(&web.app, &ctx.actor(), &id, &f.lang, &f.text).await {
        Ok(()) => Ok(done(&format!("/exercises/{id}#lessons"), "submitted")),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            Ok(unprocessable(page(&web, &ctx, &id, errors).await?))
        }
    }
}

pub async fn report_csv(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let report = app::exercises::own_report(&web.app, &ctx.actor(), &id, &ctx.lang).await?;
    Ok(super::csv_file(
        &format!("pocdir-exercise-{id}.csv"),
        app::exercises::report_csv(&web.app, &report, &ctx.lang),
    ))
}
