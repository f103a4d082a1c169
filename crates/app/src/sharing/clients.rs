//! Regional directories as clients: registered by the custodian with a
//! credential of their own, shown once and kept as a hash, and revocable.

use crate::accounts::{Client, Refusal};
use crate::clock::MINUTE;
use crate::crypto::{digest, token};
use crate::error::authorize;
use crate::kernel::view::view;
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, Actor, FieldError};
use serde_json::json;

/// What every regional credential starts with: told apart from a personal
/// token at a glance, and by secret scanners.
pub const PREFIX: &str = "pocdir_rc_";

view! {
    /// A regional directory registered as a client.
    RegionalClient from store::regional::ClientRow {
        id: String,
        name: String,
        created_at: i64,
        created_by: String,
        last_used_at: Option<i64>,
        revoked_at: Option<i64>,
    }
}

pub async fn clients(app: &App, actor: &Actor) -> AppResult<Vec<RegionalClient>> {
    authorize(actor, Action::ManageRegionalClients, Resource::None)?;
    let mut c = app.db.conn().await?;
    let rows = store::regional::clients(&mut c).await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// The clients a State may share with: those in force.
pub(super) async fn in_force(app: &App) -> AppResult<Vec<RegionalClient>> {
    let mut c = app.db.conn().await?;
    let rows = store::regional::clients(&mut c).await?;
    Ok(rows
        .into_iter()
        .filter(|r| r.revoked_at.is_none())
        .map(Into::into)
        .collect())
}

/// Registers a regional directory; returns it and its credential, shown
/// this once.
pub async fn register(app: &App, actor: &Actor, name: &str) -> AppResult<(RegionalClient, String)> {
    authorize(actor, Action::ManageRegionalClients, Resource::None)?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 80 {
        return Err(AppError::Invalid(vec![FieldError::new(
            "name",
            "err-regional-name",
        )]));
    }
    let secret = format!("{PREFIX}{}", token());
    let id = store::new_id();
    let mut c = app.begin().await?;
    if store::regional::clients(&mut c)
        .await?
        .iter()
        .any(|r| r.revoked_at.is_none() && r.name.eq_ignore_ascii_case(name))
    {
        return Err(AppError::field("name", "err-regional-name-taken"));
    }
    store::regional::insert_client(
        &mut c,
        &store::regional::NewClient {
            id: &id,
            name,
            secret_hash: &digest(&secret),
            created_at: app.now(),
            created_by: &audit::actor_label(actor),
        },
    )
    .await?;
    let target = format!("regional:{id}");
    audit::record(
        &mut c,
        actor,
        "regional.registered",
        &target,
        json!({ "name": name }),
    )
    .await?;
    let row = store::regional::client(&mut c, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    c.commit().await?;
    Ok((row.into(), secret))
}

/// Revokes a client's credential: it reads nothing from then on.
pub async fn revoke(app: &App, actor: &Actor, id: &str) -> AppResult<()> {
    authorize(actor, Action::ManageRegionalClients, Resource::None)?;
    let mut c = app.begin().await?;
    if store::regional::revoke_client(&mut c, id, app.now()).await? == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &mut c,
        actor,
        "regional.revoked",
        &format!("regional:{id}"),
        json!({}),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// The actor of a presented regional credential. Its use is recorded once
/// a minute at most, as a token's is.
pub async fn authenticate(app: &App, secret: &str) -> AppResult<Result<Client, Refusal>> {
    let now = app.now();
    let mut c = app.db.conn().await?;
    let Some(r) = store::regional::presented(&mut c, &digest(secret)).await? else {
        return Ok(Err(Refusal::Unknown));
    };
    drop(c);
    if r.revoked_at.is_some() {
        return Ok(Err(Refusal::Revoked));
    }
    let actor = Actor::Regional {
        client: r.id.clone(),
    };
    if r.last_used_at.is_none_or(|at| now - at >= MINUTE) {
        let mut c = app.begin().await?;
        store::regional::mark_used(&mut c, &r.id, now).await?;
        audit::record(
            &mut c,
            &actor,
            "regional.used",
            &format!("regional:{}", r.id),
            json!({}),
        )
        .await?;
        c.commit().await?;
    }
    Ok(Ok(Client {
        actor,
        token_id: r.id,
        locale: crate::i18n::FALLBACK.to_string(),
    }))
}
