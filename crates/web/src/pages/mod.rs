//! Routes and the pages behind them.

mod auth;
mod checks;
mod custodian;
mod directory;
mod manage;
mod messages;
mod outbox;
mod public;

use crate::Web;
use crate::ctx::Ctx;
use crate::error::WebError;
use app::AppError;
use axum::Router;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use std::collections::BTreeMap;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/", get(public::home))
        .route("/join", get(public::join_form).post(public::join))
        .route("/healthz", get(public::health))
        .route("/language", post(public::language))
        .route("/static/app.css", get(public::stylesheet))
        .route("/static/inbox.js", get(public::inbox_script))
        .route("/login", get(auth::login_form).post(auth::login))
        .route("/login/code", get(auth::code_form).post(auth::code))
        .route("/logout", post(auth::logout))
        .route(
            "/invitation/{token}",
            get(auth::invitation_form).post(auth::invitation),
        )
        .route("/setup/totp", get(auth::totp_form).post(auth::totp))
        .route("/account", get(auth::account))
        .route("/account/sessions/revoke", post(auth::revoke_session))
        .route("/account/recovery-codes", post(auth::recovery_codes))
        .route("/directory", get(directory::browse))
        .route("/export", get(directory::export))
        .route("/states/{code}", get(directory::state))
        .route("/pocs/{id}", get(directory::entry))
        .route("/pocs/{id}/problems", post(directory::report_problem))
        .route(
            "/pocs/{id}/phone-checks",
            post(directory::record_phone_check),
        )
        .route("/my-state", get(manage::my_state))
        .route("/states/{code}/desk", get(manage::desk))
        .route(
            "/states/{code}/pocs/new",
            get(manage::new_form).post(manage::create),
        )
        .route(
            "/pocs/{id}/edit",
            get(manage::edit_form).post(manage::update),
        )
        .route("/pocs/{id}/withdraw", post(manage::withdraw))
        .route("/states/{code}/users", post(manage::invite))
        .route("/states/{code}/account-mode", post(manage::account_mode))
        .route("/states/{code}/confirm", post(manage::confirm_all))
        .route("/users/{id}/status", post(manage::user_status))
        .route("/problems/{id}/resolve", post(manage::resolve_problem))
        .route("/custodian", get(custodian::dashboard))
        .route("/custodian/requests", get(custodian::requests))
        .route("/custodian/requests/{id}/admit", post(custodian::admit))
        .route(
            "/custodian/requests/{id}/reject",
            post(custodian::reject_request),
        )
        .route("/custodian/changes", get(custodian::changes))
        .route("/custodian/changes/{id}", get(custodian::change))
        .route("/custodian/changes/{id}/verify", post(custodian::verify))
        .route(
            "/custodian/changes/{id}/reject",
            post(custodian::reject_change),
        )
        .route("/custodian/audit", get(custodian::audit))
        .route("/checks", get(checks::list))
        .route("/checks/preview", post(checks::preview))
        .route("/checks/launch", post(checks::launch))
        .route("/checks/{id}", get(checks::results))
        .route("/checks/{id}/export", get(checks::export))
        .route("/ack/{token}", get(checks::ack_form).post(checks::ack))
        .route("/my-checks", get(checks::mine))
        .route("/my-checks/{id}/ack", post(checks::ack_in_portal))
        .route("/messages", get(messages::inbox).post(messages::send))
        .route("/messages/new", get(messages::new_form))
        .route("/messages/events", get(messages::events))
        .route("/messages/record", get(messages::record))
        .route("/messages/record.json", get(messages::record_json))
        .route("/custodian/communications", get(messages::usage))
        .route(
            "/custodian/templates",
            get(messages::templates).post(messages::save_template),
        )
        .route("/messages/{id}", get(messages::thread))
        .route("/messages/{id}/ack", post(messages::acknowledge))
        .route("/messages/{id}/reply", post(messages::reply))
        .route("/messages/{id}/consent", post(messages::ask_consent))
        // The guard bounds every body, this one by the attachment limit.
        .route(
            "/messages/{id}/attachments",
            post(messages::attach).layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route(
            "/messages/{id}/attachments/{attachment}",
            get(messages::attachment),
        )
        .route(
            "/messages/{id}/consent/{consent}/decide",
            post(messages::decide_consent),
        )
        .route(
            "/messages/{id}/consent/{consent}/forward",
            post(messages::forward),
        )
        .route("/outbox", get(outbox::list))
        .route("/outbox/{name}", get(outbox::message))
        .fallback(public::not_found)
}

/// Field errors of a form, translated: field name → message.
pub type FieldErrors = BTreeMap<String, String>;

/// Turns a use case's refusal into messages for the form, or passes on
/// errors that are not about the form.
pub fn form_errors(web: &Web, ctx: &Ctx, e: WebError) -> Result<FieldErrors, WebError> {
    let mut out = FieldErrors::new();
    match e.0 {
        AppError::Invalid(list) => {
            for f in list {
                out.entry(f.field.clone())
                    .or_insert_with(|| web.app.i18n.t(&ctx.lang, f.key, &[]));
            }
        }
        AppError::Conflict(key) if key != "err-csrf" => {
            out.insert("form".into(), web.app.i18n.t(&ctx.lang, key, &[]));
        }
        other => return Err(WebError(other)),
    }
    Ok(out)
}

/// A redirect after a successful POST, with a notice key for the next page.
pub fn done(to: &str, notice: &str) -> Response {
    let sep = if to.contains('?') { '&' } else { '?' };
    Redirect::to(&format!("{to}{sep}done={notice}")).into_response()
}

/// The notice named by `?done=`, if it is one we know.
pub fn notice(web: &Web, ctx: &Ctx) -> Option<String> {
    let key = ctx.query.split('&').find_map(|p| p.strip_prefix("done="))?;
    let known = [
        "requested",
        "published",
        "rejected",
        "submitted",
        "reported",
        "resolved",
        "invited",
        "admitted",
        "saved",
        "revoked",
        "withdrawn",
        "disabled",
        "launched",
        "confirmed",
        "phone-recorded",
        "acknowledged",
        "enabled",
        "sent",
        "alert-sent",
        "consent-asked",
        "attached",
        "consent-decided",
        "replied",
    ];
    known
        .contains(&key)
        .then(|| web.app.i18n.t(&ctx.lang, &format!("notice-{key}"), &[]))
}

/// Status code 422 for a form shown again with its errors.
pub fn unprocessable(mut r: Response) -> Response {
    *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    r
}
