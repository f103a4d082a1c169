//! The custodian's attention desk: everything that needs a person, each
//! with where to act on it.

use super::entry::confirm_period;
use super::review::{ChangeSummary, pending_changes};
use crate::error::authorize;
use crate::page::Paging;
use crate::{App, AppResult};
use domain::policy::Resource;
use domain::{Action, Actor};

/// How many of each kind the desk lists; the rest are counted.
const SHOWN: i64 = 20;

/// An entry named on the desk, with what is wrong with it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Item {
    pub poc_id: String,
    pub state: String,
    pub entity: String,
    /// The address, the problem's kind, or the last confirmation.
    pub what: String,
    pub detail: Option<String>,
    pub at: Option<i64>,
}

/// An escalation that found no one, or an email that did not go.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stuck {
    pub from_state: String,
    pub to_state: String,
    pub recipient: String,
    pub at: i64,
    pub attempts: i64,
    pub error: Option<String>,
}

pub struct Attention {
    pub changes: Vec<ChangeSummary>,
    pub requests: usize,
    pub problems: Vec<Item>,
    pub overdue: Vec<Item>,
    pub overdue_total: i64,
    pub silent: Vec<Item>,
    pub unreachable: Vec<Item>,
    pub escalations: Vec<Stuck>,
    pub email: Vec<Stuck>,
}

/// The entity of an entry, to name it on the desk.
async fn entity(c: &mut store::Conn, poc_id: &str) -> AppResult<String> {
    Ok(store::poc::get(c, poc_id)
        .await?
        .map(|r| r.entity)
        .unwrap_or_default())
}

async fn addressed(
    c: &mut store::Conn,
    rows: Vec<store::campaign::AddressRow>,
) -> AppResult<Vec<Item>> {
    let mut out = Vec::new();
    for a in rows {
        out.push(Item {
            entity: entity(c, &a.poc_id).await?,
            poc_id: a.poc_id,
            state: a.state_code,
            what: a.address,
            detail: a.reason,
            at: None,
        });
    }
    Ok(out)
}

pub async fn attention(app: &App, actor: &Actor) -> AppResult<Attention> {
    authorize(actor, Action::VerifyChange, Resource::None)?;
    let changes = pending_changes(app, actor, None, &Paging::first(SHOWN))
        .await?
        .items;
    let mut c = app.db.conn().await?;
    let now = app.now();
    let mut problems = Vec::new();
    for p in store::problem::open(&mut c, None)
        .await?
        .into_iter()
        .take(SHOWN as usize)
    {
        problems.push(Item {
            entity: entity(&mut c, &p.poc_id).await?,
            poc_id: p.poc_id,
            state: p.state_code,
            what: p.kind,
            detail: p.detail,
            at: Some(p.created_at),
        });
    }
    let overdue_filter = store::poc::Filter {
        confirmed_before: Some(now - confirm_period(app)),
        limit: SHOWN,
        ..Default::default()
    };
    let overdue = store::poc::list(&mut c, &overdue_filter)
        .await?
        .into_iter()
        .map(|r| Item {
            poc_id: r.id,
            state: r.state_code,
            entity: r.entity,
            what: String::new(),
            detail: None,
            at: r.last_confirmed_at,
        })
        .collect();
    let overdue_total = store::poc::count(&mut c, &overdue_filter, i64::MAX).await?;
    let silent_rows = store::campaign::silent_twice(&mut c, now, SHOWN).await?;
    let silent = addressed(&mut c, silent_rows).await?;
    let unreachable_rows = store::campaign::unreachable_latest(&mut c, SHOWN).await?;
    let unreachable = addressed(&mut c, unreachable_rows).await?;
    let escalations = store::message::escalations_to_no_one(&mut c, SHOWN)
        .await?
        .into_iter()
        .map(|e| Stuck {
            from_state: e.from_state,
            to_state: e.to_state,
            recipient: String::new(),
            at: e.at,
            attempts: e.step,
            error: None,
        })
        .collect();
    let late = now - app.config.mail.alert_after_minutes * 60_000;
    let email = store::outbox::stuck(&mut c, late, SHOWN)
        .await?
        .into_iter()
        .map(|m| Stuck {
            from_state: String::new(),
            to_state: String::new(),
            recipient: m.recipient,
            at: m.created_at,
            attempts: m.attempts,
            error: m.last_error,
        })
        .collect();
    Ok(Attention {
        changes,
        requests: store::access::count_with_status(&mut c, "pending").await? as usize,
        problems,
        overdue,
        overdue_total,
        silent,
        unreachable,
        escalations,
        email,
    })
}
