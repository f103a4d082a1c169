//! Passkeys (ACC-3): the challenge a page's script asks for, adding and
//! removing passkeys, and the enrolment a custodian without one is sent to.

use super::{FieldErrors, done, form_errors, unprocessable};
use crate::http::ctx::{Ctx, with_session};
use crate::http::error::WebError;
use crate::state::Web;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use minijinja::context;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OptionsForm {
    purpose: String,
}

/// The options of a new ceremony, as JSON for `navigator.credentials`.
pub async fn options(
    State(web): State<Web>,
    ctx: Ctx,
    Form(form): Form<OptionsForm>,
) -> Result<Response, WebError> {
    let session = ctx.session.as_ref().ok_or(app::AppError::Unauthenticated)?;
    let options = app::accounts::passkeys::options(&web.app, session, &form.purpose).await?;
    Ok(super::no_store(Json(options).into_response()))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddForm {
    name: String,
    response: String,
}

/// The page of a custodian that must enrol a passkey before anything else.
async fn enrol_page(
    web: &Web,
    ctx: &Ctx,
    errors: FieldErrors,
    name: &str,
) -> Result<Response, WebError> {
    let Some(session) = ctx.session.as_ref().filter(|s| s.stage == "enrol") else {
        return Ok(Redirect::to("/login").into_response());
    };
    let until = app::accounts::passkeys::grace_until(&web.app, session).await?;
    Ok(web.page(
        ctx,
        "setup_passkey.html",
        context! { errors => errors, until => until, name => name },
    ))
}

pub async fn enrol_form(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    enrol_page(&web, &ctx, FieldErrors::new(), "").await
}

pub async fn add(
    State(web): State<Web>,
    ctx: Ctx,
    Form(form): Form<AddForm>,
) -> Result<Response, WebError> {
    let session = ctx.session.as_ref().ok_or(app::AppError::Unauthenticated)?;
    match app::accounts::passkeys::add(&web.app, session, &form.name, &form.response, &ctx.origin)
        .await
    {
        Ok(Some(full)) => Ok(with_session(&web, done("/account", "passkey-added"), &full)),
        Ok(None) => Ok(done("/account", "passkey-added")),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            if session.stage == "enrol" {
                return Ok(unprocessable(
                    enrol_page(&web, &ctx, errors, &form.name).await?,
                ));
            }
            let extra = context! { passkey_errors => errors, passkey_name => form.name };
            Ok(unprocessable(
                super::account::page(&web, &ctx, extra).await?,
            ))
        }
    }
}

pub async fn remove(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    match app::accounts::passkeys::remove(&web.app, ctx.user()?, &id).await {
        Ok(()) => Ok(done("/account", "passkey-removed")),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            let extra = context! { passkey_errors => errors };
            Ok(unprocessable(
                super::account::page(&web, &ctx, extra).await?,
            ))
        }
    }
}
