//! Maps use-case errors to responses: a specific message in the user's
//! language and a request id; internal causes go to the log only.

use app::AppError;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
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
        AppError::Conflict("err-bad-request") => StatusCode::BAD_REQUEST,
        AppError::Conflict("err-content-type") => StatusCode::UNSUPPORTED_MEDIA_TYPE,
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
