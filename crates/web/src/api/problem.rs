//! What every API request goes through: the token, the rate limit, the
//! language of the answer, RFC 9457 problems, and ETags on reads.

use crate::http::error::{message_key, status};
use crate::http::guard::route_body_limit;
use crate::state::Web;
use app::AppError;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::Actor;
use serde::Serialize;
use serde::de::DeserializeOwned;
use utoipa::ToSchema;

/// A program with a token in force, the language it reads, and the ETag
/// of the answer it holds already, if any.
pub struct Client {
    pub actor: Actor,
    pub lang: String,
    held: Option<String>,
}

/// The language of an API request, for the extractors that follow `Client`.
#[derive(Clone)]
struct Lang(String);

/// The language of an answer: Accept-Language, then the token owner's.
fn language(web: &Web, headers: &HeaderMap, owner: Option<&str>) -> String {
    let supported = |l: &str| web.app.i18n().has(l);
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    app::i18n::negotiate(accept, supported)
        .or_else(|| owner.filter(|l| supported(l)).map(str::to_string))
        .unwrap_or_else(|| app::i18n::FALLBACK.to_string())
}

/// An RFC 9457 problem: a stable code, and a message in `lang`.
pub struct Problem {
    pub lang: String,
    pub status: StatusCode,
    pub code: String,
    pub title: String,
    pub errors: Vec<FieldProblem>,
}

/// An RFC 9457 problem as a client reads it.
#[derive(Serialize, ToSchema)]
#[schema(as = Problem)]
pub struct ProblemBody {
    /// Where the code is explained.
    #[serde(rename = "type")]
    pub kind: String,
    /// What went wrong, in the language of the answer.
    pub title: String,
    pub status: u16,
    /// A stable code, for programs.
    pub code: String,
    /// For invalid input: what is wrong with each field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

/// What is wrong with one field, and how to mend it.
#[derive(Serialize, ToSchema)]
pub struct FieldProblem {
    pub field: String,
    pub code: String,
    /// In the language of the answer.
    pub message: String,
}

impl Problem {
    pub fn new(web: &Web, lang: &str, status: StatusCode, code: &str) -> Problem {
        Problem {
            lang: lang.to_string(),
            status,
            code: code.to_string(),
            title: web.app.i18n().t(lang, &format!("api-{code}"), &[]),
            errors: Vec::new(),
        }
    }

    /// A use case's refusal, with each field's message for invalid input.
    pub fn of(web: &Web, lang: &str, e: &AppError) -> Problem {
        if let AppError::Store(_) | AppError::Internal(_) = e {
            tracing::error!(error = %e, "api");
        }
        let code = match e {
            AppError::NotFound => "not-found".to_string(),
            AppError::Forbidden => "forbidden".to_string(),
            AppError::Unauthenticated => "token-missing".to_string(),
            AppError::Invalid(_) => "invalid-input".to_string(),
            AppError::Throttled => "rate-limited".to_string(),
            AppError::Store(_) | AppError::Internal(_) => "internal".to_string(),
            AppError::Conflict(k) | AppError::Gone(k) => k.trim_start_matches("err-").to_string(),
        };
        let i18n = web.app.i18n();
        let errors = match e {
            AppError::Invalid(list) => list
                .iter()
                .map(|f| FieldProblem {
                    field: f.field.clone(),
                    code: f.key.trim_start_matches("err-").to_string(),
                    message: i18n.t(lang, f.key, &f.args),
                })
                .collect(),
            _ => Vec::new(),
        };
        Problem {
            lang: lang.to_string(),
            status: status(e),
            title: i18n.t(lang, message_key(e), &[]),
            code,
            errors,
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let body = ProblemBody {
            kind: format!("/api-reference#problem-{}", self.code),
            title: self.title,
            status: self.status.as_u16(),
            code: self.code,
            errors: self.errors,
        };
        let body = serde_json::to_string(&body).unwrap_or_default();
        let mut r = (self.status, body).into_response();
        let h = r.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Ok(v) = HeaderValue::from_str(&self.lang) {
            h.insert(header::CONTENT_LANGUAGE, v);
        }
        if self.status == StatusCode::UNAUTHORIZED {
            h.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if self.status == StatusCode::TOO_MANY_REQUESTS {
            h.insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
        }
        r
    }
}

/// Counts a request of `token` in this minute; false beyond the limit.
fn within_limit(web: &Web, token: &str) -> bool {
    let minute = web.app.now() / 60_000;
    let Ok(mut seen) = web.api_requests.lock() else {
        return false;
    };
    seen.retain(|_, (m, _)| *m == minute);
    let (_, n) = seen.entry(token.to_string()).or_insert((minute, 0));
    *n += 1;
    *n <= web.app.config().limits.api_per_token_per_minute
}

impl FromRequestParts<Web> for Client {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, web: &Web) -> Result<Client, Response> {
        let lang = language(web, &parts.headers, None);
        let refuse = |status, code: &str| Problem::new(web, &lang, status, code).into_response();
        let Some(secret) = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
        else {
            return Err(refuse(StatusCode::UNAUTHORIZED, "token-missing"));
        };
        let client = match app::accounts::authenticate(&web.app, secret.trim()).await {
            Ok(Ok(c)) => c,
            Ok(Err(refusal)) => return Err(refuse(StatusCode::UNAUTHORIZED, refusal.code())),
            Err(e) => return Err(Problem::of(web, &lang, &e).into_response()),
        };
        if !within_limit(web, &client.token_id) {
            return Err(refuse(StatusCode::TOO_MANY_REQUESTS, "rate-limited"));
        }
        let lang = language(web, &parts.headers, Some(&client.locale));
        parts.extensions.insert(Lang(lang.clone()));
        Ok(Client {
            lang,
            actor: client.actor,
            held: parts
                .headers
                .get(header::IF_NONE_MATCH)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
        })
    }
}

impl Client {
    /// A read's answer: JSON with an ETag, or 304 when the client holds it
    /// already; or the problem.
    pub fn answer<T: Serialize>(&self, web: &Web, result: Result<T, AppError>) -> Response {
        let value = match result {
            Ok(v) => v,
            Err(e) => return Problem::of(web, &self.lang, &e).into_response(),
        };
        let body = match serde_json::to_string(&value) {
            Ok(b) => b,
            Err(e) => {
                return Problem::of(web, &self.lang, &AppError::Internal(e.to_string()))
                    .into_response();
            }
        };
        let tag = format!("\"{}\"", &app::crypto::digest(&body)[..32]);
        let held = self
            .held
            .as_deref()
            .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
        let mut r = if held {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            (StatusCode::OK, body).into_response()
        };
        let h = r.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        if let Ok(v) = HeaderValue::from_str(&tag) {
            h.insert(header::ETAG, v);
        }
        // Kept by the program, revalidated each time: never by a proxy.
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
        r
    }
}

/// A request's body, read within its route's bound (as the portal's are),
/// whether it came as `media`, and how to refuse it in the client's language.
struct Read {
    bytes: Bytes,
    as_media: bool,
    lang: String,
}

impl Read {
    async fn of(req: Request, web: &Web, media: &str) -> Result<Read, Response> {
        let limit = route_body_limit(web.app.config(), req.uri().path());
        let lang = match req.extensions().get::<Lang>() {
            Some(Lang(l)) => l.clone(),
            None => language(web, req.headers(), None),
        };
        let as_media = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.split(';').next().unwrap_or("").trim() == media);
        match axum::body::to_bytes(req.into_body(), limit).await {
            Ok(bytes) => Ok(Read {
                bytes,
                as_media,
                lang,
            }),
            Err(_) => Err(
                Problem::new(web, &lang, StatusCode::PAYLOAD_TOO_LARGE, "too-large")
                    .into_response(),
            ),
        }
    }

