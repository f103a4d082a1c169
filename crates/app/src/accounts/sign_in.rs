//! Signing in with a password and a second factor, throttled per account
//! and per address (ACC-3, ACC-4).

use super::passkeys::{self, Purpose};
use super::session::{Origin, Session, actor_of, open_session};
use super::throttle::{CODE_TRIES, known_device, record_failure, throttle_keys, throttled};
use crate::crypto::{digest, normalize_recovery_code, totp};
use crate::{App, AppError, AppResult, audit};
use domain::{Actor, FieldError, StateCode};
use serde_json::json;
use store::Conn;
use store::user::UserRow;

/// The first step: email and password. Every failure looks the same and
/// takes the same time, so no one learns whether an account exists.
pub async fn login(
    app: &App,
    email: &str,
    password: &str,
    origin: &Origin,
) -> AppResult<(String, String)> {
    // Nothing longer than an address or a password can be is looked up,
    // hashed or written down.
    if email.trim().len() > 254 || password.chars().count() > domain::password::MAX_CHARS {
        return Err(AppError::field("email", "err-login-failed"));
    }
    let now = app.now();
    // One connection for the reads, released before the slow hash.
    let (user, keys, locked) = {
        let mut c = app.db.conn().await?;
        let user = store::user::by_email(&mut c, email.trim()).await?;
        let known = known_device(&mut c, origin, user.as_ref().map(|u| u.id.as_str()), now).await?;
        let keys = throttle_keys(email.trim(), &origin.ip, known);
        let locked = throttled(&mut c, &keys, now).await?;
        (user, keys, locked)
    };
    if locked {
        let mut c = app.begin().await?;
        audit::record(
            &mut c,
            &Actor::Anonymous,
            "login.throttled",
            "login",
            json!({ "email": email.trim(), "ip": origin.ip }),
        )
        .await?;
        c.commit().await?;
        return Err(AppError::Throttled);
    }
    let hash = user.as_ref().and_then(|u| u.password_hash.as_deref());
    let ok = app.hasher.verify(password, hash).await;
    let user = user.filter(|u| ok && u.status != "disabled");
    let mut c = app.begin().await?;
    let Some(user) = user else {
        record_failure(&mut c, &keys, now).await?;
        audit::record(
            &mut c,
            &Actor::Anonymous,
            "login.failed",
            "login",
            json!({ "email": email.trim(), "ip": origin.ip }),
        )
        .await?;
        c.commit().await?;
        return Err(AppError::field("email", "err-login-failed"));
    };
    if user.held_until.is_some_and(|t| t > now) {
        c.commit().await?;
        return Err(AppError::field("email", "err-account-held"));
    }
    let has_factor = store::user::factors(&mut c, &user.id)
        .await?
        .iter()
        .any(|f| f.confirmed);
    let stage = if has_factor { "mfa" } else { "setup" };
    let token = open_session(app, &mut c, &user.id, stage, origin).await?;
    let actor = actor_of(&user.id, &user.role, user.state_code.as_deref());
    audit::record(
        &mut c,
        &actor,
        "login.password_ok",
        &format!("user:{}", user.id),
        json!({ "ip": origin.ip }),
    )
    .await?;
    c.commit().await?;
    Ok((token, stage.to_string()))
}

