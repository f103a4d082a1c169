//! The language of a request.

use crate::state::Web;
use axum::http::{HeaderMap, header};
use axum_extra::extract::cookie::CookieJar;

/// The language of a request: the user's setting, then the `lang` cookie,
/// then Accept-Language, then English.
pub fn language(web: &Web, headers: &HeaderMap, user_locale: Option<&str>) -> String {
    let supported = |l: &str| web.app.i18n().has(l);
    if let Some(l) = user_locale.filter(|l| supported(l)) {
        return l.to_string();
    }
    let jar = CookieJar::from_headers(headers);
    if let Some(l) = jar.get("lang").map(|c| c.value()).filter(|l| supported(l)) {
        return l.to_string();
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    app::i18n::negotiate(accept, supported).unwrap_or_else(|| app::i18n::FALLBACK.to_string())
}
