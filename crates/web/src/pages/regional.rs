//! Regional directories (INT-3): the custodian registers them as clients
//! and revokes them; each State decides, in its desk, with which of them
//! its entries are shared.

use super::{FieldErrors, done, form_errors, no_store, notice, unprocessable};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::StateCode;
use minijinja::{Value, context};
use serde::Deserialize;

pub async fn clients(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    page(&web, &ctx, context! { notice => notice(&web, &ctx) }).await
}

async fn page(web: &Web, ctx: &Ctx, extra: Value) -> Result<Response, WebError> {
    let list: Vec<_> = app::sharing::clients(&web.app, &ctx.actor())
        .await?
        .iter()
        .map(|c| context! {
            id => c.id, name => c.name, created_at => c.created_at, last_used_at => c.last_used_at,
            revoked_at => c.revoked_at,
        })
        .collect();
    Ok(web.page(ctx, "regional.html", context! { clients => list, ..extra }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ClientForm {
    name: String,
}

/// Registers a client and shows its credential this once, on the page.
pub async fn register(
    State(web): State<Web>,
    ctx: Ctx,
    axum::Form(form): axum::Form<ClientForm>,
) -> Result<Response, WebError> {
    match app::sharing::register(&web.app, &ctx.actor(), &form.name).await {
        Ok((made, secret)) => {
            let shown = context! { created => context! { name => made.name, secret => secret } };
            Ok(no_store(page(&web, &ctx, shown).await?))
        }
        Err(e) => {
            let errors: FieldErrors = form_errors(&web, &ctx, e.into())?;
            let kept = context! { errors => errors, form => context! { name => form.name } };
            Ok(unprocessable(page(&web, &ctx, kept).await?))
        }
    }
}

pub async fn revoke(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    app::sharing::revoke(&web.app, &ctx.actor(), &id).await?;
    Ok(done("/custodian/regional", "revoked"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SharingForm {
    client: String,
    /// "grant" or "revoke".
    decision: String,
}

/// A State grants or revokes its consent to share with one directory.
pub async fn decide(
    State(web): State<Web>,
    ctx: Ctx,
    Path(code): Path<String>,
    axum::Form(form): axum::Form<SharingForm>,
) -> Result<Response, WebError> {
    let state = StateCode::parse(&code).map_err(|_| app::AppError::NotFound)?;
    let actor = ctx.actor();
    app::sharing::decide_sharing(&web.app, &actor, state, &form.client, &form.decision).await?;
    let notice = if form.decision == "grant" {
        "sharing-granted"
    } else {
        "sharing-revoked"
    };
    Ok(done(&format!("/states/{state}/desk#sharing"), notice))
}
