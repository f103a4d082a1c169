//! Communications between States (MSG-1 to MSG-3, MSG-5): a member of one
//! State writes to another State's POCs from a template, with an urgency
//! and a TLP marking; the receiving State acknowledges and replies in a
//! thread. Content is sealed at rest, emails carry none of it, and the
//! audit log keeps a digest. The custodian has no way in.

use crate::clock::MINUTE;
use crate::crypto::digest;
use crate::directory::entry_of;
use crate::error::{authorize, refusal};
use crate::mail::{self, Email};
use crate::{App, AppError, AppResult, audit};
use domain::message::{Template, Tlp, Urgency};
use domain::policy::{Resource, ThreadParties};
use domain::{Action, Actor, PocFields, StateCode, UnLanguage};
use serde::{Deserialize, Serialize};
use serde_json::json;
pub use store::message::ThreadRow;
use store::message::{MessageRow, TemplateRow};

const DEFAULT_TEMPLATES: &str = include_str!("../data/message_templates.json");

/// Adds the five default templates as version 1 where they are missing.
pub async fn seed_templates(app: &App) -> AppResult<()> {
    let defaults: Vec<Template> = serde_json::from_str(DEFAULT_TEMPLATES)
        .map_err(|e| AppError::Internal(format!("default templates: {e}")))?;
    let mut c = app.db.begin().await?;
    for (i, t) in defaults.iter().enumerate() {
        let row = TemplateRow {
            key: t.key.clone(),
            version: 1,
            definition: serde_json::to_string(t).map_err(|e| AppError::Internal(e.to_string()))?,
            created_by: audit::actor_label(&Actor::System),
            // Keeps the defaults in the order of the file.
            created_at: i as i64,
        };
        store::message::insert_template(&mut c, &row).await?;
    }
    c.commit().await?;
    Ok(())
}

fn definition(row: &TemplateRow) -> AppResult<Template> {
    serde_json::from_str(&row.definition)
        .map_err(|e| store::Error::Corrupt(format!("template {}: {e}", row.key)).into())
}

/// The current version of every template.
pub async fn templates(app: &App) -> AppResult<Vec<(TemplateRow, Template)>> {
    let mut c = app.db.conn().await?;
    store::message::current_templates(&mut c)
        .await?
        .into_iter()
        .map(|r| definition(&r).map(|d| (r, d)))
        .collect()
}

/// The user's own State, if they may communicate for it.
fn own_state(actor: &Actor) -> AppResult<StateCode> {
    let state = actor.state().ok_or_else(|| refusal(actor))?;
    authorize(actor, Action::Communicate, Resource::State(state))?;
    Ok(state)
}

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

/// What is sealed: a template's fields, or a reply's text.
#[derive(Serialize, Deserialize, Default)]
struct Content {
    #[serde(default)]
    fields: Vec<(String, String)>,
    #[serde(default)]
    text: Option<String>,
}

fn ack_minutes(app: &App, urgency: Urgency) -> i64 {
    let m = &app.config.messages;
    match urgency {
        Urgency::Urgent => m.urgent_ack_minutes,
        Urgency::High => m.high_ack_minutes,
        Urgency::Routine => m.routine_ack_minutes,
    }
}

fn sealer(app: &App) -> AppResult<&crate::seal::Sealer> {
    app.sealer
        .as_deref()
        .ok_or_else(|| AppError::Internal("messages.key is not set".into()))
}

