//! Who is signed in: sessions, their origin, listing and ending them (ACC-4).

use crate::clock::{HOUR, MINUTE};
use crate::crypto::{digest, token};
use crate::error::authorize;
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, Actor, FieldError, Role, StateCode};
use serde_json::json;
use store::Conn;

/// Where a request came from, for sessions, throttling and the audit log.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    pub ip: String,
    pub user_agent: String,
    /// The browser's known-device token, if it has one.
    pub device: Option<String>,
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

pub(super) fn actor_of(id: &str, role: &str, state: Option<&str>) -> Actor {
    match Role::parse(role) {
        Some(role) => Actor::User {
            id: id.to_string(),
            role,
            state: state.and_then(|s| StateCode::parse(s).ok()),
        },
        None => Actor::Anonymous,
    }
}

fn alive(app: &App, s: &store::session::SessionRow, now: i64) -> bool {
    let idle = app.config.session.idle_minutes * MINUTE;
    let absolute = app.config.session.absolute_hours * HOUR;
    let short = if s.stage == "full" { idle } else { 10 * MINUTE };
    s.revoked_at.is_none()
        && s.status != "disabled"
        && (s.stage == "setup" || s.held_until.is_none_or(|t| t <= now))
        && now - s.last_seen_at <= short
        && now - s.created_at <= absolute
}

/// Whether a session found earlier in a long request (the live inbox)
/// is still alive, without counting the look as activity.
pub async fn still_alive(app: &App, session: &Session) -> AppResult<bool> {
    let mut c = app.db.conn().await?;
    Ok(store::session::get(&mut c, &session.token_hash)
        .await?
        .is_some_and(|s| alive(app, &s, app.now())))
}

/// The session behind a cookie, if it is alive: not revoked, user not
/// disabled, within the idle and absolute timeouts (ACC-4), and past any
/// hold on the account except to finish setting it up (ACC-6).
pub async fn session(app: &App, secret: &str) -> AppResult<Option<Session>> {
    let hash = digest(secret);
    let mut c = app.db.conn().await?;
    let Some(s) = store::session::get(&mut c, &hash).await? else {
        return Ok(None);
    };
    let now = app.now();
    if !alive(app, &s, now) {
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
    let mut c = app.begin().await?;
    store::session::revoke(&mut c, &session.token_hash, &session.user_id, app.now()).await?;
    audit::record(
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

pub async fn sessions(app: &App, session: &Session) -> AppResult<Vec<super::views::OpenSession>> {
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    let mut c = app.db.conn().await?;
    let idle = app.config.session.idle_minutes * MINUTE;
    let absolute = app.config.session.absolute_hours * HOUR;
    let rows = store::session::of_user(&mut c, &session.user_id, app.now(), idle, absolute).await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// Revokes one of the user's own sessions, named by its digest.
pub async fn revoke_session(app: &App, session: &Session, token_hash: &str) -> AppResult<()> {
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    let mut c = app.begin().await?;
    if store::session::revoke(&mut c, token_hash, &session.user_id, app.now()).await? == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
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

/// The user's interface and email language.
pub async fn set_locale(app: &App, session: &Session, lang: &str) -> AppResult<()> {
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    if !app.i18n.has(lang) {
        return Err(FieldError::new("lang", "err-un-language").into());
    }
    let mut c = app.begin().await?;
    store::user::set_locale(&mut c, &session.user_id, lang, app.now()).await?;
    audit::record(
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

/// Opens a session at `stage` ("mfa", "setup" or "full"); returns its token.
pub(super) async fn open_session(
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