    fn refuse(&self, web: &Web, status: StatusCode, code: &str) -> Response {
        Problem::new(web, &self.lang, status, code).into_response()
    }
}

/// A JSON body: absent, it is the type's default; otherwise it must be
/// JSON of exactly the documented fields, or the problem says what is wrong.
pub struct Body<T>(pub T);

impl<T: DeserializeOwned + Default> FromRequest<Web> for Body<T> {
    type Rejection = Response;

    async fn from_request(req: Request, web: &Web) -> Result<Body<T>, Response> {
        let read = Read::of(req, web, "application/json").await?;
        if read.bytes.is_empty() {
            return Ok(Body(T::default()));
        }
        if !read.as_media {
            return Err(read.refuse(web, StatusCode::UNSUPPORTED_MEDIA_TYPE, "content-type"));
        }
        serde_json::from_slice(&read.bytes)
            .map(Body)
            .map_err(|e| match e.classify() {
                serde_json::error::Category::Data if e.to_string().starts_with("unknown field") => {
                    read.refuse(web, StatusCode::UNPROCESSABLE_ENTITY, "json-unknown-field")
                }
                serde_json::error::Category::Data => {
                    read.refuse(web, StatusCode::UNPROCESSABLE_ENTITY, "json-wrong-type")
                }
                _ => read.refuse(web, StatusCode::BAD_REQUEST, "json-malformed"),
            })
    }
}

/// A file's bytes, sent as they are (`application/octet-stream`).
pub struct Upload(pub Bytes);

impl FromRequest<Web> for Upload {
    type Rejection = Response;

    async fn from_request(req: Request, web: &Web) -> Result<Upload, Response> {
        let read = Read::of(req, web, "application/octet-stream").await?;
        match read.as_media || read.bytes.is_empty() {
            true => Ok(Upload(read.bytes)),
            false => Err(read.refuse(web, StatusCode::UNSUPPORTED_MEDIA_TYPE, "content-type")),
        }
    }
}

/// A problem for a request that matched no API route, or that the
/// framework could not read.
pub fn refusal(web: &Web, headers: &HeaderMap, status: StatusCode) -> Response {
    let lang = language(web, headers, None);
    let code = match status.as_u16() {
        404 => "not-found",
        405 => "method-not-allowed",
        413 => "too-large",
        415 => "content-type",
        _ => "bad-request",
    };
    Problem::new(web, &lang, status, code).into_response()
}