/// Seals a message's content into a new row, bound to the row's id;
/// returns the row and the content's digest for the audit log.
fn sealed_row(
    app: &App,
    thread: &ThreadRow,
    from: StateCode,
    author: &str,
    content: &Content,
) -> AppResult<(MessageRow, String)> {
    let plain = serde_json::to_string(content).map_err(|e| AppError::Internal(e.to_string()))?;
    let id = store::new_id();
    let row = MessageRow {
        sealed: sealer(app)?.seal(&format!("message:{id}"), plain.as_bytes()),
        id,
        thread_id: thread.id.clone(),
        from_state: from.to_string(),
        author_id: author.to_string(),
        created_at: app.now(),
    };
    Ok((row, digest(&plain)))
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
    let mut c = app.db.begin().await?;
    let current = store::message::current_templates(&mut c).await?;
    let row = current
        .iter()
        .find(|t| t.key == form.template_key)
        .ok_or_else(|| AppError::field("template", "err-template"))?;
    if row.version != version {
        return Err(AppError::field("template", "err-template-revised"));
    }
    let content = Content {
        fields: definition(row)?.accept(&form.fields)?,
        text: None,
    };
    let author = actor.user_id().unwrap_or_default();
    if tlp == Tlp::Red {
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
        };
        store::message::insert_thread(&mut c, &thread).await?;
        for r in chosen {
            store::message::insert_recipient(&mut c, &thread.id, &r.poc_id).await?;
        }
        let (message, content_digest) = sealed_row(app, &thread, from, author, &content)?;
        store::message::insert_message(&mut c, &message).await?;
        for r in chosen {
            notify_poc(app, &mut c, &thread, from, &r.fields, "email-message-new").await?;
        }
        audit::record(
            app,
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
    app.mail.wake();
    Ok(ids)
}

/// Tells a POC that a communication is waiting: urgency, TLP and a link,
/// never the content (MSG-3).
async fn notify_poc(
    app: &App,
    c: &mut store::Conn,
    thread: &ThreadRow,
    from: StateCode,
    poc: &PocFields,
    key: &str,
) -> AppResult<()> {
    let lang = crate::checks::language_of(poc);
    for address in &poc.emails {
        mail::queue(
            app,
            c,
            notification(app, thread, from, address.as_str(), lang, key),
        )
        .await?;
    }
    Ok(())
}

fn notification<'a>(
    app: &App,
    thread: &ThreadRow,
    from: StateCode,
    to: &'a str,
    lang: UnLanguage,
    key: &'a str,
) -> Email<'a> {
    let tlp = Tlp::parse(&thread.tlp).map_or("", |t| t.label());
    Email {
        to,
        lang: lang.code(),
        key,
        args: vec![
            ("state", from.info().name(lang).to_string()),
            ("tlp", tlp.to_string()),
            (
                "urgency",
                app.i18n
                    .t(lang.code(), &format!("urgency-{}", thread.urgency), &[]),
            ),
            (
                "link",
                format!("{}/messages/{}", app.config.public_url, thread.id),
            ),
        ],
    }
}

/// The participating States the user's State may write to.
pub async fn counterparts(app: &App, actor: &Actor) -> AppResult<Vec<String>> {
    let own = own_state(actor)?;
    let mut c = app.db.conn().await?;
    Ok(store::state::participating(&mut c)
        .await?
        .into_iter()
        .map(|s| s.code)
        .filter(|s| s != own.as_str())
        .collect())
}

/// When the newest thread of the user's State was started, for the live inbox.
pub async fn latest(app: &App, actor: &Actor) -> AppResult<Option<i64>> {
    Ok(inbox(app, actor).await?.first().map(|t| t.created_at))
}

/// The threads the user's State is party to, newest first.
pub async fn inbox(app: &App, actor: &Actor) -> AppResult<Vec<ThreadRow>> {
    let state = own_state(actor)?;
    let mut c = app.db.conn().await?;
    Ok(store::message::threads_of(&mut c, state.as_str(), 200).await?)
}

pub struct ShownMessage {
    pub from_state: String,
    pub created_at: i64,
    /// (label, value) in the reader's language.
    pub fields: Vec<(String, String)>,
    pub text: Option<String>,
}

pub struct ThreadView {
    pub thread: ThreadRow,
    pub template: Template,
    pub messages: Vec<ShownMessage>,
    pub recipients: Vec<String>,
    pub escalations: Vec<store::message::EscalationRow>,
    pub consents: Vec<ShownConsent>,
    pub attachments: Vec<ShownAttachment>,
    /// The reader's State received it (and so acknowledges it).
    pub received: bool,
}

