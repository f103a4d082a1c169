//! Facts about the current request that pages need: its id, the CSP nonce
//! and the CSRF token.

/// Facts about the current request that pages need.
#[derive(Clone, Debug)]
pub struct Meta {
    pub request_id: String,
    pub nonce: String,
    pub csrf: String,
}

pub fn csrf_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-pocdir-csrf"
    } else {
        "pocdir-csrf"
    }
}

pub fn random_hex16() -> String {
    let bytes = app::crypto::random_bytes::<16>();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
