//! The custodian's work: access requests, verification of changes, audit.

use super::{FieldErrors, done, form_errors, notice, unprocessable};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use minijinja::context;
use serde::Deserialize;

pub async fn dashboard(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let d = app::directory::dashboard(&web.app, &ctx.actor()).await?;
    let p = app::directory::participation(&web.app).await?;
    Ok(web.page(&ctx, "custodian.html", context! {
        pending_changes => d.pending_changes, pending_requests => d.pending_requests, open_problems => d.open_problems,
        overdue => d.overdue, active => d.active, participating => p.states.len(), threshold => p.threshold,
    }))
}

pub async fn requests(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let pending = app::accounts::access_requests(&web.app, &ctx.actor(), "pending").await?;
    let list: Vec<_> = pending
        .iter()
        .map(|r| context! {
            id => r.id, state => r.state_code, name => r.requester_name, title => r.requester_title, email => r.email,
            reference => r.note_verbale_ref, message => r.message, created_at => r.created_at,
        })
        .collect();
    Ok(web.page(
        &ctx,
        "requests.html",
        context! { requests => list, notice => notice(&web, &ctx) },
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    reference: String,
    channel: String,
    reason: String,
}

pub async fn admit(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, WebError> {
    app::accounts::admit(&web.app, &ctx.actor(), &id, &form.reference).await?;
    Ok(done("/custodian/requests", "admitted"))
}

pub async fn reject_request(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, WebError> {
    app::accounts::reject_request(&web.app, &ctx.actor(), &id, &form.reason).await?;
    Ok(done("/custodian/requests", "rejected"))
}

pub async fn changes(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let list = app::directory::pending_changes(&web.app, &ctx.actor(), None).await?;
    let rows: Vec<_> = list
        .iter()
        .map(|c| context! {
            id => c.version.id, state => c.state.to_string(), entity => c.entity, poc_type => c.poc_type.code(),
            kind => c.version.kind, submitted_at => c.version.submitted_at, submitted_by => c.version.submitted_by,
            on_behalf_ref => c.version.on_behalf_ref,
        })
        .collect();
    Ok(web.page(
        &ctx,
        "changes.html",
        context! { changes => rows, notice => notice(&web, &ctx) },
    ))
}

async fn change_page(
    web: &Web,
    ctx: &Ctx,
    id: &str,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let d = app::directory::change(&web.app, &ctx.actor(), id).await?;
    Ok(web.page(ctx, "change.html", context! {
        v => d.summary.version, poc_id => d.summary.poc_id, state => d.summary.state.to_string(),
        entity => d.summary.entity, poc_type => d.summary.poc_type.code(), diff => d.diff,
        channels => app::directory::CHANNELS, errors => errors,
    }))
}

pub async fn change(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    change_page(&web, &ctx, &id, FieldErrors::new()).await
}

pub async fn verify(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, WebError> {
    match app::directory::verify(&web.app, &ctx.actor(), &id, &form.channel, &form.reference).await
    {
        Ok(()) => Ok(done("/custodian/changes", "published")),
        Err(e) => Ok(unprocessable(
            change_page(&web, &ctx, &id, form_errors(&web, &ctx, e.into())?).await?,
        )),
    }
}

pub async fn reject_change(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, WebError> {
    match app::directory::reject(&web.app, &ctx.actor(), &id, &form.reason).await {
        Ok(()) => Ok(done("/custodian/changes", "rejected")),
        Err(e) => Ok(unprocessable(
            change_page(&web, &ctx, &id, form_errors(&web, &ctx, e.into())?).await?,
        )),
    }
}

pub async fn audit(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let rows = app::audit::recent(&web.app, &ctx.actor(), 200).await?;
    let verdict = app::audit::verify(&web.app).await?;
    let (intact, rows_checked, broken_at) = match verdict {
        app::audit::Verdict::Intact { rows } => (true, rows, None),
        app::audit::Verdict::Broken { seq, .. } => (false, 0, Some(seq)),
    };
    Ok(web.page(&ctx, "audit.html", context! {
        intact => intact, checked => rows_checked, broken_at => broken_at,
        rows => rows.iter().map(|r| context! { seq => r.seq, at => r.at, actor => r.actor, action => r.action, target => r.target, detail => r.detail }).collect::<Vec<_>>(),
    }))
}
