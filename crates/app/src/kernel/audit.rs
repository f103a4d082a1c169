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
        Actor::Regional { client } => format!("regional:{client}"),
        Actor::User { id, role, state } => match state {
            Some(s) => format!("{}:{}:{id}", role.code(), s),
            None => format!("{}:{id}", role.code()),
        },
        // The owner's id stays last, where the audit page looks for a name.
        Actor::Token {
            token,
            id,
            role,
            state,
            ..
        } => match state {
            Some(s) => format!("token:{token}:{}:{}:{id}", role.code(), s),
            None => format!("token:{token}:{}:{id}", role.code()),
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
    super::monitor::audited(action);
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

pub use store::audit::AuditFilter;

/// One page of the log that matches `filter`, newest first, with the name
/// of each user who acted.
pub async fn search(
    app: &App,
    actor: &Actor,
    filter: &AuditFilter,
    limit: i64,
    before_seq: Option<i64>,
) -> AppResult<Vec<(AuditEntry, Option<String>)>> {
    super::error::authorize(
        actor,
        domain::Action::ViewAudit,
        domain::policy::Resource::None,
    )?;
    let mut c = app.db.conn().await?;
    let mut names: std::collections::HashMap<String, Option<String>> = Default::default();
    let mut out = Vec::new();
    for row in store::audit::search(&mut c, filter, limit, before_seq).await? {
        // A user's label ends with the user's id: "national_admin:FR:<id>".
        let id = row.actor.rsplit(':').next().unwrap_or_default().to_string();
        if !names.contains_key(&id) {
            let name = store::user::get(&mut c, &id).await?.map(|u| u.display_name);
            names.insert(id.clone(), name);
        }
        out.push((row.into(), names[&id].clone()));
    }
    Ok(out)
}
