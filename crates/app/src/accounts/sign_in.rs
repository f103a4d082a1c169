//! Signing in with a password and a second factor, throttled per account
//! and per address (ACC-3, ACC-4).

use super::session::{Origin, Session, actor_of, open_session};
use crate::clock::MINUTE;
use crate::crypto::{digest, normalize_recovery_code, totp};
use crate::{App, AppError, AppResult, audit};
use domain::{Actor, FieldError};
use serde_json::json;
use store::Conn;
use store::user::UserRow;

pub(super) const ACCOUNT_FREE_FAILURES: i64 = 5;
pub(super) const IP_FREE_FAILURES: i64 = 30;
pub(super) const WINDOW: i64 = 15 * MINUTE;

/// Throttle keys. Failures count per (account, address) and per address, so
/// an attacker elsewhere can slow their own guesses but can never lock the
/// State's account out for its legitimate user (ACC-3).
pub(super) fn throttle_keys(email: &str, ip: &str) -> [String; 2] {
    [
        format!("acct:{}:{ip}", digest(&email.to_lowercase())),
        format!("ip:{ip}"),
    ]
}

pub(super) async fn throttled(c: &mut Conn, keys: &[String; 2], now: i64) -> AppResult<bool> {
    for key in keys {
        if store::session::throttle(c, key)
            .await?
            .is_some_and(|t| t.locked_until > now)
        {
            return Ok(true);
        }
    }
    Ok(false)
}

pub(super) async fn record_failure(c: &mut Conn, keys: &[String; 2], now: i64) -> AppResult<()> {
    for (i, key) in keys.iter().enumerate() {
        let prev = store::session::throttle(c, key).await?;
        let (failures, start) = match prev {
            Some(t) if now - t.window_start < WINDOW || t.locked_until > now => {
                (t.failures + 1, t.window_start)
            }
            _ => (1, now),
        };
        let free = if i == 0 {
            ACCOUNT_FREE_FAILURES
        } else {
            IP_FREE_FAILURES
        };
        // Doubling delay from one minute, never more than the window.
        let locked_until = if failures >= free {
            now + (MINUTE << (failures - free).min(4)).min(WINDOW)
        } else {
            0
        };
        let row = store::session::ThrottleRow {
            key: key.clone(),
            failures,
            window_start: start,
            locked_until,
        };
        store::session::put_throttle(c, &row).await?;
    }
    Ok(())
}

/// The first step: email and password. Every failure looks the same and
/// takes the same time, so no one learns whether an account exists.
pub async fn login(
    app: &App,
    email: &str,
    password: &str,
    origin: &Origin,
) -> AppResult<(String, String)> {
    let keys = throttle_keys(email.trim(), &origin.ip);
    let now = app.now();
    {
        let mut c = app.db.conn().await?;
        if throttled(&mut c, &keys, now).await? {
            drop(c);
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
    }
    let user = {
        let mut c = app.db.conn().await?;
        store::user::by_email(&mut c, email.trim()).await?
    };
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
    c: &mut Conn,
    user: &UserRow,
    code: &str,
    now: i64,
) -> AppResult<bool> {
    for f in store::user::factors(c, &user.id)
        .await?
        .iter()
        .filter(|f| f.kind == "totp" && f.confirmed)
    {
        if let Some(step) = totp(&f.secret, &user.email)?.check(code, (now / 1000) as u64)
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
    if code.is_empty() || !code.chars().all(|ch| ch.is_ascii_digit()) {
        return Err(FieldError::new("code", "err-code-needed").into());
    }
    if !totp_accepted(c, &user, code, app.now()).await? {
        return Err(FieldError::new("code", "err-code-wrong").into());
    }
    Ok(())
}

pub async fn login_second_factor(
    app: &App,
    session: &Session,
    code: &str,
    origin: &Origin,
) -> AppResult<String> {
    if session.stage != "mfa" {
        return Err(AppError::Unauthenticated);
    }
    let mut c = app.begin().await?;
    let user = store::user::get(&mut c, &session.user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let keys = throttle_keys(&user.email, &origin.ip);
    let now = app.now();
    if throttled(&mut c, &keys, now).await? {
        return Err(AppError::Throttled);
    }
    let mut accepted = None;
    let trimmed = code.trim();
    if trimmed.chars().all(|ch| ch.is_ascii_digit()) {
        if totp_accepted(&mut c, &user, trimmed, now).await? {
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
        audit::record(
            &mut c,
            &session.actor,
            "login.mfa_failed",
            &format!("user:{}", user.id),
            json!({ "ip": origin.ip }),
        )
        .await?;
        c.commit().await?;
        return Err(FieldError::new("code", "err-code-wrong").into());
    };
    store::session::clear_throttle(&mut c, &keys[0]).await?;
    store::session::revoke(&mut c, &session.token_hash, &user.id, now).await?;
    let token = open_session(app, &mut c, &user.id, "full", origin).await?;
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
    Ok(token)
}
