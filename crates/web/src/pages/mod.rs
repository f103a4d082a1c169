//! Routes and the pages behind them.

mod account;
mod auth;
mod checks;
mod custodian;
mod directory;
mod exercise_play;
mod exercises;
mod import;
mod initiatives;
mod manage;
pub(crate) mod messages;
mod outbox;
mod passkeys;
mod public;
mod public_pages;
mod reference;
mod regional;
mod templates;
mod usage;

use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use app::AppError;
use axum::Router;
use axum::handler::Handler;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{MethodRouter, get, post};
use std::collections::BTreeMap;

/// The router, with the list of what it serves, built in one pass so that
/// the route matrix test sees every route the server answers.
pub struct Routes {
    router: Router<Web>,
    served: Vec<(&'static str, &'static str)>,
}

impl Routes {
    fn add(mut self, method: &'static str, path: &'static str, route: MethodRouter<Web>) -> Self {
        self.router = self.router.route(path, route);
        self.served.push((method, path));
        self
    }
    fn get<H: Handler<T, Web>, T: 'static>(self, path: &'static str, h: H) -> Self {
        self.add("GET", path, get(h))
    }
    fn post<H: Handler<T, Web>, T: 'static>(self, path: &'static str, h: H) -> Self {
        self.add("POST", path, post(h))
    }
    fn put<H: Handler<T, Web>, T: 'static>(self, path: &'static str, h: H) -> Self {
        self.add("PUT", path, axum::routing::put(h))
    }
    fn delete<H: Handler<T, Web>, T: 'static>(self, path: &'static str, h: H) -> Self {
        self.add("DELETE", path, axum::routing::delete(h))
    }
    fn get_post<G, T, P, U>(self, path: &'static str, g: G, p: P) -> Self
    where
        G: Handler<T, Web>,
        P: Handler<U, Web>,
        T: 'static,
        U: 'static,
    {
        self.get(path, g).post(path, p)
    }
    pub fn router(self) -> Router<Web> {
        self.router.fallback(public::not_found)
    }
    /// (method, path) of every route, in the order they were added.
    pub fn served(&self) -> &[(&'static str, &'static str)] {
        &self.served
    }
}

