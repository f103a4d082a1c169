//! Writes to the audit log (NFR-3), always inside the transaction of the act.

use super::App;
use super::error::AppResult;
use super::unit::Unit;
use super::view::view;
use domain::Actor;
pub use domain::audit::Verdict;

pub fn actor_label(actor: &Actor) -> String {
    match actor {
        Actor::Anonymous => "anonymous".into(),
        Actor::System => "system".into(),
        Actor::User { id, role, state } => match state {
            Some(s) => format!("{}:{}:{id}", role.code(), s),
            None => format!("{}:{id}", role.code()),
        },
    }
}

/// Appends one event to the chained log, inside the unit of work of the act.
pub async fn record(
    c: &mut Unit<'_>,
    actor: &Actor,
    action: &str,
    target: &str,
    detail: serde_json::Value,
) -> AppResult<()> {
    let now = c.now();
    store::audit::append(
        c,
        now,
        &actor_label(actor),
        action,
        target,
        &detail.to_string(),
    )
    .await?;
    Ok(())
}

view! {
    /// One event of the audit log, as the custodian reads it.
    AuditEntry from store::audit::AuditRow {
        seq: i64,
        at: i64,
        actor: String,
        action: String,
        target: String,
        detail: String,
    }
}

pub async fn verify(app: &App) -> AppResult<Verdict> {
    let mut c = app.db.conn().await?;
    Ok(store::audit::verify(&mut c).await?)
}

pub async fn recent(app: &App, actor: &Actor, limit: i64) -> AppResult<Vec<AuditEntry>> {
    super::error::authorize(
        actor,
        domain::Action::ViewAudit,
        domain::policy::Resource::None,
    )?;
    let mut c = app.db.conn().await?;
    let rows = store::audit::recent(&mut c, limit, None).await?;
    Ok(rows.into_iter().map(Into::into).collect())
}
