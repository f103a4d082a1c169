//! Escalation of communications not acknowledged in time (MSG-3).

use super::notice::{notification, notify_poc, notify_poc_of};
use super::sealed::first_of;
use super::templates::{in_words, template_of};
use crate::directory::entry_of;
use crate::mail::{self};
use crate::{App, AppResult, audit};
use domain::message::Tlp;
use domain::{Actor, StateCode, UnLanguage};
use serde_json::json;

/// Escalates communications not acknowledged in time (MSG-3): first to the
/// receiving State's POCs of the other types, then to its national
/// administrators. Each step is claimed once; both sides see it on the
/// thread. A TLP:RED communication stays with the readers named when it was
/// sent: the others are told only that it awaits them. Returns how many
/// steps were taken.
pub(crate) async fn escalate(app: &App) -> AppResult<usize> {
    let now = app.now();
    let mut taken = 0;
    for step in [1, 2] {
        let mut c = app.begin().await?;
        for thread in store::message::due_for_escalation(&mut c, step, now).await? {
            let claim = store::message::EscalationRow {
                thread_id: thread.id.clone(),
                step,
                at: now,
                recipients: 0,
            };
            if !store::message::claim_escalation(&mut c, &claim).await? {
                continue;
            }
            let to = StateCode::parse(&thread.to_state)?;
            let red = thread.tlp == Tlp::Red.code();
            let key = if red {
                "email-message-red-waiting"
            } else {
                "email-message-escalated"
            };
            let mut told = 0;
            if step == 1 {
                // An encrypted email carries the communication as first sent.
                let content = first_of(app, &mut c, &thread).await?;
                let template = template_of(&mut c, &thread).await?;
                let words = |lang: UnLanguage| in_words(&template, &content, lang);
                let addressed = store::message::recipients(&mut c, &thread.id).await?;
                let pocs = store::poc::of_state(&mut c, to.as_str()).await?;
                let types: Vec<&str> = pocs
                    .iter()
                    .filter(|p| addressed.contains(&p.id))
                    .map(|p| p.poc_type.as_str())
                    .collect();
                for row in pocs
                    .iter()
                    .filter(|p| !types.contains(&p.poc_type.as_str()))
                {
                    let Some(entry) = entry_of(app, row)?.filter(|e| e.status == "active") else {
                        continue;
                    };
                    if red {
                        notify_poc(app, &mut c, &thread, None, &entry.fields, key).await?;
                    } else {
                        store::message::insert_recipient(&mut c, &thread.id, &row.id).await?;
                        notify_poc_of(app, &mut c, &thread, &row.id, &entry.fields, key, &words)
                            .await?;
                    }
                    told += entry.fields.emails.len();
                }
            } else {
                for u in store::user::of_state(&mut c, to.as_str()).await? {
                    if u.status == "active" && u.role == domain::Role::NationalAdmin.code() {
                        let lang = UnLanguage::parse(&u.locale).unwrap_or(UnLanguage::En);
                        let email = notification(app, &thread, None, &u.email, lang, key);
                        mail::queue(app, &mut c, email).await?;
                        told += 1;
                    }
                }
            }
            store::message::set_escalation_recipients(&mut c, &thread.id, step, told as i64)
                .await?;
            audit::record(
                &mut c,
                &Actor::System,
                "message.escalated",
                &format!("thread:{}", thread.id),
                json!({ "step": step, "recipients": told }),
            )
            .await?;
            taken += 1;
        }
        c.commit().await?;
    }
    Ok(taken)
}
