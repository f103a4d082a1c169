//! Sign-in with a mandatory second factor, invitations, enrolment and the
//! user's own sessions (ACC-1, ACC-3, ACC-4).

use super::{FieldErrors, done, form_errors, unprocessable};
use crate::http::ctx::{Ctx, with_device, with_session, without_session};
use crate::http::error::WebError;
use crate::http::redirect::local_path;
use crate::state::Web;
use app::AppError;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: String,
}

/// Only a path of this site may follow sign-in.
fn safe_next(next: &str) -> String {
    local_path(next, "/directory")
}

fn next_param(ctx: &Ctx) -> String {
    let raw = ctx
        .query
        .split('&')
        .find_map(|p| p.strip_prefix("next="))
        .unwrap_or("");
    safe_next(&percent_decode(raw))
}

fn percent_decode(s: &str) -> String {
    serde_urlencoded::from_str::<Vec<(String, String)>>(&format!("x={s}"))
        .ok()
        .and_then(|v| v.into_iter().next().map(|(_, v)| v))
        .unwrap_or_default()
}

pub async fn login_form(State(web): State<Web>, ctx: Ctx) -> Response {
    web.page(
        &ctx,
        "login.html",
        context! { next => next_param(&ctx), errors => FieldErrors::new(), email => "" },
    )
}

pub async fn login(
    State(web): State<Web>,
    ctx: Ctx,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    match app::accounts::login(&web.app, &form.email, &form.password, &ctx.origin).await {
        Ok((token, stage)) => {
            let to = if stage == "setup" {
                "/setup/totp".to_string()
            } else {
                format!(
                    "/login/code?next={}",
                    crate::http::error::url_encode(&safe_next(&form.next))
                )
            };
            Ok(with_session(
                &web,
                Redirect::to(&to).into_response(),
                &token,
            ))
        }
        Err(AppError::Throttled) => {
            let errors = FieldErrors::from([(
                "form".to_string(),
                web.app.i18n().t(&ctx.lang, "err-throttled", &[]),
            )]);
            let page = web.page(
                &ctx,
                "login.html",
                context! { next => safe_next(&form.next), errors => errors, email => form.email },
            );
            let mut r = unprocessable(page);
            *r.status_mut() = axum::http::StatusCode::TOO_MANY_REQUESTS;
            Ok(r)
        }
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            Ok(unprocessable(web.page(
                &ctx,
                "login.html",
                context! { next => safe_next(&form.next), errors => errors, email => form.email },
            )))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    code: String,
    next: String,
}

pub async fn code_form(State(web): State<Web>, ctx: Ctx) -> Response {
    let awaiting_code = ctx.session.as_ref().is_some_and(|s| s.stage == "mfa");
    if !awaiting_code {
        return Redirect::to("/login").into_response();
    }
    web.page(
        &ctx,
        "login_code.html",
        context! { next => next_param(&ctx), errors => FieldErrors::new() },
    )
}

pub async fn code(
    State(web): State<Web>,
    ctx: Ctx,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let Some(session) = ctx.session.as_ref().filter(|s| s.stage == "mfa") else {
        return Ok(Redirect::to("/login").into_response());
    };
    let chosen = ctx.chosen_lang.as_deref();
    match app::accounts::login_second_factor(&web.app, session, &form.code, &ctx.origin, chosen)
        .await
    {
        Ok(signed_in) => {
            let to = if signed_in.must_enrol {
                "/setup/passkey".to_string()
            } else {
                safe_next(&form.next)
            };
            Ok(with_device(
                &web,
                with_session(&web, Redirect::to(&to).into_response(), &signed_in.session),
                &signed_in.device,
            ))
        }
        Err(AppError::Throttled) => Err(AppError::Throttled.into()),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            Ok(unprocessable(web.page(
                &ctx,
                "login_code.html",
                context! { next => safe_next(&form.next), errors => errors },
            )))
        }
    }
}

