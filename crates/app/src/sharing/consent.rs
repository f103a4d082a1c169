//! A State's decision to share its entries with a regional directory. It
//! is the State's alone, can be revoked at any time, and both decisions are
//! audited and put on the sync clock, so that a copy learns of them.

use super::clients::in_force;
use crate::error::authorize;
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, Actor, StateCode};
use serde_json::json;

/// One regional directory as a State's desk shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Sharing {
    pub client_id: String,
    pub name: String,
    pub shared: bool,
    /// When the State last decided, if it ever did.
    pub decided_at: Option<i64>,
}

pub async fn sharing_of_state(
    app: &App,
    actor: &Actor,
    state: StateCode,
) -> AppResult<Vec<Sharing>> {
    authorize(actor, Action::DecideSharing, Resource::State(state))?;
    let clients = in_force(app).await?;
    let mut c = app.db.conn().await?;
    let decided = store::regional::consents_of_state(&mut c, state.as_str()).await?;
    Ok(clients
        .into_iter()
        .map(|client| {
            let d = decided.iter().find(|d| d.client_id == client.id);
            Sharing {
                shared: d.is_some_and(|d| d.status == "granted"),
                decided_at: d.map(|d| d.decided_at),
                client_id: client.id,
                name: client.name,
            }
        })
        .collect())
}

/// Grants ("grant") or revokes ("revoke") the State's consent to share with
/// one client in force.
pub async fn decide_sharing(
    app: &App,
    actor: &Actor,
    state: StateCode,
    client_id: &str,
    decision: &str,
) -> AppResult<()> {
    authorize(actor, Action::DecideSharing, Resource::State(state))?;
    let status = match decision {
        "grant" => "granted",
        "revoke" => "revoked",
        _ => return Err(AppError::field("decision", "err-sharing-decision")),
    };
    if !in_force(app).await?.iter().any(|c| c.id == client_id) {
        return Err(AppError::NotFound);
    }
    let mut c = app.begin().await?;
    let seq = store::regional::next_seq(&mut c).await?;
    let row = store::regional::ConsentRow {
        state_code: state.to_string(),
        client_id: client_id.to_string(),
        status: status.to_string(),
        decided_at: app.now(),
        decided_by: audit::actor_label(actor),
        sync_seq: seq,
    };
    store::regional::decide(&mut c, &row).await?;
    let action = if status == "granted" {
        "sharing.granted"
    } else {
        "sharing.revoked"
    };
    let target = format!("state:{state}");
    audit::record(
        &mut c,
        actor,
        action,
        &target,
        json!({ "client": client_id }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}
