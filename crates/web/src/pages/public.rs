//! Public pages (PUB-1) and the request for access (ACC-1).

use super::{FieldErrors, form_errors, notice, unprocessable};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use app::accounts::AccessRequestInput;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use minijinja::context;

/// A page's text written by the custodian, for the template: none keeps
/// the built-in text.
async fn written(web: &Web, ctx: &Ctx, page: &str) -> Result<minijinja::Value, WebError> {
    let text = app::public_pages::text(&web.app, page, &ctx.lang).await?;
    Ok(match text {
        Some(t) => {
            context! { body => t.body, lang => t.lang, fallback => t.fallback, saved_at => t.saved_at }
        }
        None => minijinja::Value::from(()),
    })
}

pub async fn home(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let mandate = written(&web, &ctx, "mandate").await?;
    let join = written(&web, &ctx, "join").await?;
    let p = app::directory::participation(&web.app).await?;
    let states = crate::render::states_by_name(&ctx.lang, p.states.iter().map(|(c, _)| *c));
    let count = states.len();
    Ok(web.page(
        &ctx,
        "home.html",
        context! {
            states => states, count => count, threshold => p.threshold,
            operational => count as i64 >= p.threshold, notice => notice(&web, &ctx),
            mandate => mandate, join => join,
        },
    ))
}

/// News from the custodian (PUB-1), public.
pub async fn news(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let news = written(&web, &ctx, "news").await?;
    Ok(web.page(&ctx, "news.html", context! { news => news }))
}

/// POC 101 (CAP-1): the guide for newcomers, public, with the delays this
/// directory is configured with.
pub async fn guide(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let config = web.app.config();
    let m = &config.messages;
    let mut sections = vec![
        "purpose",
        "join",
        "roles",
        "signin",
        "entries",
        "checks",
        "send",
        "consent",
        "exercises",
        "capacity",
        "custodian",
    ];
    // How to tell the directory's email from an imitation, once it signs.
    if web.app.mail_key().is_some() {
        sections.insert(6, "genuine");
    }
    Ok(web.page(
        &ctx,
        "guide.html",
        context! {
            sections => sections,
            confirm_months => config.directory.confirm_every_months,
            urgent_minutes => m.urgent_ack_minutes,
            high_hours => m.high_ack_minutes / 60,
            routine_days => m.routine_ack_minutes / (60 * 24),
        },
    ))
}

fn state_options(lang: &str) -> Vec<(String, String)> {
    crate::render::all_states_by_name(lang).to_vec()
}

fn join_page(web: &Web, ctx: &Ctx, form: &AccessRequestInput, errors: FieldErrors) -> Response {
    web.page(ctx, "join.html", context! {
        states => state_options(&ctx.lang),
        form => context! {
            state => form.state, requester_name => form.requester_name, requester_title => form.requester_title,
            email => form.email, note_verbale_ref => form.note_verbale_ref, message => form.message,
        },
        errors => errors,
    })
}

pub async fn join_form(State(web): State<Web>, ctx: Ctx) -> Response {
    join_page(
        &web,
        &ctx,
        &AccessRequestInput::default(),
        FieldErrors::new(),
    )
}

pub async fn join(
    State(web): State<Web>,
    ctx: Ctx,
    Form(form): Form<AccessRequestInput>,
) -> Result<Response, WebError> {
    match app::accounts::request_access(&web.app, &ctx.actor(), &form, &ctx.lang, &ctx.origin).await
    {
        Ok(_) => Ok(web.page(
            &ctx,
            "message.html",
            context! {
                title => "join-done-title", body => "join-done-body",
            },
        )),
        Err(e) => Ok(unprocessable(join_page(
            &web,
            &ctx,
            &form,
            form_errors(&web, &ctx, e.into())?,
        ))),
    }
}

/// Ready when the database answers and the search index is loaded, so that
/// a load balancer sends no traffic to an instance that is still warming up.
pub async fn health(State(web): State<Web>) -> Response {
    use axum::http::StatusCode;
    match web.app.ready().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(why) => (StatusCode::SERVICE_UNAVAILABLE, why).into_response(),
    }
}

pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../../../static/app.css"),
    )
        .into_response()
}

/// The public key that signs the directory's email.
pub async fn mail_key(State(web): State<Web>) -> Response {
    match web.app.mail_key() {
        Some((fingerprint, public)) => (
            [
                (header::CONTENT_TYPE, "application/pgp-keys".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"pocdir-{fingerprint}.asc\""),
                ),
            ],
            public.to_string(),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The screenshots POC 101 shows (CAP-1).
pub async fn guide_image(Path(image): Path<String>) -> Response {
    let bytes: &'static [u8] = match image.as_str() {
        "send.png" => include_bytes!("../../../../static/guide/send.png"),
        "exercise.png" => include_bytes!("../../../../static/guide/exercise.png"),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, "image/png"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        bytes,
    )
        .into_response()
}

/// One of our own scripts: the CSP allows scripts from this site only.
fn script(body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

pub async fn inbox_script() -> Response {
    script(include_str!("../../../../static/inbox.js"))
}

pub async fn local_time_script() -> Response {
    script(include_str!("../../../../static/local-time.js"))
}

pub async fn passkey_script() -> Response {
    script(include_str!("../../../../static/passkey.js"))
}

pub async fn not_found() -> WebError {
    WebError(app::AppError::NotFound)
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct LanguageForm {
    lang: String,
    back: String,
}

/// Chooses the interface language: a cookie before sign-in, and the user's
/// own setting once signed in (NFR-1).
pub async fn language(
    State(web): State<Web>,
    ctx: Ctx,
    Form(form): Form<LanguageForm>,
) -> Result<Response, WebError> {
    if !web.app.i18n().has(&form.lang) {
        return Err(app::AppError::field("lang", "err-un-language").into());
    }
    if let Some(session) = ctx.session.as_ref().filter(|s| s.is_full()) {
        app::accounts::set_locale(&web.app, session, &form.lang).await?;
    }
    let back = crate::http::redirect::local_path(&form.back, "/");
    let mut response = axum::response::Redirect::to(&back).into_response();
    let secure = web.app.config().secure_cookies();
    let cookie = axum_extra::extract::cookie::Cookie::build(("lang", form.lang))
        .path("/")
        .secure(secure)
        .http_only(true)
        .same_site(axum_extra::extract::cookie::SameSite::Lax)
        .permanent()
        .build();
    if let Ok(v) = axum::http::HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(response)
}
