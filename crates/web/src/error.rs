//! Maps use-case errors to responses: a specific message in the user's
//! language and a request id; internal causes go to the log only.

use crate::Web;
use crate::guard::Meta;
use app::AppError;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use std::sync::Arc;

#[derive(Debug)]
pub struct WebError(pub AppError);

impl WebError {
    pub fn internal(msg: &str) -> Self {
        WebError(AppError::Internal(msg.to_string()))
    }
}

impl<E: Into<AppError>> From<E> for WebError {
    fn from(e: E) -> Self {
        WebError(e.into())
    }
}

/// The error, carried to the guard in the response's extensions.
#[derive(Clone)]
pub struct Failure(pub Arc<AppError>);

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let mut r = StatusCode::INTERNAL_SERVER_ERROR.into_response();
        r.extensions_mut().insert(Failure(Arc::new(self.0)));
        r
    }
}

pub fn status(e: &AppError) -> StatusCode {
    match e {
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::Conflict("err-csrf") => StatusCode::FORBIDDEN,
        AppError::Conflict("err-too-large") => StatusCode::PAYLOAD_TOO_LARGE,
        AppError::Conflict(_) => StatusCode::CONFLICT,
        AppError::Gone(_) => StatusCode::GONE,
        AppError::Throttled => StatusCode::TOO_MANY_REQUESTS,
        AppError::Store(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The message key that explains an error to the user.
pub fn message_key(e: &AppError) -> &'static str {
    match e {
        AppError::NotFound => "err-not-found",
        AppError::Forbidden => "err-forbidden",
        AppError::Unauthenticated => "err-unauthenticated",
        AppError::Invalid(v) => v.first().map(|f| f.key).unwrap_or("err-invalid"),
        AppError::Conflict(k) | AppError::Gone(k) => k,
        AppError::Throttled => "err-throttled",
        AppError::Store(_) | AppError::Internal(_) => "err-internal",
    }
}

pub fn error_page(
    web: &Web,
    headers: &HeaderMap,
    path: &str,
    meta: &Meta,
    failure: Failure,
) -> Response {
    let e = failure.0.as_ref();
    let status = status(e);
    if status.is_server_error() {
        tracing::error!(error = %e, "request failed");
    } else {
        tracing::info!(error = %e, status = status.as_u16(), "request refused");
    }
    if matches!(e, AppError::Unauthenticated) && !path.starts_with("/api/") {
        let next: String = url_encode(path);
        return Redirect::to(&format!("/login?next={next}")).into_response();
    }
    let lang = crate::ctx::language(web, headers, None);
    let wants_json = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("application/json"));
    let message = web.app.i18n.t(&lang, message_key(e), &[]);
    if wants_json {
        let body = serde_json::json!({ "error": message_key(e), "message": message, "request_id": meta.request_id });
        return (status, axum::Json(body)).into_response();
    }
    let html = crate::render::render_bare(
        web,
        &lang,
        meta,
        "error.html",
        minijinja::context! {
            status => status.as_u16(), message => message, request_id => meta.request_id.clone(),
        },
    );
    let mut response = html;
    if response.status().is_success() {
        *response.status_mut() = status;
    }
    response
}

pub fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