/// A thread, if the policy lets the actor read it (MSG-2), with the actor's
/// State.
async fn party_thread(app: &App, actor: &Actor, id: &str) -> AppResult<(ThreadRow, StateCode)> {
    let state = actor.state().ok_or_else(|| refusal(actor))?;
    let mut c = app.db.conn().await?;
    let thread = store::message::thread(&mut c, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let parties = parties_of(app, &mut c, &thread).await?;
    // Someone who is not party learns nothing, not even that the thread exists.
    if !parties.from.eq(&state) && !parties.to.eq(&state) {
        return Err(AppError::NotFound);
    }
    authorize(actor, Action::ReadThread, Resource::Thread(parties))?;
    Ok((thread, state))
}

/// The thread's two States and, for TLP:RED, its named readers: the
/// receiving State's users whose account address is one of the addressed
/// POCs' addresses.
async fn parties_of(
    app: &App,
    c: &mut store::Conn,
    thread: &ThreadRow,
) -> AppResult<ThreadParties> {
    let to = StateCode::parse(&thread.to_state)?;
    let red = thread.tlp == Tlp::Red.code();
    let mut named_readers = Vec::new();
    if red {
        let mut addresses = Vec::new();
        for poc_id in store::message::recipients(c, &thread.id).await? {
            let Some(row) = store::poc::get(c, &poc_id).await? else {
                continue;
            };
            if let Some(entry) = entry_of(app, &row)? {
                addresses.extend(
                    entry
                        .fields
                        .emails
                        .iter()
                        .map(|e| e.as_str().to_lowercase()),
                );
            }
        }
        named_readers = store::user::of_state(c, to.as_str())
            .await?
            .into_iter()
            .filter(|u| addresses.contains(&u.email.to_lowercase()))
            .map(|u| u.id)
            .collect();
    }
    Ok(ThreadParties {
        from: StateCode::parse(&thread.from_state)?,
        to,
        red,
        named_readers,
    })
}

pub async fn thread(app: &App, actor: &Actor, id: &str, lang: &str) -> AppResult<ThreadView> {
    let (thread, state) = party_thread(app, actor, id).await?;
    let mut c = app.db.conn().await?;
    let template_row =
        store::message::template(&mut c, &thread.template_key, thread.template_version)
            .await?
            .ok_or_else(|| {
                store::Error::Corrupt(format!("thread {} has no template", thread.id))
            })?;
    let template = definition(&template_row)?;
    let mut messages = Vec::new();
    for m in store::message::messages_of(&mut c, &thread.id).await? {
        let plain = sealer(app)?
            .open(&format!("message:{}", m.id), &m.sealed)
            .ok_or_else(|| {
                AppError::Internal(format!("message {} does not open with this key", m.id))
            })?;
        let content: Content =
            serde_json::from_slice(&plain).map_err(|e| AppError::Internal(e.to_string()))?;
        let fields = content
            .fields
            .into_iter()
            .map(|(name, value)| {
                let label = template
                    .fields
                    .iter()
                    .find(|f| f.name == name)
                    .map_or(name.clone(), |f| f.label.get(lang).to_string());
                (label, value)
            })
            .collect();
        messages.push(ShownMessage {
            from_state: m.from_state,
            created_at: m.created_at,
            fields,
            text: content.text,
        });
    }
    let recipients = store::message::recipients(&mut c, &thread.id).await?;
    let escalations = store::message::escalations_of(&mut c, &thread.id).await?;
    let consents = shown_consents(app, &mut c, &thread.id).await?;
    let attachments = shown_attachments(app, &mut c, &thread.id).await?;
    Ok(ThreadView {
        attachments,
        escalations,
        consents,
        received: thread.to_state == state.as_str(),
        thread,
        template,
        messages,
        recipients,
    })
}

/// The receiving State acknowledges receipt in one action (MSG-3).
pub async fn acknowledge(app: &App, actor: &Actor, id: &str) -> AppResult<()> {
    let (thread, state) = party_thread(app, actor, id).await?;
    if thread.to_state != state.as_str() {
        return Err(AppError::Conflict("err-message-ack-own"));
    }
    let mut c = app.db.begin().await?;
    if !store::message::acknowledge(
        &mut c,
        &thread.id,
        actor.user_id().unwrap_or_default(),
        app.now(),
    )
    .await?
    {
        return Err(AppError::Conflict("err-message-ack-done"));
    }
    audit::record(
        app,
        &mut c,
        actor,
        "message.acknowledged",
        &format!("thread:{}", thread.id),
        json!({}),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// A reply in the thread, from either State (MSG-3).
pub async fn reply(app: &App, actor: &Actor, id: &str, text: &str) -> AppResult<()> {
    let (thread, state) = party_thread(app, actor, id).await?;
    let text = domain::fields::text("text", text, 20_000)?
        .ok_or_else(|| AppError::field("text", "err-required"))?;
    let author = actor.user_id().unwrap_or_default();
    let mut c = app.db.begin().await?;
    let (message, content_digest) = sealed_row(
        app,
        &thread,
        state,
        author,
        &Content {
            fields: vec![],
            text: Some(text),
        },
    )?;
    store::message::insert_message(&mut c, &message).await?;
    if thread.to_state == state.as_str() {
        store::message::mark_responded(&mut c, &thread.id, app.now()).await?;
        // The sender hears of the answer by email, without its content.
        if let Some(sender) = store::user::get(&mut c, &thread.created_by).await? {
            let lang = UnLanguage::parse(&sender.locale).unwrap_or(UnLanguage::En);
            mail::queue(
                app,
                &mut c,
                notification(
                    app,
                    &thread,
                    state,
                    &sender.email,
                    lang,
                    "email-message-reply",
                ),
            )
            .await?;
        }
    } else {
        for poc_id in store::message::recipients(&mut c, &thread.id).await? {
            if let Some(entry) = store::poc::get(&mut c, &poc_id)
                .await?
                .and_then(|r| entry_of(app, &r).ok().flatten())
            {
                notify_poc(
                    app,
                    &mut c,
                    &thread,
                    state,
                    &entry.fields,
                    "email-message-reply",
                )
                .await?;
            }
        }
    }
    audit::record(
        app,
        &mut c,
        actor,
        "message.replied",
        &format!("thread:{}", thread.id),
        json!({ "digest": content_digest }),
    )
    .await?;
    c.commit().await?;
    app.mail.wake();
    Ok(())
}

/// Escalates communications not acknowledged in time (MSG-3): first to the
/// receiving State's POCs of the other types, then to its national
/// administrators. Each step is claimed once; both sides see it on the
/// thread. Returns how many steps were taken.
pub async fn escalate(app: &App) -> AppResult<usize> {
    let now = app.now();
    let mut taken = 0;
    for step in [1, 2] {
        let mut c = app.db.begin().await?;
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
            let from = StateCode::parse(&thread.from_state)?;
            let to = StateCode::parse(&thread.to_state)?;
            let mut told = 0;
            if step == 1 {
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
                    store::message::insert_recipient(&mut c, &thread.id, &row.id).await?;
                    notify_poc(
                        app,
                        &mut c,
                        &thread,
                        from,
                        &entry.fields,
                        "email-message-escalated",
                    )
                    .await?;
                    told += entry.fields.emails.len();
                }
            } else {
                for u in store::user::of_state(&mut c, to.as_str()).await? {
                    if u.status == "active" && u.role == domain::Role::NationalAdmin.code() {
                        let lang = UnLanguage::parse(&u.locale).unwrap_or(UnLanguage::En);
                        let email = notification(
                            app,
                            &thread,
                            from,
                            &u.email,
                            lang,
                            "email-message-escalated",
                        );
                        mail::queue(app, &mut c, email).await?;
                        told += 1;
                    }
                }
            }
            store::message::set_escalation_recipients(&mut c, &thread.id, step, told as i64)
                .await?;
            audit::record(
                app,
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
    app.mail.wake();
    Ok(taken)
}

/// The State's full record of its exchanges (MSG-5): every thread it was
/// party to and may read, with content and timings.
pub async fn record(app: &App, actor: &Actor, lang: &str) -> AppResult<Vec<ThreadView>> {
    let state = actor.state().ok_or_else(|| refusal(actor))?;
    authorize(actor, Action::ExportRecord, Resource::State(state))?;
    let mut out = Vec::new();
    for t in inbox(app, actor).await? {
        match thread(app, actor, &t.id, lang).await {
            Ok(view) => out.push(view),
            // TLP:RED threads the reader is not named on stay out.
            Err(AppError::Forbidden) => {}
            Err(e) => return Err(e),
        }
    }
    let mut c = app.db.begin().await?;
    audit::record(
        app,
        &mut c,
        actor,
        "messages.record",
        "messages",
        json!({ "threads": out.len() }),
    )
    .await?;
    c.commit().await?;
    Ok(out)
}

/// The record as JSON, with the timings in minutes.
pub fn record_json(views: &[ThreadView]) -> serde_json::Value {
    let minutes = |at: Option<i64>, from: i64| at.map(|a| (a - from) / MINUTE);
    serde_json::Value::Array(
        views
            .iter()
            .map(|v| {
                let t = &v.thread;
                json!({
                    "id": t.id, "from": t.from_state, "to": t.to_state,
                    "template": t.template_key, "template_version": t.template_version,
                    "urgency": t.urgency, "tlp": Tlp::parse(&t.tlp).map_or("", |x| x.label()),
                    "sent_at": stamp(t.created_at), "acknowledgement_due_at": stamp(t.ack_due_at),
                    "acknowledged_at": t.acknowledged_at.map(stamp), "responded_at": t.responded_at.map(stamp),
                    "minutes_to_acknowledge": minutes(t.acknowledged_at, t.created_at),
                    "minutes_to_respond": minutes(t.responded_at, t.created_at),
                    "escalations": v.escalations.iter().map(|e| json!({ "step": e.step, "at": stamp(e.at), "recipients": e.recipients })).collect::<Vec<_>>(),
                    "messages": v.messages.iter().map(|m| json!({
                        "from": m.from_state, "at": stamp(m.created_at),
                        "fields": m.fields.iter().map(|(label, value)| json!({ "label": label, "value": value })).collect::<Vec<_>>(),
                        "text": m.text,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

fn stamp(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map_or_else(|_| ms.to_string(), |t| t.to_string())
}

/// Usage statistics for the custodian (USE-1): counts by kind, urgency,
/// month and region of the sending State. Nothing else about a thread.
pub struct Usage {
    pub total: usize,
    pub by_template: Vec<(String, usize)>,
    pub by_urgency: Vec<(String, usize)>,
    pub by_month: Vec<(String, usize)>,
    pub by_region: Vec<(String, usize)>,
}

pub async fn usage(app: &App, actor: &Actor) -> AppResult<Usage> {
    authorize(actor, Action::ViewUsage, Resource::None)?;
    let mut c = app.db.conn().await?;
    let rows = store::message::all_meta(&mut c).await?;
    let count = |key: &dyn Fn(&store::message::ThreadMeta) -> String| {
        let mut m = std::collections::BTreeMap::<String, usize>::new();
        for r in &rows {
            *m.entry(key(r)).or_default() += 1;
        }
        m.into_iter().collect::<Vec<_>>()
    };
    Ok(Usage {
        total: rows.len(),
        by_template: count(&|r| r.template_key.clone()),
        by_urgency: count(&|r| r.urgency.clone()),
        by_month: count(&|r| stamp(r.created_at).chars().take(7).collect()),
        by_region: count(&|r| {
            StateCode::parse(&r.from_state)
                .map_or(String::new(), |s| s.info().region.code().to_string())
        }),
    })
}

/// The custodian adds a template or revises one as a new version (MSG-1);
/// threads keep the version they were written with. Returns the version.
pub async fn save_template(app: &App, actor: &Actor, raw: &str) -> AppResult<i64> {
    authorize(actor, Action::ManageTemplates, Resource::None)?;
    let template = Template::from_json(raw)?;
    let mut c = app.db.begin().await?;
    let current = store::message::current_templates(&mut c).await?;
    let previous = current.iter().find(|t| t.key == template.key);
    if previous
        .is_some_and(|p| p.definition == serde_json::to_string(&template).unwrap_or_default())
    {
        return Err(AppError::Conflict("err-template-unchanged"));
    }
    let row = TemplateRow {
        key: template.key.clone(),
        version: previous.map_or(1, |p| p.version + 1),
        definition: serde_json::to_string(&template)
            .map_err(|e| AppError::Internal(e.to_string()))?,
        created_by: actor.user_id().unwrap_or_default().to_string(),
        created_at: app.now(),
    };
    if !store::message::insert_template(&mut c, &row).await? {
        return Err(AppError::Conflict("err-template-unchanged"));
    }
    audit::record(
        app,
        &mut c,
        actor,
        "template.saved",
        &format!("template:{}", row.key),
        json!({ "version": row.version, "fields": template.fields.len() }),
    )
    .await?;
    c.commit().await?;
    Ok(row.version)
}

/// The templates as the custodian edits them: current versions, pretty JSON.
pub async fn templates_for_editing(
    app: &App,
    actor: &Actor,
) -> AppResult<Vec<(TemplateRow, String)>> {
    authorize(actor, Action::ManageTemplates, Resource::None)?;
    templates(app)
        .await?
        .into_iter()
        .map(|(row, t)| {
            let pretty =
                serde_json::to_string_pretty(&t).map_err(|e| AppError::Internal(e.to_string()))?;
            Ok((row, pretty))
        })
        .collect()
}

/// A request to share a thread with a third State, as its parties see it.
pub struct ShownConsent {
    pub id: String,
    pub third_state: String,
    pub scope: String,
    pub requested_at: i64,
    pub decision: Option<String>,
    pub decided_at: Option<i64>,
    pub forwarded_thread_id: Option<String>,
}

async fn shown_consents(
    app: &App,
    c: &mut store::Conn,
    thread_id: &str,
) -> AppResult<Vec<ShownConsent>> {
    let mut out = Vec::new();
    for r in store::message::consents_of(c, thread_id).await? {
        let scope = sealer(app)?
            .open(&format!("consent:{}", r.id), &r.scope_sealed)
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(|| {
                AppError::Internal(format!("consent {} does not open with this key", r.id))
            })?;
        out.push(ShownConsent {
            id: r.id,
            third_state: r.third_state,
            scope,
            requested_at: r.requested_at,
            decision: r.decision,
            decided_at: r.decided_at,
            forwarded_thread_id: r.forwarded_thread_id,
        });
    }
    Ok(out)
}

/// Emails the user who started a thread, without content.
async fn notify_originator(
    app: &App,
    c: &mut store::Conn,
    thread: &ThreadRow,
    from: StateCode,
    key: &str,
) -> AppResult<()> {
    if let Some(u) = store::user::get(c, &thread.created_by).await? {
        let lang = UnLanguage::parse(&u.locale).unwrap_or(UnLanguage::En);
        mail::queue(app, c, notification(app, thread, from, &u.email, lang, key)).await?;
    }
    Ok(())
}

/// The receiving State asks the originator's consent to pass the
/// information to a third State, within the thread (MSG-4).
pub async fn ask_consent(
    app: &App,
    actor: &Actor,
    id: &str,
    third: &str,
    scope: &str,
) -> AppResult<()> {
    let (thread, state) = party_thread(app, actor, id).await?;
    if thread.to_state != state.as_str() {
        return Err(AppError::Conflict("err-consent-not-recipient"));
    }
    let third =
        StateCode::parse(third).map_err(|_| AppError::field("third_state", "err-consent-third"))?;
    if third.as_str() == thread.from_state || third.as_str() == thread.to_state {
        return Err(AppError::field("third_state", "err-consent-third"));
    }
    let scope = domain::fields::text("scope", scope, 2_000)?
        .ok_or_else(|| AppError::field("scope", "err-required"))?;
    let mut c = app.db.begin().await?;
    if store::state::get(&mut c, third.as_str())
        .await?
        .and_then(|s| s.participating_since)
        .is_none()
    {
        return Err(AppError::field("third_state", "err-consent-third"));
    }
    let cid = store::new_id();
    let row = store::message::ConsentRow {
        scope_sealed: sealer(app)?.seal(&format!("consent:{cid}"), scope.as_bytes()),
        id: cid,
        thread_id: thread.id.clone(),
        third_state: third.to_string(),
        requested_by: actor.user_id().unwrap_or_default().to_string(),
        requested_at: app.now(),
        decision: None,
        decided_by: None,
        decided_at: None,
        forwarded_thread_id: None,
    };
    store::message::insert_consent(&mut c, &row).await?;
    notify_originator(app, &mut c, &thread, state, "email-consent-asked").await?;
    audit::record(
        app,
        &mut c,
        actor,
        "consent.requested",
        &format!("thread:{}", thread.id),
        json!({ "consent": row.id, "third_state": third.as_str(), "digest": digest(&scope) }),
    )
    .await?;
    c.commit().await?;
    app.mail.wake();
    Ok(())
}

/// The originating State grants or refuses; the decision is recorded once.
pub async fn decide_consent(
    app: &App,
    actor: &Actor,
    id: &str,
    consent_id: &str,
    decision: &str,
) -> AppResult<()> {
    let (thread, state) = party_thread(app, actor, id).await?;
    let decision = match decision {
        "grant" => "granted",
        "refuse" => "refused",
        _ => return Err(AppError::field("decision", "err-consent-decision")),
    };
    if thread.from_state != state.as_str() {
        return Err(AppError::Conflict("err-consent-not-originator"));
    }
    let mut c = app.db.begin().await?;
    let consent = store::message::consent(&mut c, consent_id)
        .await?
        .filter(|k| k.thread_id == thread.id)
        .ok_or(AppError::NotFound)?;
    if !store::message::decide_consent(
        &mut c,
        &consent.id,
        decision,
        actor.user_id().unwrap_or_default(),
        app.now(),
    )
    .await?
    {
        return Err(AppError::Conflict("err-consent-decided"));
    }
    if let Some(u) = store::user::get(&mut c, &consent.requested_by).await? {
        let lang = UnLanguage::parse(&u.locale).unwrap_or(UnLanguage::En);
        mail::queue(
            app,
            &mut c,
            notification(app, &thread, state, &u.email, lang, "email-consent-decided"),
        )
        .await?;
    }
    audit::record(
        app,
        &mut c,
        actor,
        &format!("consent.{decision}"),
        &format!("thread:{}", thread.id),
        json!({ "consent": consent.id, "third_state": consent.third_state }),
    )
    .await?;
    c.commit().await?;
    app.mail.wake();
    Ok(())
}

/// Passes the thread's first communication to the third State, once, and
/// only under a granted consent (MSG-4). Returns the new thread's id.
pub async fn forward(
    app: &App,
    actor: &Actor,
    id: &str,
    consent_id: &str,
    lang: &str,
) -> AppResult<String> {
    let (thread, state) = party_thread(app, actor, id).await?;
    if thread.to_state != state.as_str() {
        return Err(AppError::Conflict("err-consent-not-recipient"));
    }
    let mut c = app.db.begin().await?;
    let consent = store::message::consent(&mut c, consent_id)
        .await?
        .filter(|k| k.thread_id == thread.id)
        .ok_or(AppError::NotFound)?;
    if consent.decision.as_deref() != Some("granted") || consent.forwarded_thread_id.is_some() {
        return Err(AppError::Conflict("err-consent-not-granted"));
    }
    let third = StateCode::parse(&consent.third_state)?;
    let original = store::message::messages_of(&mut c, &thread.id)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| store::Error::Corrupt(format!("thread {} has no message", thread.id)))?;
    let plain = sealer(app)?
        .open(&format!("message:{}", original.id), &original.sealed)
        .ok_or_else(|| {
            AppError::Internal(format!(
                "message {} does not open with this key",
                original.id
            ))
        })?;
    let mut content: Content =
        serde_json::from_slice(&plain).map_err(|e| AppError::Internal(e.to_string()))?;
    let scope = shown_consents(app, &mut c, &thread.id)
        .await?
        .into_iter()
        .find(|k| k.id == consent.id)
        .map(|k| k.scope)
        .unwrap_or_default();
    let originator = StateCode::parse(&thread.from_state)?;
    let lang_code = UnLanguage::parse(lang).unwrap_or(UnLanguage::En);
    content.text = Some(app.i18n.t(
        lang,
        "messages-forwarded-note",
        &[
            ("state", originator.info().name(lang_code).to_string()),
            ("scope", scope),
        ],
    ));
    // The third State's POCs of the types the original was addressed to.
    let addressed = store::message::recipients(&mut c, &thread.id).await?;
    let to_pocs = store::poc::of_state(&mut c, thread.to_state.as_str()).await?;
    let types: Vec<&str> = to_pocs
        .iter()
        .filter(|p| addressed.contains(&p.id))
        .map(|p| p.poc_type.as_str())
        .collect();
    let mut chosen = Vec::new();
    for row in store::poc::of_state(&mut c, third.as_str()).await? {
        if types.contains(&row.poc_type.as_str())
            && let Some(entry) = entry_of(app, &row)?.filter(|e| e.status == "active")
        {
            chosen.push((row.id.clone(), entry.fields));
        }
    }
    if chosen.is_empty() {
        return Err(AppError::Conflict("err-message-no-recipient"));
    }
    let now = app.now();
    let author = actor.user_id().unwrap_or_default();
    let urgency = Urgency::parse(&thread.urgency)?;
    let new = ThreadRow {
        id: store::new_id(),
        alert_id: None,
        from_state: state.to_string(),
        to_state: third.to_string(),
        template_key: thread.template_key.clone(),
        template_version: thread.template_version,
        urgency: thread.urgency.clone(),
        tlp: thread.tlp.clone(),
        created_by: author.to_string(),
        created_at: now,
        ack_due_at: now + ack_minutes(app, urgency) * MINUTE,
        acknowledged_at: None,
        acknowledged_by: None,
        responded_at: None,
    };
    if !store::message::use_consent(&mut c, &consent.id, &new.id).await? {
        return Err(AppError::Conflict("err-consent-not-granted"));
    }
    store::message::insert_thread(&mut c, &new).await?;
    for (poc_id, _) in &chosen {
        store::message::insert_recipient(&mut c, &new.id, poc_id).await?;
    }
    let (message, content_digest) = sealed_row(app, &new, state, author, &content)?;
    store::message::insert_message(&mut c, &message).await?;
    for (_, fields) in &chosen {
        notify_poc(app, &mut c, &new, state, fields, "email-message-new").await?;
    }
    audit::record(app, &mut c, actor, "message.forwarded", &format!("thread:{}", thread.id),
        json!({ "consent": consent.id, "to": third.as_str(), "thread": new.id, "digest": content_digest })).await?;
    c.commit().await?;
    app.mail.wake();
    Ok(new.id)
}

/// An attachment as the parties see it in the thread.
pub struct ShownAttachment {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub size: i64,
    pub from_state: String,
    pub created_at: i64,
}

fn open_text(app: &App, aad: &str, sealed: &str) -> AppResult<String> {
    sealer(app)?
        .open(aad, sealed)
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| AppError::Internal(format!("{aad} does not open with this key")))
}

async fn shown_attachments(
    app: &App,
    c: &mut store::Conn,
    thread_id: &str,
) -> AppResult<Vec<ShownAttachment>> {
    let mut out = Vec::new();
    for a in store::message::attachments_of(c, thread_id).await? {
        out.push(ShownAttachment {
            name: open_text(app, &format!("attachment-name:{}", a.id), &a.name_sealed)?,
            id: a.id,
            kind: a.kind,
            size: a.size,
            from_state: a.from_state,
            created_at: a.created_at,
        });
    }
    Ok(out)
}

/// Attaches a file to a thread (MSG-1): within the size limit, of a kind
/// its bytes confirm, sealed at rest with its name.
pub async fn attach(app: &App, actor: &Actor, id: &str, name: &str, bytes: &[u8]) -> AppResult<()> {
    let (thread, state) = party_thread(app, actor, id).await?;
    if bytes.len() as i64 > app.config.messages.max_attachment_kb * 1024 {
        return Err(AppError::field("file", "err-attachment-size"));
    }
    let name = domain::fields::text("file", name, 200)?
        .ok_or_else(|| AppError::field("file", "err-attachment-empty"))?;
    let kind = domain::message::attachment_kind(&name, bytes)?;
    let aid = store::new_id();
    let seal = sealer(app)?;
    let row = store::message::AttachmentRow {
        name_sealed: seal.seal(&format!("attachment-name:{aid}"), name.as_bytes()),
        sealed: seal.seal(&format!("attachment:{aid}"), bytes),
        id: aid,
        thread_id: thread.id.clone(),
        from_state: state.to_string(),
        kind: kind.to_string(),
        size: bytes.len() as i64,
        created_by: actor.user_id().unwrap_or_default().to_string(),
        created_at: app.now(),
    };
    let mut c = app.db.begin().await?;
    store::message::insert_attachment(&mut c, &row).await?;
    let hash = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(bytes))
    };
    audit::record(
        app,
        &mut c,
        actor,
        "message.attached",
        &format!("thread:{}", thread.id),
        json!({ "attachment": row.id, "kind": kind, "size": row.size, "digest": hash }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// An attachment's name, kind and bytes, for the thread's parties only.
pub async fn attachment(
    app: &App,
    actor: &Actor,
    id: &str,
    attachment_id: &str,
) -> AppResult<(String, String, Vec<u8>)> {
    let (thread, _) = party_thread(app, actor, id).await?;
    let mut c = app.db.conn().await?;
    let a = store::message::attachment(&mut c, attachment_id)
        .await?
        .filter(|a| a.thread_id == thread.id)
        .ok_or(AppError::NotFound)?;
    let name = open_text(app, &format!("attachment-name:{}", a.id), &a.name_sealed)?;
    let bytes = sealer(app)?
        .open(&format!("attachment:{}", a.id), &a.sealed)
        .ok_or_else(|| {
            AppError::Internal(format!("attachment {} does not open with this key", a.id))
        })?;
    Ok((name, a.kind, bytes))
}
