//! A State confirms that all its entries are current (DIR-7).

use crate::error::authorize;
use crate::{App, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, Actor, StateCode};
use serde_json::json;

/// A State confirms, in one action, that all its entries are still correct
/// (DIR-7). Returns how many entries were confirmed.
pub async fn confirm_all(app: &App, actor: &Actor, state: StateCode) -> AppResult<u64> {
    authorize(actor, Action::SubmitChange, Resource::State(state))?;
    let mut c = app.begin().await?;
    let n = store::poc::confirm_state(&mut c, state.as_str(), app.now()).await?;
    audit::record(
        &mut c,
        actor,
        "entries.confirmed",
        &format!("state:{state}"),
        json!({ "entries": n }),
    )
    .await?;
    c.commit().await?;
    Ok(n)
}
