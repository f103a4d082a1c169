//! An exercise's inject as a communication (EXR-1): from exercise control,
//! or the State it plays, to the players a State named; the normal
//! template, urgency and TLP; marked EXERCISE on every page and email.

use super::notice::{EXERCISE_CONTROL, notification, notify_poc_of};
use super::parties::red_readers_now;
use super::sealed::{Content, sealed_row};
use super::send::ack_minutes;
use super::templates::{definition, in_words, labelled};
use crate::clock::MINUTE;
use crate::directory::entry_of;
use crate::mail;
use crate::{App, AppError, AppResult};
use domain::message::{Tlp, Urgency};
use domain::{Actor, PocFields, StateCode, UnLanguage};
use store::exercise::InjectRow;
use store::message::ThreadRow;

/// The template's fields an inject carries, by name.
fn inject_fields(inject: &InjectRow) -> AppResult<Vec<(String, String)>> {
    serde_json::from_str(&inject.fields).map_err(|e| AppError::Internal(e.to_string()))
}

fn thread_of(app: &App, inject: &InjectRow, to: StateCode) -> AppResult<ThreadRow> {
    let urgency = Urgency::parse(&inject.urgency)?;
    let now = app.now();
    Ok(ThreadRow {
        id: store::new_id(),
        alert_id: None,
        from_state: EXERCISE_CONTROL.into(),
        to_state: to.to_string(),
        template_key: inject.template_key.clone(),
        template_version: inject.template_version,
        urgency: inject.urgency.clone(),
        tlp: inject.tlp.clone(),
        created_by: crate::audit::actor_label(&Actor::System),
        created_at: now,
        ack_due_at: now + ack_minutes(app, urgency) * MINUTE,
        acknowledged_at: None,
        acknowledged_by: None,
        responded_at: None,
        exercise_id: Some(inject.exercise_id.clone()),
        inject_id: Some(inject.id.clone()),
        sender: Some(inject.sender.clone()),
    })
}

/// Starts the inject's thread with one State, addressed to its players'
/// published entries; None when none of them is published any more.
pub(crate) async fn deliver_inject(
    app: &App,
    c: &mut store::Conn,
    inject: &InjectRow,
    to: StateCode,
    players: &[String],
) -> AppResult<Option<String>> {
    let mut chosen: Vec<(String, PocFields)> = Vec::new();
    for id in players {
        if let Some(row) = store::poc::get(c, id).await?
            && let Some(entry) = entry_of(app, &row)?.filter(|e| e.status == "active")
        {
            chosen.push((row.id, entry.fields));
        }
    }
    if chosen.is_empty() {
        return Ok(None);
    }
    let thread = thread_of(app, inject, to)?;
    store::message::insert_thread(c, &thread).await?;
    for (id, _) in &chosen {
        store::message::insert_recipient(c, &thread.id, id).await?;
    }
    if thread.tlp == Tlp::Red.code() {
        let addressed: Vec<&PocFields> = chosen.iter().map(|(_, f)| f).collect();
        for reader in red_readers_now(c, to, &addressed).await? {
            store::message::insert_red_reader(c, &thread.id, &reader).await?;
        }
    }
    let content = Content {
        fields: inject_fields(inject)?,
        text: None,
    };
    let (message, _) = sealed_row(app, &thread, EXERCISE_CONTROL, &thread.created_by, &content)?;
    store::message::insert_message(c, &message).await?;
    let row = store::message::template(c, &inject.template_key, inject.template_version)
        .await?
        .ok_or(AppError::NotFound)?;
    let template = definition(&row)?;
    let words = |lang: UnLanguage| in_words(&template, &content, lang);
    for (poc_id, fields) in &chosen {
        notify_poc_of(app, c, &thread, poc_id, fields, "email-message-new", &words).await?;
    }
    Ok(Some(thread.id))
}

/// An inject exactly as a player reads it, in one language: the email that
/// tells them, and the communication in the portal.
pub struct InjectPreview {
    pub subject: String,
    pub body: String,
    pub title: String,
    /// (label, value) in that language.
    pub fields: Vec<(String, String)>,
}

pub(crate) async fn preview_inject(
    app: &App,
    c: &mut store::Conn,
    inject: &InjectRow,
    to: StateCode,
    lang: UnLanguage,
) -> AppResult<InjectPreview> {
    let thread = thread_of(app, inject, to)?;
    let row = store::message::template(c, &inject.template_key, inject.template_version)
        .await?
        .ok_or(AppError::NotFound)?;
    let template = definition(&row)?;
    let email = notification(app, &thread, None, "", lang, "email-message-new");
    let (subject, body) = mail::render(app, &email);
    let fields = labelled(&template, inject_fields(inject)?, lang.code());
    Ok(InjectPreview {
        subject,
        body,
        title: template.title.get(lang.code()).to_string(),
        fields,
    })
}

/// Sends control the email of an inject, in its own language, before
/// launch: the rehearsal's test send.
pub(crate) async fn rehearse_inject(
    app: &App,
    c: &mut store::Conn,
    inject: &InjectRow,
    to: StateCode,
    address: &str,
    lang: UnLanguage,
) -> AppResult<String> {
    let thread = thread_of(app, inject, to)?;
    let email = notification(app, &thread, None, address, lang, "email-message-new");
    mail::queue(app, c, email).await
}
