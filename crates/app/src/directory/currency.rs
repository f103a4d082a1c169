//! Currency reminders (DIR-7): before an entry's confirmation falls due,
//! and again once it is overdue, the State's national administrators and
//! Permanent Mission are told, one message per State listing its entries.
//! Each entry is reminded once per stage and confirmation cycle.

use crate::clock::DAY;
use crate::directory::confirm_period;
use crate::{App, AppResult, audit, mail};
use domain::{Actor, StateCode, UnLanguage};
use serde_json::json;
use std::collections::BTreeMap;
use store::poc::PocRow;

pub(crate) async fn remind(app: &App) -> AppResult<usize> {
    let now = app.now();
    let due_at = now - confirm_period(app);
    let soon = due_at + app.config.directory.remind_before_due_days * DAY;
    // Overdue first, so an entry already overdue is not told it soon will be.
    let overdue = stage(
        app,
        "currency-overdue",
        "email-currency-overdue",
        due_at,
        None,
    )
    .await?;
    let due = stage(
        app,
        "currency-due",
        "email-currency-due",
        soon,
        Some(due_at),
    )
    .await?;
    Ok(overdue + due)
}

async fn stage(
    app: &App,
    job: &str,
    key: &str,
    confirmed_by: i64,
    confirmed_after: Option<i64>,
) -> AppResult<usize> {
    let mut total = 0;
    loop {
        let mut c = app.begin().await?;
        let rows =
            store::poc::needing_reminder(&mut c, job, confirmed_by, confirmed_after, 500).await?;
        if rows.is_empty() {
            return Ok(total);
        }
        let mut states: BTreeMap<&str, Vec<&PocRow>> = BTreeMap::new();
        for row in &rows {
            let slot = store::poc::cycle_slot(row);
            if store::job::claim(&mut c, job, &slot, app.now(), "reminded").await? {
                states.entry(&row.state_code).or_default().push(row);
            }
        }
        for (state, entries) in states {
            let code = StateCode::parse(state)?;
            let list = entries
                .iter()
                .map(|e| format!("- {}", e.entity))
                .collect::<Vec<_>>()
                .join("\n");
            let recipients = mail::queue_to_state(app, &mut c, code, &[], key, |lang| {
                let lang = UnLanguage::parse(lang).unwrap_or(UnLanguage::En);
                vec![
                    ("state", code.info().name(lang).to_string()),
                    ("count", entries.len().to_string()),
                    ("entries", list.clone()),
                    (
                        "link",
                        format!("{}/states/{state}/desk", app.config.public_url),
                    ),
                ]
            })
            .await?;
            audit::record(
                &mut c,
                &Actor::System,
                job,
                &format!("state:{state}"),
                json!({ "entries": entries.len(), "recipients": recipients }),
            )
            .await?;
            total += entries.len();
        }
        c.commit().await?;
    }
}
