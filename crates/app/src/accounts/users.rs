//! A State's users: invitations, enabling and disabling, the account mode
//! (ACC-2).

use crate::clock::HOUR;
use crate::crypto::{digest, token};
use crate::error::authorize;
use crate::kernel::unit::Unit;
use crate::mail::{self, Email};
use crate::{App, AppError, AppResult, audit};
use domain::fields::{required_line, required_name};
use domain::policy::Resource;
use domain::{Action, Actor, Email as Address, FieldError, Role, StateCode};
use serde_json::json;
use store::user::UserRow;

pub(super) fn new_user(
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
        held_until: None,
    }
}

/// An account created in a State by someone other than its own
/// administrators (ACC-6): when the State has an active administrator, it is
/// held for `session.outside_account_hold_hours`, during which any of them
/// can block it; and it is announced at once to them and to the Mission.
pub(super) async fn from_outside(
    app: &App,
    c: &mut Unit<'_>,
    by: &Actor,
    user: &mut UserRow,
    state: StateCode,
    reference: &str,
) -> AppResult<()> {
    let has_admin = store::user::of_state(c, state.as_str())
        .await?
        .iter()
        .any(|u| u.status == "active" && u.role == Role::NationalAdmin.code());
    if has_admin {
        user.held_until = Some(app.now() + app.config.session.outside_account_hold_hours * HOUR);
    }
    audit::record(
        c,
        by,
        "user.from_outside",
        &format!("state:{state}"),
        json!({ "email": user.email, "role": user.role, "reference": reference, "held_until": user.held_until }),
    )
    .await?;
    let url = format!("{}/states/{state}/desk", app.config.public_url);
    let hours = app.config.session.outside_account_hold_hours;
    let (name, email, role) = (
        user.display_name.clone(),
        user.email.clone(),
        user.role.clone(),
    );
    let key = if has_admin {
        "email-account-from-outside-held"
    } else {
        "email-account-from-outside"
    };
    mail::queue_to_state(app, c, state, &[&email], key, |lang| {
        vec![
            ("name", name.clone()),
            ("email", email.clone()),
            (
                "role",
                app.i18n
                    .t(lang, &format!("role-{}", role.replace('_', "-")), &[]),
            ),
            ("reference", reference.to_string()),
            ("hours", hours.to_string()),
            ("url", url.clone()),
        ]
    })
    .await?;
    Ok(())
}

/// Writes a single-use, expiring invitation and queues its email.
pub(super) async fn invite(
    app: &App,
    c: &mut Unit<'_>,
    user: &UserRow,
    by: &Actor,
) -> AppResult<()> {
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
            exercise: false,
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
    /// The custodian's reference of the State's written request.
    pub reference: String,
}

/// A national administrator invites a member or another administrator. The
/// custodian invites only a national administrator, citing the State's
/// written request to replace its administrators (ACC-6).
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
    let name = required_name("display_name", &input.display_name, 200)
        .map_err(|e| errors.push(e))
        .ok();
    let role = match Role::parse(&input.role) {
        Some(r @ (Role::Member | Role::NationalAdmin)) => Some(r),
        _ => {
            errors.push(FieldError::new("role", "err-role"));
            None
        }
    };
    let by_custodian = actor.role() == Some(Role::Custodian);
    let reference = if by_custodian {
        if role.is_some_and(|r| r != Role::NationalAdmin) {
            errors.push(FieldError::new("role", "err-custodian-invites-admins"));
        }
        required_line("reference", &input.reference, 100)
            .map_err(|_| errors.push(FieldError::new("reference", "err-on-behalf-ref")))
            .ok()
    } else {
        None
    };
    let (Some(email), Some(name), Some(role), true) = (email, name, role, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let mut c = app.begin().await?;
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
    let mut user = new_user(app, email.as_str(), &name, role, Some(state), &input.locale);
    if let Some(reference) = &reference {
        from_outside(app, &mut c, actor, &mut user, state, reference).await?;
    }
    // Two invitations of one address at once both pass the check above;
    // the database keeps one, and the other reads as the same field error.
    store::user::insert(&mut c, &user).await.map_err(|e| {
        if e.is_unique_violation() {
            FieldError::new("email", "err-email-taken").into()
        } else {
            AppError::from(e)
        }
    })?;
    invite(app, &mut c, &user, actor).await?;
    c.commit().await?;
    Ok(())
}

pub async fn users_of_state(
    app: &App,
    actor: &Actor,
    state: StateCode,
) -> AppResult<Vec<super::views::User>> {
    authorize(actor, Action::ManageUsers, Resource::State(state))?;
    let mut c = app.db.conn().await?;
    let rows = store::user::of_state(&mut c, state.as_str()).await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// Disables (or re-enables) a user; disabling ends their sessions at once.
pub async fn set_user_enabled(
    app: &App,
    actor: &Actor,
    user_id: &str,
    enabled: bool,
) -> AppResult<()> {
    let mut c = app.begin().await?;
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
        store::token::revoke_all(&mut c, &user.id, app.now()).await?;
    }
    let action = if enabled {
        "user.enabled"
    } else {
        "user.disabled"
    };
    audit::record(
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
    let mut c = app.begin().await?;
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

/// Creates an active account with a password and TOTP secret, for the demo
/// and the first custodian (`pocdir user create`).
pub(crate) async fn create_active_user(
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
    let mut c = app.begin().await?;
    let mut user = new_user(app, email.as_str(), name, role, state, "en");
    user.password_hash = Some(hash);
    user.status = "active".into();
    store::user::insert(&mut c, &user).await?;
    let factor = super::factors::new_totp(app, &user.id, totp_secret, true)?;
    store::user::insert_factor(&mut c, &factor).await?;
    audit::record(
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
