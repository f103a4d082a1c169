//! Personal API tokens (INT-1). A signed-in person makes them for programs
//! that act for it: each has a name, scopes and an expiry, is shown once,
//! kept as a hash, and can be revoked. A token acts for its owner and never
//! beyond (the policy asks both); it cannot manage accounts, its own
//! included.

use super::session::{Session, actor_of};
use crate::clock::{DAY, MINUTE};
use crate::crypto::{digest, token};
use crate::error::authorize;
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, Actor, FieldError, Role, Scope, scope};
use serde_json::json;

pub const DEFAULT_DAYS: i64 = 90;
pub const MAX_DAYS: i64 = 365;
/// What every token starts with, so that a leaked one is recognisable
/// (secret scanners look for such prefixes).
pub const PREFIX: &str = "pocdir_";

/// A token as its owner sees it in the list.
#[derive(Debug, Clone)]
pub struct TokenView {
    pub id: String,
    pub name: String,
    pub scopes: Vec<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub in_force: bool,
}

/// The scopes a person of this role may give a token: the custodian's work
/// for the custodian, a State's communications and checks for a State's
/// users.
pub fn scopes_for(role: Role) -> Vec<Scope> {
    Scope::ALL
        .into_iter()
        .filter(|s| match s {
            Scope::Custodian => role == Role::Custodian,
            Scope::Checks | Scope::Messages => role != Role::Custodian,
            Scope::DirectoryRead | Scope::DirectoryWrite => true,
        })
        .collect()
}

fn owner(session: &Session) -> AppResult<Role> {
    // A token's own actor is never a person: it cannot make tokens.
    authorize(&session.actor, Action::ManageOwnAccount, Resource::None)?;
    session.actor.role().ok_or(AppError::Forbidden)
}

/// Makes a token; returns it as listed and the secret, shown this once.
pub async fn create_token(
    app: &App,
    session: &Session,
    name: &str,
    scopes: &[String],
    days: &str,
) -> AppResult<(TokenView, String)> {
    let role = owner(session)?;
    let name = name.trim();
    let mut errors = Vec::new();
    if name.is_empty() || name.chars().count() > 80 {
        errors.push(FieldError::new("name", "err-token-name"));
    }
    let chosen = scope::parse_list(&scopes.join(" "));
    let offered = scopes_for(role);
    match &chosen {
        Some(list) if !list.is_empty() && list.iter().all(|s| offered.contains(s)) => {}
        _ => errors.push(FieldError::new("scopes", "err-token-scopes")),
    }
    let days = match days.trim() {
        "" => Some(DEFAULT_DAYS),
        raw => raw
            .parse::<i64>()
            .ok()
            .filter(|d| (1..=MAX_DAYS).contains(d)),
    };
    if days.is_none() {
        errors.push(FieldError::new("days", "err-token-days"));
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let (scopes, days) = (scope::list(&chosen.unwrap_or_default()), days.unwrap_or(0));
    let secret = format!("{PREFIX}{}", token());
    let now = app.now();
    let id = store::new_id();
    let mut c = app.begin().await?;
    store::token::insert(
        &mut c,
        &store::token::NewToken {
            id: &id,
            user_id: &session.user_id,
            name,
            token_hash: &digest(&secret),
            scopes: &scopes,
            created_at: now,
            expires_at: now + days * DAY,
        },
    )
    .await?;
    audit::record(
        &mut c,
        &session.actor,
        "token.created",
        &format!("token:{id}"),
        json!({ "name": name, "scopes": scopes, "days": days }),
    )
    .await?;
    c.commit().await?;
    let view = tokens(app, session)
        .await?
        .into_iter()
        .find(|t| t.id == id)
        .ok_or(AppError::NotFound)?;
    Ok((view, secret))
}

/// The person's tokens, newest first, revoked and expired ones included.
pub async fn tokens(app: &App, session: &Session) -> AppResult<Vec<TokenView>> {
    owner(session)?;
    let now = app.now();
    let mut c = app.db.conn().await?;
    Ok(store::token::of_user(&mut c, &session.user_id)
        .await?
        .into_iter()
        .map(|t| TokenView {
            in_force: t.revoked_at.is_none() && t.expires_at > now,
            scopes: t.scopes.split_whitespace().map(str::to_string).collect(),
            id: t.id,
            name: t.name,
            created_at: t.created_at,
            expires_at: t.expires_at,
            last_used_at: t.last_used_at,
            revoked_at: t.revoked_at,
        })
        .collect())
}

pub async fn revoke_token(app: &App, session: &Session, id: &str) -> AppResult<()> {
    owner(session)?;
    let mut c = app.begin().await?;
    if store::token::revoke(&mut c, id, &session.user_id, app.now()).await? == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &mut c,
        &session.actor,
        "token.revoked",
        &format!("token:{id}"),
        json!({}),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// Why a presented token does not open the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Unknown,
    Expired,
    Revoked,
}

impl Refusal {
    /// The stable code, and the catalogue key of its message.
    pub fn code(self) -> &'static str {
        match self {
            Refusal::Unknown => "token-unknown",
            Refusal::Expired => "token-expired",
            Refusal::Revoked => "token-revoked",
        }
    }
}

/// A program with a token in force: who it acts for, and in which language
/// its owner reads.
#[derive(Debug, Clone)]
pub struct Client {
    pub actor: Actor,
    pub token_id: String,
    pub locale: String,
}

/// The actor of a presented token. Its use is recorded (last use, and an
/// audit entry) once a minute at most, so that reading through the API
/// costs no write; every change made with it is audited by the use case,
/// with the token named as the actor.
pub async fn authenticate(app: &App, secret: &str) -> AppResult<Result<Client, Refusal>> {
    if secret.starts_with(crate::sharing::PREFIX) {
        return crate::sharing::authenticate(app, secret).await;
    }
    if !secret.starts_with(PREFIX) {
        return Ok(Err(Refusal::Unknown));
    }
    let now = app.now();
    let mut c = app.db.conn().await?;
    let Some(t) = store::token::presented(&mut c, &digest(secret)).await? else {
        return Ok(Err(Refusal::Unknown));
    };
    drop(c);
    if t.revoked_at.is_some() || t.status == "disabled" {
        return Ok(Err(Refusal::Revoked));
    }
    if t.expires_at <= now {
        return Ok(Err(Refusal::Expired));
    }
    let Actor::User { id, role, state } = actor_of(&t.user_id, &t.role, t.state_code.as_deref())
    else {
        return Ok(Err(Refusal::Unknown));
    };
    let actor = Actor::Token {
        token: t.id.clone(),
        id,
        role,
        state,
        scopes: scope::parse_list(&t.scopes).unwrap_or_default(),
    };
    if t.last_used_at.is_none_or(|at| now - at >= MINUTE) {
        let mut c = app.begin().await?;
        store::token::used(&mut c, &t.id, now).await?;
        audit::record(
            &mut c,
            &actor,
            "token.used",
            &format!("token:{}", t.id),
            json!({}),
        )
        .await?;
        c.commit().await?;
    }
    Ok(Ok(Client {
        actor,
        token_id: t.id,
        locale: t.locale,
    }))
}
