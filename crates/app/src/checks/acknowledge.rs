//! Acknowledging a check, by its link or in the portal (PING-2).

use crate::crypto::digest;
use crate::error::authorize;
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, Actor, StateCode};
use serde_json::json;

/// What an acknowledgement link shows before anything is recorded.
pub struct AckView {
    pub check: super::views::Check,
    pub launched_at: i64,
}

/// The check behind a link: a GET only looks (mail scanners follow links).
pub async fn ack_view(app: &App, secret: &str) -> AppResult<AckView> {
    let mut c = app.db.conn().await?;
    let check = store::campaign::by_token(&mut c, &digest(secret))
        .await?
        .ok_or(AppError::Gone("err-ack-unknown"))?;
    let campaign = store::campaign::get(&mut c, &check.campaign_id)
        .await?
        .ok_or(AppError::Gone("err-ack-unknown"))?;
    if check.status == "acknowledged" {
        return Err(AppError::Gone("err-ack-used"));
    }
    if campaign.closes_at <= app.now() {
        return Err(AppError::Gone("err-ack-expired"));
    }
    Ok(AckView {
        check: check.into(),
        launched_at: campaign.launched_at,
    })
}

/// Records the acknowledgement from a link: once, without signing in.
pub async fn acknowledge_link(app: &App, secret: &str) -> AppResult<()> {
    let view = ack_view(app, secret).await?;
    record(app, &view.check.id, "link", &Actor::Anonymous).await
}

pub(super) async fn record(app: &App, check_id: &str, via: &str, actor: &Actor) -> AppResult<()> {
    let mut c = app.begin().await?;
    if !store::campaign::acknowledge(&mut c, check_id, app.now(), via, actor.user_id()).await? {
        return Err(AppError::Gone("err-ack-used"));
    }
    audit::record(
        &mut c,
        actor,
        "check.acknowledged",
        &format!("check:{check_id}"),
        json!({ "via": via }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// The open checks of the signed-in user's State.
pub async fn pending_of_my_state(app: &App, actor: &Actor) -> AppResult<Vec<super::views::Check>> {
    let state = actor.state().ok_or_else(|| crate::error::refusal(actor))?;
    authorize(actor, Action::AcknowledgeCheck, Resource::State(state))?;
    let mut c = app.db.conn().await?;
    let rows = store::campaign::pending_of_state(&mut c, state.as_str(), app.now()).await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// Acknowledges in the portal instead of by link (PING-2).
pub async fn acknowledge_in_portal(app: &App, actor: &Actor, check_id: &str) -> AppResult<()> {
    let check = {
        let mut c = app.db.conn().await?;
        store::campaign::check(&mut c, check_id)
            .await?
            .ok_or(AppError::NotFound)?
    };
    authorize(
        actor,
        Action::AcknowledgeCheck,
        Resource::State(StateCode::parse(&check.state_code)?),
    )?;
    let mut c = app.db.conn().await?;
    let campaign = store::campaign::get(&mut c, &check.campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if campaign.closes_at <= app.now() {
        return Err(AppError::Gone("err-ack-expired"));
    }
    drop(c);
    record(app, &check.id, "portal", actor).await
}
