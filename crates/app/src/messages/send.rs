//! Writing to another State's POCs from a template, with an urgency and a
//! TLP marking; the content is sealed, and an email carries it only
//! encrypted to the addressed entry's OpenPGP key (MSG-1 to MSG-3).

use super::notice::notify_poc_of;
use super::parties::{counterparts, own_state, red_readers_now};
use super::sealed::{Content, sealed_row};
use super::templates::{accept_fields, definition, in_words};
use crate::clock::MINUTE;
use crate::directory::entry_of;
use crate::{App, AppError, AppResult, audit};
use domain::message::{Tlp, Urgency};
use domain::{Actor, PocFields, StateCode, UnLanguage};
use serde_json::json;
use store::message::ThreadRow;

/// A POC of the receiving State as the sender sees it before sending.
pub struct Recipient {
    pub poc_id: String,
    pub poc_type: String,
    pub fields: PocFields,
}

/// The published POCs of a State that may be addressed.
pub async fn recipients_of(app: &App, actor: &Actor, to: StateCode) -> AppResult<Vec<Recipient>> {
    let from = own_state(actor)?;
    if from == to {
        return Err(AppError::field("to", "err-message-own-state"));
    }
    let mut c = app.db.conn().await?;
    if store::state::get(&mut c, to.as_str())
        .await?
        .and_then(|s| s.participating_since)
        .is_none()
    {
        return Err(AppError::field("to", "err-message-not-participating"));
    }
    let mut out = Vec::new();
    for row in store::poc::of_state(&mut c, to.as_str()).await? {
        if let Some(entry) = entry_of(app, &row)?.filter(|e| e.status == "active") {
            out.push(Recipient {
                poc_id: row.id.clone(),
                poc_type: row.poc_type.clone(),
                fields: entry.fields,
            });
        }
    }
    Ok(out)
}

/// What a member submits to start a thread.
#[derive(Debug, Default)]
pub struct Compose {
    pub to: String,
    pub template_key: String,
    pub template_version: String,
    pub urgency: String,
    pub tlp: String,
    /// Every published POC of these types is addressed…
    pub poc_types: Vec<String>,
    /// …and these POCs.
    pub poc_ids: Vec<String>,
    /// The template's fields, by name.
    pub fields: Vec<(String, String)>,
    /// A fresh authenticator code: sending TLP:RED asks for one (MSG-2).
    pub code: String,
}

pub(super) fn ack_minutes(app: &App, urgency: Urgency) -> i64 {
    let m = &app.config.messages;
    match urgency {
        Urgency::Urgent => m.urgent_ack_minutes,
        Urgency::High => m.high_ack_minutes,
        Urgency::Routine => m.routine_ack_minutes,
    }
}

/// The States a communication goes to: one ("DE"), several ("DE,IT") or
/// every other participating State ("all"), the last two as an alert (MSG-6).
pub async fn targets(app: &App, actor: &Actor, to: &str) -> AppResult<Vec<StateCode>> {
    if to == "all" {
        return counterparts(app, actor)
            .await?
            .iter()
            .map(|s| StateCode::parse(s).map_err(AppError::from))
            .collect();
    }
    let mut out: Vec<StateCode> = Vec::new();
    for code in to.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        let state =
            StateCode::parse(code).map_err(|_| AppError::field("to", "err-message-state"))?;
        if !out.contains(&state) {
            out.push(state);
        }
    }
    if out.is_empty() {
        return Err(AppError::field("to", "err-message-state"));
    }
    Ok(out)
}

