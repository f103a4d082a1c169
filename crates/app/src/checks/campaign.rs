//! Launching a campaign, by hand or on schedule: every selected POC address
//! gets a short message in its language with a personal link (PING-1, PING-2).

use crate::clock::DAY;
use crate::crypto::{digest, token};
use crate::directory::{BrowseQuery, filter, select};
use crate::error::authorize;
use crate::mail::{self, Email};
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, Actor, PocFields, StateCode};
use serde_json::json;
use store::campaign::{CampaignRow, CheckRow};

pub struct Preview {
    pub pocs: usize,
    pub addresses: usize,
    /// Who will be checked: each entry's State, entity, type and addresses.
    pub entries: Vec<PreviewEntry>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct PreviewEntry {
    pub poc_id: String,
    pub state: String,
    pub entity: String,
    pub poc_type: String,
    pub addresses: Vec<String>,
}

pub(super) async fn selected(
    app: &App,
    q: &BrowseQuery,
) -> AppResult<Vec<(store::poc::PocRow, PocFields)>> {
    let (rows, _) = select(app, &filter(app, q)?, 0, i64::from(u32::MAX)).await?;
    Ok(published(rows))
}

/// The entries that have published fields, with them.
fn published(rows: Vec<store::poc::PocRow>) -> Vec<(store::poc::PocRow, PocFields)> {
    rows.into_iter()
        .filter_map(|r| {
            let fields: PocFields = serde_json::from_str(r.published_fields.as_deref()?).ok()?;
            Some((r, fields))
        })
        .collect()
}

/// Starts an ad hoc campaign by hand in the caller's transaction, records
/// it and commits. Returns the campaign id.
async fn start_by_hand(
    app: &App,
    mut c: crate::kernel::unit::Unit<'_>,
    actor: &Actor,
    action: &str,
    selection: serde_json::Value,
    pocs: &[(store::poc::PocRow, PocFields)],
) -> AppResult<String> {
    if pocs.is_empty() {
        return Err(AppError::Conflict("err-campaign-empty"));
    }
    let by = actor.user_id().unwrap_or_default();
    let id = start(app, &mut c, "adhoc", &selection.to_string(), by, pocs).await?;
    audit::record(
        &mut c,
        actor,
        action,
        &format!("campaign:{id}"),
        json!({ "pocs": pocs.len(), "selection": selection }),
    )
    .await?;
    c.commit().await?;
    Ok(id)
}

/// How many POCs and addresses a campaign over this selection would reach.
pub async fn preview(app: &App, actor: &Actor, q: &BrowseQuery) -> AppResult<Preview> {
    authorize(actor, Action::RunChecks, Resource::None)?;
    let pocs = selected(app, q).await?;
    Ok(Preview {
        pocs: pocs.len(),
        addresses: pocs.iter().map(|(_, f)| f.emails.len()).sum(),
        entries: pocs
            .iter()
            .map(|(r, f)| PreviewEntry {
                poc_id: r.id.clone(),
                state: r.state_code.clone(),
                entity: f.entity.clone(),
                poc_type: f.poc_type.code().to_string(),
                addresses: f.emails.iter().map(|m| m.as_str().to_string()).collect(),
            })
            .collect(),
    })
}

/// Launches a campaign over the selection, in one transaction: every check
/// and its email are written together (NFR-4). Returns the campaign id.
pub async fn launch(app: &App, actor: &Actor, q: &BrowseQuery) -> AppResult<String> {
    authorize(actor, Action::RunChecks, Resource::None)?;
    let pocs = selected(app, q).await?;
    let selection = json!({ "q": q.q, "state": q.state, "region": q.region, "poc_type": q.poc_type, "language": q.language, "overdue": q.overdue });
    start_by_hand(
        app,
        app.begin().await?,
        actor,
        "campaign.launched",
        selection,
        &pocs,
    )
    .await
}

/// Checks again, in one action, the entries that have not answered a
/// campaign: none of their addresses acknowledged it. Returns the new
/// campaign's id.
pub async fn recheck_silent(app: &App, actor: &Actor, campaign_id: &str) -> AppResult<String> {
    authorize(actor, Action::RunChecks, Resource::None)?;
    let mut c = app.begin().await?;
    store::campaign::get(&mut c, campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let checks = store::campaign::checks_of(&mut c, campaign_id, None).await?;
    let silent: Vec<String> = super::results::silent_entries(
        checks
            .iter()
            .map(|k| (k.poc_id.as_str(), k.acknowledged_at.is_some())),
    )
    .into_iter()
    .map(str::to_string)
    .collect();
    let mut active = store::poc::by_ids(&mut c, &silent).await?;
    active.retain(|r| r.status == "active");
    let pocs = published(active);
    let selection = json!({ "recheck_of": campaign_id });
    start_by_hand(app, c, actor, "campaign.rechecked", selection, &pocs).await
}

/// The scheduled check of every published POC (PING-1): starts the
/// campaign of the current slot unless this or another instance already
/// did. Returns the campaign id when it started one.
pub(crate) async fn run_schedule(app: &App) -> AppResult<Option<String>> {
    const JOB: &str = "scheduled-check";
    authorize(&Actor::System, Action::RunChecks, Resource::None)?;
    let Some(slot) = app.config.checks.calendar().due_slot(app.now()) else {
        return Ok(None);
    };
    if store::job::ran(&mut app.db.conn().await?, JOB, &slot).await? {
        return Ok(None);
    }
    let pocs = selected(app, &BrowseQuery::default()).await?;
    let mut c = app.begin().await?;
    let outcome = if pocs.is_empty() {
        "nothing to check"
    } else {
        "launched"
    };
    // The claim and the campaign commit together: a crash leaves neither.
    if !store::job::claim(&mut c, JOB, &slot, app.now(), outcome).await? {
        return Ok(None);
    }
    let id = if pocs.is_empty() {
        None
    } else {
        Some(
            start(
                app,
                &mut c,
                "scheduled",
                "{}",
                &audit::actor_label(&Actor::System),
                &pocs,
            )
            .await?,
        )
    };
    audit::record(
        &mut c,
        &Actor::System,
        "campaign.scheduled",
        &format!("slot:{slot}"),
        json!({ "pocs": pocs.len(), "campaign": id }),
    )
    .await?;
    c.commit().await?;
    Ok(id)
}

/// Writes a campaign, its checks and their messages in the caller's transaction.
pub(super) async fn start(
    app: &App,
    c: &mut store::Conn,
    kind: &str,
    selection: &str,
    launched_by: &str,
    pocs: &[(store::poc::PocRow, PocFields)],
) -> AppResult<String> {
    let now = app.now();
    let campaign = CampaignRow {
        id: store::new_id(),
        kind: kind.into(),
        selection: selection.into(),
        launched_by: launched_by.into(),
        launched_at: now,
        closes_at: now + app.config.checks.answer_days * DAY,
    };
    store::campaign::insert(c, &campaign).await?;
    for (row, fields) in pocs {
        let state = StateCode::parse(&row.state_code)?;
        for email in &fields.emails {
            let check = CheckRow {
                id: store::new_id(),
                campaign_id: campaign.id.clone(),
                poc_id: row.id.clone(),
                state_code: state.to_string(),
                region: state
                    .info()
                    .region
                    .map(|r| r.code())
                    .unwrap_or_default()
                    .to_string(),
                poc_type: row.poc_type.clone(),
                address: email.to_string(),
                status: "pending".into(),
                sent_at: None,
                acknowledged_at: None,
                acknowledged_via: None,
                acknowledged_by: None,
                reminded_at: None,
                escalated_at: None,
                unreachable_reason: None,
            };
            store::campaign::insert_check(c, &check).await?;
            send_link(app, c, &check, fields, "email-check", campaign.closes_at).await?;
        }
    }
    Ok(campaign.id)
}

/// Queues a check message (`key` is the first message or the reminder)
/// with a new personal link; only the link's hash is kept.
pub(crate) async fn send_link(
    app: &App,
    c: &mut store::Conn,
    check: &CheckRow,
    fields: &PocFields,
    key: &str,
    closes_at: i64,
) -> AppResult<()> {
    let secret = token();
    let lang = fields.reading_language();
    let state = StateCode::parse(&check.state_code)?;
    let outbox_id = mail::queue(
        app,
        c,
        Email {
            exercise: false,
            to: &check.address,
            lang: lang.code(),
            key,
            args: vec![
                ("state", state.info().name(lang).to_string()),
                ("entity", fields.entity.clone()),
                ("link", format!("{}/ack/{secret}", app.config.public_url)),
                ("days", ((closes_at - app.now()) / DAY).max(1).to_string()),
            ],
        },
    )
    .await?;
    store::campaign::insert_token(c, &digest(&secret), &check.id, &outbox_id, app.now()).await?;
    Ok(())
}
