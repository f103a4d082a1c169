//! Second factors at rest: an authenticator's secret is sealed like
//! communication content, bound to its factor (MSG-5), and opened only to
//! check a code or show it once for enrolment.

use crate::{App, AppError, AppResult};
use store::user::FactorRow;

/// A new TOTP factor for `user_id`, its secret sealed.
pub(super) fn new_totp(
    app: &App,
    user_id: &str,
    secret: &str,
    confirmed: bool,
) -> AppResult<FactorRow> {
    let id = store::new_id();
    Ok(FactorRow {
        secret: app
            .seal_key()?
            .seal(&format!("factor:{id}"), secret.as_bytes()),
        id,
        user_id: user_id.to_string(),
        kind: "totp".into(),
        label: "Authenticator app".into(),
        last_step: None,
        confirmed,
        created_at: app.now(),
    })
}

/// The factor's secret in clear.
pub(super) fn secret(app: &App, f: &FactorRow) -> AppResult<String> {
    app.seal_key()?
        .open(&format!("factor:{}", f.id), &f.secret)
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| AppError::Internal(format!("factor {} does not open", f.id)))
}