/// Starts a thread with each target State (MSG-1, MSG-2, MSG-6): checks
/// everything first, then writes the threads, their sealed messages and
/// their notifications in one transaction. Returns the thread ids.
pub async fn send(app: &App, actor: &Actor, form: &Compose) -> AppResult<Vec<String>> {
    let from = own_state(actor)?;
    let states = targets(app, actor, &form.to).await?;
    let alert = states.len() > 1 || form.to == "all";
    if alert && !form.poc_ids.is_empty() {
        return Err(AppError::field("poc_ids", "err-alert-pocs"));
    }
    let mut plans = Vec::new();
    for to in states {
        let candidates = recipients_of(app, actor, to).await?;
        if form
            .poc_ids
            .iter()
            .any(|id| !candidates.iter().any(|r| &r.poc_id == id))
        {
            return Err(AppError::field("poc_ids", "err-message-recipient"));
        }
        let chosen: Vec<Recipient> = candidates
            .into_iter()
            .filter(|r| form.poc_types.contains(&r.poc_type) || form.poc_ids.contains(&r.poc_id))
            .collect();
        if !chosen.is_empty() {
            plans.push((to, chosen));
        }
    }
    if plans.is_empty() {
        return Err(AppError::field("poc_types", "err-message-no-recipient"));
    }
    let urgency = Urgency::parse(&form.urgency)?;
    let tlp = Tlp::parse(&form.tlp)?;
    let version: i64 = form
        .template_version
        .parse()
        .map_err(|_| AppError::field("template", "err-template"))?;
    let mut c = app.begin().await?;
    let current = store::message::current_templates(&mut c).await?;
    let row = current
        .iter()
        .find(|t| t.key == form.template_key)
        .ok_or_else(|| AppError::field("template", "err-template"))?;
    if row.version != version {
        return Err(AppError::field("template", "err-template-revised"));
    }
    let content = Content {
        fields: accept_fields(row, &form.fields)?,
        text: None,
    };
    // The content as an encrypted email carries it, in the POC's language.
    let template = definition(row)?;
    let in_words = |lang: UnLanguage| in_words(&template, &content, lang);
    let author = actor.user_id().unwrap_or_default();
    if tlp == Tlp::Red {
        // A fresh second factor is a person's: a program with a token
        // never sends TLP:RED, whatever code it holds.
        if matches!(actor, Actor::Token { .. }) {
            return Err(AppError::Conflict("err-red-needs-person"));
        }
        crate::accounts::reauthenticate(app, &mut c, author, &form.code).await?;
    }
    let now = app.now();
    let alert_id = alert.then(store::new_id);
    let mut ids = Vec::new();
    for (to, chosen) in &plans {
        let thread = ThreadRow {
            id: store::new_id(),
            alert_id: alert_id.clone(),
            from_state: from.to_string(),
            to_state: to.to_string(),
            template_key: row.key.clone(),
            template_version: row.version,
            urgency: urgency.code().into(),
            tlp: tlp.code().into(),
            created_by: author.to_string(),
            created_at: now,
            ack_due_at: now + ack_minutes(app, urgency) * MINUTE,
            acknowledged_at: None,
            acknowledged_by: None,
            responded_at: None,
            exercise_id: None,
            inject_id: None,
            sender: None,
        };
        store::message::insert_thread(&mut c, &thread).await?;
        for r in chosen {
            store::message::insert_recipient(&mut c, &thread.id, &r.poc_id).await?;
        }
        if tlp == Tlp::Red {
            let addressed: Vec<&PocFields> = chosen.iter().map(|r| &r.fields).collect();
            for reader in red_readers_now(&mut c, *to, &addressed).await? {
                store::message::insert_red_reader(&mut c, &thread.id, &reader).await?;
            }
        }
        let (message, content_digest) = sealed_row(app, &thread, from.as_str(), author, &content)?;
        store::message::insert_message(&mut c, &message).await?;
        for r in chosen {
            notify_poc_of(
                app,
                &mut c,
                &thread,
                &r.poc_id,
                &r.fields,
                "email-message-new",
                &in_words,
            )
            .await?;
        }
        audit::record(
            &mut c,
            actor,
            "message.sent",
            &format!("thread:{}", thread.id),
            json!({
                "to": to.as_str(), "alert": alert_id, "template": row.key, "version": row.version,
                "urgency": urgency.code(), "tlp": tlp.code(), "recipients": chosen.len(),
                "digest": content_digest,
            }),
        )
        .await?;
        ids.push(thread.id);
    }
    c.commit().await?;
    Ok(ids)
}
