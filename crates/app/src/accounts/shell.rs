//! Account work from the shell, for the operator (NFR-6): the first
//! custodian, and break-glass when the only custodian has lost the
//! authenticator and the recovery codes. Each is audited as done from the
//! command line.

use crate::{App, AppError, AppResult, audit};
use domain::{Actor, FieldError, Role, StateCode};
use serde_json::json;
use store::user::UserRow;

/// What a command-line action is recorded with.
fn from_shell() -> serde_json::Value {
    json!({ "by": "command line" })
}

/// Refuses the role and State that cannot go together: a State's users
/// belong to one State, the custodian to none.
pub(crate) fn check_role(role: Role, state: Option<StateCode>) -> AppResult<()> {
    match (role, state) {
        (Role::Custodian, Some(_)) => Err(AppError::field("state", "err-shell-custodian-state")),
        (Role::NationalAdmin | Role::Member, None) => {
            Err(AppError::field("state", "err-shell-state-needed"))
        }
        _ => Ok(()),
    }
}

async fn user_by_email(c: &mut store::Conn, email: &str) -> AppResult<UserRow> {
    let email = domain::Email::parse(email)?;
    store::user::by_email(c, email.as_str())
        .await?
        .ok_or_else(|| FieldError::new("email", "err-shell-no-account").into())
}

/// Disables an account and signs it out everywhere.
pub(crate) async fn disable(app: &App, email: &str) -> AppResult<()> {
    let mut c = app.begin().await?;
    let user = user_by_email(&mut c, email).await?;
    store::user::set_status(&mut c, &user.id, "disabled", app.now()).await?;
    store::session::revoke_all(&mut c, &user.id, app.now()).await?;
    store::token::revoke_all(&mut c, &user.id, app.now()).await?;
    audit::record(
        &mut c,
        &Actor::System,
        "user.disabled",
        &format!("user:{}", user.id),
        from_shell(),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// Replaces every second factor of an active account, and its recovery
/// codes, with a new TOTP secret; signs it out everywhere.
pub(crate) async fn reset_second_factor(app: &App, email: &str, secret: &str) -> AppResult<()> {
    let mut c = app.begin().await?;
    let user = user_by_email(&mut c, email).await?;
    if user.status != "active" {
        return Err(FieldError::new("email", "err-shell-not-active").into());
    }
    store::user::delete_factors(&mut c, &user.id).await?;
    let passkeys = store::passkey::delete_all(&mut c, &user.id).await?;
    store::passkey::clear_grace(&mut c, &user.id).await?;
    let factor = super::factors::new_totp(app, &user.id, secret, true)?;
    store::user::insert_factor(&mut c, &factor).await?;
    store::session::revoke_all(&mut c, &user.id, app.now()).await?;
    audit::record(
        &mut c,
        &Actor::System,
        "user.mfa_reset",
        &format!("user:{}", user.id),
        json!({ "by": "command line", "passkeys_removed": passkeys }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// Whether an account has this email already.
pub(crate) async fn exists(app: &App, email: &str) -> AppResult<bool> {
    let mut c = app.db.conn().await?;
    let email = domain::Email::parse(email)?;
    Ok(store::user::by_email(&mut c, email.as_str())
        .await?
        .is_some())
}

/// The custodian a command acts as: an active custodian account, named by
/// its address (the import of a regional directory's file, INT-2).
pub(crate) async fn custodian(app: &App, email: &str) -> AppResult<Actor> {
    let mut c = app.db.conn().await?;
    let user = user_by_email(&mut c, email).await?;
    if user.role != Role::Custodian.code() || user.status != "active" {
        return Err(AppError::field("email", "err-shell-not-custodian"));
    }
    Ok(super::session::actor_of(&user.id, &user.role, None))
}
