//! Accepting an invitation, then enrolling a second factor and recovery
//! codes (ACC-3).

use super::factors;
use super::session::{Origin, Session, actor_of, open_session};
use crate::crypto::{digest, recovery_code, totp};
use crate::error::authorize;
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, FieldError};
use serde_json::json;
use store::Conn;
use store::user::UserRow;

/// The invited user behind a link, if the link is still good.
pub async fn invitation(app: &App, secret: &str) -> AppResult<super::views::User> {
    Ok(invited_user(app, secret).await?.into())
}

async fn invited_user(app: &App, secret: &str) -> AppResult<UserRow> {
    let mut c = app.db.conn().await?;
    let inv = store::user::invitation(&mut c, &digest(secret))
        .await?
        .ok_or(AppError::Gone("err-link-unknown"))?;
    if inv.used_at.is_some() {
        return Err(AppError::Gone("err-link-used"));
    }
    if inv.expires_at <= app.now() {
        return Err(AppError::Gone("err-link-expired"));
    }
    let user = store::user::get(&mut c, &inv.user_id)
        .await?
        .ok_or(AppError::Gone("err-link-unknown"))?;
    if user.status == "disabled" {
        return Err(AppError::Gone("err-link-unknown"));
    }
    Ok(user)
}

/// Sets the password from an invitation and opens a session that may only
/// enrol a second factor. Returns the session token.
pub async fn accept_invitation(
    app: &App,
    secret: &str,
    password: &str,
    confirm: &str,
    origin: &Origin,
) -> AppResult<String> {
    let user = invited_user(app, secret).await?;
    if password != confirm {
        return Err(FieldError::new("confirm", "err-password-mismatch").into());
    }
    domain::password::check(password, &[&user.email, &user.display_name, "pocdir"])?;
    let hash = app.hasher.hash(password).await;
    let mut c = app.begin().await?;
    if !store::user::use_invitation(&mut c, &digest(secret), app.now()).await? {
        return Err(AppError::Gone("err-link-used"));
    }
    store::user::set_password(&mut c, &user.id, &hash, app.now()).await?;
    let session = open_session(app, &mut c, &user.id, "setup", origin).await?;
    let actor = actor_of(&user.id, &user.role, user.state_code.as_deref());
    audit::record(
        &mut c,
        &actor,
        "user.password_set",
        &format!("user:{}", user.id),
        json!({ "ip": origin.ip }),
    )
    .await?;
    c.commit().await?;
    Ok(session)
}

pub struct TotpEnrolment {
    pub secret: String,
    pub uri: String,
}

/// The TOTP secret being enrolled for this session's user (created once).
pub async fn totp_enrolment(app: &App, session: &Session) -> AppResult<TotpEnrolment> {
    let mut c = app.begin().await?;
    let user = store::user::get(&mut c, &session.user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let factors = store::user::factors(&mut c, &user.id).await?;
    let pending = factors.iter().find(|f| f.kind == "totp" && !f.confirmed);
    let secret = match pending {
        Some(f) => factors::secret(app, f)?,
        None => {
            let secret = crate::crypto::totp_secret();
            let factor = factors::new_totp(app, &user.id, &secret, false)?;
            store::user::insert_factor(&mut c, &factor).await?;
            secret
        }
    };
    c.commit().await?;
    let uri = totp_uri(&secret, &user.email)?;
    Ok(TotpEnrolment { secret, uri })
}

/// Confirms the enrolled TOTP with a first code, activates the account, and
/// replaces the session with a full one. Returns (token, recovery codes).
/// Confirms the authenticator and completes the account. `chosen` is a
/// language picked during setup: it becomes the account's setting.
pub async fn confirm_totp(
    app: &App,
    session: &Session,
    code: &str,
    origin: &Origin,
    chosen: Option<&str>,
) -> AppResult<(String, Vec<String>)> {
    let mut c = app.begin().await?;
    let user = store::user::get(&mut c, &session.user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let factors = store::user::factors(&mut c, &user.id).await?;
    let factor = factors
        .iter()
        .find(|f| f.kind == "totp" && !f.confirmed)
        .ok_or(AppError::Conflict("err-no-enrolment"))?;
    let step = totp(&factors::secret(app, factor)?, &user.email)?
        .check(code.trim(), (app.now() / 1000) as u64);
    let Some(step) = step else {
        return Err(FieldError::new("code", "err-code-wrong").into());
    };
    if !store::user::use_step(&mut c, &factor.id, step as i64).await? {
        return Err(FieldError::new("code", "err-code-wrong").into());
    }
    store::user::delete_unconfirmed_factors(&mut c, &user.id).await?;
    if user.status == "invited" {
        store::user::set_status(&mut c, &user.id, "active", app.now()).await?;
    }
    let codes = new_recovery_codes(&mut c, &user.id).await?;
    store::session::revoke(&mut c, &session.token_hash, &user.id, app.now()).await?;
    let stage = super::passkeys::stage_after_factor(app, &mut c, &user).await?;
    let token = open_session(app, &mut c, &user.id, stage, origin).await?;
    if let Some(lang) = chosen.filter(|l| *l != user.locale && app.i18n.has(l)) {
        store::user::set_locale(&mut c, &user.id, lang, app.now()).await?;
    }
    audit::record(
        &mut c,
        &session.actor,
        "user.mfa_enrolled",
        &format!("user:{}", user.id),
        json!({ "kind": "totp" }),
    )
    .await?;
    c.commit().await?;
    Ok((token, codes))
}

pub(super) async fn new_recovery_codes(c: &mut Conn, user_id: &str) -> AppResult<Vec<String>> {
    let codes: Vec<String> = (0..10).map(|_| recovery_code()).collect();
    let hashes: Vec<String> = codes.iter().map(|c| digest(c)).collect();
    store::user::replace_recovery_codes(c, user_id, &hashes).await?;
    Ok(codes)
}

pub async fn regenerate_recovery_codes(app: &App, session: &Session) -> AppResult<Vec<String>> {
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    let mut c = app.begin().await?;
    let codes = new_recovery_codes(&mut c, &session.user_id).await?;
    audit::record(
        &mut c,
        &session.actor,
        "user.recovery_codes",
        &format!("user:{}", session.user_id),
        json!({}),
    )
    .await?;
    c.commit().await?;
    Ok(codes)
}

pub async fn recovery_codes_left(app: &App, session: &Session) -> AppResult<i64> {
    let mut c = app.db.conn().await?;
    Ok(store::user::recovery_codes_left(&mut c, &session.user_id).await?)
}

/// The `otpauth://` URI an authenticator app enrols the secret from.
pub fn totp_uri(secret_b32: &str, email: &str) -> AppResult<String> {
    totp(secret_b32, email)?
        .to_url()
        .map_err(|e| AppError::Internal(format!("{e:?}")))
}

/// The current TOTP code of a secret (for the demo's printed instructions).
pub fn totp_now(secret_b32: &str) -> AppResult<String> {
    Ok(totp(secret_b32, "demo")?.generate_current().to_string())
}