pub fn routes() -> Routes {
    Routes {
        router: Router::new(),
        served: Vec::new(),
    }
    .get("/", public::home)
    .get_post("/join", public::join_form, public::join)
    .get("/healthz", public::health)
    .post("/language", public::language)
    .get("/static/app.css", public::stylesheet)
    .get("/static/inbox.js", public::inbox_script)
    .get("/static/guide/{image}", public::guide_image)
    .get("/pocdir-mail-key.asc", public::mail_key)
    .get("/static/local-time.js", public::local_time_script)
    .get("/static/passkey.js", public::passkey_script)
    .post("/passkeys/options", passkeys::options)
    .get_post("/setup/passkey", passkeys::enrol_form, passkeys::add)
    .post("/account/passkeys/{id}/remove", passkeys::remove)
    .get_post("/login", auth::login_form, auth::login)
    .get_post("/login/code", auth::code_form, auth::code)
    .post("/logout", auth::logout)
    .get_post(
        "/invitation/{token}",
        auth::invitation_form,
        auth::invitation,
    )
    .get_post("/setup/totp", auth::totp_form, auth::totp)
    .get("/guide", public::guide)
    .get("/news", public::news)
    .get("/initiatives", initiatives::public)
    .get_post(
        "/states/{code}/initiatives",
        initiatives::mine,
        initiatives::propose,
    )
    .get("/custodian/initiatives", initiatives::pending)
    .post("/custodian/initiatives/{id}/decide", initiatives::decide)
    .get_post("/custodian/exercises", exercises::list, exercises::create)
    .get("/custodian/exercises/{id}", exercises::exercise)
    .post("/custodian/exercises/{id}/scenario", exercises::scenario)
    .post("/custodian/exercises/{id}/invite", exercises::invite)
    .post("/custodian/exercises/{id}/control", exercises::control)
    .get_post(
        "/custodian/exercises/{id}/injects",
        exercises::new_inject,
        exercises::add_inject,
    )
    .post(
        "/custodian/exercises/{id}/injects/{inject}/remove",
        exercises::remove_inject,
    )
    .post(
        "/custodian/exercises/{id}/injects/{inject}/release",
        exercises::release,
    )
    .get_post(
        "/custodian/exercises/{id}/injects/{inject}/rehearse",
        exercises::rehearse,
        exercises::rehearse_send,
    )
    .get("/custodian/exercises/{id}/report", exercises::report)
    .get(
        "/custodian/exercises/{id}/report.csv",
        exercises::report_csv,
    )
    .get("/exercises", exercise_play::list)
    .get("/exercises/{id}", exercise_play::exercise)
    .post("/exercises/{id}/answer", exercise_play::answer)
    .post("/exercises/{id}/naming", exercise_play::naming)
    .post("/exercises/{id}/lessons", exercise_play::lesson)
    .get("/exercises/{id}/report.csv", exercise_play::report_csv)
    .get("/custodian/pages", public_pages::list)
    .get_post(
        "/custodian/pages/{page}/{lang}",
        public_pages::edit,
        public_pages::save,
    )
    .get("/api-reference", reference::reference)
    .get("/api/v1/openapi.json", crate::api::doc::openapi)
    .get("/api/v1/me", crate::api::me)
    .get("/api/v1/states", crate::api::states)
    .get_post(
        "/api/v1/states/{code}/entries",
        crate::api::state_entries,
        crate::api::changes::nominate,
    )
    .post(
        "/api/v1/states/{code}/confirm",
        crate::api::changes::confirm_all,
    )
    .get("/api/v1/access-requests", crate::api::admissions::requests)
    .post(
        "/api/v1/access-requests/{id}/admit",
        crate::api::admissions::admit,
    )
    .post(
        "/api/v1/access-requests/{id}/reject",
        crate::api::admissions::reject,
    )
    .post("/api/v1/checks", crate::api::admissions::launch)
    .get("/api/v1/checks/pending", crate::api::checks::pending)
    .post("/api/v1/checks/{id}/ack", crate::api::checks::acknowledge)
    .get_post(
        "/api/v1/messages",
        crate::api::messages::inbox,
        crate::api::messages::send,
    )
    .get("/api/v1/messages/{id}", crate::api::messages::thread)
    .post(
        "/api/v1/messages/{id}/ack",
        crate::api::messages::acknowledge,
    )
    .post("/api/v1/messages/{id}/replies", crate::api::messages::reply)
    // The extractor bounds the file by the attachment limit.
    .add(
        "POST",
        "/api/v1/messages/{id}/attachments",
        post(crate::api::messages::attach).layer(axum::extract::DefaultBodyLimit::disable()),
    )
    .get(
        "/api/v1/messages/{id}/attachments/{attachment}",
        crate::api::messages::attachment,
    )
    .get("/api/v1/changes", crate::api::review::pending)
    .get("/api/v1/changes/{id}", crate::api::review::change)
    .post("/api/v1/changes/{id}/verify", crate::api::review::verify)
    .post("/api/v1/changes/{id}/reject", crate::api::review::reject)
    .post("/api/v1/entries/{id}/problems", crate::api::review::report)
    .get("/api/v1/entries/{id}/history", crate::api::history)
    .get("/api/v1/usage", crate::api::usage)
    .get("/api/v1/export/{format}", crate::api::exports::export)
    .get("/api/v1/campaigns", crate::api::checks::campaigns)
    .get("/api/v1/campaigns/{id}", crate::api::checks::results)
    .get("/api/v1/record", crate::api::messages::record)
    .get("/api/v1/sync/entries", crate::api::sync::snapshot)
    .get("/api/v1/sync/changes", crate::api::sync::changes)
    .get("/api/v1/sync/teams", crate::api::sync::teams)
    .post(
        "/api/v1/messages/{id}/consents",
        crate::api::messages::ask_consent,
    )
    .post(
        "/api/v1/messages/{id}/consents/{consent}/decision",
        crate::api::messages::decide_consent,
    )
    .post(
        "/api/v1/messages/{id}/consents/{consent}/forward",
        crate::api::messages::forward,
    )
    .get("/api/v1/entries", crate::api::entries)
    .get("/api/v1/entries/{id}", crate::api::entry)
    .put("/api/v1/entries/{id}", crate::api::changes::update)
    .delete("/api/v1/entries/{id}", crate::api::changes::withdraw)
    .get("/account", account::account)
    .post("/account/tokens", account::create_token)
    .post("/account/tokens/{id}/revoke", account::revoke_token)
    .post("/account/sessions/revoke", auth::revoke_session)
    .post("/account/recovery-codes", auth::recovery_codes)
    .get("/directory", directory::browse)
    .get_post("/export", directory::export, directory::export_confirmed)
    .get("/states/{code}", directory::state)
    .get("/pocs/{id}", directory::entry)
    .get("/pocs/{id}/key.asc", directory::key)
    .post("/pocs/{id}/problems", directory::report_problem)
    .post("/pocs/{id}/phone-checks", directory::record_phone_check)
    .get("/my-state", manage::my_state)
    .get("/states/{code}/desk", manage::desk)
    .get_post("/states/{code}/pocs/new", manage::new_form, manage::create)
    .get_post("/pocs/{id}/edit", manage::edit_form, manage::update)
    .post("/pocs/{id}/withdraw", manage::withdraw)
    .post("/states/{code}/users", manage::invite)
    .post("/states/{code}/account-mode", manage::account_mode)
    .post("/states/{code}/confirm", manage::confirm_all)
    .post("/users/{id}/status", manage::user_status)
    .post("/problems/{id}/resolve", manage::resolve_problem)
    .get("/custodian", custodian::dashboard)
    .get("/custodian/requests", custodian::requests)
    .post("/custodian/requests/{id}/admit", custodian::admit)
    .post("/custodian/requests/{id}/reject", custodian::reject_request)
    .get("/custodian/changes", custodian::changes)
    .get("/custodian/changes/{id}", custodian::change)
    .post("/custodian/changes/{id}/verify", custodian::verify)
    .post("/custodian/changes/{id}/reject", custodian::reject_change)
    .get("/custodian/audit", custodian::audit)
    .get("/checks", checks::list)
    .post("/checks/preview", checks::preview)
    .post("/checks/launch", checks::launch)
    .get("/checks/{id}", checks::results)
    .get("/checks/{id}/export", checks::export)
    .post("/checks/{id}/recheck", checks::recheck)
    .post("/checks/{id}/remind", checks::remind)
    .get_post("/ack/{token}", checks::ack_form, checks::ack)
    .get("/my-checks", checks::mine)
    .post("/my-checks/{id}/ack", checks::ack_in_portal)
    .get_post("/messages", messages::inbox, messages::send)
    .get("/messages/new", messages::new_form)
    .get("/messages/events", messages::events)
    .get("/messages/record", messages::record)
    .get("/messages/record.json", messages::record_json)
    .get("/custodian/usage", usage::usage)
    .get("/custodian/usage.csv", usage::csv)
    .get("/custodian/import", import::form)
    // The guard bounds every body, this one by the attachment limit.
    .add(
        "POST",
        "/custodian/import",
        post(import::run).layer(axum::extract::DefaultBodyLimit::disable()),
    )
    .get_post("/custodian/regional", regional::clients, regional::register)
    .post("/custodian/regional/{id}/revoke", regional::revoke)
    .post("/states/{code}/sharing", regional::decide)
    .get("/audit/checkpoint", custodian::checkpoint)
    .get_post(
        "/custodian/poc-types",
        custodian::poc_types,
        custodian::save_poc_types,
    )
    .get_post("/custodian/templates", templates::list, templates::import)
    .get("/custodian/templates.json", templates::export)
    .get_post(
        "/custodian/templates/new",
        templates::new_form,
        templates::create,
    )
    .get_post(
        "/custodian/templates/{key}",
        templates::edit_form,
        templates::update,
    )
    .get("/messages/{id}", messages::thread)
    .post("/messages/{id}/ack", messages::acknowledge)
    .post("/messages/{id}/reply", messages::reply)
    .post("/messages/{id}/consent", messages::ask_consent)
    // The guard bounds every body, this one by the attachment limit.
    .add(
        "POST",
        "/messages/{id}/attachments",
        post(messages::attach).layer(axum::extract::DefaultBodyLimit::disable()),
    )
    .get(
        "/messages/{id}/attachments/{attachment}",
        messages::attachment,
    )
    .post(
        "/messages/{id}/consent/{consent}/decide",
        messages::decide_consent,
    )
    .post(
        "/messages/{id}/consent/{consent}/forward",
        messages::forward,
    )
    .get("/outbox", outbox::list)
    .get("/outbox/{name}", outbox::message)
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
                    .or_insert_with(|| web.app.i18n().t(&ctx.lang, f.key, &f.args));
            }
        }
        AppError::Conflict(key) if key != "err-csrf" => {
            out.insert("form".into(), web.app.i18n().t(&ctx.lang, key, &[]));
        }
        other => return Err(WebError(other)),
    }
    Ok(out)
}

/// A signed checkpoint of the audit log as the pages offer it.
pub fn checkpoint_view(size: i64, at: i64) -> minijinja::Value {
    minijinja::context! {
        size => size, at => at, command => app::checkpoint::verify_command(size),
    }
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
        "reminded",
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
        "token-revoked",
        "sharing-granted",
        "sharing-revoked",
        "page-published",
        "proposed",
        "initiative-published",
        "initiative-declined",
        "passkey-added",
        "passkey-removed",
    ];
    known
        .contains(&key)
        .then(|| web.app.i18n().t(&ctx.lang, &format!("notice-{key}"), &[]))
}

/// A CSV file to download.
pub fn csv_file(name: &str, body: String) -> Response {
    use axum::http::header;
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// A page that shows a secret once: no cache keeps it.
pub fn no_store(mut r: Response) -> Response {
    r.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    r
}

/// Status code 422 for a form shown again with its errors.
pub fn unprocessable(mut r: Response) -> Response {
    *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    r
}