/// The second step: a TOTP code (never the same time step twice) or an
/// unused recovery code. Replaces the session token on success.
/// Whether a TOTP code of one of the user's authenticators is valid now
/// and not used before; it is then used up.
pub(super) async fn totp_accepted(
    app: &App,
    c: &mut Conn,
    user: &UserRow,
    code: &str,
) -> AppResult<bool> {
    let now = app.now();
    for f in store::user::factors(c, &user.id)
        .await?
        .iter()
        .filter(|f| f.kind == "totp" && f.confirmed)
    {
        let secret = super::factors::secret(app, f)?;
        if let Some(step) = totp(&secret, &user.email)?.check(code, (now / 1000) as u64)
            && store::user::use_step(c, &f.id, step as i64).await?
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Asks a signed-in user for a fresh code before a sensitive act (sending
/// TLP:RED, MSG-2), inside the act's transaction.
pub(crate) async fn reauthenticate(
    app: &App,
    c: &mut Conn,
    user_id: &str,
    code: &str,
) -> AppResult<()> {
    let user = store::user::get(c, user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let code = code.trim();
    if code.starts_with('{') {
        let ceremony = passkeys::ceremony(Purpose::Confirm, "", &user.id);
        return passkeys::asserted(app, c, &user.id, &ceremony, Purpose::Confirm, code).await;
    }
    if code.is_empty() || !code.chars().all(|ch| ch.is_ascii_digit()) {
        return Err(FieldError::new("code", "err-code-needed").into());
    }
    if !totp_accepted(app, c, &user, code).await? {
        return Err(FieldError::new("code", "err-code-wrong").into());
    }
    Ok(())
}

/// A session, and the token that makes this browser a known device.
pub struct SignedIn {
    pub session: String,
    pub device: String,
    /// The session may only enrol a passkey (a custodian without one).
    pub must_enrol: bool,
}

/// The second step. `chosen` is a language picked before sign-in was
/// complete: it becomes the account's setting.
pub async fn login_second_factor(
    app: &App,
    session: &Session,
    code: &str,
    origin: &Origin,
    chosen: Option<&str>,
) -> AppResult<SignedIn> {
    if session.stage != "mfa" {
        return Err(AppError::Unauthenticated);
    }
    let mut c = app.begin().await?;
    let user = store::user::get(&mut c, &session.user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let now = app.now();
    let known = known_device(&mut c, origin, Some(&user.id), now).await?;
    let keys = throttle_keys(&user.email, &origin.ip, known);
    if throttled(&mut c, &keys, now).await? {
        return Err(AppError::Throttled);
    }
    let trimmed = code.trim();
    let is_passkey = trimmed.starts_with('{');
    // A custodian with a passkey signs in with it, and nothing else.
    if !is_passkey && passkeys::required(app, &user) && passkeys::count(&mut c, &user.id).await? > 0
    {
        return Err(FieldError::new("code", "err-passkey-required").into());
    }
    let mut refused = "err-code-wrong";
    let mut accepted = None;
    if is_passkey {
        match passkeys::asserted(
            app,
            &mut c,
            &user.id,
            &session.token_hash,
            Purpose::SignIn,
            trimmed,
        )
        .await
        {
            Ok(()) => accepted = Some("passkey"),
            Err(AppError::Invalid(e)) => refused = e.first().map_or(refused, |f| f.key),
            Err(e) => return Err(e),
        }
    } else if trimmed.chars().all(|ch| ch.is_ascii_digit()) {
        if totp_accepted(app, &mut c, &user, trimmed).await? {
            accepted = Some("totp");
        }
    } else if store::user::use_recovery_code(
        &mut c,
        &user.id,
        &digest(&normalize_recovery_code(trimmed)),
        now,
    )
    .await?
    {
        accepted = Some("recovery_code");
    }
    let Some(kind) = accepted else {
        record_failure(&mut c, &keys, now).await?;
        // The session itself allows a few tries, from wherever they come.
        let session_key = [(format!("code:{}", session.token_hash), CODE_TRIES)];
        let tries = record_failure(&mut c, &session_key, now).await?;
        let ended = tries >= CODE_TRIES;
        if ended {
            store::session::revoke(&mut c, &session.token_hash, &user.id, now).await?;
        }
        audit::record(
            &mut c,
            &session.actor,
            "login.mfa_failed",
            &format!("user:{}", user.id),
            json!({ "ip": origin.ip, "session_ended": ended }),
        )
        .await?;
        c.commit().await?;
        let key = if ended {
            "err-code-tries-over"
        } else {
            refused
        };
        return Err(FieldError::new("code", key).into());
    };
    store::session::clear_throttle(&mut c, &keys[0].0).await?;
    let stage = match passkeys::stage_after_factor(app, &mut c, &user).await {
        Ok(stage) => stage,
        Err(e) => {
            audit::record(
                &mut c,
                &session.actor,
                "login.passkey_grace_over",
                &format!("user:{}", user.id),
                json!({ "ip": origin.ip }),
            )
            .await?;
            c.commit().await?;
            return Err(e);
        }
    };
    store::session::revoke(&mut c, &session.token_hash, &user.id, now).await?;
    let token = open_session(app, &mut c, &user.id, stage, origin).await?;
    if let Some(lang) = chosen.filter(|l| *l != user.locale && app.i18n.has(l)) {
        store::user::set_locale(&mut c, &user.id, lang, now).await?;
    }
    let device = match origin.device.as_deref().filter(|_| known) {
        Some(d) => d.to_string(),
        None => {
            let d = crate::crypto::token();
            store::user::insert_device(&mut c, &digest(&d), &user.id, now).await?;
            d
        }
    };
    audit::record(
        &mut c,
        &session.actor,
        "login.succeeded",
        &format!("user:{}", user.id),
        json!({
            "ip": origin.ip, "factor": kind,
        }),
    )
    .await?;
    c.commit().await?;
    let state = user
        .state_code
        .as_deref()
        .and_then(|s| StateCode::parse(s).ok());
    crate::usage::count_for(app, state, crate::usage::Event::SignIn);
    Ok(SignedIn {
        session: token,
        device,
        must_enrol: stage == "enrol",
    })
}
