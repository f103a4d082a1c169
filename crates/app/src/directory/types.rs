//! Which POC types the directory offers (DIR-2): diplomatic and technical
//! always, the further types when the custodian enables them. A type no
//! longer offered cannot be nominated; its entries stay as they are.

use crate::error::authorize;
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, Actor, PocType};
use serde_json::json;

/// One type as the custodian sees it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PocTypeSetting {
    pub code: &'static str,
    pub core: bool,
    pub offered: bool,
    /// Published entries of this type.
    pub entries: i64,
    pub changed_at: Option<i64>,
}

/// The types a State may nominate now.
pub async fn offered(app: &App) -> AppResult<Vec<PocType>> {
    let mut c = app.db.conn().await?;
    offered_in(&mut c).await
}

pub(super) async fn offered_in(c: &mut store::Conn) -> AppResult<Vec<PocType>> {
    let rows = store::poc_type::all(c).await?;
    Ok(PocType::ALL
        .into_iter()
        .filter(|t| t.is_core() || rows.iter().any(|r| r.code == t.code() && r.enabled))
        .collect())
}

pub async fn settings(app: &App, actor: &Actor) -> AppResult<Vec<PocTypeSetting>> {
    authorize(actor, Action::Configure, Resource::None)?;
    let mut c = app.db.conn().await?;
    let rows = store::poc_type::all(&mut c).await?;
    let used = store::poc_type::in_use(&mut c).await?;
    Ok(PocType::ALL
        .into_iter()
        .map(|t| {
            let row = rows.iter().find(|r| r.code == t.code());
            PocTypeSetting {
                code: t.code(),
                core: t.is_core(),
                offered: t.is_core() || row.is_some_and(|r| r.enabled),
                entries: used
                    .iter()
                    .find(|(code, _)| code == t.code())
                    .map_or(0, |(_, n)| *n),
                changed_at: row.and_then(|r| r.changed_at),
            }
        })
        .collect())
}

/// Offers exactly the further types listed (codes), audited when anything
/// changed. Returns whether it did.
pub async fn set_offered(app: &App, actor: &Actor, offered: &[String]) -> AppResult<bool> {
    authorize(actor, Action::Configure, Resource::None)?;
    if offered.iter().any(|o| PocType::parse(o).is_err()) {
        return Err(AppError::field("offered", "err-poc-type"));
    }
    let mut c = app.begin().await?;
    let by = actor.user_id().unwrap_or_default();
    let (mut enabled, mut disabled) = (Vec::new(), Vec::new());
    for t in PocType::ALL.into_iter().filter(|t| !t.is_core()) {
        let on = offered.iter().any(|o| o == t.code());
        if store::poc_type::set(&mut c, t.code(), on, app.now(), by).await? {
            if on { &mut enabled } else { &mut disabled }.push(t.code());
        }
    }
    if enabled.is_empty() && disabled.is_empty() {
        return Ok(false);
    }
    audit::record(
        &mut c,
        actor,
        "poc_types.changed",
        "poc_types",
        json!({ "enabled": enabled, "disabled": disabled }),
    )
    .await?;
    c.commit().await?;
    Ok(true)
}
