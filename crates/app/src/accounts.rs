//! Joining, accounts, second factors and sessions (ACC-1 to ACC-5).

use crate::clock::{HOUR, MINUTE};
use crate::crypto::{digest, normalize_recovery_code, recovery_code, token};
use crate::error::authorize;
use crate::mail::{self, Email};
use crate::{App, AppError, AppResult, audit};
use domain::fields::required_text;
use domain::policy::Resource;
use domain::{Action, Actor, Email as Address, FieldError, Role, StateCode};
use serde_json::json;
use store::Conn;
use store::user::UserRow;

/// Where a request came from, for sessions, throttling and the audit log.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    pub ip: String,
    pub user_agent: String,
}

/// A signed-in (or half signed-in) user, as seen by every request.
#[derive(Debug, Clone)]
pub struct Session {
    pub token_hash: String,
    pub user_id: String,
    /// "mfa": password given, second factor awaited; "setup": must enrol a
    /// second factor; "full": signed in.
    pub stage: String,
    pub actor: Actor,
    pub locale: String,
    pub display_name: String,
}

impl Session {
    pub fn is_full(&self) -> bool {
        self.stage == "full"
    }
}

fn actor_of(id: &str, role: &str, state: Option<&str>) -> Actor {
    match Role::parse(role) {
        Some(role) => Actor::User {
            id: id.to_string(),
            role,
            state: state.and_then(|s| StateCode::parse(s).ok()),
        },
        None => Actor::Anonymous,
    }
}

// ---------------------------------------------------------------- joining

pub async fn access_requests(
    app: &App,
    actor: &Actor,
    status: &str,
) -> AppResult<Vec<store::access::AccessRequestRow>> {
    authorize(actor, Action::ReviewAccess, Resource::None)?;
    let mut c = app.db.conn().await?;
    Ok(store::access::with_status(&mut c, status).await?)
}

