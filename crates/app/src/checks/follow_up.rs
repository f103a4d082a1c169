//! Follow-up of unanswered checks (PING-3): a reminder with a new link to
//! the same address, then escalation to the State's national
//! administrators and Permanent Mission, a different channel from the
//! POC's own address, which is never written to.

use crate::clock::DAY;
use crate::{App, AppResult, audit, checks, mail};
use domain::{Actor, PocFields, StateCode, UnLanguage};
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
    let now = app.now();
    let sent_before = now - app.config.checks.remind_after_days * DAY;
    let mut closes: HashMap<String, i64> = HashMap::new();
    let mut total = 0;
    loop {
        let mut c = app.begin().await?;
        let due =
            store::campaign::due_for(&mut c, FollowUp::Reminder, sent_before, now, BATCH).await?;
        if due.is_empty() {
            return Ok(total);
        }
        let mut sent = 0;
        for check in &due {
            // Marked even when nothing is sent (a withdrawn entry), so it is not looked at again.
            if !store::campaign::mark_followed_up(&mut c, &check.id, FollowUp::Reminder, now)
                .await?
            {
                continue;
            }
            let Some(fields) = current_fields(&mut c, check).await? else {
                continue;
            };
            let closes_at = match closes.get(&check.campaign_id) {
                Some(t) => *t,
                None => {
                    let t = store::campaign::get(&mut c, &check.campaign_id)
                        .await?
                        .map_or(now, |k| k.closes_at);
                    *closes.entry(check.campaign_id.clone()).or_insert(t)
                }
            };
            checks::send_link(
                app,
                &mut c,
                check,
                &fields,
                "email-check-reminder",
                closes_at,
            )
            .await?;
            sent += 1;
        }
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
        let due =
            store::campaign::due_for(&mut c, FollowUp::Escalation, reminded_before, now, BATCH)
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
