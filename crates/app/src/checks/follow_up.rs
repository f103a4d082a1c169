//! Follow-up of unanswered checks (PING-3): a reminder with a new link to
//! the same address, then escalation to the State's national
//! administrators and Permanent Mission, a different channel from the
//! POC's own address, which is never written to.

use crate::clock::DAY;
use crate::error::authorize;
use crate::{App, AppError, AppResult, audit, checks, mail};
use domain::policy::Resource;
use domain::{Action, Actor, PocFields, StateCode, UnLanguage};
use serde_json::json;
use std::collections::{BTreeMap, HashMap};
use store::campaign::{CheckRow, FollowUp};

const BATCH: i64 = 200;

/// The entry as published now, if it still lists the check's address.
async fn current_fields(c: &mut store::Conn, check: &CheckRow) -> AppResult<Option<PocFields>> {
    let Some(poc) = store::poc::get(c, &check.poc_id).await? else {
        return Ok(None);
    };
    let fields: Option<PocFields> = poc
        .published_fields
        .filter(|_| poc.status == "active")
        .and_then(|f| serde_json::from_str(&f).ok());
    Ok(fields.filter(|f| f.emails.iter().any(|e| e.as_str() == check.address)))
}

/// Sends each unanswered check, `remind_after_days` after its first
/// message, a reminder with a new link. Returns how many were sent.
pub(crate) async fn remind(app: &App) -> AppResult<usize> {
    let sent_before = app.now() - app.config.checks.remind_after_days * DAY;
    let mut total = 0;
    loop {
        let mut c = app.begin().await?;
        let Some(sent) = remind_batch(app, &mut c, None, sent_before).await? else {
            return Ok(total);
        };
        audit::record(
            &mut c,
            &Actor::System,
            "checks.reminded",
            "checks",
            json!({ "reminders": sent }),
        )
        .await?;
        c.commit().await?;
        total += sent;
    }
}

/// Reminds now, in one action, every address of an open campaign that has
/// not answered and has not had its reminder yet. Escalation then counts
/// from this reminder. Returns how many were sent.
pub async fn remind_now(app: &App, actor: &Actor, campaign_id: &str) -> AppResult<usize> {
    authorize(actor, Action::RunChecks, Resource::None)?;
    let mut c = app.begin().await?;
    let campaign = store::campaign::get(&mut c, campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if campaign.closes_at <= app.now() {
        return Err(AppError::Conflict("err-campaign-closed"));
    }
    let mut total = 0;
    while let Some(sent) = remind_batch(app, &mut c, Some(campaign_id), app.now()).await? {
        total += sent;
    }
    if total == 0 {
        return Err(AppError::Conflict("err-campaign-none-to-remind"));
    }
    audit::record(
        &mut c,
        actor,
        "campaign.reminded",
        &format!("campaign:{campaign_id}"),
        json!({ "reminders": total }),
    )
    .await?;
    c.commit().await?;
    Ok(total)
}

/// Sends one batch of reminders due for checks first sent at or before
/// `sent_before`, of one campaign or of all; None when none was due.
async fn remind_batch(
    app: &App,
    c: &mut store::Conn,
    campaign: Option<&str>,
    sent_before: i64,
) -> AppResult<Option<usize>> {
    let now = app.now();
    let due =
        store::campaign::due_for(c, FollowUp::Reminder, sent_before, now, campaign, BATCH).await?;
    if due.is_empty() {
        return Ok(None);
    }
    let mut closes: HashMap<String, i64> = HashMap::new();
    let mut sent = 0;
    for check in &due {
        // Marked even when nothing is sent (a withdrawn entry), so it is not looked at again.
        if !store::campaign::mark_followed_up(c, &check.id, FollowUp::Reminder, now).await? {
            continue;
        }
        let Some(fields) = current_fields(c, check).await? else {
            continue;
        };
        let closes_at = match closes.get(&check.campaign_id) {
            Some(t) => *t,
            None => {
                let t = store::campaign::get(c, &check.campaign_id)
                    .await?
                    .map_or(now, |k| k.closes_at);
                *closes.entry(check.campaign_id.clone()).or_insert(t)
            }
        };
        checks::send_link(app, c, check, &fields, "email-check-reminder", closes_at).await?;
        sent += 1;
    }
    Ok(Some(sent))
}

/// Escalates checks still unanswered `escalate_after_days` after their
/// first message, counting from the reminder so that it has its time: one
/// message per campaign and State, to its national administrators and
/// Permanent Mission. Returns how many checks.
pub(crate) async fn escalate(app: &App) -> AppResult<usize> {
    let now = app.now();
    let k = &app.config.checks;
    let reminded_before = now - (k.escalate_after_days - k.remind_after_days) * DAY;
    let mut total = 0;
    loop {
        let mut c = app.begin().await?;
        let due = store::campaign::due_for(
            &mut c,
            FollowUp::Escalation,
            reminded_before,
            now,
            None,
            BATCH,
        )
        .await?;
        if due.is_empty() {
            return Ok(total);
        }
        let mut groups: BTreeMap<(&str, &str), Vec<&CheckRow>> = BTreeMap::new();
        for check in &due {
            if store::campaign::mark_followed_up(&mut c, &check.id, FollowUp::Escalation, now)
                .await?
            {
                groups
                    .entry((&check.campaign_id, &check.state_code))
                    .or_default()
                    .push(check);
            }
        }
        for ((campaign, state), group) in groups {
            let code = StateCode::parse(state)?;
            let addresses: Vec<&str> = group.iter().map(|k| k.address.as_str()).collect();
            let list = addresses.join("\n");
            let recipients = mail::queue_to_state(
                app,
                &mut c,
                code,
                &addresses,
                "email-check-escalation",
                |lang| {
                    let lang = UnLanguage::parse(lang).unwrap_or(UnLanguage::En);
                    vec![
                        ("state", code.info().name(lang).to_string()),
                        ("count", addresses.len().to_string()),
                        ("addresses", list.clone()),
                        ("link", format!("{}/my-checks", app.config.public_url)),
                    ]
                },
            )
            .await?;
            audit::record(
                &mut c,
                &Actor::System,
                "checks.escalated",
                &format!("campaign:{campaign}"),
                json!({ "state": state, "checks": group.len(), "recipients": recipients }),
            )
            .await?;
            total += group.len();
        }
        c.commit().await?;
    }
}