/// Admits the State of an access request after the custodian verified it out
/// of band, and invites its designated national administrator.
pub async fn admit(
    app: &App,
    actor: &Actor,
    request_id: &str,
    verification_ref: &str,
) -> AppResult<()> {
    authorize(actor, Action::ReviewAccess, Resource::None)?;
    let reference = required_text("verification_ref", verification_ref, 200)?;
    let mut c = app.db.begin().await?;
    let req = store::access::get(&mut c, request_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let by = actor.user_id().unwrap_or_default();
    if !store::access::decide(
        &mut c,
        &req.id,
        "admitted",
        by,
        Some(&reference),
        None,
        app.now(),
    )
    .await?
    {
        return Err(AppError::Conflict("err-already-decided"));
    }
    store::state::admit(
        &mut c,
        &req.state_code,
        by,
        &reference,
        Some(&req.email),
        app.now(),
    )
    .await?;
    let state = StateCode::parse(&req.state_code)?;
    if store::user::by_email(&mut c, &req.email).await?.is_none() {
        let user = new_user(
            app,
            &req.email,
            &req.requester_name,
            Role::NationalAdmin,
            Some(state),
            &req.locale,
        );
        store::user::insert(&mut c, &user).await?;
        invite(app, &mut c, &user, actor).await?;
    }
    audit::record(
        app,
        &mut c,
        actor,
        "state.admitted",
        &format!("state:{}", state),
        json!({
            "access_request": req.id, "verification_ref": reference,
        }),
    )
    .await?;
    c.commit().await?;
    app.mail.wake();
    Ok(())
}

pub async fn reject_request(
    app: &App,
    actor: &Actor,
    request_id: &str,
    reason: &str,
) -> AppResult<()> {
    authorize(actor, Action::ReviewAccess, Resource::None)?;
    let reason = required_text("reason", reason, 1000)?;
    let mut c = app.db.begin().await?;
    let req = store::access::get(&mut c, request_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let by = actor.user_id().unwrap_or_default();
    if !store::access::decide(
        &mut c,
        &req.id,
        "rejected",
        by,
        None,
        Some(&reason),
        app.now(),
    )
    .await?
    {
        return Err(AppError::Conflict("err-already-decided"));
    }
    mail::queue(
        app,
        &mut c,
        Email {
            to: &req.email,
            lang: &req.locale,
            key: "email-access-rejected",
            args: vec![
                ("name", req.requester_name.clone()),
                ("reason", reason.clone()),
            ],
        },
    )
    .await?;
    audit::record(
        app,
        &mut c,
        actor,
        "access.rejected",
        &format!("access_request:{}", req.id),
        json!({ "reason": reason }),
    )
    .await?;
    c.commit().await?;
    app.mail.wake();
    Ok(())
}

fn new_user(
    app: &App,
    email: &str,
    name: &str,
    role: Role,
    state: Option<StateCode>,
    locale: &str,
) -> UserRow {
    let now = app.now();
    UserRow {
        id: store::new_id(),
        email: email.to_string(),
        display_name: name.to_string(),
        role: role.code().into(),
        state_code: state.map(|s| s.to_string()),
        password_hash: None,
        status: "invited".into(),
        locale: if app.i18n.has(locale) {
            locale.to_string()
        } else {
            crate::i18n::FALLBACK.to_string()
        },
        created_at: now,
        updated_at: now,
    }
}

/// Writes a single-use, expiring invitation and queues its email.
async fn invite(app: &App, c: &mut Conn, user: &UserRow, by: &Actor) -> AppResult<()> {
    let secret = token();
    let now = app.now();
    let hours = app.config.session.invitation_hours;
    store::user::insert_invitation(c, &digest(&secret), &user.id, now, now + hours * HOUR).await?;
    let state = user
        .state_code
        .as_deref()
        .and_then(|s| StateCode::parse(s).ok())
        .map(|s| {
            s.info()
                .name(crate::i18n::un_language(&user.locale))
                .to_string()
        })
        .unwrap_or_default();
    mail::queue(
        app,
        c,
        Email {
            to: &user.email,
            lang: &user.locale,
            key: "email-invitation",
            args: vec![
                ("name", user.display_name.clone()),
                ("state", state),
                (
                    "link",
                    format!("{}/invitation/{secret}", app.config.public_url),
                ),
                ("hours", hours.to_string()),
            ],
        },
    )
    .await?;
    audit::record(
        app,
        c,
        by,
        "user.invited",
        &format!("user:{}", user.id),
        json!({ "role": user.role }),
    )
    .await
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct InviteInput {
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub locale: String,
}

/// A national administrator invites a member or another administrator.
pub async fn invite_user(
    app: &App,
    actor: &Actor,
    state: StateCode,
    input: &InviteInput,
) -> AppResult<()> {
    authorize(actor, Action::ManageUsers, Resource::State(state))?;
    let mut errors = Vec::new();
    let email = Address::parse(&input.email)
        .map_err(|e| errors.push(e))
        .ok();
    let name = required_text("display_name", &input.display_name, 200)
        .map_err(|e| errors.push(e))
        .ok();
    let role = match Role::parse(&input.role) {
        Some(r @ (Role::Member | Role::NationalAdmin)) => Some(r),
        _ => {
            errors.push(FieldError::new("role", "err-role"));
            None
        }
    };
    let (Some(email), Some(name), Some(role)) = (email, name, role) else {
        return Err(AppError::Invalid(errors));
    };
    let mut c = app.db.begin().await?;
    let st = store::state::get(&mut c, state.as_str())
        .await?
        .filter(|s| s.participating_since.is_some());
    let st = st.ok_or(AppError::Conflict("err-state-not-participating"))?;
    if st.account_mode == "shared"
        && store::user::of_state(&mut c, state.as_str())
            .await?
            .iter()
            .any(|u| u.status != "disabled")
    {
        return Err(AppError::Conflict("err-shared-account-exists"));
    }
    if store::user::by_email(&mut c, email.as_str())
        .await?
        .is_some()
    {
        return Err(FieldError::new("email", "err-email-taken").into());
    }
    let user = new_user(app, email.as_str(), &name, role, Some(state), &input.locale);
    store::user::insert(&mut c, &user).await?;
    invite(app, &mut c, &user, actor).await?;
    c.commit().await?;
    app.mail.wake();
    Ok(())
}

pub async fn users_of_state(app: &App, actor: &Actor, state: StateCode) -> AppResult<Vec<UserRow>> {
    authorize(actor, Action::ManageUsers, Resource::State(state))?;
    let mut c = app.db.conn().await?;
    Ok(store::user::of_state(&mut c, state.as_str()).await?)
}

/// Disables (or re-enables) a user; disabling ends their sessions at once.
pub async fn set_user_enabled(
    app: &App,
    actor: &Actor,
    user_id: &str,
    enabled: bool,
) -> AppResult<()> {
    let mut c = app.db.begin().await?;
    let user = store::user::get(&mut c, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let state = match user.state_code.as_deref().map(StateCode::parse) {
        Some(Ok(s)) => Some(s),
        _ => None,
    };
    authorize(actor, Action::ManageUsers, Resource::Account { state })?;
    if actor.user_id() == Some(user.id.as_str()) {
        return Err(AppError::Conflict("err-cannot-disable-self"));
    }
    let status = if enabled {
        if user.password_hash.is_some() {
            "active"
        } else {
            "invited"
        }
    } else {
        "disabled"
    };
    store::user::set_status(&mut c, &user.id, status, app.now()).await?;
    if !enabled {
        store::session::revoke_all(&mut c, &user.id, app.now()).await?;
    }
    let action = if enabled {
        "user.enabled"
    } else {
        "user.disabled"
    };
    audit::record(
        app,
        &mut c,
        actor,
        action,
        &format!("user:{}", user.id),
        json!({}),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// Personal accounts, or "one State, one account" (ACC-2).
pub async fn set_account_mode(
    app: &App,
    actor: &Actor,
    state: StateCode,
    mode: &str,
) -> AppResult<()> {
    authorize(actor, Action::ManageUsers, Resource::State(state))?;
    if !["personal", "shared"].contains(&mode) {
        return Err(FieldError::new("account_mode", "err-account-mode").into());
    }
    let mut c = app.db.begin().await?;
    let active = store::user::of_state(&mut c, state.as_str())
        .await?
        .iter()
        .filter(|u| u.status != "disabled")
        .count();
    if mode == "shared" && active > 1 {
        return Err(AppError::Conflict("err-shared-needs-one-account"));
    }
    if store::state::set_account_mode(&mut c, state.as_str(), mode, app.now()).await? == 0 {
        return Err(AppError::Conflict("err-state-not-participating"));
    }
    audit::record(
        app,
        &mut c,
        actor,
        "state.account_mode",
        &format!("state:{state}"),
        json!({ "mode": mode }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

// ------------------------------------------------------- invitation, setup

/// The invited user behind a link, if the link is still good.
pub async fn invitation(app: &App, secret: &str) -> AppResult<UserRow> {
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
    let user = invitation(app, secret).await?;
    if password != confirm {
        return Err(FieldError::new("confirm", "err-password-mismatch").into());
    }
    domain::password::check(password, &[&user.email, &user.display_name, "pocdir"])?;
    let hash = app.hasher.hash(password).await;
    let mut c = app.db.begin().await?;
    if !store::user::use_invitation(&mut c, &digest(secret), app.now()).await? {
        return Err(AppError::Gone("err-link-used"));
    }
    store::user::set_password(&mut c, &user.id, &hash, app.now()).await?;
    let session = open_session(app, &mut c, &user.id, "setup", origin).await?;
    let actor = actor_of(&user.id, &user.role, user.state_code.as_deref());
    audit::record(
        app,
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

fn totp(secret_b32: &str, account: &str) -> AppResult<totp_rs::Totp> {
    let secret = totp_rs::Secret::try_from_base32(secret_b32)
        .map_err(|e| AppError::Internal(format!("{e:?}")))?;
    totp_rs::Builder::new()
        .with_secret(secret)
        .with_account_name(account.replace(':', ""))
        .with_issuer(Some("pocdir"))
        .build()
        .map_err(|e| AppError::Internal(format!("{e:?}")))
}

/// The TOTP secret being enrolled for this session's user (created once).
pub async fn totp_enrolment(app: &App, session: &Session) -> AppResult<TotpEnrolment> {
    let mut c = app.db.begin().await?;
    let user = store::user::get(&mut c, &session.user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let factors = store::user::factors(&mut c, &user.id).await?;
    let pending = factors.iter().find(|f| f.kind == "totp" && !f.confirmed);
    let secret = match pending {
        Some(f) => f.secret.clone(),
        None => {
            let secret = crate::crypto::totp_secret();
            store::user::insert_factor(
                &mut c,
                &store::user::FactorRow {
                    id: store::new_id(),
                    user_id: user.id.clone(),
                    kind: "totp".into(),
                    secret: secret.clone(),
                    label: "Authenticator app".into(),
                    last_step: None,
                    confirmed: false,
                    created_at: app.now(),
                },
            )
            .await?;
            secret
        }
    };
    c.commit().await?;
    let uri = totp(&secret, &user.email)?
        .to_url()
        .map_err(|e| AppError::Internal(format!("{e:?}")))?;
    Ok(TotpEnrolment { secret, uri })
}

/// Confirms the enrolled TOTP with a first code, activates the account, and
/// replaces the session with a full one. Returns (token, recovery codes).
pub async fn confirm_totp(
    app: &App,
    session: &Session,
    code: &str,
    origin: &Origin,
) -> AppResult<(String, Vec<String>)> {
    let mut c = app.db.begin().await?;
    let user = store::user::get(&mut c, &session.user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let factors = store::user::factors(&mut c, &user.id).await?;
    let factor = factors
        .iter()
        .find(|f| f.kind == "totp" && !f.confirmed)
        .ok_or(AppError::Conflict("err-no-enrolment"))?;
    let step = totp(&factor.secret, &user.email)?.check(code.trim(), (app.now() / 1000) as u64);
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
    let token = open_session(app, &mut c, &user.id, "full", origin).await?;
    audit::record(
        app,
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

async fn new_recovery_codes(c: &mut Conn, user_id: &str) -> AppResult<Vec<String>> {
    let codes: Vec<String> = (0..10).map(|_| recovery_code()).collect();
    let hashes: Vec<String> = codes.iter().map(|c| digest(c)).collect();
    store::user::replace_recovery_codes(c, user_id, &hashes).await?;
    Ok(codes)
}

pub async fn regenerate_recovery_codes(app: &App, session: &Session) -> AppResult<Vec<String>> {
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    let mut c = app.db.begin().await?;
    let codes = new_recovery_codes(&mut c, &session.user_id).await?;
    audit::record(
        app,
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

// ------------------------------------------------------------------ login

const ACCOUNT_FREE_FAILURES: i64 = 5;
const IP_FREE_FAILURES: i64 = 30;
const WINDOW: i64 = 15 * MINUTE;

/// Throttle keys. Failures count per (account, address) and per address, so
/// an attacker elsewhere can slow their own guesses but can never lock the
/// State's account out for its legitimate user (ACC-3).
fn throttle_keys(email: &str, ip: &str) -> [String; 2] {
    [
        format!("acct:{}:{ip}", digest(&email.to_lowercase())),
        format!("ip:{ip}"),
    ]
}

async fn throttled(c: &mut Conn, keys: &[String; 2], now: i64) -> AppResult<bool> {
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

async fn record_failure(c: &mut Conn, keys: &[String; 2], now: i64) -> AppResult<()> {
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
            let mut c = app.db.begin().await?;
            audit::record(
                app,
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
    let mut c = app.db.begin().await?;
    let Some(user) = user else {
        record_failure(&mut c, &keys, now).await?;
        audit::record(
            app,
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
    let has_factor = store::user::factors(&mut c, &user.id)
        .await?
        .iter()
        .any(|f| f.confirmed);
    let stage = if has_factor { "mfa" } else { "setup" };
    let token = open_session(app, &mut c, &user.id, stage, origin).await?;
    let actor = actor_of(&user.id, &user.role, user.state_code.as_deref());
    audit::record(
        app,
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
async fn totp_accepted(c: &mut Conn, user: &UserRow, code: &str, now: i64) -> AppResult<bool> {
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
pub async fn reauthenticate(app: &App, c: &mut Conn, user_id: &str, code: &str) -> AppResult<()> {
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
    let mut c = app.db.begin().await?;
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
            app,
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
        app,
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

async fn open_session(
    app: &App,
    c: &mut Conn,
    user_id: &str,
    stage: &str,
    origin: &Origin,
) -> AppResult<String> {
    let secret = token();
    let ua: String = origin.user_agent.chars().take(200).collect();
    store::session::insert(
        c,
        &digest(&secret),
        user_id,
        stage,
        app.now(),
        &ua,
        &origin.ip,
    )
    .await?;
    Ok(secret)
}

/// The session behind a cookie, if it is alive: not revoked, user not
/// disabled, within the idle and absolute timeouts (ACC-4).
pub async fn session(app: &App, secret: &str) -> AppResult<Option<Session>> {
    let hash = digest(secret);
    let mut c = app.db.conn().await?;
    let Some(s) = store::session::get(&mut c, &hash).await? else {
        return Ok(None);
    };
    let now = app.now();
    let idle = app.config.session.idle_minutes * MINUTE;
    let absolute = app.config.session.absolute_hours * HOUR;
    let short = if s.stage == "full" { idle } else { 10 * MINUTE };
    if s.revoked_at.is_some()
        || s.status == "disabled"
        || now - s.last_seen_at > short
        || now - s.created_at > absolute
    {
        return Ok(None);
    }
    // Writing on every request would make every read a write.
    if now - s.last_seen_at > MINUTE {
        store::session::touch(&mut c, &hash, now).await?;
    }
    Ok(Some(Session {
        actor: actor_of(&s.user_id, &s.role, s.state_code.as_deref()),
        token_hash: s.token_hash,
        user_id: s.user_id,
        stage: s.stage,
        locale: s.locale,
        display_name: s.display_name,
    }))
}

pub async fn logout(app: &App, session: &Session) -> AppResult<()> {
    let mut c = app.db.begin().await?;
    store::session::revoke(&mut c, &session.token_hash, &session.user_id, app.now()).await?;
    audit::record(
        app,
        &mut c,
        &session.actor,
        "logout",
        &format!("user:{}", session.user_id),
        json!({}),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

pub async fn sessions(app: &App, session: &Session) -> AppResult<Vec<store::session::SessionRow>> {
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    let mut c = app.db.conn().await?;
    let idle = app.config.session.idle_minutes * MINUTE;
    let absolute = app.config.session.absolute_hours * HOUR;
    Ok(store::session::of_user(&mut c, &session.user_id, app.now(), idle, absolute).await?)
}

/// Revokes one of the user's own sessions, named by its digest.
pub async fn revoke_session(app: &App, session: &Session, token_hash: &str) -> AppResult<()> {
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    let mut c = app.db.begin().await?;
    if store::session::revoke(&mut c, token_hash, &session.user_id, app.now()).await? == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        app,
        &mut c,
        &session.actor,
        "session.revoked",
        &format!("user:{}", session.user_id),
        json!({}),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// Creates an active account with a password and TOTP secret, for the demo
/// and the first custodian (`pocdir user create`).
pub async fn create_active_user(
    app: &App,
    email: &str,
    name: &str,
    role: Role,
    state: Option<StateCode>,
    password: &str,
    totp_secret: &str,
) -> AppResult<String> {
    let email = Address::parse(email)?;
    let hash = app.hasher.hash(password).await;
    let mut c = app.db.begin().await?;
    let mut user = new_user(app, email.as_str(), name, role, state, "en");
    user.password_hash = Some(hash);
    user.status = "active".into();
    store::user::insert(&mut c, &user).await?;
    store::user::insert_factor(
        &mut c,
        &store::user::FactorRow {
            id: store::new_id(),
            user_id: user.id.clone(),
            kind: "totp".into(),
            secret: totp_secret.to_string(),
            label: "Authenticator app".into(),
            last_step: None,
            confirmed: true,
            created_at: app.now(),
        },
    )
    .await?;
    audit::record(
        app,
        &mut c,
        &Actor::Anonymous,
        "user.created",
        &format!("user:{}", user.id),
        json!({ "role": role.code() }),
    )
    .await?;
    c.commit().await?;
    Ok(user.id)
}

/// The current TOTP code of a secret (for the demo's printed instructions).
pub fn totp_now(secret_b32: &str) -> AppResult<String> {
    Ok(totp(secret_b32, "demo")?.generate_current().to_string())
}

/// The user's interface and email language.
pub async fn set_locale(app: &App, session: &Session, lang: &str) -> AppResult<()> {
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    if !app.i18n.has(lang) {
        return Err(FieldError::new("lang", "err-un-language").into());
    }
    let mut c = app.db.begin().await?;
    store::user::set_locale(&mut c, &session.user_id, lang, app.now()).await?;
    audit::record(
        app,
        &mut c,
        &session.actor,
        "user.locale",
        &format!("user:{}", session.user_id),
        json!({ "lang": lang }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}
