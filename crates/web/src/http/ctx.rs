//! What a handler knows about the request: who, in which language, from where.

use super::error::WebError;
use super::locale::language;
use super::meta::Meta;
use crate::state::Web;
use app::accounts::{Origin, Session};
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::{HeaderMap, HeaderName, HeaderValue, header, request::Parts};
use axum::response::Response;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use domain::Actor;
use std::net::{IpAddr, SocketAddr};

pub struct Ctx {
    pub meta: Meta,
    pub session: Option<Session>,
    pub lang: String,
    /// The language chosen with the language buttons (the `lang` cookie).
    pub chosen_lang: Option<String>,
    pub origin: Origin,
    pub path: String,
    pub query: String,
}

pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure { "__Host-pocdir" } else { "pocdir" }
}

/// The cookie that marks a browser where a user has signed in before.
pub fn device_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-pocdir-device"
    } else {
        "pocdir-device"
    }
}

/// The client's address: the connecting one, unless that is a trusted
/// proxy; then the nearest address before the trusted proxies in
/// `X-Forwarded-For` (or `Forwarded`), since every proxy appends the
/// address it saw and only the trusted ones' additions can be believed.
pub fn client_address(config: &app::Config, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
    if !config.trusted_proxy(peer) {
        return peer;
    }
    let joined = |name| {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join(",")
    };
    let forwarded_for = joined(header::FORWARDED);
    let hops: Vec<IpAddr> = match joined(HeaderName::from_static("x-forwarded-for")) {
        xff if !xff.is_empty() => xff
            .split(',')
            .filter_map(|h| h.trim().parse().ok())
            .collect(),
        _ => forwarded_for
            .split([',', ';'])
            .filter_map(|pair| {
                let (k, v) = pair.trim().split_once('=')?;
                k.eq_ignore_ascii_case("for").then(|| forwarded_node(v))?
            })
            .collect(),
    };
    hops.iter()
        .rev()
        .find(|ip| !config.trusted_proxy(**ip))
        .or(hops.first())
        .copied()
        .unwrap_or(peer)
}

/// An address in a `Forwarded` header: `192.0.2.1`, `"192.0.2.1:4711"` or
/// `"[2001:db8::1]:4711"`.
fn forwarded_node(v: &str) -> Option<IpAddr> {
    let v = v.trim().trim_matches('"');
    if let Some(rest) = v.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    v.parse()
        .ok()
        .or_else(|| v.rsplit_once(':')?.0.parse().ok())
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
        // Until sign-in is complete, a language chosen now beats the
        // account's stored one; completing sign-in stores it.
        let lang = language(
            web,
            &parts.headers,
            session
                .as_ref()
                .filter(|s| s.is_full())
                .map(|s| s.locale.as_str()),
        );
        let chosen_lang = jar
            .get("lang")
            .map(|c| c.value().to_string())
            .filter(|l| web.app.i18n().has(l));
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ci| ci.0.ip());
        let ip = match peer {
            Some(peer) => client_address(web.app.config(), peer, &parts.headers).to_string(),
            None => "local".into(),
        };
        let device = jar
            .get(device_cookie_name(web.app.config().secure_cookies()))
            .map(|c| c.value().to_string());
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
            chosen_lang,
            origin: Origin {
                ip,
                user_agent,
                device,
            },
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

/// Marks the browser as a known device of the user who just signed in,
/// readable by no script and sent only to this site; the server forgets
/// the device after a year.
pub fn with_device(web: &Web, mut response: Response, token: &str) -> Response {
    let secure = web.app.config().secure_cookies();
    let cookie = Cookie::build((device_cookie_name(secure), token.to_string()))
        .path("/")
        .secure(secure)
        .http_only(true)
        .same_site(SameSite::Strict)
        .permanent()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn config(trusted: &[&str]) -> app::Config {
        let mut c = app::Config::load(None).unwrap();
        c.trusted_proxies = trusted.iter().map(|s| s.to_string()).collect();
        c
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn acc3_the_client_address_is_believed_only_from_trusted_proxies() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let spoofed = headers(&[("x-forwarded-for", "192.0.2.9")]);
        // Anyone else may claim any address: it is ignored.
        assert_eq!(
            client_address(&config(&[]), ip("203.0.113.1"), &spoofed),
            ip("203.0.113.1")
        );
        let proxies = config(&["10.0.0.0/8", "127.0.0.1"]);
        // Through two trusted proxies, the address before them; what the
        // client wrote itself, further left, is not believed.
        let chain = headers(&[("x-forwarded-for", "6.6.6.6, 198.51.100.7, 10.1.2.3")]);
        assert_eq!(
            client_address(&proxies, ip("127.0.0.1"), &chain),
            ip("198.51.100.7")
        );
        let forwarded = headers(&[(
            "forwarded",
            "for=\"[2001:db8::7]:4711\";proto=https, for=10.0.0.5",
        )]);
        assert_eq!(
            client_address(&proxies, ip("127.0.0.1"), &forwarded),
            ip("2001:db8::7")
        );
        assert_eq!(
            client_address(&proxies, ip("127.0.0.1"), &HeaderMap::new()),
            ip("127.0.0.1")
        );
    }
}
