//! Runs around every request: a request id and a CSP nonce, CSRF checks on
//! every state-changing request, and security headers on every response,
//! errors included.

use super::error::{Failure, WebError};
use super::meta::{Meta, csrf_cookie_name, random_hex16};
use crate::render::error_page;
use crate::state::Web;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use tracing::Instrument;

/// The token in the form must equal the one in the cookie; an attacker's
/// page can neither read the cookie nor set one on our origin.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

pub async fn guard(State(web): State<Web>, jar: CookieJar, req: Request, next: Next) -> Response {
    let secure = web.app.config().secure_cookies();
    let cookie_name = csrf_cookie_name(secure);
    let existing = jar
        .get(cookie_name)
        .map(|c| c.value().to_string())
        .filter(|v| v.len() == 32);
    let meta = Meta {
        request_id: uuid::Uuid::now_v7().to_string(),
        nonce: random_hex16(),
        csrf: existing.clone().unwrap_or_else(random_hex16),
    };
    let span = tracing::info_span!("request", id = %meta.request_id, method = %req.method(), path = %req.uri().path());
    let private = !req.uri().path().starts_with("/static/");
    // The API authenticates by token only, never by cookie: it has no CSRF
    // to fear and sets no cookie.
    let api = req.uri().path().starts_with("/api/");
    // The span follows the future across its awaits; entering it here would
    // leave it entered on whichever task this thread runs next.
    let mut response = respond(&web, req, next, &meta, existing.as_deref(), api)
        .instrument(span)
        .await;

    let h = response.headers_mut();
    let csp = format!(
        "default-src 'self'; script-src 'self' 'nonce-{}'; style-src 'self'; img-src 'self' data:; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
        meta.nonce
    );
    let set = |h: &mut axum::http::HeaderMap, k: &'static str, v: &str| {
        if let Ok(v) = HeaderValue::from_str(v) {
            h.insert(k, v);
        }
    };
    set(h, "content-security-policy", &csp);
    set(h, "x-content-type-options", "nosniff");
    // "same-origin": no referrer leaves the site, yet forms keep their Origin
    // header (with "no-referrer" browsers send "Origin: null").
    set(h, "referrer-policy", "same-origin");
    set(h, "x-frame-options", "DENY");
    set(h, "cross-origin-opener-policy", "same-origin");
    set(
        h,
        "permissions-policy",
        "camera=(), microphone=(), geolocation=()",
    );
    set(h, "x-request-id", &meta.request_id);
    if secure {
        set(
            h,
            "strict-transport-security",
            "max-age=63072000; includeSubDomains",
        );
    }
    if private && !h.contains_key(header::CACHE_CONTROL) {
        set(h, "cache-control", "no-store");
    }
    if existing.is_none() && !api {
        let cookie = Cookie::build((cookie_name, meta.csrf.clone()))
            .path("/")
            .secure(secure)
            .http_only(true)
            .same_site(SameSite::Strict)
            .build();
        if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

async fn respond(
    web: &Web,
    req: Request,
    next: Next,
    meta: &Meta,
    existing: Option<&str>,
    api: bool,
) -> Response {
    let (mut parts, body) = req.into_parts();
    parts.extensions.insert(meta.clone());
    let headers = parts.headers.clone();
    let path = parts.uri.path().to_string();
    let mut response = if !api && parts.method != Method::GET && parts.method != Method::HEAD {
        match check_csrf(web, &parts, body, existing).await {
            Ok(body) => next.run(Request::from_parts(parts, body)).await,
            Err(e) => e.into_response(),
        }
    } else {
        next.run(Request::from_parts(parts, body)).await
    };
    // Errors carry their cause in an extension; the page is rendered here,
    // where the request's language and id are known (and logged in its span).
    if api {
        // What the API's handlers did not answer themselves: no such route,
        // or a request the framework could not read.
        let refused = match response.extensions_mut().remove::<Failure>() {
            Some(e) => Some(super::error::status(&e.0)),
            None if rejection(&response).is_some() || response.status().as_u16() == 405 => {
                Some(response.status())
            }
            None => None,
        };
        if let Some(status) = refused {
            response = crate::api::refusal(web, &headers, status);
        }
    } else if let Some(e) = response.extensions_mut().remove::<Failure>() {
        response = error_page(web, &headers, &path, meta, e);
    } else if let Some(e) = rejection(&response) {
        response = error_page(web, &headers, &path, meta, Failure(std::sync::Arc::new(e)));
    }
    response
}

/// What a refusal by the framework (a path, query or form it could not
/// read, a body too large, a wrong content type) means, so it is explained
/// like any other. Those answers are plain text; ours never are.
fn rejection(response: &Response) -> Option<app::AppError> {
    let plain = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/plain"));
    let key = match response.status().as_u16() {
        413 => "err-too-large",
        415 => "err-content-type",
        400 | 422 if plain => "err-bad-request",
        _ => return None,
    };
    Some(app::AppError::Conflict(key))
}

async fn check_csrf(
    web: &Web,
    parts: &axum::http::request::Parts,
    body: Body,
    cookie: Option<&str>,
) -> Result<Body, WebError> {
    let forbidden = || WebError::from(app::AppError::Conflict("err-csrf"));
    // Browsers say where a request comes from; refuse other sites outright.
    if let Some(site) = parts
        .headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        && !matches!(site, "same-origin" | "none")
    {
        return Err(forbidden());
    }
    if let Some(origin) = parts
        .headers
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
    {
        let own = web.app.config().public_url.trim_end_matches('/');
        let host = parts
            .headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if origin != own
            && origin != format!("http://{host}")
            && origin != format!("https://{host}")
        {
            return Err(forbidden());
        }
    }
    let bytes = to_bytes(body, route_body_limit(web.app.config(), parts.uri.path()))
        .await
        .map_err(|_| WebError::from(app::AppError::Conflict("err-too-large")))?;
    let boundary = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|ct| multer::parse_boundary(ct).ok());
    let token = match boundary {
        Some(boundary) => multipart_token(bytes.clone(), boundary).await,
        None => serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .ok()
            .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "csrf").map(|(_, v)| v)),
    };
    match (token, cookie) {
        (Some(t), Some(c)) if same(&t, c) => Ok(Body::from(bytes)),
        _ => Err(forbidden()),
    }
}

/// The largest body any request may have: an attachment and its form.
pub fn body_limit(config: &app::Config) -> usize {
    2 * 1024 * 1024 + config.messages.max_attachment_kb as usize * 1024
}

/// Forms are small: 256 KiB holds the longest one (a communication of
/// 20,000 characters, or the custodian's templates) many times over. Only
/// an attachment, or a regional directory's file to import, may be larger.
pub const FORM_BODY_LIMIT: usize = 256 * 1024;

pub fn route_body_limit(config: &app::Config, path: &str) -> usize {
    if path.ends_with("/attachments") || path == "/custodian/import" {
        body_limit(config)
    } else {
        FORM_BODY_LIMIT
    }
}

/// The `csrf` field of a multipart form, which comes before its file.
async fn multipart_token(bytes: axum::body::Bytes, boundary: String) -> Option<String> {
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(bytes) });
    let mut form = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some("csrf") {
            return field.text().await.ok();
        }
    }
    None
}