pub async fn logout(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    if let Some(s) = &ctx.session {
        app::accounts::logout(&web.app, s).await?;
    }
    Ok(without_session(&web, Redirect::to("/").into_response()))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    password: String,
    confirm: String,
}

pub async fn invitation_form(
    State(web): State<Web>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let user = app::accounts::invitation(&web.app, &token).await?;
    Ok(web.page(&ctx, "invitation.html", context! {
        name => user.display_name, email => user.email, state => user.state_code, errors => FieldErrors::new(),
        min => domain::password::MIN_CHARS,
    }))
}

pub async fn invitation(
    State(web): State<Web>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    match app::accounts::accept_invitation(
        &web.app,
        &token,
        &form.password,
        &form.confirm,
        &ctx.origin,
    )
    .await
    {
        Ok(session) => Ok(with_session(
            &web,
            Redirect::to("/setup/totp").into_response(),
            &session,
        )),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            let user = app::accounts::invitation(&web.app, &token).await?;
            Ok(unprocessable(web.page(&ctx, "invitation.html", context! {
                name => user.display_name, email => user.email, state => user.state_code, errors => errors,
                min => domain::password::MIN_CHARS,
            })))
        }
    }
}

fn qr_svg(uri: &str) -> String {
    qrcode::QrCode::new(uri.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .build()
        })
        .unwrap_or_default()
}

async fn totp_page(web: &Web, ctx: &Ctx, errors: FieldErrors) -> Result<Response, WebError> {
    let Some(session) = ctx.session.as_ref().filter(|s| s.stage == "setup") else {
        return Ok(Redirect::to("/login").into_response());
    };
    let enrolment = app::accounts::totp_enrolment(&web.app, session).await?;
    let secret_groups: Vec<String> = enrolment
        .secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).to_string())
        .collect();
    Ok(web.page(
        ctx,
        "setup_totp.html",
        context! {
            qr => minijinja::Value::from_safe_string(qr_svg(&enrolment.uri)),
            secret => secret_groups.join(" "), errors => errors,
        },
    ))
}

pub async fn totp_form(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    totp_page(&web, &ctx, FieldErrors::new()).await
}

pub async fn totp(
    State(web): State<Web>,
    ctx: Ctx,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let Some(session) = ctx.session.as_ref().filter(|s| s.stage == "setup") else {
        return Ok(Redirect::to("/login").into_response());
    };
    let chosen = ctx.chosen_lang.as_deref();
    match app::accounts::confirm_totp(&web.app, session, &form.code, &ctx.origin, chosen).await {
        Ok((token, codes)) => {
            // A custodian goes on to enrol a passkey, before anything else.
            let enrol = app::accounts::session(&web.app, &token)
                .await?
                .is_some_and(|s| s.stage == "enrol");
            let next = if enrol {
                "/setup/passkey"
            } else {
                "/directory"
            };
            let page = web.page(
                &ctx,
                "recovery_codes.html",
                context! { codes => codes, first => true, next => next },
            );
            Ok(with_session(&web, page, &token))
        }
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            Ok(unprocessable(totp_page(&web, &ctx, errors).await?))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RevokeForm {
    id: String,
}

pub async fn revoke_session(
    State(web): State<Web>,
    ctx: Ctx,
    Form(form): Form<RevokeForm>,
) -> Result<Response, WebError> {
    let session = ctx.user()?;
    app::accounts::revoke_session(&web.app, session, &form.id).await?;
    if form.id == session.token_hash {
        return Ok(without_session(
            &web,
            Redirect::to("/login").into_response(),
        ));
    }
    Ok(done("/account", "revoked"))
}

pub async fn recovery_codes(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let session = ctx.user()?;
    let codes = app::accounts::regenerate_recovery_codes(&web.app, session).await?;
    Ok(web.page(
        &ctx,
        "recovery_codes.html",
        context! { codes => codes, first => false },
    ))
}
