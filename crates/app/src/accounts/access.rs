//! Requests for access from Permanent Missions, admitted or rejected by the
//! custodian (ACC-1).

use super::users::{from_outside, invite, new_user};
use crate::error::authorize;
use crate::mail::{self, Email};
use crate::page::{Page, Paging};
use crate::{App, AppError, AppResult, audit};
use domain::fields::{required_line, required_text};
use domain::policy::Resource;
use domain::{Action, Actor, Role, StateCode};
use serde_json::json;

pub async fn access_requests(
    app: &App,
    actor: &Actor,
    status: &str,
    paging: &Paging,
) -> AppResult<Page<super::views::AccessRequest>> {
    authorize(actor, Action::ReviewAccess, Resource::None)?;
    let mut c = app.db.conn().await?;
    let rows =
        store::access::with_status(&mut c, status, paging.after_newest(), paging.fetch()).await?;
    Ok(paging.page(rows, |r| (r.created_at, &r.id)).map(Into::into))
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
    let reference = required_line("verification_ref", verification_ref, 200)?;
    let mut c = app.begin().await?;
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
        let mut user = new_user(
            app,
            &req.email,
            &req.requester_name,
            Role::NationalAdmin,
            Some(state),
            &req.locale,
        );
        from_outside(app, &mut c, actor, &mut user, state, &reference).await?;
        store::user::insert(&mut c, &user).await?;
        invite(app, &mut c, &user, actor).await?;
    }
    audit::record(
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
    let mut c = app.begin().await?;
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
            exercise: false,
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
        &mut c,
        actor,
        "access.rejected",
        &format!("access_request:{}", req.id),
        json!({ "reason": reason }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}
