//! What a handler knows about the request: who, in which language, from where.

use super::error::WebError;
use super::locale::language;
use super::meta::Meta;
use crate::state::Web;
use app::accounts::{Origin, Session};
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::{HeaderValue, header, request::Parts};
use axum::response::Response;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use domain::Actor;
use std::net::SocketAddr;

pub struct Ctx {
    pub meta: Meta,
    pub session: Option<Session>,
    pub lang: String,
    pub origin: Origin,
    pub path: String,
    pub query: String,
}

pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure { "__Host-pocdir" } else { "pocdir" }
}

impl FromRequestParts<Web> for Ctx {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, web: &Web) -> Result<Self, Self::Rejection> {
        let meta = parts
            .extensions
            .get::<Meta>()
            .cloned()
            .ok_or_else(|| WebError::internal("request meta missing"))?;
        let jar = CookieJar::from_headers(&parts.headers);
        let name = session_cookie_name(web.app.config().secure_cookies());
        let session = match jar.get(name) {
            Some(c) => app::accounts::session(&web.app, c.value()).await?,
            None => None,
        };
        let lang = language(
            web,
            &parts.headers,
            session.as_ref().map(|s| s.locale.as_str()),
        );
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ci| ci.0.ip().to_string())
            .unwrap_or_else(|| "local".into());
        let user_agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        Ok(Ctx {
            meta,
            session,
            lang,
            origin: Origin { ip, user_agent },
            path: parts.uri.path().to_string(),
            query: parts.uri.query().unwrap_or("").to_string(),
        })
    }
}

impl Ctx {
    /// The signed-in actor; half signed-in sessions count as anonymous.
    pub fn actor(&self) -> Actor {
        match &self.session {
            Some(s) if s.is_full() => s.actor.clone(),
            _ => Actor::Anonymous,
        }
    }

    pub fn user(&self) -> Result<&Session, WebError> {
        self.session
            .as_ref()
            .filter(|s| s.is_full())
            .ok_or_else(|| app::AppError::Unauthenticated.into())
    }
}

/// Sets the session cookie on a response.
pub fn with_session(web: &Web, mut response: Response, token: &str) -> Response {
    let secure = web.app.config().secure_cookies();
    let cookie = Cookie::build((session_cookie_name(secure), token.to_string()))
        .path("/")
        .secure(secure)
        .http_only(true)
        .same_site(SameSite::Lax)
        .build();
    if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
}

pub fn without_session(web: &Web, mut response: Response) -> Response {
    let secure = web.app.config().secure_cookies();
    let cookie = Cookie::build((session_cookie_name(secure), ""))
        .path("/")
        .secure(secure)
        .http_only(true)
        .removal()
        .build();
    if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
}
